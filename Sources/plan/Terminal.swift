#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ActionPlan
import Foundation

/// What the CLI knows about where its output goes.
///
/// Everything a command writes, and every environment variable it reads, goes through here, so the
/// tests can run commands in-process with their own environment and capture what they write
/// (`Terminal.Capture`, through `PlanCommand.run(arguments:environment:)`).
enum Terminal {
    /// Output captured instead of written, with the environment the command sees: a stand-in for
    /// a process whose standard output and error are pipes (so never a terminal).
    final class Capture: @unchecked Sendable {
        let environment: [String: String]
        private let lock = NSLock()
        private var outBytes = Data(), errBytes = Data()

        private var spoken: PlanLanguage?

        init(environment: [String: String]) { self.environment = environment }

        /// The language of the command's messages, once known.
        var language: PlanLanguage? {
            get { lock.withLock { spoken } }
            set { lock.withLock { spoken = newValue } }
        }

        func write(_ text: String, toError: Bool) {
            lock.withLock { if toError { errBytes.append(Data(text.utf8)) } else { outBytes.append(Data(text.utf8)) } }
        }

        var standardOutput: String { lock.withLock { String(decoding: outBytes, as: UTF8.self) } }
        var standardError: String { lock.withLock { String(decoding: errBytes, as: UTF8.self) } }
    }

    /// The capture of the command running in this task, if any (none when `plan` runs as itself).
    @TaskLocal static var capture: Capture?

    /// The language of `plan` running as itself (one command per process).
    nonisolated(unsafe) private static var processLanguage: PlanLanguage?

    /// The language the command's own messages are in: `--lang`, else the plans' once they are read,
    /// else English. Kept per captured command, so in-process runs never share it.
    static var language: PlanLanguage {
        get { (capture != nil ? capture?.language : processLanguage) ?? .en }
    }

    /// Sets the language of the command's messages (nil leaves it as it is).
    static func speak(_ language: PlanLanguage?) {
        guard let language else { return }
        if let capture { capture.language = language } else { processLanguage = language }
    }

    /// A message from the catalogue in the command's language.
    static func text(_ message: MessageText) -> String { message.text(in: language) }

    /// An environment variable, from the capture's environment when there is one.
    static func environment(_ name: String) -> String? {
        if let capture { return capture.environment[name] }
        // One variable, not the whole environment built as a dictionary.
        return getenv(name).map { String(cString: $0) }
    }

    /// Whether a file descriptor is a terminal (never for captured output).
    static func isTerminal(_ fileDescriptor: Int32) -> Bool {
        capture == nil && isatty(fileDescriptor) == 1
    }

    /// Whether to colour what goes to a stream: only on a terminal, and never with `NO_COLOR` set.
    static func wantsColour(fileDescriptor: Int32) -> Bool {
        if let value = environment("NO_COLOR"), !value.isEmpty { return false }
        if environment("TERM") == "dumb" { return false }
        return isTerminal(fileDescriptor)
    }

    /// Writes text to standard output.
    static func out(_ text: String) {
        if let capture { return capture.write(text, toError: false) }
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes text to standard error.
    static func err(_ text: String) {
        if let capture { return capture.write(text, toError: true) }
        FileHandle.standardError.write(Data(text.utf8))
    }
}

extension Terminal {
    /// The width to fit tables to: `COLUMNS`, else the terminal's — of standard output, or, when that
    /// goes into a pipe (`plan list … | less`), of standard error, which is still the terminal the
    /// reader looks at — else 80 (output to a file from a script).
    static var width: Int {
        if let columns = environment("COLUMNS"), let value = Int(columns), value > 0 { return value }
        for descriptor: Int32 in [1, 2] {
            var size = winsize()
            if isTerminal(descriptor), ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        }
        return 80
    }
}
