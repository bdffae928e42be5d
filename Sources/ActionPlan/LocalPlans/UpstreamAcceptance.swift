import Foundation
import ActionPlanCore
import ActionPlanFiles
/// A local plan brought up to date with its regional plan (`plan diff --upstream --accept`).
package struct AcceptedUpstream: Sendable {
    /// What changed, as shown before accepting.
    package var changes: UpstreamChanges
    /// The snapshot the local plan names now.
    package var snapshotPath: String
    /// Whether anything was written (nothing when the local plan was up to date already).
    package var wrote: Bool
    /// The adopted actions the region removed, whose lines in `adopt` became comments.
    package var retired: [String] = []

    /// One line saying what was done, in the local plan's language.
    package var summary: String {
        let l = Localizer(changes.language)
        guard wrote else {
            return l.text(Messages.followsAlready(changes.localPath))
        }
        let done = l.text(Messages.followsNow(changes.localPath, version: changes.currentVersion, snapshot: PathText.fileName(of: snapshotPath)))
        guard !retired.isEmpty else { return done }
        return done + "\n" + l.text(Messages.adoptedLinesRetired(retired))
    }
}

extension Workspace {
    /// The progress, the local plan's own and the region's as the local plan sees it, that does not fit
    /// the regional plan as it is now (the first plan for nil; none without it): what is kept as history of the old
    /// planning once the change is accepted (AP713 warnings), told before `--accept` writes.
    package func progressKeptAsHistory(plan handle: PlanHandle? = nil) -> [FileDiagnostics] {
        guard let (tracked, progressPath) = opened(handle) else { return [] }
        let local = tracked.plan
        var files: [(path: String, plan: Plan)] = [(progressPath, local)]
        if let base = local.base, let regional = run.entry(path: base.path, extending: [], asBase: true).loaded.plan {
            files.append((ProgressFile.path(forPlan: base.path), regional))
        }
        return files.compactMap { file in
            guard FileManager.default.fileExists(atPath: file.path) else { return nil }
            let loaded = ProgressLoader.load(path: file.path, plan: file.plan, today: today, keepsHistory: true)
            let history = loaded.diagnostics.filter { $0.code == .progressOfEarlierPlanning }
            guard !history.isEmpty else { return nil }
            return FileDiagnostics(path: file.path, kind: .progress, diagnostics: history, source: loaded.source,
                                   checkCommand: CheckCommand(plan: local.path), language: local.metadata.language)
        }
    }

