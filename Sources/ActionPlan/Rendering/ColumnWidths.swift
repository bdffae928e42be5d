import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace
/// Relative column widths for a table in a document of fixed width (the Markdown that pandoc turns
/// into Word): every column at least as wide as its longest word, so no word is split inside a
/// cell, and the room left shared out by how much text each column holds.
///
/// Widths are measured for the Word report's tables (Resources/reference.docx): Arial 9 pt, bold
/// headers, cells with 3.6 pt margins on a 17 cm (482 pt) line.
enum ColumnWidths {
    /// The line a table fills, in points.
    static let line = 482.0
    /// What a cell's margins and border take, in points.
    static let cellMargins = 7.2 + 2

    /// The width of each column in hundredths of the line; more than 100 in all only when the
    /// longest words cannot fit on one line together.
    /// `boldHighlighted`: highlighted rows are set in bold (the Word report), so measured bold.
    static func relative(_ table: Tabular, boldHighlighted: Bool = false) -> [Int] {
        let columns = Array(table.columns.indices)
        func cells(_ column: Int) -> [String] { Self.cells(table, column) }
        let minimum = minimumPoints(table, boldHighlighted: boldHighlighted)
        // What a column would take to hold its longest cell on one line, up to half the line.
        let natural = columns.map { column in
            max(minimum[column], min(line / 2, (cells(column) + [table.columns[column].header]).map { width(of: Substring($0), bold: false) }.max() ?? 0) + cellMargins)
        }
        let spare = line - minimum.reduce(0, +)
        var points = minimum
        if spare > 0 {
            let wanted = zip(natural, minimum).map { $0 - $1 }
            let wantedTotal = wanted.reduce(0, +)
            points = columns.map { column in
                wantedTotal > 0 ? minimum[column] + spare * wanted[column] / wantedTotal : minimum[column] + spare / Double(columns.count)
            }
        }
        // Hundredths of the line, rounded up so no column ends up short of its longest word; then the
        // hundredths rounding added beyond 100 are taken back from the columns with the most room to
        // spare, since pandoc scales widths that add up to more than 100 down, every column alike.
        var hundredths = points.map { max(3, Int(($0 / line * 100).rounded(.up))) }
        func room(_ column: Int) -> Double { Double(hundredths[column] - 1) * line / 100 - minimum[column] }
        while hundredths.reduce(0, +) > 100, let roomiest = columns.max(by: { room($0) < room($1) }), room(roomiest) >= 0,
              hundredths[roomiest] > 3 {
            hundredths[roomiest] -= 1
        }
        return hundredths
    }

    /// Whether every column can be as wide as its longest word on the line.
    static func fits(_ table: Tabular, boldHighlighted: Bool = false) -> Bool {
        minimumPoints(table, boldHighlighted: boldHighlighted).reduce(0, +) <= line
    }

    private static func cells(_ table: Tabular, _ column: Int) -> [String] {
        table.rows.compactMap { $0.cells.indices.contains(column) ? $0.cells[column].text : nil }
    }

    /// Each column's longest word (or its header's, in bold) with the cell's margins, in points.
    private static func minimumPoints(_ table: Tabular, boldHighlighted: Bool) -> [Double] {
        func words(_ text: String) -> [Substring] {
            // A no-break space keeps a date together, so it does not end a word here; lines may
            // break after a hyphen (not after a slash: LibreOffice keeps "afdelingen/arbeid" whole),
            // but a date such as 2024-12-31 gets room to stay whole: a date cut at a hyphen misreads.
            // A word with a slash is kept whole too, hyphens and all: LibreOffice does not break
            // "participatie-afdelingen/arbeidstoeleiding" after its hyphen either (a web address is
            // not: it would take the line, and is broken anyway).
            text.split(whereSeparator: { $0 == " " || $0 == "\n" }).flatMap { word -> [Substring] in
                word.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }) ? [word]
                    : word.contains("/") && width(of: word, bold: false) < line * 0.45 ? [word] : word.split(separator: "-")
            }
        }
        func longestWord(_ texts: [String], bold: Bool) -> Double {
            texts.flatMap(words).map { width(of: $0, bold: bold) }.max() ?? 0
        }
        // Totals are bold, and in the Word report highlighted rows (missed, late) too.
        func boldCells(_ column: Int) -> [String] {
            table.rows.filter { $0.isTotal || (boldHighlighted && $0.highlighted) }.compactMap { $0.cells.indices.contains(column) ? $0.cells[column].text : nil }
        }
        return table.columns.indices.map { column in
            max(longestWord([table.columns[column].header] + boldCells(column), bold: true), longestWord(cells(table, column), bold: false))
                + cellMargins
        }
    }

    /// The width of a text in Arial 9 pt, in points, from the font's advance widths (in thousandths
    /// of an em); bold is a little wider.
    static func width(of text: Substring, bold: Bool) -> Double {
        var units = 0
        for character in text {
            units += advance(character)
        }
        return Double(units) / 1000 * 9 * (bold ? 1.1 : 1.0)
    }

    private static func advance(_ character: Character) -> Int {
        switch character {
        case "i", "j", "l", "'", "|", ".", ",", ":", ";", "!": return 222
        case "f", "t", "I", " ", "\u{00A0}", "/", "[", "]", "(", ")": return 278
        case "r", "-": return 333
        case "c", "k", "s", "v", "x", "y", "z", "J", "\"": return 500
        case "m", "M": return 833
        case "w": return 722
        case "W": return 944
        case "€", "%", "&": return 889
        default:
            if character.isUppercase { return 722 }
            return 556
        }
    }
}
