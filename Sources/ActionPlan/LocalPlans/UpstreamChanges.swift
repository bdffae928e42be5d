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
    /// The region's changes to the base of a local plan (an index into `plans`). A snapshot that
    /// cannot be read is an error, unless `withoutSnapshot` (for accepting the regional plan as it is:
    /// the changes are then unknown).
    package func upstreamChanges(plan index: Int = 0, withoutSnapshot: Bool = false) throws(LocalPlanFailure) -> UpstreamChanges {
        let local = plans[index].plan
        let l = Localizer(local.metadata.language)
        guard let base = local.base else {
            throw .usage(l.t("'\(local.path)' breidt geen regionaal plan uit", "'\(local.path)' extends no regional plan"))
        }
        guard let snapshotPath = base.snapshotPath else {
            throw .usage(l.t("'\(local.path)' legt geen kopie van het regionale plan vast; leid het opnieuw af met plan derive",
                             "'\(local.path)' records no snapshot of its base; derive it again with plan derive"))
        }
        let run = PlanLoadRun()
        let loaded = run.load(path: local.path)
        let old = run.load(path: snapshotPath)
        let new = run.load(path: base.path)
        var snapshotProblem: FileDiagnostics?
        for (path, file) in [(snapshotPath, old), (base.path, new)] {
            guard let _ = file.plan, file.isValid else {
                let problem = FileDiagnostics(path: path, kind: .plan, diagnostics: file.diagnostics, source: file.source,
                                              checkCommand: l.t("controleer het met: plan validate \(path)", "check it with: plan validate \(path)"))
                if withoutSnapshot, path == snapshotPath, new.plan != nil, new.isValid {
                    snapshotProblem = problem
                    continue
                }
                throw .invalid(problem)
            }
        }
        let warnings = FileDiagnostics(path: local.path, kind: .plan, diagnostics: loaded.diagnostics.filter { $0.severity == .warning },
                                       source: loaded.source, checkCommand: "plan validate \(local.path)")
        return UpstreamChanges(localPath: local.path, snapshotPath: snapshotPath, basePath: base.path,
                               diff: PlanDiff(old: snapshotProblem == nil ? old.plan! : new.plan!, new: new.plan!), warnings: warnings,
                               recordedVersion: base.recordedVersion, currentVersion: base.currentVersion, language: local.metadata.language,
                               snapshotProblem: snapshotProblem)
    }
}
