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

        /// Creates a column.
        public init(_ header: String, numeric: Bool = false, flexible: Bool = false) {
            self.header = header
            self.numeric = numeric
            self.flexible = flexible
        }
    }

    /// A row.
    public struct Row: Sendable, Hashable {
        /// The cells, one per column.
        public var cells: [String]
        /// Whether to highlight the row (overdue), on a terminal only.
        public var highlighted: Bool
        /// Whether this is a totals row (drawn below a rule in tables).
        public var isTotal: Bool

        /// Creates a row.
        public init(_ cells: [String], highlighted: Bool = false, isTotal: Bool = false) {
            self.cells = cells
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
