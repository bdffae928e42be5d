/// Draws tabular results as aligned text for a terminal: widths counted in characters (é, ë and
/// € are one), the flexible column wrapped to fit the width, totals below a rule, highlighted
/// rows in red only when colours are on.
public struct TableRenderer: Sendable {
    /// The width to fit, in characters.
    public var width: Int
    /// Whether to use ANSI colours.
    public var colours: Bool

    /// Creates a renderer.
    public init(width: Int = 100, colours: Bool = false) {
        self.width = max(40, width)
        self.colours = colours
    }

    /// Renders several tables one after another.
    public func render(_ tables: [Tabular]) -> String {
        tables.map(render).joined(separator: "\n")
    }

    /// Renders one table; control and bidi characters in its text are shown visibly (`TerminalText`).
    public func render(_ table: Tabular) -> String {
        let table = Self.visible(table)
        var out = ""
        if let title = table.title { out += (colours ? "\u{1B}[1m\(title)\u{1B}[0m" : title) + "\n\n" }
        let columns = table.columns
        var widths = columns.map { $0.header.count }
        for row in table.rows {
            for (index, cell) in row.cells.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.text.split(separator: "\n").map(\.count).max() ?? 0)
            }
        }
        let gap = 2
        let total = widths.reduce(0, +) + gap * (columns.count - 1)
        // Shrink the widest flexible column, one character at a time, until the table fits.
        var excess = total - width
        while excess > 0 {
            let candidates = columns.indices.filter { columns[$0].flexible && widths[$0] > columns[$0].minimumWidth }
            guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] -= 1
            excess -= 1
        }
        func line(_ cells: [String]) -> [String] {
            let wrapped = cells.enumerated().map { index, cell in
                columns[index].flexible ? Self.wrap(cell, to: widths[index]) : [Self.truncate(cell, to: widths[index])]
            }
            let height = wrapped.map(\.count).max() ?? 1
            return (0..<height).map { lineIndex in
                wrapped.enumerated().map { index, lines in
                    let text = lineIndex < lines.count ? lines[lineIndex] : ""
                    let pad = String(repeating: " ", count: max(0, widths[index] - text.count))
                    return columns[index].numeric ? pad + text : text + pad
                }.joined(separator: String(repeating: " ", count: gap)).trimmingTrailingSpaces()
            }
        }
        let header = line(columns.map(\.header))
        out += header.map { colours ? "\u{1B}[1m\($0)\u{1B}[0m" : $0 }.joined(separator: "\n") + "\n"
        let rule = String(repeating: "─", count: widths.reduce(0, +) + gap * (columns.count - 1))
        out += rule + "\n"
        var ruledTotals = false
        for (index, row) in table.rows.enumerated() {
            if row.isTotal && !ruledTotals {
                if index > 0 { out += rule + "\n" }
                ruledTotals = true
            }
            for text in line(row.cells.map(\.text)) {
                if colours && row.highlighted {
                    out += "\u{1B}[31m\(text)\u{1B}[0m\n"
                } else if colours && row.isTotal {
                    out += "\u{1B}[1m\(text)\u{1B}[0m\n"
                } else {
                    out += text + "\n"
                }
            }
        }
        for note in table.notes { out += "\n" + note }
        if !table.notes.isEmpty { out += "\n" }
        return out
    }

    /// The table with every text made safe for a terminal (line breaks in cells kept: they are laid out).
    static func visible(_ table: Tabular) -> Tabular {
        var copy = table
        copy.title = table.title.map { TerminalText.visible($0) }
        copy.columns = table.columns.map { column in
            var column = column
            column.header = TerminalText.visible(column.header)
            return column
        }
        copy.rows = table.rows.map { row in
            var row = row
            row.cells = row.cells.map { Tabular.Cell(TerminalText.visible($0.text, keepingNewlines: true), plain: $0.plain) }
            return row
        }
        copy.notes = table.notes.map { TerminalText.visible($0, keepingNewlines: true) }
        return copy
    }

    /// Splits text into lines of at most `width` characters at spaces (words longer are cut).
    static func wrap(_ text: String, to width: Int) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var current = ""
            for word in paragraph.split(separator: " ") {
                var word = Substring(word)
                while word.count > width {
                    if !current.isEmpty { lines.append(current); current = "" }
                    // Break after a hyphen when there is one, else where the width ends.
                    let head = word.prefix(width)
                    let cut = head.lastIndex(of: "-").map { head.distance(from: head.startIndex, to: $0) + 1 } ?? width
                    lines.append(String(word.prefix(cut)))
                    word = word.dropFirst(cut)
                }
                if current.isEmpty {
                    current = String(word)
                } else if current.count + 1 + word.count <= width {
                    current += " " + word
                } else {
                    lines.append(current)
                    current = String(word)
                }
            }
            lines.append(current)
        }
        return lines.isEmpty ? [""] : lines
    }

    /// Cuts text to `width` characters, marking the cut with an ellipsis.
    static func truncate(_ text: String, to width: Int) -> String {
        let flat = text.replacingNewlines()
        return flat.count <= width ? flat : String(flat.prefix(max(0, width - 1))) + "…"
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }

    func replacingNewlines() -> String {
        String(map { $0 == "\n" || $0 == "\r\n" || $0 == "\r" ? " " : $0 })
    }
}
