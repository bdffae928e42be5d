/// A query result laid out as rows and columns, independent of the output format: the table,
/// CSV and Markdown renderers all draw the same `Tabular`, so no format computes anything itself.
public struct Tabular: Sendable, Hashable {
    /// A column.
    public struct Column: Sendable, Hashable {
        /// The header text.
        public var header: String
        /// Whether numbers: right-aligned in tables, never neutralised in CSV.
        public var numeric: Bool
        /// Whether this column takes what is left of the terminal width (and wraps).
        public var flexible: Bool
        /// The narrowest a flexible column is squeezed to; a table that cannot fit is left wider.
        public var minimumWidth: Int

        /// Creates a column.
        public init(_ header: String, numeric: Bool = false, flexible: Bool = false, minimumWidth: Int = 16) {
            self.header = header
            self.numeric = numeric
            self.flexible = flexible
            self.minimumWidth = minimumWidth
        }
    }

    /// A cell: the text people read, and the plain value machines read (CSV).
    public struct Cell: Sendable, Hashable {
        /// The text for tables and Markdown (`€ 153.000`).
        public var text: String
        /// The value for CSV (`153000`).
        public var plain: String

        /// Creates a cell; the plain value defaults to the text.
        public init(_ text: String, plain: String? = nil) {
            self.text = text
            self.plain = plain ?? text
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

    /// Creates a tabular result.
    public init(title: String? = nil, columns: [Column], rows: [Row], notes: [String] = []) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.notes = notes
    }
}
