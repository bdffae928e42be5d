import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace
/// Diagnostics as JSON, for editors and scripts (`plan validate --format json`).
package enum DiagnosticsJSON {
    /// The JSON of a validation: each path that names nothing as a file with one error at line 0, then
    /// each checked file.
    package static func json(_ report: ValidationReport) -> JSONValue {
        let missing = report.missing.map { problem in
            (path: problem.path, diagnostics: [Diagnostic.error(.fileUnreadable, problem.message, at: SourceLocation(file: problem.path, line: 0, column: 0))])
        }
        // The note validate prints for actions whose source names no owner, on the plan file's object.
        let namingNoOwner = Dictionary(report.actionsNamingNoOwner.map { ($0.path, $0.ids) }, uniquingKeysWith: +)
        return json(files: missing + report.files.map { ($0.path, $0.diagnostics) }, namingNoOwner: namingNoOwner)
    }

    /// The JSON of the diagnostics of several files; `namingNoOwner` gives, per plan file, the actions
    /// whose source names no owner (accepted, and noted).
    package static func json(files: [(path: String, diagnostics: [Diagnostic])], namingNoOwner: [String: [String]] = [:]) -> JSONValue {
        let all = files.flatMap(\.diagnostics)
        return .object([
            ("files", .array(files.map { file in
                .object([
                    ("file", .string(file.path)),
                    ("errors", .int(file.diagnostics.filter { $0.severity == .error }.count)),
                    ("warnings", .int(file.diagnostics.filter { $0.severity == .warning }.count)),
                    ("diagnostics", .array(file.diagnostics.map(diagnostic))),
                ] + (namingNoOwner[file.path].map { [("actions_naming_no_owner", JSONValue.array($0.map(JSONValue.string)))] } ?? []))
            })),
            ("errors", .int(all.filter { $0.severity == .error }.count)),
            ("warnings", .int(all.filter { $0.severity == .warning }.count)),
        ])
    }

    static func diagnostic(_ diagnostic: Diagnostic) -> JSONValue {
        .object([
            ("file", .string(diagnostic.location.file)),
            ("line", .int(diagnostic.location.line)),
            ("column", .int(diagnostic.location.column)),
            ("severity", .string(diagnostic.severity.rawValue)),
            ("code", .string(diagnostic.code.description)),
            ("message", .string(diagnostic.message)),
            ("hint", .optional(diagnostic.hint)),
            ("notes", .array(diagnostic.notes.map { note in
                .object([
                    ("file", .string(note.location.file)),
                    ("line", .int(note.location.line)),
                    ("column", .int(note.location.column)),
                    ("message", .string(note.message)),
                ])
            })),
        ])
    }
}
