import Foundation

/// Folds text for forgiving comparison: lowercase, accents removed, runs of white space made one
/// space, so `Coöperatie` matches `cooperatie`.
public enum TextFolding {
    /// The folded form of a text.
    public static func fold(_ text: some StringProtocol) -> String {
        let folded = String(text).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return folded.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
