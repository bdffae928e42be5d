import ActionPlanCore
import ActionPlanFiles
import Foundation

// The workspace's errors read as one line, in `"\(error)"` and in `localizedDescription` alike:
// what failed and where, never the contents of a file (a file's text can be megabytes, and it is
// not ours to repeat). Paths are shown with control characters made visible.

extension WorkspaceFailure: CustomStringConvertible, LocalizedError {
    /// One line: the usage problem, or how many files have errors (naming the first) and which paths
    /// name no plan.
    public var description: String {
        if let usage { return usage.description }
        var parts: [String] = []
        if let first = files.first {
            let errors = first.errors.count
            let firstText = "\(TerminalText.visible(first.path)) has \(errors == 1 ? "an error" : "\(errors) errors")"
            parts.append(files.count == 1 ? firstText : "\(files.count) files have errors (\(firstText))")
        }
        if let first = missing.first {
            let more = missing.count > 1 ? " (and \(missing.count - 1) more \(missing.count == 2 ? "path" : "paths"))" : ""
            parts.append("\(TerminalText.visible(first.path)): \(first.message)\(more)")
        }
        return parts.isEmpty ? "the plans could not be opened" : parts.joined(separator: "; ")
    }

    public var errorDescription: String? { description }
}

extension LookupFailure: LocalizedError {
    public var errorDescription: String? { description }
}

extension ProgressLogFailure: CustomStringConvertible, LocalizedError {
    /// One line: the lookup that failed, the file that would not stay valid, or the write that failed.
    public var description: String {
        switch self {
        case .lookup(let failure):
            return failure.description
        case .refused(let file):
            let errors = file.errors.count
            return "nothing logged: \(TerminalText.visible(file.path)) would not pass validation with the entry ("
                + (errors == 0 ? "a warning about the new entry" : errors == 1 ? "an error" : "\(errors) errors") + ")"
        case .writeFailed(let message):
            return "nothing logged: \(TerminalText.visible(message))"
        }
    }

    public var errorDescription: String? { description }
}
