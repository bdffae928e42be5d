import ActionPlanCore
import ActionPlanFiles
/// Replaces one single-line scalar of a YAML file in its bytes, leaving every other byte as the
/// user wrote it (comments, quotes elsewhere, line endings, a byte order mark).
enum ScalarEdit {
    /// The bytes with the scalar that starts at `line`:`column` (1-based, columns in characters as
    /// YAML counts them) replaced by `value`, in the same quoting where it can; nil when the scalar is
    /// not a single-line one.
    static func replace(line: Int, column: Int, with value: String, in bytes: [UInt8]) -> [UInt8]? {
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var currentLine = 1
        while currentLine < line {
            guard let newline = bytes[index...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
            index = newline + 1
            currentLine += 1
        }
        var characters = 1
        while characters < column {
            guard index < bytes.count, bytes[index] != UInt8(ascii: "\n") else { return nil }
            index += 1
            while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
            characters += 1
        }
        guard index < bytes.count else { return nil }
        let start = index
        let lineEnd = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        let replacement: String
        var end = start
        switch bytes[start] {
        case UInt8(ascii: "\""):
            end += 1
            while end < lineEnd, bytes[end] != UInt8(ascii: "\"") { end += bytes[end] == UInt8(ascii: "\\") ? 2 : 1 }
            guard end < lineEnd else { return nil }
            end += 1
            replacement = QuotedText.quoted(value)
        case UInt8(ascii: "'"):
            end += 1
            while end < lineEnd {
                if bytes[end] == UInt8(ascii: "'") {
                    if end + 1 < lineEnd, bytes[end + 1] == UInt8(ascii: "'") { end += 2; continue }
                    break
                }
                end += 1
            }
            guard end < lineEnd else { return nil }
            end += 1
            replacement = "'" + value.replacingOccurrences(of: "'", with: "''") + "'"
        default:
            // A plain scalar runs to a comment or the end of the line; in a flow mapping, to ',' or '}'.
            while end < lineEnd {
                let byte = bytes[end]
                if byte == UInt8(ascii: "\r") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") { break }
                if byte == UInt8(ascii: "#"), end > start, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") { break }
                end += 1
            }
            while end > start, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") { end -= 1 }
            let plain = value.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || "._-/:+".unicodeScalars.contains($0) }
            replacement = plain && !value.isEmpty && value.first != "-" ? value : QuotedText.quoted(value)
        }
        return Array(bytes[..<start]) + Array(replacement.utf8) + Array(bytes[end...])
    }
}
