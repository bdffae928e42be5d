/// A path on the command line that names no usable plan file: a diagnostic about a path rather
/// than a position in a file (`nowhere.yaml: error[AP101]: no such file or folder`).
public struct PathProblem: Sendable, Hashable {
    /// The path as given.
    public var path: String
    /// What is wrong with it.
    public var message: String

    /// Creates a path problem.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }
}
