import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace
import Foundation

/// Writes tabular results as CSV (RFC 4180): a header row, fields quoted when they hold the
/// delimiter, a quote or a line break, CRLF line ends, and text cells that a spreadsheet would run
/// as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) prefixed with `'`.
/// Control and bidi characters (other than line feeds and tabs) are shown as `\u{…}`, as on a
/// terminal: a spreadsheet cell is read by people too.
///
/// For Excel (`excel`), the file opens right by double-click: a UTF-8 byte-order mark so accents
/// survive, decimal commas when the delimiter is `;` (a Dutch Excel), and text that Excel would
/// turn into a number or a date (`2.10`, `1.2.3`, `1/3`) written after an invisible word joiner
/// (U+2060), so it stays text in every locale without being a formula. ISO dates stay plain so
/// Excel reads them as dates.
public struct CSVRenderer: Sendable {
    /// The field delimiter: `,`, or `;` for Dutch-locale Excel.
    package var delimiter: Character
    /// Whether to write for Excel: byte-order mark, locale decimals, ids and fractions kept as text.
    package var excel: Bool

    /// Creates a renderer.
    public init(delimiter: Character = ",", excel: Bool = false) {
        self.delimiter = delimiter
        self.excel = excel
    }

    /// Renders tables with the same columns as one CSV (header once); tables with other columns
    /// follow after an empty line with their own header. Views give one table per answer for CSV
    /// (`QueryViews.budgetSheet`, `statusSheet`) so a spreadsheet gets one header.
    public func render(_ tables: [Tabular]) -> String {
        var out = excel ? "\u{FEFF}" : ""
        var previousHeader: [String]?
        for table in tables.map({ $0.limitedRows() }) {
            let header = table.columns.map(\.header)
            if header != previousHeader {
                if previousHeader != nil { out += "\r\n" }
                out += header.map { field($0) }.joined(separator: String(delimiter)) + "\r\n"
                previousHeader = header
            }
            for tableRow in table.rows {
                out += row(tableRow.cells.enumerated().map { index, cell in (cell.plain, table.columns[index].numeric) })
            }
            // Rows left out: one last row says how many, in the first column (a spreadsheet shows it).
            if let more = table.omittedLine {
                out += row([(more, false)] + table.columns.dropFirst().map { _ in ("", false) })
            }
        }
        return out
    }

    private func row(_ cells: [(String, Bool)]) -> String {
        cells.map { excel ? spreadsheetField($0.0, numeric: $0.1) : field($0.0, numeric: $0.1) }
            .joined(separator: String(delimiter)) + "\r\n"
    }

    /// One field for Excel: numbers with the locale's decimal mark, number-like text kept as text.
    func spreadsheetField(_ value: String, numeric: Bool) -> String {
        if numeric {
            return field(delimiter == ";" ? value.replacingOccurrences(of: ".", with: ",") : value, numeric: true)
        }
        guard Self.looksLikeNumberOrDate(value) else { return field(value) }
        // A word joiner (U+2060, invisible) first: no spreadsheet reads the cell as a number or a
        // date, and, unlike the formula `="2.10"` used before, nothing in the file is a formula — a
        // formula cell opened with the other delimiter ran on over the rest of its row (issue 24).
        // The value holds only digits and `. , / : -`, so it needs quotes only for the delimiter.
        let text = Self.textMark + value
        return text.contains(delimiter) ? "\"" + text + "\"" : text
    }

    /// What `--excel` puts before text that a spreadsheet would read as a number or a date.
    package static let textMark = "\u{2060}"


    /// Text Excel would read as a number or a date: digits with `.`, `,`, `/` or `:` between them
    /// (`2.10`, `1.2.3`, `1/3`), or digits alone; not an ISO date, which should become a date.
    static func looksLikeNumberOrDate(_ value: String) -> Bool {
        guard let first = value.first, first.isASCII, first.isNumber else { return false }
        if CalendarDate(iso: value) != nil { return false }
        return value.allSatisfy { ($0.isASCII && $0.isNumber) || $0 == "." || $0 == "," || $0 == "/" || $0 == ":" || $0 == "-" }
    }

    /// One field, neutralised and quoted as needed.
    package func field(_ value: String, numeric: Bool = false) -> String {
        var text = TerminalText.visible(value, keepingNewlines: true)
        if !numeric { text = Self.neutralised(text) }
        let needsQuotes = text.contains(delimiter) || text.contains("\"") || text.contains("\n") || text.contains("\r")
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The text with a `'` before every formula a spreadsheet could find in it: at its start, and at
    /// the start of every piece after a `,`, a `;` or a line break. A file written with one delimiter
    /// is often opened with the other (a Dutch Excel splits a `,` file on `;`), and then quotes no
    /// longer hold a field together: `Melding;=cmd|' /C calc'!A0` would become a live formula.
    /// At the start of the text `=`, `+`, `-`, `@`, a tab and a carriage return are neutralised; after a
    /// delimiter (spaces and quotes skipped) the same, except a `+` or `-` that stands alone before
    /// the piece ends (`€ 2.500,-`), which no spreadsheet runs.
    static func neutralised(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var pieceStart = true
        var atTextStart = true
        for (index, scalar) in scalars.enumerated() {
            if pieceStart {
                switch scalar {
                case " ", "\"":
                    break // still before the piece's first character
                case "=", "@", "\t", "\r":
                    out.append("'")
                case "+", "-":
                    // Alone: nothing but spaces before the piece ends (`€ 2.500,-`). A sign before
                    // more text is a formula, spaces or not (`- cmd|' /C calc'!A0`).
                    let rest = scalars[(index + 1)...].drop { $0 == " " || $0 == "\"" }
                    let alone = rest.first.map { [",", ";", "\n", "\r"].contains($0) } ?? true
                    if atTextStart || !alone { out.append("'") }
                default:
                    break
                }
                pieceStart = scalar == " " || scalar == "\""
            }
            atTextStart = false
            out.append(scalar)
            if scalar == "," || scalar == ";" || scalar == "\n" { pieceStart = true }
        }
        return String(out)
    }
}
