import ActionPlanCore
import Foundation

/// Appends entries to a progress file without ever rewriting what is there: the file's bytes
/// before are a prefix of its bytes after.
///
/// Each append is atomic and serialised: under an exclusive lock (a hidden lock file beside the
/// progress file, which stays put while the progress file is replaced) the current file is copied
/// to a temporary file in the same folder with the entry added, flushed to disk, and renamed over
/// the old one (`OutputFile`). A crash at any moment leaves either the old file or the new one, never half of it.
package enum ProgressWriter {
    /// Why an append failed; nothing was written.
    package struct Failure: Error, Sendable, CustomStringConvertible {
        /// What went wrong, in plain words, in both languages.
        package let text: MessageText
        /// What went wrong, in English.
        package var description: String { text.en }

        /// A failure of the system (a lock, a file that cannot be opened): its reason is the system's, in English.
        init(description: String) { text = .same(description) }

        init(_ text: MessageText) { self.text = text }
    }

    /// Appends one entry; creates the file with a header comment when it does not exist.
    ///
    /// A progress file reached through a symbolic link is appended to where it lives (the link
    /// stays, and the lock is taken beside the real file); a read-only progress file, or anything
    /// but a regular file, is refused (see `OutputFile`).
    ///
    /// `check` sees, under the lock, the bytes the file would have afterwards and the bytes it has now;
    /// when it throws, nothing is written and its error is passed on.
    package static func append(
        _ entry: ProgressEntry, to path: String, planFileName: String,
        check: (_ after: [UInt8], _ before: [UInt8]) throws -> Void
    ) throws {
        let output: OutputFile
        do {
            output = try OutputFile.check(path, existing: .replace, updating: [path])
        } catch {
            throw Failure(error.text)
        }
        let folder = output.targetFolder
        let lockPath = folder + "/." + output.targetName + ".lock"

        let lock = try openLock(lockPath, beside: output)
        defer { close(lock) }
        guard flock(lock, LOCK_EX) == 0 else { throw Failure(description: "cannot lock \(lockPath): \(errorText())") }
        defer { flock(lock, LOCK_UN) }
        // Under the lock no other writer is busy, so a temporary file left here is from a writer that was
        // killed mid-write: remove it.
        let leftovers = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for leftover in leftovers where leftover.hasPrefix(output.temporaryPrefix) { unlink(folder + "/" + leftover) }

        // Read under the lock, as every input is read: a regular file, within the size limit.
        var existing: [UInt8] = []
        switch RegularFile.read(path: output.target) {
        case .success(let bytes): existing = bytes
        case .failure(.missing): break
        case .failure(let failure): throw Failure(Messages.cannotReadFile(path, failure.messageText))
        }
        let lineEnd = existing.containsCRLF ? "\r\n" : "\n"
        var addition = ""
        if existing.isEmpty {
            addition = ProgressFile.header(planFileName: planFileName)
        } else if existing.last != UInt8(ascii: "\n") {
            addition = lineEnd
        }
        addition += ProgressEntryWriter.yaml(entry)
        if lineEnd == "\r\n" { addition = addition.replacingOccurrences(of: "\n", with: "\r\n") }
        let bytes = existing + Array(addition.utf8)
        try check(bytes, existing)
        // Never leave a file the tool itself then refuses to read.
        if bytes.count > LoadLimits.maximumFileSize {
            throw Failure(Messages.progressFileTooLarge(path, limit: FileSize.text(LoadLimits.maximumFileSize)))
        }
        do {
            try output.write(bytes)
        } catch {
            throw Failure(description: error.description)
        }
    }

    private static func errorText() -> String { String(cString: strerror(errno)) }

    /// The lock file beside the progress file, opened for `flock` (which needs no write permission,
    /// so a lock file a colleague made is always usable). A new lock file gets the progress file's
    /// read/write bits and group, whatever the writer's umask, so every member of the group that
    /// shares the progress file can use it after them (before, a 0644 lock file locked them out).
    private static func openLock(_ lockPath: String, beside output: OutputFile) throws -> CInt {
        let created = open(lockPath, O_CREAT | O_EXCL | O_RDONLY | O_CLOEXEC, 0o666)
        if created >= 0 {
            var progress = stat()
            if stat(output.target, &progress) == 0 {
                _ = fchown(created, uid_t.max, progress.st_gid) // may fail (not a member): the mode still holds
                fchmod(created, progress.st_mode & 0o666)
            }
            return created
        }
        guard errno == EEXIST else { throw Failure(description: "cannot create the lock file \(lockPath): \(errorText())") }
        let existing = open(lockPath, O_RDONLY | O_CLOEXEC)
        guard existing >= 0 else { throw Failure(description: "cannot open the lock file \(lockPath): \(errorText())") }
        return existing
    }
}

private extension Array where Element == UInt8 {
    var containsCRLF: Bool {
        guard let newline = firstIndex(of: UInt8(ascii: "\n")) else { return false }
        return newline > 0 && self[newline - 1] == UInt8(ascii: "\r")
    }
}

/// Writes one progress entry as YAML that reads back exactly.
enum ProgressEntryWriter {
    /// The entry as a list item, ending with a newline.
    static func yaml(_ entry: ProgressEntry) -> String {
        var lines = ["- action: \(QuotedText.quoted(entry.actionID))", "  date: \(entry.date)"]
        if let recorded = entry.recorded { lines.append("  recorded: \(recorded)") }
        if let word = entry.statusWord { lines.append("  status: \(word.rawValue)") }
        if entry.isOccurrence { lines.append("  occurrence: true") }
        if let spent = entry.spent { lines.append("  spent: \(spent.decimalString)") }
        if let year = entry.spentYear { lines.append("  year: \(year)") }
        if let replan = entry.replan { lines.append("  replan: \(QuotedText.quoted(replan.text))") }
        if let note = entry.note { lines.append("  note: \(QuotedText.quoted(note))") }
        if let day = entry.retracts { lines.append("  retracts: \(day)") }
        if let by = entry.reportedBy { lines.append("  by: \(QuotedText.quoted(by))") }
        return lines.joined(separator: "\n") + "\n"
    }
}
