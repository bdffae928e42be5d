import ActionPlanCore
import ActionPlanFiles
/// What the region changed in a local plan's base since the local plan was derived (or last accepted
/// the region's changes): the snapshot compared with the regional plan as it is now (`plan diff --upstream`).
package struct UpstreamChanges: Sendable {
    /// The local plan's path.
    package var localPath: String
    /// The snapshot's path: the regional plan as the local plan last took it.
    package var snapshotPath: String
    /// The regional plan's path.
    package var basePath: String
    /// The changes, snapshot → regional plan.
    package var diff: PlanDiff
    /// The local plan's warnings about the change: the regional change itself, and each local choice
    /// it invalidates.
    package var warnings: FileDiagnostics
    /// The names people read for the regional plan's owners, by registry key.
    package var names: [String: String] = [:]
    /// The version the local plan records, and the regional plan's version now.
    package var recordedVersion: String?, currentVersion: String
    /// The language of the local plan.
    package var language: PlanLanguage
    /// Why the snapshot could not be read, when it could not (only when asked to go on without it):
    /// the changes are then unknown and `diff` is empty.
    package var snapshotProblem: FileDiagnostics?

    /// Whether the local plan records the regional plan as it is now and its snapshot shows no change.
    package var isCurrent: Bool { diff.isEqual && recordedVersion == currentVersion }
}

extension Workspace {
    /// The region's changes to the base of a local plan (the first plan for nil). A snapshot that
    /// cannot be read is an error, unless `withoutSnapshot` (for accepting the regional plan as it is:
    /// the changes are then unknown).
    package func upstreamChanges(plan handle: PlanHandle? = nil, withoutSnapshot: Bool = false) throws(LocalPlanFailure) -> UpstreamChanges {
        let local = try localPlan(handle).tracked.plan
        let l = Localizer(local.metadata.language)
        guard let base = local.base else {
            throw .usage(l.text(Messages.extendsNoRegionalPlan(local.path)))
        }
        guard let snapshotPath = base.snapshotPath else {
            throw .usage(l.text(Messages.recordsNoSnapshot(local.path)))
        }
        // What opening the workspace read: the local plan, its base and snapshot are not read again.
        let loaded = run.load(path: local.path)
        let old = run.load(path: snapshotPath)
        let new = run.load(path: base.path)
        var snapshotProblem: FileDiagnostics?
        // A snapshot that is not the recorded version would show invented changes: refused, or (accepting)
        // taken as unknown, like a snapshot that cannot be read. Checked first: the snapshot is named by
        // the local plan, which may come from elsewhere, and may be any file beside it (issue 24).
        if let mismatch = loaded.diagnostics.first(where: { $0.code == .snapshotMismatch }) {
            let problem = FileDiagnostics(path: local.path, kind: .plan, diagnostics: [mismatch], source: loaded.source,
                                          checkCommand: CheckCommand(plan: local.path), language: local.metadata.language)
            guard withoutSnapshot else { throw .invalid(problem, advice: Messages.command(problem.checkCommand), language: l.language) }
            snapshotProblem = problem
        }
        for (path, file) in [(snapshotPath, old), (base.path, new)] where !(path == snapshotPath && snapshotProblem != nil) {
            guard let _ = file.plan, file.isValid else {
                let problem = path == snapshotPath
                    ? Self.unquoted(snapshot: path, file.diagnostics, local: local.path, language: local.metadata.language)
                    : FileDiagnostics(path: path, kind: .plan, diagnostics: file.diagnostics, source: file.source,
                                      checkCommand: CheckCommand(plan: path))
                if withoutSnapshot, path == snapshotPath, new.plan != nil, new.isValid {
                    snapshotProblem = problem
                    continue
                }
                throw .invalid(problem, advice: Messages.checkItWith(problem.checkCommand), language: l.language)
            }
        }
        let warnings = FileDiagnostics(path: local.path, kind: .plan, diagnostics: loaded.diagnostics.filter { $0.severity == .warning },
                                       source: loaded.source, checkCommand: CheckCommand(plan: local.path), language: local.metadata.language)
        var diff = PlanDiff(old: snapshotProblem == nil ? old.plan! : new.plan!, new: new.plan!)
        diff.markMunicipality(Set(base.municipalOwners))
        return UpstreamChanges(localPath: local.path, snapshotPath: snapshotPath, basePath: base.path,
                               diff: diff, warnings: warnings, names: Dictionary(new.plan!.organisations.map { ($0.key, $0.displayName) }, uniquingKeysWith: { first, _ in first }),
                               recordedVersion: base.recordedVersion, currentVersion: base.currentVersion, language: local.metadata.language,
                               snapshotProblem: snapshotProblem)
    }

    /// The problems of a snapshot that is not a valid plan, by position only: its messages and lines
    /// would quote a file the local plan names, which need not be a plan at all (`snapshot: notities.txt`).
    private static func unquoted(snapshot path: String, _ diagnostics: [Diagnostic], local: String, language: PlanLanguage) -> FileDiagnostics {
        let errors = diagnostics.filter { $0.severity == .error }
        let count = errors.count
        let told = errors.prefix(3).map { error in
            Diagnostic(.error, error.code, Messages.snapshotNotAPlan(errors: count), at: error.location, hint: Messages.snapshotNotAPlanHint(local))
        }
        return FileDiagnostics(path: path, kind: .plan, diagnostics: Array(told), source: SourceText(path: path, text: ""),
                               checkCommand: CheckCommand(plan: path), language: language)
    }
}
