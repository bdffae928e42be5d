import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace
/// A JSON value written with keys in a fixed order and numbers kept exact, so output is stable
/// byte for byte (Foundation's serialiser would reorder keys and print money through `Double`).
package enum JSONValue: Sendable, Hashable {
    /// A string.
    case string(String)
    /// A number, already written as JSON text (`153000`, `1234.5`).
    case number(String)
    /// true or false.
    case bool(Bool)
    /// null.
    case null
    /// An array.
    case array([JSONValue])
    /// An object, keys in the given order.
    case object([(String, JSONValue)])

    /// A whole number.
    package static func int(_ value: Int) -> JSONValue { .number(String(value)) }
    /// Money as a number of euros with at most two decimals.
    /// An overflowed amount has no number: null (the queries refuse to answer with one).
    package static func money(_ value: Money) -> JSONValue { value.isOverflow ? .null : .number(value.decimalString) }
    /// A date as `YYYY-MM-DD`.
    package static func date(_ value: CalendarDate) -> JSONValue { .string(value.description) }
    /// A string, or null when absent.
    package static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    package static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.rendered() == rhs.rendered() }
    package func hash(into hasher: inout Hasher) { hasher.combine(rendered()) }

    /// The JSON text, indented with two spaces, ending without a newline.
    package func rendered(indent: Int = 0) -> String {
        var out = ""
        write(to: &out, indent: indent)
        return out
    }

    private func write(to out: inout String, indent: Int) {
        switch self {
        case .string(let value): JSONValue.writeString(value, to: &out)
        case .number(let value): out += value
        case .bool(let value): out += value ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += String(repeating: " ", count: indent + 2)
                item.write(to: &out, indent: indent + 2)
                out += index < items.count - 1 ? ",\n" : "\n"
            }
            out += String(repeating: " ", count: indent) + "]"
        case .object(let fields):
            if fields.isEmpty { out += "{}"; return }
            out += "{\n"
            for (index, (key, value)) in fields.enumerated() {
                out += String(repeating: " ", count: indent + 2)
                JSONValue.writeString(key, to: &out)
                out += ": "
                value.write(to: &out, indent: indent + 2)
                out += index < fields.count - 1 ? ",\n" : "\n"
            }
            out += String(repeating: " ", count: indent) + "}"
        }
    }

    private static func writeString(_ value: String, to out: inout String) {
        QuotedText.append(value, to: &out)
    }
}
