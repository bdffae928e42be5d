import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace
/// A query result laid out as rows and columns, independent of the output format: the table,
/// CSV and Markdown renderers all draw the same `Tabular`, so no format computes anything itself.
public struct Tabular: Sendable, Hashable {
    /// A column.
    public struct Column: Sendable, Hashable {
        /// How a column gives way when the table is wider than the terminal.
        public enum Fit: Sendable, Hashable {
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
        public var header: String
        /// Whether numbers: right-aligned in tables, never neutralised in CSV.
        public var numeric: Bool
        /// How the column gives way to a narrow terminal.
        public var fit: Fit
        /// When a table does not fit, columns with a higher priority number drop out first; 0 (the
        /// default) never drops.
        public var dropPriority: Int

        /// Creates a column.
        public init(_ header: String, numeric: Bool = false, fit: Fit = .content, dropPriority: Int = 0) {
            self.header = header
            self.numeric = numeric
            self.fit = fit
            self.dropPriority = dropPriority
        }

        /// Creates a column; a flexible one is free text that fills the width.
        public init(_ header: String, numeric: Bool = false, flexible: Bool, minimumWidth: Int = 16) {
            self.init(header, numeric: numeric, fit: flexible ? .fill(minimum: minimumWidth) : .content)
        }

        /// Whether the column can be narrower than its content.
        public var flexible: Bool {
            if case .content = fit { return false }
            return true
        }
    }

    /// A cell: the text people read, and the plain value machines read (CSV).
    public struct Cell: Sendable, Hashable {
        /// The text for tables and Markdown (`€ 153.000`).
        public var text: String
        /// The value for CSV (`153000`).
        public var plain: String
        /// Shorter forms of the text for a narrow table, longest first (an owner list cut to
        /// `VAR, ESSM, AVIM +8`, then `VAR +10`); Markdown and CSV always give the whole text.
        public var variants: [String]

        /// Creates a cell; the plain value defaults to the text.
        public init(_ text: String, plain: String? = nil, variants: [String] = []) {
            self.text = text
            self.plain = plain ?? text
            self.variants = variants
        }
    }

    /// A row.
    public struct Row: Sendable, Hashable {
        /// The cells, one per column.
        public var cells: [Cell]
        /// Whether to highlight the row (overdue), on a terminal only.
        public var highlighted: Bool
        /// Whether this is a totals row (drawn below a rule in tables).
        public var isTotal: Bool

        /// Creates a row of cells.
        public init(cells: [Cell], highlighted: Bool = false, isTotal: Bool = false) {
            self.cells = cells
            self.highlighted = highlighted
            self.isTotal = isTotal
        }

        /// Creates a row of texts.
        public init(_ cells: [String], highlighted: Bool = false, isTotal: Bool = false) {
            self.cells = cells.map { Cell($0) }
            self.highlighted = highlighted
            self.isTotal = isTotal
        }
    }

    /// A heading above the table, for people (not in CSV).
    public var title: String?
    /// The columns.
    public var columns: [Column]
    /// The rows.
    public var rows: [Row]
    /// Lines below the table, for people (not in CSV).
    public var notes: [String]
    /// The language of the words the renderer adds itself (which columns it left out).
    public var language: PlanLanguage

    /// Creates a tabular result.
    public init(title: String? = nil, columns: [Column], rows: [Row], notes: [String] = [], language: PlanLanguage = .en) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.notes = notes
        self.language = language
    }
}
