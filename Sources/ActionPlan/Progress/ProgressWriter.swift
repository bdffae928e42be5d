#if canImport(Glibc)
import Glibc
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let systemWrite = Darwin.write
#endif
import Foundation

/// Appends entries to a progress file without ever rewriting what is there: the file's bytes
/// before are a prefix of its bytes after.
///
/// Each append is atomic and serialised: under an exclusive lock (a hidden lock file beside the
/// progress file, which stays put while the progress file is replaced) the current file is copied
/// to a temporary file in the same folder with the entry added, flushed to disk, and renamed over
/// the old one. A crash at any moment leaves either the old file or the new one, never half of it.
public enum ProgressWriter {
    /// Why an append failed; nothing was written.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// What went wrong, in plain words.
        public let description: String
    }

    /// Appends one entry; creates the file with a header comment when it does not exist.
    ///
    /// `check` sees, under the lock, the bytes the file would have afterwards and the bytes it has now;
    /// when it throws, nothing is written and its error is passed on.
    static func append(
        _ entry: ProgressEntry, to path: String, planFileName: String,
        check: (_ after: [UInt8], _ before: [UInt8]) throws -> Void
    ) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let name = url.lastPathComponent
        let lockPath = folder + "/." + name + ".lock"

        let lock = open(lockPath, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard lock >= 0 else { throw Failure(description: "cannot create the lock file \(lockPath): \(errorText())") }
        defer { close(lock) }
        guard flock(lock, LOCK_EX) == 0 else { throw Failure(description: "cannot lock \(lockPath): \(errorText())") }
        defer { flock(lock, LOCK_UN) }
        // Under the lock no other writer is busy, so a temporary file left here is from a writer that was
        // killed mid-write: remove it.
        let leftovers = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for leftover in leftovers where leftover.hasPrefix("." + name + ".tmp-") { unlink(folder + "/" + leftover) }

        var existing: [UInt8] = []
        var mode: mode_t = 0o644
        if FileManager.default.fileExists(atPath: path) {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw Failure(description: "cannot read \(path)")
            }
            existing = [UInt8](data)
            var info = stat()
            if stat(path, &info) == 0 { mode = info.st_mode & 0o7777 }
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
        try check(existing + Array(addition.utf8), existing)

        let temporary = folder + "/." + name + ".tmp-\(getpid())"
        let out = open(temporary, O_CREAT | O_WRONLY | O_TRUNC | O_CLOEXEC, mode)
        guard out >= 0 else { throw Failure(description: "cannot write in \(folder): \(errorText())") }
        var written = false
        defer {
            close(out)
            if !written { unlink(temporary) }
        }
        try write(existing, to: out, path: temporary)
        try write(Array(addition.utf8), to: out, path: temporary)
        guard fsync(out) == 0 else { throw Failure(description: "cannot flush \(temporary): \(errorText())") }
        guard rename(temporary, path) == 0 else { throw Failure(description: "cannot replace \(path): \(errorText())") }
        written = true
        // Make the rename itself durable.
        let directory = open(folder, O_RDONLY | O_CLOEXEC)
        if directory >= 0 {
            fsync(directory)
            close(directory)
        }
    }

    private static func write(_ bytes: [UInt8], to descriptor: Int32, path: String) throws {
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { systemWrite(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(description: "cannot write \(path): \(errorText())")
            }
            offset += count
        }
    }

    private static func errorText() -> String { String(cString: strerror(errno)) }
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
        if let word = entry.statusWord { lines.append("  status: \(word.rawValue)") }
        if entry.isOccurrence { lines.append("  occurrence: true") }
        if let spent = entry.spent { lines.append("  spent: \(spent.decimalString)") }
        if let year = entry.spentYear { lines.append("  year: \(year)") }
        if let note = entry.note { lines.append("  note: \(QuotedText.quoted(note))") }
        return lines.joined(separator: "\n") + "\n"
    }
}
