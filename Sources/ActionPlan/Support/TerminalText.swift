/// Text from plan and progress files made safe to print on a terminal.
///
/// Titles, owner names and notes come from other organisations. Printed raw, an escape sequence in
/// them could clear the screen, retitle the window, write the clipboard (OSC 52) or hide a link
/// (OSC 8); a carriage return could overwrite what was printed before it; a bidi override could make
/// text read differently from what it is. Every such character is shown visibly instead, as a
/// Swift-style escape: ESC becomes `\u{1B}`, U+202E becomes `\u{202E}`.
package enum TerminalText {
    /// `text` with control, C1 and bidi formatting characters shown as `\u{…}`; tabs kept, and line
    /// feeds kept when `keepingNewlines` (for multi-line cells that the caller lays out itself).
    package static func visible(_ text: String, keepingNewlines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { isUnsafe($0, keepingNewlines: keepingNewlines) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar, keepingNewlines: keepingNewlines) {
                out.append(contentsOf: escape(scalar).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// `\u{1B}`: how an unsafe character is shown.
    static func escape(_ scalar: Unicode.Scalar) -> String {
        "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }

    /// Whether a character acts on a terminal or on the reading order instead of being shown.
    package static func isUnsafe(_ scalar: Unicode.Scalar, keepingNewlines: Bool = false) -> Bool {
        switch scalar.value {
        case 0x09: false
        case 0x0A: !keepingNewlines
        case 0x00...0x1F, 0x7F...0x9F: true // C0 controls (ESC, BEL, CR, …), DEL, C1 controls (U+009B CSI, …)
        case 0x061C, 0x200E, 0x200F: true // Arabic letter mark, left-to-right and right-to-left marks
        case 0x202A...0x202E, 0x2066...0x2069: true // bidi embeddings, overrides and isolates
        case 0x2028, 0x2029: true // line and paragraph separators, which some terminals break lines on
        default: false
        }
    }
}
