import ActionPlanCore
import ActionPlanFiles
/// The problems of one file, with its text for quoting lines.
public struct FileDiagnostics: Sendable {
    /// What kind of file it is.
    public enum Kind: String, Sendable {
        /// A plan file (or a local plan).
        case plan
        /// A progress file, beside its plan or named with it.
        case progress
    }

    /// The file's path as given.
    public var path: String
    /// A plan or a progress file.
    public var kind: Kind
    /// Every problem, sorted by position.
    public var diagnostics: [Diagnostic]
    /// The file's text.
    public var source: SourceText
    /// The command that checks this file again after a fix (what the CLI advises; a library user
    /// checks again with `Workspace.check`).
    package var checkCommand: CheckCommand

    /// The language of the plan the file belongs to, when it is known: diagnostics follow it.
    package var language: PlanLanguage? = nil

    /// The language of the first file whose language is known, for what a command says about all of them.
    package static func language(of files: [FileDiagnostics]) -> PlanLanguage? {
        files.lazy.compactMap(\.language).first
    }

    /// The file's diagnostics in a language: the one asked for, else the plan's, else as written (English).
    package func localized(_ requested: PlanLanguage?) -> FileDiagnostics {
        guard let language = requested ?? language else { return self }
        var copy = self
        copy.diagnostics = diagnostics.map { $0.localized(to: language) }
        return copy
    }

    /// The warnings every command tells about a file (not only `validate`): progress kept as history of
    /// an earlier planning (AP713) and a local plan working on its snapshot (AP802 as a warning); nil
    /// when there are none.
    static func notice(path: String, kind: Kind, diagnostics: [Diagnostic], source: SourceText, checkCommand: CheckCommand,
                       language: PlanLanguage) -> FileDiagnostics? {
        let told = diagnostics.filter { $0.severity == .warning && Self.toldEverywhere.contains($0.code) }
        guard !told.isEmpty else { return nil }
        return FileDiagnostics(path: path, kind: kind, diagnostics: told, source: source, checkCommand: checkCommand, language: language)
    }

    /// The codes of warnings that every command shows.
    static let toldEverywhere: Set<DiagnosticCode> = [.progressOfEarlierPlanning, .baseHasErrors, .snapshotMismatch]

    /// The errors among the diagnostics.
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
}

/// Why a workspace could not be opened: files with errors, or paths that name no plans.
/// No answer is given from a workspace with problems.
public struct WorkspaceFailure: Error, Sendable {
    /// Files with errors, in the order given.
    public var files: [FileDiagnostics]
    /// Paths that name nothing usable.
    public var missing: [PathProblem]
    /// Arguments that do not fit the files found (a usage error), if any: then nothing was read.
    public var usage: UsageProblem?
}

/// A name, id or option value that matches nothing the plans hold: a usage error with a suggestion.
public struct LookupFailure: Error, Sendable, CustomStringConvertible {
    /// What is wrong and what to write instead.
    public var description: String
    /// The same in both languages, from the catalogue.
    package var text: MessageText

    /// A failure whose text is in the catalogue.
    package init(_ text: MessageText) {
        self.description = text.en
        self.text = text
    }
}
