/// Finds YAML anchors (`&name`) and tags (`!name`) before the text is parsed.
///
/// Plan files may not use anchors and aliases: aliases let a few lines expand into billions of
/// nodes ("billion laughs"), and Yams hashes mapping keys, aliased ones included, while composing.
/// Nor tags: `title: !Belangrijk …` would silently lose the word. Both are refused before Yams sees
/// the text, which also spares checking every node afterwards. The scan skips comments, quoted
/// scalars and block scalars; it errs on the side of reporting, and the hints say how to write an
/// `&` or `!` that is meant as text.
enum ReservedSyntaxScanner {
    /// What was found.
    enum Use: Equatable {
        case anchor(offset: Int)
        case tag(offset: Int, name: String)
    }

    /// The first anchor or tag, with its UTF-8 offset, or nil when there is none.
    static func firstUse(in text: String) -> Use? {
        var bytes = Array(text.utf8)
        bytes.append(0)
        let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t"), newline = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        var index = 0
        var lineStart = true
        var blockThreshold: Int? = nil // inside a block scalar: lines indented more than this are its text
        var tokenStart = true          // whether the next character may start a token
        var keyColumn = 0              // column where this line's content starts, after "- " markers
        while index < bytes.count - 1 {
            let byte = bytes[index]
            if lineStart {
                // Measure the indentation of the new line.
                var indent = 0
                while bytes[index + indent] == space { indent += 1 }
                let first = bytes[index + indent]
                let blank = first == newline || first == cr || first == 0
                if let threshold = blockThreshold {
                    if blank || indent > threshold {
                        index = skipLine(bytes, from: index) + 1
                        continue
                    }
                    blockThreshold = nil
                }
                index += indent
                keyColumn = indent
                var probe = index
                while bytes[probe] == UInt8(ascii: "-"), bytes[probe + 1] == space {
                    probe += 2
                    while bytes[probe] == space { probe += 1 }
                }
                keyColumn = indent + (probe - index)
                lineStart = false
                tokenStart = true
                continue
            }
            switch byte {
            case newline:
                lineStart = true
                index += 1
                continue
            case space, tab, cr:
                tokenStart = true
            case UInt8(ascii: "#") where tokenStart:
                index = skipLine(bytes, from: index)
                continue
            case UInt8(ascii: "'") where tokenStart, UInt8(ascii: "\"") where tokenStart:
                index = skipQuoted(bytes, from: index)
                tokenStart = false
                continue
            case UInt8(ascii: "|") where tokenStart, UInt8(ascii: ">") where tokenStart:
                // A block scalar indicator: the rest of the line is its header, then its text.
                blockThreshold = keyColumn
                index = skipLine(bytes, from: index)
                continue
            case UInt8(ascii: "&") where tokenStart, UInt8(ascii: "!") where tokenStart:
                let next = bytes[index + 1]
                if next != space, next != tab, next != newline, next != cr, next != 0,
                   next != UInt8(ascii: ","), next != UInt8(ascii: "]"), next != UInt8(ascii: "}") {
                    if byte == UInt8(ascii: "&") { return .anchor(offset: index) }
                    var end = index + 1
                    while end < bytes.count - 1, ![space, tab, newline, cr].contains(bytes[end]) { end += 1 }
                    return .tag(offset: index, name: String(decoding: bytes[index..<min(end, index + 40)], as: UTF8.self))
                }
                tokenStart = false
            case UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ","), UInt8(ascii: ":"):
                tokenStart = true
            default:
                tokenStart = false
            }
            index += 1
        }
        return nil
    }

    private static func skipLine(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index < bytes.count - 1, bytes[index] != UInt8(ascii: "\n") { index += 1 }
        return index
    }

    /// Skips a quoted scalar, which may span lines; returns the index after the closing quote.
    private static func skipQuoted(_ bytes: [UInt8], from start: Int) -> Int {
        let quote = bytes[start]
        var index = start + 1
        while index < bytes.count - 1 {
            let byte = bytes[index]
            if quote == UInt8(ascii: "\""), byte == UInt8(ascii: "\\") {
                index += 2
                continue
            }
            if byte == quote {
                if quote == UInt8(ascii: "'"), bytes[index + 1] == quote {
                    index += 2
                    continue
                }
                return index + 1
            }
            index += 1
        }
        return index
    }
}
