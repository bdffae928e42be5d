import ActionPlanCore
import ActionPlanFiles
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The steps of writing a local plan together with the snapshot of its base, in order. A test can
/// stop the writer after any of them (as a crash would) and check what is left on disk.
package enum LocalPlanWriteStep: String, Sendable, Hashable {
    /// The new snapshot is on disk, under a name no file had; the local plan still names the old one.
    case snapshotWritten = "snapshot_written"
    /// The local plan, naming the new snapshot and its version, has replaced the old one.
    case localPlanWritten = "local_plan_written"
    /// The old snapshot, which nothing names any more, is removed.
    case oldSnapshotRemoved = "old_snapshot_removed"
}

/// Called after each step of a write; throwing stops the writer there, leaving the files as a crash
/// at that moment would (nothing is cleaned up).
package typealias LocalPlanWriteHook = @Sendable (LocalPlanWriteStep) throws -> Void

/// Writes a local plan and the snapshot of its base so that the pair on disk is always consistent:
/// the local plan names a snapshot that exists and holds the version it records.
///
/// The new snapshot goes to a file name nobody uses (never over the old snapshot), flushed to disk;
/// only then is the local plan replaced, atomically (temporary file, fsync, rename), by one that
/// records the new version and names the new snapshot; only then is the old snapshot removed. A crash
/// before the rename leaves the old plan with its old snapshot (and an unused new file, which the
/// next run ignores); a crash after it leaves the new plan with its new snapshot (and an unused old file).
enum SnapshotPair {
    /// The name of the snapshot file for a local plan `stem` (its file name without `.yaml`): the
    /// usual `stem.base-snapshot.yaml`, else one with the version in it, that no file in `folder` has
    /// and that differs from `avoiding` (the snapshot in use). A file with the version in its name that
    /// holds exactly `bytes` already (left by a run that stopped before the local plan was replaced)
    /// is taken as it is: `existing` is then true and it need not be written again.
    static func freshName(stem: String, version: String, folder: String, avoiding: String?, bytes: [UInt8]? = nil) -> (name: String, existing: Bool) {
        let digits = version.split(separator: ":").last.map { String($0.prefix(12)) } ?? "new"
        var candidates = ["\(stem).base-snapshot.yaml", "\(stem).\(digits).base-snapshot.yaml"]
        candidates += (2...50).map { "\(stem).\(digits)-\($0).base-snapshot.yaml" }
        let avoided = avoiding.map { PathText.fileName(of: $0) }
        for name in candidates where name != avoided {
            let path = PathText.join(folder, name)
            var info = stat()
            if lstat(path, &info) != 0 && errno == ENOENT { return (name, false) }
            if let bytes, name.contains(digits), info.st_mode & S_IFMT == S_IFREG, info.st_nlink == 1,
               case .success(let found) = RegularFile.read(path: path), found == bytes {
                return (name, true)
            }
        }
        return ("\(stem).\(digits)-\(UInt32.random(in: 0...UInt32.max)).base-snapshot.yaml", false)
    }

    /// Whether a snapshot is one derive or accept writes for this local plan: in its folder and named
    /// after it (`<stem>.base-snapshot.yaml`, `<stem>.<version>….base-snapshot.yaml`). The name comes
    /// from the local plan's text, which another organisation may have written: another municipality's
    /// snapshot beside it is never removed.
    static func isOwnSnapshot(_ snapshot: String, of localPlan: OutputFile) -> Bool {
        let name = PathText.fileName(of: snapshot)
        let folders = [PathText.folder(of: localPlan.path), PathText.folder(of: localPlan.target)].map { PathText.canonical($0.isEmpty ? "." : $0) }
        guard folders.contains(PathText.canonical(PathText.folder(of: snapshot).isEmpty ? "." : PathText.folder(of: snapshot))) else { return false }
        return [localPlan.path, localPlan.target].contains { path in
            let file = PathText.fileName(of: path)
            let stem = file.hasSuffix(".yaml") || file.hasSuffix(".yml") ? String(file[..<file.lastIndex(of: ".")!]) : file
            return name.hasPrefix(stem + ".")
        }
    }

    /// Writes the pair in the order above; `oldSnapshot` is removed last when it is this local plan's
    /// own snapshot file (`isOwnSnapshot`) and none of the `protected` files (the plans read).
    static func write(
        snapshot: OutputFile, snapshotBytes: [UInt8], localPlan: OutputFile, localBytes: [UInt8],
        oldSnapshot: String?, protected: Set<FileIdentity>, snapshotExists: Bool = false, afterStep: LocalPlanWriteHook?
    ) throws(LocalPlanFailure) {
        func step(_ done: LocalPlanWriteStep) throws(LocalPlanFailure) {
            do { try afterStep?(done) } catch { throw .failed("stopped after \(done.rawValue): \(error)") }
        }
        if !snapshotExists {
            do { try snapshot.write(snapshotBytes) } catch { throw .failed(error.description) }
        }
        try step(.snapshotWritten)
        do {
            try localPlan.write(localBytes)
        } catch {
            // Nothing names the new snapshot: take it away again, or the next run would find it in its way.
            if !snapshotExists { unlink(snapshot.target) }
            throw .failed(error.description)
        }
        try step(.localPlanWritten)
        if let oldSnapshot, oldSnapshot.hasSuffix(".base-snapshot.yaml"), isOwnSnapshot(oldSnapshot, of: localPlan),
           let old = FileIdentity(path: oldSnapshot), !protected.contains(old),
           old != FileIdentity(path: snapshot.target), old != FileIdentity(path: localPlan.target) {
            unlink(oldSnapshot)
            let folder = open(PathText.folder(of: oldSnapshot).isEmpty ? "." : PathText.folder(of: oldSnapshot), O_RDONLY | O_CLOEXEC)
            if folder >= 0 { fsync(folder); close(folder) }
        }
        try step(.oldSnapshotRemoved)
    }
}
