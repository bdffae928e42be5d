#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// What the CLI knows about where its output goes.
enum Terminal {
    /// Whether to colour what goes to a stream: only on a terminal, and never with `NO_COLOR` set.
    static func wantsColour(fileDescriptor: Int32) -> Bool {
        if let value = ProcessInfo.processInfo.environment["NO_COLOR"], !value.isEmpty { return false }
        if ProcessInfo.processInfo.environment["TERM"] == "dumb" { return false }
        return isatty(fileDescriptor) == 1
    }

    /// Writes text to standard output.
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes text to standard error.
    static func err(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}

extension Terminal {
    /// The width to fit tables to: `COLUMNS`, else the terminal's — of standard output, or, when that
    /// goes into a pipe (`plan list … | less`), of standard error, which is still the terminal the
    /// reader looks at — else 80 (output to a file from a script).
    static var width: Int {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"], let value = Int(columns), value > 0 { return value }
        for descriptor: Int32 in [1, 2] {
            var size = winsize()
            if isatty(descriptor) == 1, ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        }
        return 80
    }
}
