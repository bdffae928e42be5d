import Foundation

/// Folds text for forgiving comparison: lowercase, accents removed, runs of white space made one
/// space, so `Coöperatie` matches `cooperatie`.
package enum TextFolding {
    /// The folded form of a text.
    package static func fold(_ text: String) -> String {
        if let ascii = foldASCII(text) { return ascii }
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return folded.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The folded form of part of a text.
    package static func fold(_ text: Substring) -> String { fold(String(text)) }

    /// The fast path for plain ASCII text (most names and keys): no Foundation, no allocation but
    /// the result. Nil when the text has other characters. Concrete, not generic: called from the other
    /// layers' modules, a generic walked every byte through witness tables (a fifth of loading 400 plans).
    private static func foldASCII(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { utf8 -> String? in
            var bytes: [UInt8] = []
            bytes.reserveCapacity(utf8.count)
            var pendingSpace = false
            for byte in utf8 {
                guard byte < 0x80 else { return nil }
                if byte == 0x20 || (0x09...0x0D).contains(byte) {
                    pendingSpace = !bytes.isEmpty
                    continue
                }
                if pendingSpace {
                    bytes.append(0x20)
                    pendingSpace = false
                }
                bytes.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }
}
