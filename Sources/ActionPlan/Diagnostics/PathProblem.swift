/// A path on the command line that names no usable plan file: a diagnostic about a path rather
/// than a position in a file (`nowhere.yaml: error[AP101]: no such file or folder`).
public struct PathProblem: Sendable, Hashable {
    /// The path as given.
    public var path: String
    /// What is wrong with it.
    public var message: String
    /// The code of the problem: the file cannot be read (AP101), or its name is not UTF-8 (AP112).
    package var code: DiagnosticCode
    /// The message in Dutch, when it comes from the catalogue (`message` is then the English one).
    package var dutch: String?

    /// Creates a path problem: the file cannot be read (AP101).
    package init(path: String, message: String) {
        self.init(path: path, message: message, code: .fileUnreadable)
    }

    /// Creates a path problem with its code.
    package init(path: String, message: String, code: DiagnosticCode) {
        self.path = path
        self.message = message
        self.code = code
    }

    /// A path problem whose message is in the catalogue in both languages.
    package init(path: String, message: MessageText, code: DiagnosticCode = .fileUnreadable) {
        self.init(path: path, message: message.en, code: code)
        dutch = message.nl
    }
}
