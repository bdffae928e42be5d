/// Relative column widths for a table in a document of fixed width (Markdown that pandoc turns into
/// Word): every column at least as wide as its longest word, so no word is split inside a cell,
/// and what is left shared out by how much text each column holds.
enum ColumnWidths {
    /// The width of each column, in characters of a table line about `total` characters wide (more when the longest
    /// words need it).
    static func relative(_ table: Tabular, total: Int = 90) -> [Int] {
        let columns = table.columns.indices
        func texts(_ column: Int) -> [String] { [table.columns[column].header] + table.rows.compactMap { $0.cells.indices.contains(column) ? $0.cells[column].text : nil } }
        // A no-break space keeps a date together, so it does not end a word here either.
        func longestWord(_ text: String) -> Int {
            text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "-" || $0 == "/" }).map(\.count).max() ?? 0
        }
        // A fifth more than the word itself, for bold headers and wide letters, and two for the cell's margins.
        let minimum = columns.map { column in
            max(3, min(36, Int((Double(texts(column).map(longestWord).max() ?? 0) * 1.2).rounded(.up)) + 2))
        }
        let natural = columns.map { column in max(minimum[column], min(80, (texts(column).map(\.count).max() ?? 0) + 2)) }
        let spare = total - minimum.reduce(0, +)
        let wanted = zip(natural, minimum).map { $0 - $1 }
        let wantedTotal = wanted.reduce(0, +)
        guard spare > 0 else { return minimum }
        guard wantedTotal > 0 else { return minimum.map { $0 + spare / minimum.count } }
        return columns.map { column in minimum[column] + spare * wanted[column] / wantedTotal }
    }
}
