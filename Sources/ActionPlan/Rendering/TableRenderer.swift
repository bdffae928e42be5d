import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace
/// Draws tabular results as aligned text that fits the width it is given. Widths count columns as
/// displayed (`é`, `ë` and `€` are one, East Asian wide characters two). Every row is one line:
/// when space is short the free-text column shrinks first and is cut with `…`, lists switch to
/// their shorter forms, then low-priority columns drop out with a note naming them, and below that
/// each row becomes a block of `label  value` lines. Totals stand below a rule; highlighted rows
/// are red only when colours are on.
public struct TableRenderer: Sendable {
    /// The width to fit, in terminal columns.
    package var width: Int
    /// Whether to use ANSI colours.
    package var colours: Bool
    /// Whether to draw every column at its full width, whatever the width (`--wide`).
    package var wide: Bool

    /// The space between columns.
    static let gap = 2
    /// The narrowest a free-text or list column gets once nothing else can give way.
    static let hardMinimum = 8

    /// Creates a renderer.
    public init(width: Int = 80, colours: Bool = false, wide: Bool = false) {
        self.width = max(20, width)
        self.colours = colours
        self.wide = wide
    }

    /// Renders several tables one after another.
    public func render(_ tables: [Tabular]) -> String {
        tables.map(render).joined(separator: "\n")
    }

    /// How a table is drawn at the width.
    enum Layout: Equatable {
        /// These columns (indices into the table's columns) at these widths.
        case table(columns: [Int], widths: [Int])
        /// One block per row.
        case records
    }

    /// Renders one table; control and bidi characters in its text are shown visibly (`TerminalText`).
    package func render(_ table: Tabular) -> String {
        let table = Self.visible(table.limitedRows())
        var out = ""
        if let title = table.title {
            out += paragraph(title).map { colours ? "\u{1B}[1m\($0)\u{1B}[0m" : $0 }.joined(separator: "\n") + "\n\n"
        }
        // A table without rows that says why ("Niets te laat.") is just that sentence: a header over nothing reads as a fault.
        if table.rows.isEmpty, !table.notes.isEmpty {
            return out + table.notes.map { paragraph($0).joined(separator: "\n") }.joined(separator: "\n") + "\n"
        }
        let words = Localizer(table.language)
        switch layout(table) {
        case .records:
            out += records(table)
        case .table(let shown, let widths):
            out += lines(table, shown: shown, widths: widths)
            let dropped = table.columns.indices.filter { !shown.contains($0) }.map { table.columns[$0].header }
            if !dropped.isEmpty {
                let names = dropped.joined(separator: ", ")
                out += "\n" + paragraph(words.t(
                    "Weggelaten bij deze breedte: \(names); alles zien met --wide of --format markdown.",
                    "Left out at this width: \(names); see them with --wide or --format markdown.")).joined(separator: "\n") + "\n"
            }
        }
        if let more = table.omittedLine { out += more + "\n" }
        for note in table.notes { out += "\n" + paragraph(note).joined(separator: "\n") }
        if !table.notes.isEmpty { out += "\n" }
        return out
    }

    // MARK: fitting

    /// Picks the columns and their widths: everything as it is when it fits (or when wide); else
    /// shrink, then drop columns by priority; else blocks.
    func layout(_ table: Tabular) -> Layout {
        let columns = table.columns
        let all = Array(columns.indices)
        let natural = columns.indices.map { index in
            table.rows.reduce(DisplayWidth.of(columns[index].header)) { widest, row in
                index < row.cells.count ? max(widest, DisplayWidth.of(row.cells[index].text.replacingNewlines())) : widest
            }
        }
        if wide { return .table(columns: all, widths: natural) }
        let droppable = columns.indices.filter { columns[$0].dropPriority > 0 }
            .sorted { columns[$0].dropPriority != columns[$1].dropPriority ? columns[$0].dropPriority > columns[$1].dropPriority : $0 > $1 }
        for dropCount in 0...droppable.count {
            let dropped = Set(droppable.prefix(dropCount))
            let shown = all.filter { !dropped.contains($0) }
            if let widths = fit(columns, natural: natural, shown: shown, lenient: false) { return .table(columns: shown, widths: widths) }
        }
        let essential = all.filter { columns[$0].dropPriority == 0 }
        if let widths = fit(columns, natural: natural, shown: essential, lenient: true) { return .table(columns: essential, widths: essential.isEmpty ? [] : widths) }
        return .records
    }

