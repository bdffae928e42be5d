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
        /// The text in Dutch, when it comes from the catalogue (`message` is then the English one).
        package var dutch: String?

        /// Creates a note.
        package init(_ message: String, at location: SourceLocation) {
            self.message = message
            self.location = location
        }

        /// A note whose text is in the catalogue in both languages.
        package init(_ message: MessageText, at location: SourceLocation) {
            self.init(message.en, at: location)
            dutch = message.nl
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
    /// The message and hint in Dutch, for a diagnostic whose text comes from the catalogue
    /// (`Messages`); `message` and `hint` are then the English ones. See `localized(to:)`.
    package var dutch: Translation?

    /// A diagnostic's message and hint in another language.
    package struct Translation: Sendable, Hashable {
        /// The message.
        package var message: String
        /// The hint.
        package var hint: String?
    }
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

    /// A diagnostic whose message and hint are in the catalogue in both languages (English in
    /// `message` and `hint`, Dutch in `dutch`).
    package init(_ severity: Severity, _ code: DiagnosticCode, _ message: MessageText, at location: SourceLocation,
                hint: MessageText? = nil, notes: [Note] = []) {
        self.init(severity, code, message.en, at: location, hint: hint?.en, notes: notes)
        dutch = Translation(message: message.nl, hint: hint?.nl)
    }

    /// A warning.
    package static func warning(
        _ code: DiagnosticCode, _ message: String, at location: SourceLocation, hint: String? = nil, notes: [Note] = []
    ) -> Diagnostic {
        Diagnostic(.warning, code, message, at: location, hint: hint, notes: notes)
    }

    /// An error whose message and hint are in the catalogue in both languages.
    package static func error(
        _ code: DiagnosticCode, _ message: MessageText, at location: SourceLocation, hint: MessageText? = nil, notes: [Note] = []
    ) -> Diagnostic {
        Diagnostic(.error, code, message, at: location, hint: hint, notes: notes)
    }

    /// A warning whose message and hint are in the catalogue in both languages.
    package static func warning(
        _ code: DiagnosticCode, _ message: MessageText, at location: SourceLocation, hint: MessageText? = nil, notes: [Note] = []
    ) -> Diagnostic {
        Diagnostic(.warning, code, message, at: location, hint: hint, notes: notes)
    }

    /// Whether the message, its hint and its notes all have a Dutch text in the catalogue.
    package var isInBothLanguages: Bool {
        dutch != nil && (hint == nil || dutch?.hint != nil) && notes.allSatisfy { $0.dutch != nil }
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