    /// Accepts the region's changes into a local plan (the first plan for nil): records the regional
    /// plan's current version in `extends: version` and replaces the snapshot by a copy of the regional
    /// plan as it is, both or neither (see `SnapshotPair`). Only the bytes of the `version` and
    /// `snapshot` scalars of the local file change; everything else stays as the user wrote it.
    ///
    /// An adopted action the region removed is no longer adopted: its line in a block `adopt` list
    /// becomes a comment (`retired`). Refused, with nothing written, when the local plan would still
    /// have errors (an override of a removed action): the diagnostics are given to fix first.
    package func acceptUpstream(plan handle: PlanHandle? = nil, afterStep: LocalPlanWriteHook? = nil) throws(LocalPlanFailure) -> AcceptedUpstream {
        let changes = try upstreamChanges(plan: handle, withoutSnapshot: true)
        let local = try localPlan(handle).tracked.plan
        let l = Localizer(changes.language)
        // The bytes the changes were computed from (read once, when the workspace was opened): the
        // version recorded is the hash of exactly the snapshot written.
        guard case .success(let baseBytes) = run.reads.bytes(path: changes.basePath),
              case .success(let localBytes) = run.reads.bytes(path: local.path) else {
            throw .failed(l.text(Messages.regionalOrLocalUnreadable))
        }
        let version = ContentHash.of(baseBytes)
        let snapshotBytes: [UInt8]? = if case .success(let bytes) = run.reads.bytes(path: changes.snapshotPath) { bytes } else { nil }
        if changes.recordedVersion == version, let snapshotBytes, LocalPlanSnapshot.matches(snapshotBytes, regional: baseBytes),
           changes.snapshotProblem == nil {
            return AcceptedUpstream(changes: changes, snapshotPath: changes.snapshotPath, wrote: false)
        }
        guard let header = LocalPlanHeader.read(bytes: localBytes, path: local.path), let versionScalar = header.version,
              let snapshotScalar = header.snapshot else {
            throw .usage(l.text(Messages.noVersionAndSnapshot(local.path)))
        }
        let localFolder = PathText.referenceFolder(of: local.path)
        let snapshotFolder = PathText.folder(of: changes.snapshotPath)
        let stem = Self.stem(of: PathText.fileName(of: local.path))
        let namedBase = header.basePath?.value ?? changes.basePath
        let newSnapshotBytes = LocalPlanSnapshot.bytes(of: baseBytes, basePath: namedBase, regionalOnDisk: changes.basePath, localFolder: localFolder)
        let (name, existing) = SnapshotPair.freshName(stem: stem, version: version, folder: snapshotFolder, avoiding: changes.snapshotPath, bytes: newSnapshotBytes)
        let newSnapshot = PathText.join(snapshotFolder, name)
        // The snapshot is named as before, relative to the local file: only its file name changes.
        let written = snapshotScalar.value.contains("/") ? PathText.join(PathText.folder(of: snapshotScalar.value), name) : name
        // The later scalar first, so the earlier one's position still holds.
        let edits = [(versionScalar, version), (snapshotScalar, written)].sorted { ($0.0.line, $0.0.column) > ($1.0.line, $1.0.column) }
        var updated = localBytes
        for (scalar, value) in edits {
            guard let edited = ScalarEdit.replace(line: scalar.line, column: scalar.column, with: value, in: updated) else {
                throw .usage(l.text(Messages.valueNotReplaceable(local.path, line: scalar.line)))
            }
            updated = edited
        }
        // An adopted action the region removed can no longer be adopted: its line becomes a comment
        // (kept readable, not deleted), so that accepting needs no hand edit.
        var retired: [String] = []
        for change in changes.diff.changes where change.kind == .removed {
            let note = l.text(Messages.removedByTheRegion)
            guard let edited = try? AdoptEdit.retiring(change.id, note: note, in: updated, path: local.path) else { continue }
            if edited != updated { retired.append(change.id) }
            updated = edited
        }
        // The local plan as it will be must load without errors and record what was meant: a write
        // command never leaves a file the tool itself then refuses.
        run.reads.expect(newSnapshotBytes, at: newSnapshot)
        let check = run.load(bytes: updated, path: local.path)
        guard let plan = check.plan, check.isValid else {
            throw .invalid(FileDiagnostics(
                path: local.path, kind: .plan, diagnostics: check.diagnostics.filter { $0.severity == .error }, source: check.source,
                checkCommand: CheckCommand(plan: local.path)),
                advice: Messages.acceptingLeavesErrors(local.path), language: l.language)
        }
        guard plan.base?.recordedVersion == version, plan.base?.snapshotPath.map(PathText.normalized) == PathText.normalized(newSnapshot)
                || plan.base?.snapshotPath == PathText.join(localFolder, written) else {
            throw .failed(l.text(Messages.cannotUpdateSafely(local.path)))
        }
        let protected = Set([changes.basePath, local.base?.path].compactMap { $0 }.compactMap(FileIdentity.init(path:)))
        let files: [OutputFile]
        do {
            files = try OutputFile.check([(newSnapshot, existing ? .replace : .refuse), (local.path, .replace)],
                                         updating: [newSnapshot, local.path])
        } catch {
            throw .failed(error.description)
        }
        if let identity = FileIdentity(path: files[0].target), protected.contains(identity) {
            throw .failed(l.text(Messages.snapshotIsRegionalPlan(newSnapshot)))
        }
        try SnapshotPair.write(snapshot: files[0], snapshotBytes: newSnapshotBytes, localPlan: files[1], localBytes: updated,
                               oldSnapshot: changes.snapshotPath, protected: protected, snapshotExists: existing, afterStep: afterStep)
        return AcceptedUpstream(changes: changes, snapshotPath: newSnapshot, wrote: true, retired: retired)
    }

    static func stem(of fileName: String) -> String {
        guard fileName.hasSuffix(".yaml") || fileName.hasSuffix(".yml"), let dot = fileName.lastIndex(of: ".") else { return fileName }
        return String(fileName[..<dot])
    }
}
