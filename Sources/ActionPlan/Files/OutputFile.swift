import ActionPlanCore
#if canImport(Glibc)
import Glibc
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let systemWrite = Darwin.write
#endif

/// A file a command is about to write: resolved and checked before anything is written, then
/// replaced atomically.
///
/// The rules (docs/safety.md):
/// - only regular files are written: a folder, device, named pipe or socket at the path is refused;
/// - a symbolic link is written through: the file it points to is replaced (the temporary file and
///   the rename live in the target's folder), so a shared file reached through a link gets the new
///   contents and the link stays; a link that points to nothing, or to something that is not a
///   regular file (`/proc/self/fd/1`), is refused;
/// - a file the user may not write is refused: no write permission, or no write bit at all (a file
///   marked read-only is refused even for root); so is a folder the user may not create files in;
/// - a file with other hard links is refused: the rename would cut them off from the new contents;
/// - a file this run reads or would read (a plan, a base, a snapshot, a progress file: `InputFiles`)
///   is refused, compared by device and inode, unless the command updates it on purpose (`updating`);
/// - writes are atomic: a temporary file beside the target, flushed, renamed over it, the folder
///   flushed; a failed write leaves the old file as it was;
/// - a replaced file keeps its mode bits and its group (and its owner, when root writes it), so a
///   file shared by a group stays writable for the group (docs/safety.md, shared folders).
///
/// A command with several outputs checks every one of them before writing any (`check` first,
/// then `write`), so a bad second path never leaves a half-done result.
package struct OutputFile: Sendable {
    /// What to do when the file exists.
    package enum Existing: Sendable, Hashable {
        /// Refuse to touch it (`derive` without `--force`).
        case refuse
        /// Replace it.
        case replace
    }

    /// Why a file may not be written; nothing was written.
    package struct Failure: Error, Sendable, Hashable, CustomStringConvertible {
        /// What is wrong.
        package enum Problem: Sendable, Hashable {
            /// The file exists and the command may not replace it.
            case exists
            /// The path names a folder.
            case folder
            /// The path (or the file a link points to) is not a regular file.
            case notRegular(kind: String)
            /// A symbolic link to nothing, or a loop of links.
            case danglingLink
            /// The file is read-only, or the user may not write it.
            case readOnly
            /// The file has other hard links.
            case hardLinked
            /// The file is one this command reads (recorded under the path given); writing would destroy it.
            case input(String)
            /// The folder does not exist.
            case missingFolder(String)
            /// The user may not create files in the folder.
            case folderNotWritable(String)
            /// Writing failed (disk full, I/O error).
            case failed(String)
        }

        /// The path as given.
        package let path: String
        /// What is wrong.
        package let problem: Problem
        /// The file a symbolic link at the path points to, when the problem lies there.
        package var linkTarget: String? = nil

        /// What is wrong, in plain words (in English; both languages: `text`).
        package var description: String { text.en }

        /// What is wrong, in both languages.
        package var text: MessageText {
            let file = Messages.outputFileName(path, linkTarget: linkTarget)
            return switch problem {
            case .exists: Messages.outputExists(file)
            case .folder: Messages.outputIsFolder(file)
            case .notRegular(let kind): Messages.outputNotRegular(file, kind: kind)
            case .danglingLink: Messages.outputDanglingLink(file)
            case .readOnly: Messages.outputReadOnly(file)
            case .hardLinked: Messages.outputHardLinked(file)
            case .input(let readAs):
                Messages.outputIsInput(file, readAs: PathText.fileName(of: readAs) == PathText.fileName(of: path) ? nil : readAs)
            case .missingFolder(let folder): Messages.outputFolderMissing(folder)
            case .folderNotWritable(let folder): Messages.outputFolderNotWritable(folder)
            case .failed(let reason): Messages.outputFailed(file, reason: reason)
            }
        }
    }

    /// The path as given.
    package let path: String
    /// The file that is replaced: the path itself, or the file a symbolic link there points to.
    package let target: String
    /// Whether the file exists now.
    package let exists: Bool
    /// What to do when the file exists.
    package let existing: Existing
    /// The inputs of this run the command replaces on purpose.
    private let updating: [String]
    /// The permissions of the existing file, kept by the new one.
    private let mode: mode_t?
    /// The owner and group of the existing file, kept by the new one where the system allows: in a
    /// shared folder a rewrite must not hand the file to the writer's own group.
    private var owner: (user: uid_t, group: gid_t)? = nil

    /// Resolves and checks the path; throws when it may not be written. `updating` names the inputs
    /// of this run (`InputFiles`) that the command replaces on purpose: `log` its progress file,
    /// `--accept` the local plan and its snapshot; any other input is refused.
    package static func check(_ path: String, existing: Existing, updating: [String] = []) throws(Failure) -> OutputFile {
        func fail(_ problem: Failure.Problem) -> Failure { Failure(path: path, problem: problem) }
        var info = stat()
        guard lstat(path, &info) == 0 else {
            guard errno == ENOENT else { throw fail(.failed(errorText())) }
            try checkNotInput(path, updating: updating, for: path)
            try checkFolder(of: path, for: path)
            return OutputFile(path: path, target: path, exists: false, existing: existing, updating: updating, mode: nil)
        }
        var target = path
        if info.st_mode & S_IFMT == S_IFLNK {
            guard let resolved = realpath(path, nil) else { throw fail(.danglingLink) }
            target = String(cString: resolved)
            free(resolved)
            guard stat(target, &info) == 0 else { throw fail(.danglingLink) }
        }
        let linkTarget = target == path ? nil : target
        func refuse(_ problem: Failure.Problem) -> Failure { Failure(path: path, problem: problem, linkTarget: linkTarget) }
        if let kind = FileKind.nonRegular(info.st_mode) {
            throw refuse(kind == FileKind.folder ? .folder : .notRegular(kind: kind))
        }
        try checkNotInput(target, updating: updating, for: path)
        if existing == .refuse { throw refuse(.exists) }
        // No write bit at all is a file marked read-only: refused even where access() would let root write it.
        guard info.st_mode & 0o222 != 0, access(target, W_OK) == 0 else { throw refuse(.readOnly) }
        guard info.st_nlink <= 1 else { throw refuse(.hardLinked) }
        try checkFolder(of: target, for: path)
        var file = OutputFile(path: path, target: target, exists: true, existing: existing, updating: updating, mode: info.st_mode & 0o7777)
        file.owner = (info.st_uid, info.st_gid)
        return file
    }

    /// Refuses a target that is an input of this run, unless it is one of `updating`.
    private static func checkNotInput(_ target: String, updating: [String], for path: String) throws(Failure) {
        guard let input = InputFiles.input(at: target) else { return }
        // The same path first: another writer (a colleague's `plan log`) may rename a new file over the
        // target between two stat calls, so comparing identities alone can refuse the file being updated.
        let canonicalTarget = PathText.canonical(target)
        let identity = FileIdentity(path: target)
        let allowed = updating.contains { update in
            PathText.canonical(update) == canonicalTarget || identity.map { FileIdentity(path: update) == $0 } ?? false
        }
        if !allowed { throw Failure(path: path, problem: .input(input)) }
    }

    /// Checks every path before any is written: all of them, or a failure for the first bad one.
    package static func check(_ paths: [(path: String, existing: Existing)], updating: [String] = []) throws(Failure) -> [OutputFile] {
        var files: [OutputFile] = []
        for (path, existing) in paths { files.append(try check(path, existing: existing, updating: updating)) }
        return files
    }

    private static func checkFolder(of file: String, for path: String) throws(Failure) {
        let folder = PathText.folder(of: file).isEmpty ? "." : PathText.folder(of: file)
        var info = stat()
        guard stat(folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
            throw Failure(path: path, problem: .missingFolder(folder))
        }
        guard access(folder, W_OK | X_OK) == 0 else { throw Failure(path: path, problem: .folderNotWritable(folder)) }
    }

    /// The folder of the file replaced, where its temporary file and lock live.
    package var targetFolder: String { PathText.folder(of: target).isEmpty ? "." : PathText.folder(of: target) }

    /// The name of the file replaced.
    package var targetName: String { target.split(separator: "/").last.map(String.init) ?? target }

    /// The prefix of this file's temporary files (`.name.tmp-`), so a killed writer's leftovers can be found.
    package var temporaryPrefix: String { "." + targetName + ".tmp-" }

    /// Writes the bytes atomically: checked again (the path may have changed since `check`), then a
    /// temporary file in the target's folder, flushed, and renamed over the target.
    package func write(_ bytes: [UInt8]) throws(Failure) {
        func fail(_ problem: Failure.Problem) -> Failure { Failure(path: path, problem: problem) }
        let fresh = try OutputFile.check(path, existing: existing, updating: updating)
        guard fresh.target == target else { throw fail(.failed("it changed while being written; try again")) }
        let temporary = targetFolder + "/" + temporaryPrefix + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let descriptor = open(temporary, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, fresh.mode ?? 0o666)
        guard descriptor >= 0 else { throw fail(.failed(errorText())) }
        var done = false
        defer { if !done { unlink(temporary) } }
        do {
            defer { close(descriptor) }
            if let owner = fresh.owner, fchown(descriptor, owner.user, owner.group) != 0 {
                // Not root: keep at least the group (allowed when the writer is a member of it).
                _ = fchown(descriptor, uid_t.max, owner.group)
            }
            if let mode = fresh.mode { fchmod(descriptor, mode) } // the umask narrowed it at open; chown may clear setgid
            var offset = 0
            while offset < bytes.count {
                let count = bytes[offset...].withUnsafeBytes { systemWrite(descriptor, $0.baseAddress, $0.count) }
                if count < 0 {
                    if errno == EINTR { continue }
                    throw fail(.failed(errorText()))
                }
                offset += count
            }
            guard fsync(descriptor) == 0 else { throw fail(.failed(errorText())) }
        }
        if existing == .refuse {
            // link() never replaces: a file that appeared since the check is kept, and reported. Where
            // the file system has no hard links, the check just made has to do.
            if link(temporary, target) == 0 {
                unlink(temporary)
            } else if errno == EEXIST {
                throw fail(.exists)
            } else if errno == EPERM || errno == EOPNOTSUPP || errno == ENOTSUP {
                guard rename(temporary, target) == 0 else { throw fail(.failed(errorText())) }
            } else {
                throw fail(.failed(errorText()))
            }
        } else {
            guard rename(temporary, target) == 0 else { throw fail(.failed(errorText())) }
        }
        done = true
        // Make the rename itself durable.
        let folder = open(targetFolder, O_RDONLY | O_CLOEXEC)
        if folder >= 0 {
            fsync(folder)
            close(folder)
        }
    }

    private static func errorText() -> String { String(cString: strerror(errno)) }
    private func errorText() -> String { String(cString: strerror(errno)) }
}
