import ActionPlanCore
import ActionPlanFiles

/// Adds ids to the `adopt: actions` list of a local plan in its bytes, leaving every other byte as
/// the user wrote it (comments, quotes, line endings, a byte order mark), as `--accept` edits only
/// its two scalars. A block list gets one line per id (`    - "3.16"   # title`), placed in the
/// region's order among the ids already there; a flow list (`actions: ["1.2"]`) gets the id before
/// its `]`; an `adopt` without `actions` gets the key on the line after `adopt:`.
package enum AdoptEdit {
    /// Why the list cannot be edited in place.
    package enum Refusal: Error, Equatable {
        /// `adopt` is written as a flow mapping (`adopt: {…}`), or not as a mapping at all.
        case notABlockMapping
        /// `actions` is neither a list nor absent.
        case actionsNotAList
    }

    /// The bytes with `id` added; `order` gives each regional id's place in the regional plan, and
    /// `comment` the text written after the new line (block lists only).
    package static func adding(_ id: String, comment: String, order: [String: Int], to bytes: [UInt8], path: String) throws(Refusal) -> [UInt8] {
        var document = YAMLDocument.parse(bytes: bytes, path: path)
        let lines = LineIndex(bytes)
        // Flow collections are told by their first byte, `{` or `[`.
        func startsWith(_ node: YAMLNode, _ byte: Character) -> Bool {
            guard let offset = lines.offset(line: node.position.line, column: node.position.column), bytes.indices.contains(offset) else { return false }
            return bytes[offset] == UInt8(ascii: byte.unicodeScalars.first!)
        }
        guard let root = document.takeRoot(), case .mapping(let top) = root,
              let adoptPair = top.pairs.first(where: { $0.key.scalar?.text == "adopt" }),
              case .mapping(let adopt) = adoptPair.value, !startsWith(adoptPair.value, "{") else { throw .notABlockMapping }
        let lineEnding: [UInt8] = bytes.contains(UInt8(ascii: "\r")) ? [13, 10] : [10]
        guard let actions = adopt.pairs.first(where: { $0.key.scalar?.text == "actions" }) else {
            // A new `actions` key, indented as the other keys of `adopt`, on the line after `adopt:`.
            guard let first = adopt.pairs.first?.key.position else { throw .notABlockMapping }
            let indent = String(repeating: " ", count: first.column - 1)
            let text = "\(indent)actions:" + String(decoding: lineEnding, as: UTF8.self) + "\(indent)  - \(QuotedText.quoted(id))   # \(comment)"
            return lines.inserting(Array(text.utf8) + lineEnding, atStartOfLine: adoptPair.key.position.line + 1)
        }
        guard case .sequence(let list) = actions.value else { throw .actionsNotAList }
        if startsWith(actions.value, "[") || list.items.isEmpty {
            guard let open = lines.offset(line: list.position.line, column: list.position.column),
                  bytes.indices.contains(open), bytes[open] == UInt8(ascii: "["), let close = Self.closingBracket(in: bytes, from: open) else {
                throw .actionsNotAList
            }
            let separator = list.items.isEmpty ? "" : ", "
            // Before the `]`, after any blanks that end the last item.
            var at = close
            while at > open + 1, bytes[at - 1] == UInt8(ascii: " ") { at -= 1 }
            return Array(bytes[..<at]) + Array((separator + QuotedText.quoted(id)).utf8) + Array(bytes[at...])
        }
        // A block list: the new line after the last item that comes before it in the region's order.
        let place = order[id] ?? Int.max
        var items: [(line: Int, place: Int)] = []
        for item in list.items {
            let itemPlace: Int = item.scalar.flatMap { order[$0.text] } ?? -1
            items.append((item.position.line, itemPlace))
        }
        guard let firstLine = items.first?.line, let lineStart = lines.offset(line: firstLine, column: 1) else { throw .actionsNotAList }
        let indent = Array(bytes[lineStart...].prefix { $0 == UInt8(ascii: " ") })
        let newLine: [UInt8] = indent + Array("- \(QuotedText.quoted(id))   # \(comment)".utf8) + lineEnding
        if let after = items.last(where: { $0.place < place }) {
            return lines.inserting(newLine, atStartOfLine: after.line + 1)
        }
        return lines.inserting(newLine, atStartOfLine: firstLine)
    }

    /// The bytes with the line of `id` in a block `adopt: actions` list turned into a comment, `note`
    /// added at its end (`    # - "3.13"   # title — note`): the id is no longer adopted, and the line
    /// the user wrote stays readable in the file. The bytes unchanged when the list does not hold `id`;
    /// a refusal when it holds it in a form that cannot be commented out line by line (a flow list,
    /// or the id sharing its line with other text).
    static func retiring(_ id: String, note: String, in bytes: [UInt8], path: String) throws(Refusal) -> [UInt8] {
        var document = YAMLDocument.parse(bytes: bytes, path: path)
        let lines = LineIndex(bytes)
        guard let root = document.takeRoot(), case .mapping(let top) = root,
              let adoptPair = top.pairs.first(where: { $0.key.scalar?.text == "adopt" }),
              case .mapping(let adopt) = adoptPair.value else { throw .notABlockMapping }
        guard let actions = adopt.pairs.first(where: { $0.key.scalar?.text == "actions" }) else { return bytes }
        guard case .sequence(let list) = actions.value else { throw .actionsNotAList }
        guard let item = list.items.first(where: { $0.scalar?.text == id }) else { return bytes }
        // A block item: its line is indentation, "- ", the id and at most a comment.
        guard let lineStart = lines.offset(line: item.position.line, column: 1),
              let itemStart = lines.offset(line: item.position.line, column: item.position.column) else { throw .actionsNotAList }
        let before = bytes[lineStart..<itemStart]
        let dash = before.drop { $0 == UInt8(ascii: " ") }
        guard dash.first == UInt8(ascii: "-"), dash.dropFirst().allSatisfy({ $0 == UInt8(ascii: " ") }),
              list.items.filter({ $0.position.line == item.position.line }).count == 1 else { throw .actionsNotAList }
        var lineEnd = itemStart
        while lineEnd < bytes.count, bytes[lineEnd] != 10, bytes[lineEnd] != 13 { lineEnd += 1 }
        let indentEnd = lineStart + (before.count - dash.count)
        return Array(bytes[..<indentEnd]) + Array("# ".utf8) + Array(bytes[indentEnd..<lineEnd]) + Array(" — \(note)".utf8) + Array(bytes[lineEnd...])
    }

    /// The offset of the `]` that closes the flow list opening at `open` (quotes skipped), if any.
    static func closingBracket(in bytes: [UInt8], from open: Int) -> Int? {
        var depth = 0
        var index = open
        var quote: UInt8?
        while index < bytes.count {
            let byte = bytes[index]
            if let q = quote {
                if q == UInt8(ascii: "\""), byte == UInt8(ascii: "\\") { index += 2; continue }
                if byte == q { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: "[") {
                depth += 1
            } else if byte == UInt8(ascii: "]") {
                depth -= 1
                if depth == 0 { return index }
            } else if byte == UInt8(ascii: "#"), index > 0, bytes[index - 1] == UInt8(ascii: " ") {
                // A comment runs to the end of the line.
                while index < bytes.count, bytes[index] != 10 { index += 1 }
                continue
            }
            index += 1
        }
        return nil
    }

    /// Where lines start in the bytes (a byte order mark counted into the first line).
    struct LineIndex {
        let bytes: [UInt8]
        var starts: [Int]

        init(_ bytes: [UInt8]) {
            self.bytes = bytes
            starts = [bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0]
            for (index, byte) in bytes.enumerated() where byte == 10 { starts.append(index + 1) }
        }

        /// The byte offset of a 1-based line and column (columns in characters, as YAML counts them).
        func offset(line: Int, column: Int) -> Int? {
            guard line >= 1, line <= starts.count else { return nil }
            var index = starts[line - 1]
            var characters = 1
            while characters < column {
                guard index < bytes.count, bytes[index] != 10 else { return nil }
                index += 1
                while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
                characters += 1
            }
            return index
        }

        /// The bytes with `text` inserted at the start of a 1-based line (at the end when past the last;
        /// a file without a final line break gets one first).
        func inserting(_ text: [UInt8], atStartOfLine line: Int) -> [UInt8] {
            if line <= starts.count, line >= 1 {
                let at = starts[line - 1]
                if at < bytes.count || bytes.last == 10 { return Array(bytes[..<at]) + text + Array(bytes[at...]) }
            }
            let lineEnding: [UInt8] = bytes.contains(13) ? [13, 10] : [10]
            return bytes + (bytes.last == 10 || bytes.isEmpty ? [] : lineEnding) + text
        }
    }
}
