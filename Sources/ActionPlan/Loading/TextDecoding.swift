import ActionPlanCore
/// Turns a file's bytes into text: valid UTF-8 required, a byte order mark dropped, and no line
/// break that editors do not show.
enum TextDecoding {
    enum Failure: Error {
        /// The bytes are not UTF-8 from this byte offset on.
        case invalidUTF8(offset: Int)
        /// The file starts with a UTF-16 or UTF-32 byte order mark.
        case utf16
        /// The text holds U+2028, U+2029 or U+0085 (first at this UTF-8 offset into the text, `count` in all).
        case invisibleLineBreak(text: String, offset: Int, scalar: Unicode.Scalar, count: Int)
    }

    static func decode(_ bytes: [UInt8]) -> Result<String, Failure> {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return .failure(.utf16) }
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        let body = bytes[start...]
        guard let text = String(validating: body, as: UTF8.self) else {
            return .failure(.invalidUTF8(offset: firstInvalidOffset(in: body) ?? start))
        }
        if let (offset, scalar, count) = invisibleLineBreaks(in: body) {
            return .failure(.invisibleLineBreak(text: text, offset: offset - start, scalar: scalar, count: count))
        }
        return .success(text)
    }

    /// The line and paragraph separators U+2028 and U+2029 and the next-line character U+0085 are
    /// line breaks to YAML (libyaml ends a line, a comment or a plain text at them) but not to editors,
    /// diffs or people: a budget after one, inside what an editor shows as a comment, would be counted,
    /// and every later line number would be off. The first (its offset into `bytes`' base), and how many.
    /// Refused everywhere, quotes included, because the parser counts them as line breaks everywhere;
    /// a text that needs one writes the escape `\u2028` in double quotes.
    static func invisibleLineBreaks(in bytes: ArraySlice<UInt8>) -> (Int, Unicode.Scalar, Int)? {
        var first: (Int, Unicode.Scalar)?
        var count = 0
        var index = bytes.startIndex
        let end = bytes.endIndex
        while index < end {
            let byte = bytes[index]
            if byte == 0xC2, index + 1 < end, bytes[index + 1] == 0x85 {
                if first == nil { first = (index, "\u{85}") }
                count += 1
                index += 2
            } else if byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                if first == nil { first = (index, bytes[index + 2] == 0xA8 ? "\u{2028}" : "\u{2029}") }
                count += 1
                index += 3
            } else {
                index += 1
            }
        }
        return first.map { ($0.0, $0.1, count) }
    }

    /// The offset (into the whole file) of the first byte that is not valid UTF-8.
    private static func firstInvalidOffset(in bytes: ArraySlice<UInt8>) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = bytes.startIndex
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }
}
