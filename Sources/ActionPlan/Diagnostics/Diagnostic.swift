/// One problem found in a plan file, with where it is and how to fix it.
///
/// The library never prints: loading and validation return diagnostics as data, and
/// `DiagnosticRenderer` turns them into text.
public struct Diagnostic: Sendable, Hashable {
    /// How serious a problem is.
    public enum Severity: String, Sendable, Hashable, Comparable {
        /// The file cannot be used as it is.
        case error
        /// The file can be used, but something is probably not what the writer meant.
        case warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .error && rhs == .warning
        }
    }

    /// A second place that belongs to the problem, such as the first of two duplicate ids.
    public struct Note: Sendable, Hashable {
        /// What the place is.
        public var message: String
        /// Where it is.
        public var location: SourceLocation

        /// Creates a note.
        package init(_ message: String, at location: SourceLocation) {
            self.message = message
            self.location = location
        }
    }

    /// Whether this is an error or a warning.
    public var severity: Severity
    /// The stable code of this kind of problem (`AP201`).
    public var code: DiagnosticCode
    /// What is wrong, in the words of the plan writer: lowercase, names in single quotes.
    public var message: String
    /// Where it is wrong.
    public var location: SourceLocation
    /// How to fix it, when there is something useful to say.
    public var hint: String?
    /// Other places that belong to the problem.
    public var notes: [Note]
    /// For the summary of diagnostics left out (AP110): how many it stands for, kept as a number so
    /// merging summaries never reads it back from the message (which may be translated).
    package var omitted: Int?

    /// Creates a diagnostic.
    package init(
        _ severity: Severity, _ code: DiagnosticCode, _ message: String, at location: SourceLocation,
        hint: String? = nil, notes: [Note] = []
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.hint = hint
        self.notes = notes
    }

    /// An error.
    package static func error(
        _ code: DiagnosticCode, _ message: String, at location: SourceLocation, hint: String? = nil, notes: [Note] = []
    ) -> Diagnostic {
        Diagnostic(.error, code, message, at: location, hint: hint, notes: notes)
    }

    /// A warning.
    package static func warning(
        _ code: DiagnosticCode, _ message: String, at location: SourceLocation, hint: String? = nil, notes: [Note] = []
    ) -> Diagnostic {
        Diagnostic(.warning, code, message, at: location, hint: hint, notes: notes)
    }
}

extension Array where Element == Diagnostic {
    /// The diagnostics in the order a reader meets them in the file.
    package func sortedByPosition() -> [Diagnostic] {
        enumerated().sorted { a, b in
            if a.element.location != b.element.location { return a.element.location < b.element.location }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// Whether any of the diagnostics is an error.
    public var containsErrors: Bool { contains { $0.severity == .error } }
}
