import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace
/// Writes tabular results as GitHub-style Markdown tables: every text escaped (`MarkdownText`: no
/// HTML, links or images from the data; `|` escaped) and line breaks turned into `<br>` so every
/// row stays on one line.
public struct MarkdownRenderer: Sendable {
    /// Whether tables are laid out for a document of fixed width (a report that pandoc turns into
    /// Word): separator lines whose dash counts give each column its share of the width, and line
    /// breaks in cells written as spaces rather than raw HTML.
    package var documentTables: Bool
    /// Whether highlighted rows (missed, late) are bold, as the report marks them red in HTML. Not
    /// for a query's table, where every row may be late.
    package var boldHighlighted = false

    /// Creates a renderer.
    public init(documentTables: Bool = false) {
        self.documentTables = documentTables
    }

    /// Renders several tables, each under its title as a heading.
    public func render(_ tables: [Tabular]) -> String {
        tables.map(render).joined(separator: "\n")
    }

    /// Renders one table.
    package func render(_ table: Tabular) -> String {
        let (table, dropped) = documentTables ? fittedToPage(table.limitedRows()) : (table.limitedRows(), [])
        var out = ""
        if let title = table.title { out += "## \(escape(title))\n\n" }
        out += "| " + table.columns.map { escape($0.header) }.joined(separator: " | ") + " |\n"
        if documentTables {
            // Pandoc reads relative widths from the dashes once a line is longer than 72 characters;
            // the widths sum to at least 100, so the separator always is.
            let widths = ColumnWidths.relative(table, boldHighlighted: boldHighlighted)
            out += "|" + zip(table.columns, widths).map { column, width in
                column.numeric ? String(repeating: "-", count: width - 1) + ":" : String(repeating: "-", count: width)
            }.joined(separator: "|") + "|\n"
        } else {
            out += "|" + table.columns.map { $0.numeric ? " ---: " : " --- " }.joined(separator: "|") + "|\n"
        }
        for row in table.rows {
            // In a document (the Word report) a highlighted row (missed, late) is bold, as it is red in HTML.
            let bold = row.isTotal || (boldHighlighted && row.highlighted)
            let cells = row.cells.map { bold && !$0.text.isEmpty ? "**\(escape($0.text))**" : escape($0.text) }
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        if let more = table.omittedLine { out += "\n" + escape(more) + "\n" }
        if !dropped.isEmpty {
            let words = Localizer(table.language)
            out += "\n" + escape(words.t("Weggelaten om op de pagina te passen: \(dropped.joined(separator: ", ")); alles zien met --format csv.",
                                         "Left out to fit the page: \(dropped.joined(separator: ", ")); see everything with --format csv.")) + "\n"
        }
        for note in table.notes { out += "\n" + escape(note) + "\n" }
        return out
    }

    /// The table without its least needed columns (by `dropPriority`, as a narrow terminal drops them)
    /// while the longest words of all columns do not fit on the page's line together: in Word a column
    /// narrower than its longest word splits that word. Returns the headers left out.
    private func fittedToPage(_ table: Tabular) -> (Tabular, [String]) {
        var table = table
        var dropped: [String] = []
        while !ColumnWidths.fits(table, boldHighlighted: boldHighlighted),
              let column = table.columns.indices.filter({ table.columns[$0].dropPriority > 0 })
                  .max(by: { table.columns[$0].dropPriority < table.columns[$1].dropPriority }) {
            dropped.append(table.columns[column].header)
            table.columns.remove(at: column)
            for index in table.rows.indices where table.rows[index].cells.indices.contains(column) {
                table.rows[index].cells.remove(at: column)
            }
        }
        return (table, dropped)
    }

    private func escape(_ text: String) -> String { MarkdownText.escaped(text, lineBreak: documentTables ? " " : "<br>") }
}
