import ActionPlanCore
import Foundation

/// The files one run has read, by path: each file is read from disk once per run (a regional plan that
/// a local plan, its diff and its acceptance all need included), so every step of a command sees the
/// same bytes, and a file that changes during the run cannot make two steps disagree.
///
/// Reads go through `RegularFile` (regular files only, within the size limit). Safe to use from several
/// threads.
package final class FileReads: @unchecked Sendable {
    private var read: [String: Result<[UInt8], RegularFile.Failure>] = [:]
    private let lock = NSLock()

    /// A run that has read nothing yet.
    package init() {}

    /// The bytes of the file at `path`: read now, or as this run read them before (under any spelling
    /// of the path that names the same file).
    package func bytes(path: String) -> Result<[UInt8], RegularFile.Failure> {
        let key = PathText.canonical(path)
        if let known = lock.withLock({ read[key] }) { return known }
        let result = RegularFile.read(path: path)
        lock.withLock { if read[key] == nil { read[key] = result } }
        return result
    }

    /// Records the bytes a file will have once this run has written it, so that checking the result
    /// before writing sees it as it will be (`plan diff --upstream --accept` checks the local plan over
    /// its new snapshot before either is written).
    package func expect(_ bytes: [UInt8], at path: String) {
        lock.withLock { read[PathText.canonical(path)] = .success(bytes) }
    }
}