    /// The widths of the shown columns when they fit, else nil. Lists narrow to their preferred
    /// width, the free text to its minimum, lists to theirs; when lenient both go further, down to
    /// `hardMinimum`.
    private func fit(_ columns: [Tabular.Column], natural: [Int], shown: [Int], lenient: Bool) -> [Int]? {
        guard !shown.isEmpty else { return nil }
        var widths = shown.map { natural[$0] }
        var excess = widths.reduce(0, +) + Self.gap * (shown.count - 1) - width
        func reduce(_ position: Int, to floor: Int) {
            guard excess > 0 else { return }
            let cut = min(excess, widths[position] - floor)
            if cut > 0 {
                widths[position] -= cut
                excess -= cut
            }
        }
        let positions = Array(shown.indices)
        var steps: [(Int) -> Int?] = [
            { if case .shrinkable(let preferred, _) = columns[shown[$0]].fit { return preferred } else { return nil } },
            { if case .fill(let minimum) = columns[shown[$0]].fit { return minimum } else { return nil } },
            { if case .shrinkable(_, let minimum) = columns[shown[$0]].fit { return minimum } else { return nil } },
        ]
        if lenient {
            steps.append { if case .fill(let minimum) = columns[shown[$0]].fit { return min(minimum, Self.hardMinimum) } else { return nil } }
            steps.append { if case .shrinkable(_, let minimum) = columns[shown[$0]].fit { return min(minimum, Self.hardMinimum) } else { return nil } }
        }
        for floorOf in steps {
            // The widest column of a kind gives way first.
            for position in positions.sorted(by: { widths[$0] > widths[$1] }) {
                if let floor = floorOf(position) { reduce(position, to: floor) }
            }
        }
        return excess <= 0 ? widths : nil
    }

    // MARK: drawing

