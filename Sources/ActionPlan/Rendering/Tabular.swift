import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace
/// A query result laid out as rows and columns, independent of the output format: the table,
/// CSV and Markdown renderers all draw the same `Tabular`, so no format computes anything itself.
public struct Tabular: Sendable, Hashable {
    /// A column.
    package struct Column: Sendable, Hashable {
        /// How a column gives way when the table is wider than the terminal.
        package enum Fit: Sendable, Hashable {
            /// As wide as its widest cell, never cut: ids, numbers, dates, short labels.
            case content
            /// A list or a name: narrowed first to `preferred` (cells offer shorter variants, such as
            /// an owner list cut to the lead and `+8`), then, once the free text is at its minimum,
            /// down to `minimum`, cut with `…`.
            case shrinkable(preferred: Int, minimum: Int)
            /// The free text: takes what is left of the width and shrinks first, down to `minimum`,
            /// cut with `…` (never wrapped).
            case fill(minimum: Int)
        }

        /// The header text.
        package var header: String
        /// Whether numbers: right-aligned in tables, never neutralised in CSV.
        package var numeric: Bool
        /// How the column gives way to a narrow terminal.
        package var fit: Fit
        /// When a table does not fit, columns with a higher priority number drop out first; 0 (the
        /// default) never drops.
        package var dropPriority: Int

        /// Creates a column.
        package init(_ header: String, numeric: Bool = false, fit: Fit = .content, dropPriority: Int = 0) {
            self.header = header
            self.numeric = numeric
            self.fit = fit
            self.dropPriority = dropPriority
        }

        /// Creates a column; a flexible one is free text that fills the width.
        package init(_ header: String, numeric: Bool = false, flexible: Bool, minimumWidth: Int = 16) {
            self.init(header, numeric: numeric, fit: flexible ? .fill(minimum: minimumWidth) : .content)
        }

        /// Whether the column can be narrower than its content.
        package var flexible: Bool {
            if case .content = fit { return false }
            return true
        }
    }

    /// A cell: the text people read, and the plain value machines read (CSV).
    package struct Cell: Sendable, Hashable {
        /// The text for tables and Markdown (`€ 153.000`).
        package var text: String
        /// The value for CSV (`153000`).
        package var plain: String
        /// Shorter forms of the text for a narrow table, longest first (an owner list cut to
        /// `VAR, ESSM, AVIM +8`, then `VAR +10`); Markdown and CSV always give the whole text.
        package var variants: [String]

        /// Creates a cell; the plain value defaults to the text.
        package init(_ text: String, plain: String? = nil, variants: [String] = []) {
            self.text = text
            self.plain = plain ?? text
            self.variants = variants
        }
    }

    /// A row.
    package struct Row: Sendable, Hashable {
        /// The cells, one per column.
        package var cells: [Cell]
        /// Whether to highlight the row (overdue), on a terminal only.
        package var highlighted: Bool
        /// Whether this is a totals row (drawn below a rule in tables).
        package var isTotal: Bool

        /// Creates a row of cells.
        package init(cells: [Cell], highlighted: Bool = false, isTotal: Bool = false) {
            self.cells = cells
            self.highlighted = highlighted
            self.isTotal = isTotal
        }

        /// Creates a row of texts.
        package init(_ cells: [String], highlighted: Bool = false, isTotal: Bool = false) {
            self.cells = cells.map { Cell($0) }
            self.highlighted = highlighted
            self.isTotal = isTotal
        }
    }

    /// A heading above the table, for people (not in CSV).
    package var title: String?
    /// The columns.
    package var columns: [Column]
    /// The rows.
    package var rows: [Row]
    /// Lines below the table, for people (not in CSV).
    package var notes: [String]
    /// The language of the words the renderer adds itself (which columns it left out).
    package var language: PlanLanguage
    /// Rows left out by `limitedRows(to:)`, counted exactly: renderers end the table with
    /// "… and N more" (`omittedLine`).
    package var omittedRows = 0

    /// Creates a tabular result.
    package init(title: String? = nil, columns: [Column], rows: [Row], notes: [String] = [], language: PlanLanguage = .en) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.notes = notes
        self.language = language
    }

    /// The table with at most `limit` rows besides its totals rows (kept, in their place); the rows
    /// after the first `limit` are counted in `omittedRows`. Every renderer draws this, so no format
    /// writes more than `OutputLimits.maximumTableRows` rows of one table.
    package func limitedRows(to limit: Int = OutputLimits.maximumTableRows) -> Tabular {
        guard rows.count > limit else { return self }
        var copy = self
        var kept = 0
        copy.rows = rows.filter { row in
            if row.isTotal { return true }
            kept += 1
            return kept <= limit
        }
        copy.omittedRows += rows.count - copy.rows.count
        return copy
    }

    /// "… en 23000 meer" / "… and 23000 more" when rows were left out.
    package var omittedLine: String? {
        guard omittedRows > 0 else { return nil }
        return Localizer(language).t("… en \(omittedRows) meer", "… and \(omittedRows) more")
    }
}
