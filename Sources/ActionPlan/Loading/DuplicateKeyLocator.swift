import Yams

/// Finds the second occurrence of a duplicated key, which Yams does not report.
///
/// Yams stops at a duplicate key with the position of its first occurrence only. To report the
/// duplicate where it is, and to go on reporting the rest of the file, the next line in the same
/// block mapping that starts with the same key is found, and its first character replaced by a
/// private-use character so the text parses again with the same lines and columns. Keys starting
/// with such a character are skipped by the decoders (they are in `YAMLDocument.maskedKeys`).
enum DuplicateKeyLocator {
    struct Occurrence {
        let line: Int
        let column: Int
        let maskedText: String
    }

    static func secondOccurrence(of key: String, after first: Yams.Mark, in text: String, marker: Unicode.Scalar) -> Occurrence? {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" })
        guard first.line >= 1, first.line <= lines.count, !key.isEmpty else { return nil }
        let column = first.column - 1
        // In a flow mapping ({2024: 1000, 2024: 2000}) the duplicate is usually on the same line.
        let firstLine = Array(lines[first.line - 1].unicodeScalars)
        var position = column + 1
        while position < firstLine.count {
            if firstLine[position] == "," || firstLine[position] == "{" {
                var start = position + 1
                while start < firstLine.count, firstLine[start] == " " { start += 1 }
                if startsWithKey(firstLine, at: start, key: key) {
                    return masked(lines, lineIndex: first.line - 1, column: start, marker: marker)
                }
            }
            position += 1
        }
        var lineIndex = first.line // the line after the first occurrence (0-based index)
        while lineIndex < lines.count {
            let scalars = Array(lines[lineIndex].unicodeScalars)
            let indent = scalars.prefix { $0 == " " }.count
            let content = scalars.dropFirst(indent)
            if content.isEmpty || content.first == "#" || content.first == "\r" {
                lineIndex += 1
                continue
            }
            // A line that starts left of the key ends the mapping; list markers count as indentation.
            let prefixIsIndentation = scalars.count > column && scalars.prefix(column).allSatisfy { $0 == " " || $0 == "-" }
            if indent < column && !prefixIsIndentation { return nil }
            if prefixIsIndentation, startsWithKey(scalars, at: column, key: key) {
                return masked(lines, lineIndex: lineIndex, column: column, marker: marker)
            }
            if indent < column { return nil }
            lineIndex += 1
        }
        return nil
    }

    /// The text with the key at a line and column masked.
    private static func masked(_ lines: [Substring], lineIndex: Int, column: Int, marker: Unicode.Scalar) -> Occurrence {
        var scalars = Array(lines[lineIndex].unicodeScalars)
        let quoted = scalars[column] == "\"" || scalars[column] == "'"
        scalars[quoted ? column + 1 : column] = marker
        var newLines = lines.map(String.init)
        newLines[lineIndex] = String(String.UnicodeScalarView(scalars))
        return Occurrence(line: lineIndex + 1, column: column + 1, maskedText: newLines.joined(separator: "\n"))
    }

    private static func startsWithKey(_ scalars: [Unicode.Scalar], at column: Int, key: String) -> Bool {
        let keyScalars = Array(key.unicodeScalars)
        for (candidate, quote) in [(keyScalars, nil), (keyScalars, "\"" as Unicode.Scalar), (keyScalars, "'")] {
            var position = column
            if let quote {
                guard position < scalars.count, scalars[position] == quote else { continue }
                position += 1
            }
            guard scalars.count >= position + candidate.count,
                  Array(scalars[position..<position + candidate.count]) == candidate else { continue }
            position += candidate.count
            if let quote {
                guard position < scalars.count, scalars[position] == quote else { continue }
                position += 1
            }
            while position < scalars.count, scalars[position] == " " { position += 1 }
            if position < scalars.count, scalars[position] == ":" { return true }
        }
        return false
    }
}
