import Foundation

/// Writes tabular results as CSV (RFC 4180): a header row, fields quoted when they hold the
/// delimiter, a quote or a line break, CRLF line ends, and text cells that a spreadsheet would run
/// as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) prefixed with `'`.
/// Control and bidi characters (other than line feeds and tabs) are shown as `\u{…}`, as on a
/// terminal: a spreadsheet cell is read by people too.
public struct CSVRenderer: Sendable {
    /// The field delimiter: `,`, or `;` for Dutch-locale Excel.
    public var delimiter: Character

    /// Creates a renderer.
    public init(delimiter: Character = ",") {
        self.delimiter = delimiter
    }

    /// Renders tables with the same columns as one CSV (header once); tables with other columns
    /// follow after an empty line with their own header.
    public func render(_ tables: [Tabular]) -> String {
        var out = ""
        var previousHeader: [String]?
        for table in tables {
            let header = table.columns.map(\.header)
            if header != previousHeader {
                if previousHeader != nil { out += "\r\n" }
                out += row(header.map { ($0, false) })
                previousHeader = header
            }
            for tableRow in table.rows {
                out += row(tableRow.cells.enumerated().map { index, cell in (cell.plain, table.columns[index].numeric) })
            }
        }
        return out
    }

    private func row(_ cells: [(String, Bool)]) -> String {
        cells.map { field($0.0, numeric: $0.1) }.joined(separator: String(delimiter)) + "\r\n"
    }

    /// One field, neutralised and quoted as needed.
    public func field(_ value: String, numeric: Bool = false) -> String {
        var text = TerminalText.visible(value, keepingNewlines: true)
        if !numeric, let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            text = "'" + text
        }
        let needsQuotes = text.contains(delimiter) || text.contains("\"") || text.contains("\n") || text.contains("\r")
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
