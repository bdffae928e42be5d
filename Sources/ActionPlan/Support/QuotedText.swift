/// A string in double quotes with the escapes JSON and YAML share, so the same text reads back
/// exactly in both: quotes, backslashes and line breaks escaped, and every control or invisible
/// character (C0, DEL, C1, U+2028, U+2029, U+FEFF, U+FFFE, U+FFFF) written as `\uXXXX`; everything
/// else (accents, emoji) as is. A JSON string written this way is also a valid YAML double-quoted scalar.
package enum QuotedText {
    package static func append(_ text: String, to out: inout String) {
        out += "\""
        // Most texts need no escape: copied whole. Only these bytes start a character that may need
        // one (controls, quote, backslash, DEL, and the lead bytes of C1 controls, U+2028/2029 and U+FEFF/FFFE/FFFF).
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 || $0 == 0xEF }) {
            out += text
            out += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                let value = scalar.value
                if value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029
                    || value == 0xFEFF || value == 0xFFFE || value == 0xFFFF {
                    let hex = String(value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }

    package static func quoted(_ text: String) -> String {
        var out = ""
        append(text, to: &out)
        return out
    }

    /// Text made safe for one YAML comment line, for the comments `derive`, `init` and `adopt` write
    /// from a plan's own text (a regional title, an owner's key): every line break YAML or an editor
    /// knows (LF, CR, NEL, U+2028, U+2029, vertical tab, form feed) becomes a space, so the text cannot
    /// end the comment and start a key; every other character `quoted` escapes is written as `\uXXXX`
    /// (a comment holds no escapes: it is shown, never read back).
    package static func comment(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029:
                out.append(" ")
            case 0x09:
                out.append(scalar)
            case 0..<0x20, 0x7F...0x9F, 0xFEFF, 0xFFFE, 0xFFFF:
                let hex = String(value, radix: 16, uppercase: true)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex).unicodeScalars)
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }
}
