import ActionPlan
import Foundation
import Testing

/// The shortcuts text handling takes for common text (plain ASCII, Western letters, nothing to
/// escape or trim) give exactly what the general path gives, on random texts mixing the characters
/// each shortcut must send down the general path.
@Suite("Text shortcuts agree with the general path")
struct TextFastPathTests {
    /// Characters chosen around each shortcut's edges: ASCII, Latin-1 (with the soft hyphen and
    /// C1 controls), combining marks, dashes and quotes, the euro sign, wide and emoji characters,
    /// line separators, the byte-order mark and non-breaking and other Unicode spaces.
    static let alphabet: [String] = [
        "a", "Z", " ", "\t", "\n", "\r", "\"", "\\", "\u{7F}", "\u{85}", "\u{9F}", "\u{A0}", "\u{AD}", "é", "ë", "ß",
        "\u{2FF}", "\u{300}", "e\u{301}", "–", "—", "‘", "’", "“", "”", "…", "€", "\u{2028}", "\u{2029}", "\u{FEFF}",
        "\u{2003}", "\u{3000}", "漢", "😀", "🇳🇱", "✔\u{FE0F}", "\u{1}",
    ]

    static func texts(count: Int) -> [String] {
        var generator = SeededGenerator(seed: 2026)
        return (0..<count).map { _ in
            let length = Int.random(in: 0...8, using: &generator)
            return (0..<length).map { _ in alphabet.randomElement(using: &generator)! }.joined()
        }
    }

    @Test("display width: per scalar for Western text, as per character")
    func displayWidth() {
        for text in Self.texts(count: 3000) {
            #expect(DisplayWidth.of(text) == text.reduce(0) { $0 + DisplayWidth.of($1) }, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test("quoted text: copied whole only when no character needs an escape")
    func quotedText() {
        for text in Self.texts(count: 3000) {
            var expected = "\""
            for scalar in text.unicodeScalars {
                switch scalar.value {
                case 0x22: expected += "\\\""
                case 0x5C: expected += "\\\\"
                case 0x0A: expected += "\\n"
                case 0x0D: expected += "\\r"
                case 0x09: expected += "\\t"
                case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF:
                    expected += String(format: "\\u%04X", scalar.value)
                default: expected.unicodeScalars.append(scalar)
                }
            }
            #expect(QuotedText.quoted(text) == expected + "\"")
        }
    }

    @Test("trimming spaces: as Foundation's whitespaces")
    func trimming() {
        for text in Self.texts(count: 3000) {
            #expect(text.trimmingSpaces() == text.trimmingCharacters(in: .whitespaces), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}
