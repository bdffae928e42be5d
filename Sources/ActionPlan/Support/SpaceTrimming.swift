import Foundation

extension String {
    /// The text without the spaces and tabs around it (every Unicode space separator, as
    /// Foundation's `.whitespaces`), without Foundation's cost when there is nothing to trim: every
    /// planning text and many other values of a plan pass here.
    package func trimmingSpaces() -> String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        // Plain ASCII at both ends that is not a space or tab: nothing to trim.
        if first < 0x80, last < 0x80, first != 0x20, first != 0x09, last != 0x20, last != 0x09 { return self }
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
        }
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !isSpace($0) }),
              let end = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(scalars[start...end])
    }
}
