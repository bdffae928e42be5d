import ActionPlanCore
import Foundation

/// The files this run reads or would read — plans, the bases and snapshots of local plans, progress
/// files (also one that does not exist yet, beside a plan) — so that no command writes onto one of
/// them: `OutputFile.check` refuses a target that is one of these files, compared by device and
/// inode (links followed, however the path is spelled) or, for a file that does not exist yet, by
/// its path. A command that updates an input on purpose (`log` its progress file, `--accept` the
/// local plan and its snapshot) names it in `updating`.
///
/// Loading records every file it reads (`YAMLDocument.load`); `note` records the files a command
/// would read. A file counts only while the path it was read under still names it: a file deleted
/// since, whose inode the system gives to a new file, is not mistaken for an input.
package enum InputFiles {
    /// The inputs of the run in this task: the process's own when `plan` runs as itself (one command
    /// per process); a command run in-process (the tests run hundreds at once) has its own
    /// (`separateRun`), so one run's reads never refuse another run's writes.
    @TaskLocal private static var registry = Registry()

    /// Runs `work` as a run of its own: it starts with no inputs, and what it reads counts for it alone.
    package static func separateRun<T>(_ work: () throws -> T) rethrows -> T {
        try $registry.withValue(Registry(), operation: work)
    }

    /// Runs `work` (on another thread) as part of the run that calls this: its reads count for this run.
    /// Task-local values do not cross to Dispatch's threads by themselves.
    package static func sameRun() -> @Sendable (() -> Void) -> Void {
        let registry = registry
        return { work in $registry.withValue(registry, operation: work) }
    }

    /// Records a file this run reads or would read (read or not, existing or not).
    package static func note(_ path: String) {
        registry.note(absolute(path), identity: FileIdentity(path: path))
    }

    /// The path under which an input of this run was recorded, when `target` is that input: the same
    /// file on disk (device and inode), or, when nothing is at `target`, the same path.
    static func input(at target: String) -> String? {
        registry.input(at: absolute(target), identity: FileIdentity(path: target))
    }

    /// The path made absolute and free of `.` and `..` (links are left as they are: identities follow them).
    private static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardized.path
    }

    private final class Registry: @unchecked Sendable {
        private let lock = NSLock()
        private var byIdentity: [FileIdentity: Set<String>] = [:]
        private var paths: Set<String> = []

        func note(_ path: String, identity: FileIdentity?) {
            lock.withLock {
                paths.insert(path)
                if let identity { byIdentity[identity, default: []].insert(path) }
            }
        }

        func input(at target: String, identity: FileIdentity?) -> String? {
            let (candidates, samePath) = lock.withLock { (identity.flatMap { byIdentity[$0] } ?? [], paths.contains(target)) }
            if let identity {
                // Only while a path it was read under still names that file.
                return candidates.sorted().first { FileIdentity(path: $0) == identity }
            }
            return samePath ? target : nil
        }
    }
}
