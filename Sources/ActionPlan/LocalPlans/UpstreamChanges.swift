/// What the region changed in a local plan's base since the local plan was derived (or last accepted
/// the region's changes): the snapshot compared with the regional plan as it is now (`plan diff --upstream`).
public struct UpstreamChanges: Sendable {
    /// The local plan's path.
    public var localPath: String
    /// The snapshot's path: the regional plan as the local plan last took it.
    public var snapshotPath: String
    /// The regional plan's path.
    public var basePath: String
    /// The changes, snapshot → regional plan.
    public var diff: PlanDiff
    /// The local plan's warnings about the change: the regional change itself, and each local choice
    /// it invalidates.
    public var warnings: FileDiagnostics
    /// The version the local plan records, and the regional plan's version now.
    public var recordedVersion: String?, currentVersion: String
    /// The language of the local plan.
    public var language: PlanLanguage

    /// Whether the local plan records the regional plan as it is now and its snapshot shows no change.
    public var isCurrent: Bool { diff.isEqual && recordedVersion == currentVersion }
}

extension Workspace {
    /// The region's changes to the base of a local plan (an index into `plans`).
    public func upstreamChanges(plan index: Int = 0) throws(LocalPlanFailure) -> UpstreamChanges {
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
        for (path, file) in [(snapshotPath, old), (base.path, new)] {
            guard let _ = file.plan, file.isValid else {
                throw .invalid(FileDiagnostics(path: path, kind: .plan, diagnostics: file.diagnostics, source: file.source,
                                               checkCommand: l.t("controleer het met: plan validate \(path)", "check it with: plan validate \(path)")))
            }
        }
        let warnings = FileDiagnostics(path: local.path, kind: .plan, diagnostics: loaded.diagnostics.filter { $0.severity == .warning },
                                       source: loaded.source, checkCommand: "plan validate \(local.path)")
        return UpstreamChanges(localPath: local.path, snapshotPath: snapshotPath, basePath: base.path,
                               diff: PlanDiff(old: old.plan!, new: new.plan!), warnings: warnings,
                               recordedVersion: base.recordedVersion, currentVersion: base.currentVersion, language: local.metadata.language)
    }
}
