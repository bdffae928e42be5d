import Foundation

/// The decoded text of a plan file, split into lines so diagnostics can quote them.
public struct SourceText: Sendable {
    /// The path of the file as the user named it.
    package let path: String
    /// The text, without a byte order mark.
    package let text: String
    /// Where each line starts, found on first use: most files load without a diagnostic.
    private let lines: LineIndex

    /// Creates a source text; lines end at `\n`, `\r\n` or a lone `\r`, as in YAML.
    package init(path: String, text: String) {
        self.path = path
        self.text = text
        self.lines = LineIndex(text: text)
    }

    private var lineStarts: [String.UTF8View.Index] { lines.starts }

    /// The byte positions where lines start.
    fileprivate static func lineStarts(of text: String) -> [String.UTF8View.Index] {
        var starts = [text.utf8.startIndex]
        var index = text.utf8.startIndex
        let end = text.utf8.endIndex
        while index < end {
            let byte = text.utf8[index]
            let next = text.utf8.index(after: index)
            if byte == UInt8(ascii: "\n") {
                starts.append(next)
            } else if byte == UInt8(ascii: "\r") {
                if next < end, text.utf8[next] == UInt8(ascii: "\n") {
                    index = next
                    continue
                }
                starts.append(next)
            }
            index = next
        }
        return starts
    }

    /// The number of lines.
    package var lineCount: Int { lineStarts.count }

    /// The text of a 1-based line without its line break, or nil beyond the end.
    package func line(_ number: Int) -> Substring? {
        guard number >= 1, number <= lineStarts.count else { return nil }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] : text.utf8.endIndex
        while end > start {
            let previous = text.utf8.index(before: end)
            let byte = text.utf8[previous]
            guard byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") else { break }
            end = previous
        }
        return text[start..<end]
    }

    /// At most `width` Unicode scalars of a 1-based line around a 1-based column (the window starts
    /// `width / 2` before the column where it can), found without walking or copying the whole line:
    /// a 31 MB line with 200 problems used to be copied once per problem. Gives the text of the
    /// window, the column of its first scalar and the count of scalars on the line.
    package func window(line number: Int, column: Int, width: Int) -> (text: Substring, firstColumn: Int, lineLength: Int)? {
        guard let full = line(number) else { return nil }
        let utf8 = full.utf8
        // Fewer bytes than the width: fewer scalars too, the whole line fits.
        if utf8.count <= width { return (full, 1, full.unicodeScalars.count) }
        let (marks, length) = lines.scalarMarks(of: number, line: full)
        let start = max(0, min(column - 1 - width / 2, length - width))
        let scalars = full.unicodeScalars
        let mark = marks[start / LineIndex.markSpacing]
        let from = scalars.index(mark, offsetBy: start % LineIndex.markSpacing)
        let to = scalars.index(from, offsetBy: width, limitedBy: scalars.endIndex) ?? scalars.endIndex
        return (full[from..<to], start + 1, length)
    }

    /// The location of a byte offset into the text's UTF-8.
    package func location(ofUTF8Offset offset: Int) -> SourceLocation {
        let clamped = max(0, min(offset, text.utf8.count))
        let target = text.utf8.index(text.utf8.startIndex, offsetBy: clamped)
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= target { low = middle } else { high = middle - 1 }
        }
        let lineStart = lineStarts[low]
        let column = text.unicodeScalars[lineStart..<target].count + 1
        return SourceLocation(file: path, line: low + 1, column: column)
    }

    /// The location at a 1-based line and column.
    package func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: path, line: line, column: column)
    }
}

/// The line starts of a text, computed once, when first asked for; and for long lines that a
/// diagnostic quotes, where every `markSpacing`-th scalar starts.
private final class LineIndex: @unchecked Sendable {
    static let markSpacing = 1024
    private let text: String
    private let lock = NSLock()
    private var computed: [String.UTF8View.Index]?
    private var marks: [Int: (marks: [String.Index], length: Int)] = [:]

    /// The index of every `markSpacing`-th scalar of a line, and its length in scalars: one pass per line.
    func scalarMarks(of number: Int, line: Substring) -> (marks: [String.Index], length: Int) {
        lock.lock()
        defer { lock.unlock() }
        if let known = marks[number] { return known }
        var found: [String.Index] = []
        var count = 0
        var index = line.unicodeScalars.startIndex
        let end = line.unicodeScalars.endIndex
        while index < end {
            if count % Self.markSpacing == 0 { found.append(index) }
            count += 1
            line.unicodeScalars.formIndex(after: &index)
        }
        if count % Self.markSpacing == 0 { found.append(end) }
        marks[number] = (found, count)
        return (found, count)
    }

    init(text: String) { self.text = text }

    var starts: [String.UTF8View.Index] {
        lock.lock()
        defer { lock.unlock() }
        if let computed { return computed }
        let starts = SourceText.lineStarts(of: text)
        computed = starts
        return starts
    }
}
