/// Writes tabular results as GitHub-style Markdown tables: every text escaped (`MarkdownText`: no
/// HTML, links or images from the data; `|` escaped) and line breaks turned into `<br>` so every
/// row stays on one line.
public struct MarkdownRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// Renders several tables, each under its title as a heading.
    public func render(_ tables: [Tabular]) -> String {
        tables.map(render).joined(separator: "\n")
    }

    /// Renders one table.
    public func render(_ table: Tabular) -> String {
        var out = ""
        if let title = table.title { out += "## \(escape(title))\n\n" }
        out += "| " + table.columns.map { escape($0.header) }.joined(separator: " | ") + " |\n"
        out += "|" + table.columns.map { $0.numeric ? " ---: " : " --- " }.joined(separator: "|") + "|\n"
        for row in table.rows {
            let cells = row.cells.map { row.isTotal && !$0.text.isEmpty ? "**\(escape($0.text))**" : escape($0.text) }
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        for note in table.notes { out += "\n" + escape(note) + "\n" }
        return out
    }

    private func escape(_ text: String) -> String { MarkdownText.escaped(text) }
}
