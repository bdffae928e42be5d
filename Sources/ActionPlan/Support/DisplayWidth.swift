/// How many terminal columns text takes: one per grapheme cluster (so `é` written as `e` plus a
/// combining accent is one), two for East Asian wide and fullwidth characters and emoji, none for
/// control and format characters.
package enum DisplayWidth {
    /// The columns a string takes.
    package static func of(_ text: String) -> Int {
        // The common case, ASCII printable text, needs no look at the scalars.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        // Then Western text (é, ë, €, quotes and dashes): one column per scalar, without splitting
        // the text into characters, which is costly.
        if text.unicodeScalars.allSatisfy(isNarrowAlone) { return text.unicodeScalars.count }
        return text.reduce(0) { $0 + of($1) }
    }

    /// Whether a scalar is one column wide and never part of a wider or narrower character:
    /// printable ASCII, Latin-1 and Latin Extended letters (not the soft hyphen), and the euro sign,
    /// typographic quotes, dashes and the ellipsis.
    private static func isNarrowAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20..<0x7F, 0xA0..<0xAD, 0xAE..<0x300: true
        case 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x20AC: true
        default: false
        }
    }

    /// The columns one character takes.
    package static func of(_ character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        switch first.properties.generalCategory {
        case .control, .format, .nonspacingMark, .enclosingMark: return 0
        default: break
        }
        if isWide(first.value) { return 2 }
        if character.unicodeScalars.count == 1 {
            return first.properties.isEmojiPresentation ? 2 : 1
        }
        // An emoji sequence (a flag, a skin tone, a text symbol with the emoji selector).
        if character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) || first.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// The East Asian Wide and Fullwidth blocks, simplified to their ranges.
    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// Cuts text to at most `width` columns, marking a cut with `…`.
    package static func truncate(_ text: String, to width: Int) -> String {
        guard of(text) > width else { return text }
        guard width > 0 else { return "" }
        var out = ""
        var used = 0
        for character in text {
            let next = of(character)
            if used + next > width - 1 { break }
            out.append(character)
            used += next
        }
        return out + "…"
    }

    /// Pads text with spaces to `width` columns, on the right or (for numbers) on the left.
    package static func pad(_ text: String, to width: Int, right: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - of(text)))
        return right ? padding + text : text + padding
    }
}