    private func lines(_ table: Tabular, shown: [Int], widths: [Int]) -> String {
        let columns = table.columns
        let separator = String(repeating: " ", count: Self.gap)
        func line(_ texts: [(String, [String])]) -> String {
            zip(shown.indices, texts).map { position, text in
                let column = columns[shown[position]]
                let fitted = Self.fitting(text.0, variants: text.1, width: widths[position])
                return DisplayWidth.pad(fitted, to: widths[position], right: column.numeric)
            }.joined(separator: separator).trimmingTrailingSpaces()
        }
        var out = ""
        let header = line(shown.map { (columns[$0].header, []) })
        out += (colours ? "\u{1B}[1m\(header)\u{1B}[0m" : header) + "\n"
        let rule = String(repeating: "─", count: widths.reduce(0, +) + Self.gap * (shown.count - 1))
        out += rule + "\n"
        var ruledTotals = false
        for (index, row) in table.rows.enumerated() {
            if row.isTotal && !ruledTotals {
                if index > 0 { out += rule + "\n" }
                ruledTotals = true
            }
            let text = line(shown.map { $0 < row.cells.count ? (row.cells[$0].text, row.cells[$0].variants) : ("", []) })
            out += style(text, row) + "\n"
        }
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
            row.cells = row.cells.map { Tabular.Cell(TerminalText.visible($0.text, keepingNewlines: true), plain: $0.plain,
                                         variants: $0.variants.map { TerminalText.visible($0) }) }
            return row
        }
        copy.notes = table.notes.map { TerminalText.visible($0, keepingNewlines: true) }
        return copy
    }

    /// One block per row: `label  value`, values wrapped at spaces within the width.
    private func records(_ table: Tabular) -> String {
        let labelWidth = min(width / 2, (table.columns.map { DisplayWidth.of($0.header) }.max() ?? 0) + Self.gap)
        let valueWidth = max(1, width - labelWidth)
        var blocks: [String] = []
        for row in table.rows {
            var block: [String] = []
            for (index, column) in table.columns.enumerated() where index < row.cells.count {
                let value = row.cells[index].text
                if value.isEmpty { continue }
                let label = DisplayWidth.pad(DisplayWidth.truncate(column.header, to: labelWidth - Self.gap), to: labelWidth)
                for (number, part) in Self.wrap(value, to: valueWidth).enumerated() {
                    block.append(((number == 0 ? label : String(repeating: " ", count: labelWidth)) + part).trimmingTrailingSpaces())
                }
            }
            blocks.append(block.map { style($0, row) }.joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n") + (blocks.isEmpty ? "" : "\n")
    }

    private func style(_ text: String, _ row: Tabular.Row) -> String {
        if colours && row.highlighted { return "\u{1B}[31m\(text)\u{1B}[0m" }
        if colours && row.isTotal { return "\u{1B}[1m\(text)\u{1B}[0m" }
        return text
    }

    /// A title or note wrapped to the width.
    private func paragraph(_ text: String) -> [String] {
        Self.wrap(text, to: width)
    }

    /// The longest of a cell's forms that fits, else the shortest cut with `…`; always one line.
    static func fitting(_ text: String, variants: [String], width: Int) -> String {
        let forms = ([text] + variants).map { $0.replacingNewlines() }
        if let fits = forms.first(where: { DisplayWidth.of($0) <= width }) { return fits }
        return DisplayWidth.truncate(forms.last ?? "", to: width)
    }

    /// Splits text into lines of at most `width` columns at spaces (words longer are cut, after a
    /// hyphen when there is one). A euro sign stays with its amount: "€ 25.000" never breaks after "€".
    static func wrap(_ text: String, to width: Int) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var current = ""
            var currentWidth = 0
            var words: [String] = []
            for word in paragraph.split(separator: " ") {
                if words.last == "€" { words[words.count - 1] += " " + word } else { words.append(String(word)) }
            }
            for word in words {
                var word = String(word)
                while DisplayWidth.of(word) > width {
                    if !current.isEmpty { lines.append(current); current = "" }
                    let head = prefix(word, width: width)
                    let cut = head.lastIndex(of: "-").map { head.distance(from: head.startIndex, to: $0) + 1 } ?? head.count
                    let taken = max(1, cut)
                    lines.append(String(word.prefix(taken)))
                    word = String(word.dropFirst(taken))
                }
                let wordWidth = DisplayWidth.of(word)
                if current.isEmpty {
                    current = word
                    currentWidth = wordWidth
                } else if currentWidth + 1 + wordWidth <= width {
                    current += " " + word
                    currentWidth += 1 + wordWidth
                } else {
                    lines.append(current)
                    current = word
                    currentWidth = wordWidth
                }
            }
            lines.append(current)
        }
        return lines.isEmpty ? [""] : lines
    }

    /// The longest start of a word that takes at most `width` columns.
    private static func prefix(_ word: String, width: Int) -> String {
        var out = ""
        var used = 0
        for character in word {
            let next = DisplayWidth.of(character)
            if used + next > width { break }
            out.append(character)
            used += next
        }
        return out
    }

    /// Cuts text to `width` columns, marking the cut with an ellipsis.
    static func truncate(_ text: String, to width: Int) -> String {
        DisplayWidth.truncate(text.replacingNewlines(), to: width)
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }

    func replacingNewlines() -> String {
        guard utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return self }
        return String(map { $0 == "\n" || $0 == "\r\n" || $0 == "\r" ? " " : $0 })
    }
}
