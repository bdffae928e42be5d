import ActionPlanCore
#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
#elseif canImport(Darwin)
import Darwin
private let systemRead = Darwin.read
#endif

/// Reads the files the tool takes in (plans, progress files, the bases of local plans): only
/// regular files, and never more than a limit.
///
/// The file is opened once (non-blocking, so a named pipe without a writer cannot hang the open),
/// its kind and size taken from that descriptor with `fstat`, and at most the limit plus one byte
/// read from the same descriptor: a device such as `/dev/zero` reports size 0 and would otherwise be
/// read until memory runs out, and a file that grows after the check is still caught.
package enum RegularFile {
    /// Why a file was not read.
    package enum Failure: Error, Sendable, Hashable {
        /// Nothing at the path.
        case missing
        /// The path names a folder.
        case folder
        /// The path names something that is not a regular file: a named pipe, a device, a socket.
        case notRegular(kind: String)
        /// The file is larger than the limit (its size as far as known).
        case tooLarge(size: Int, limit: Int)
        /// The file exists but cannot be opened or read (permissions, I/O errors).
        case unreadable(reason: String)

        /// What is wrong, in plain words, for a diagnostic's message (in both languages: `messageText`).
        package var message: String { messageText.en }

        /// How to fix it, for a diagnostic's hint (in both languages: `hintText`).
        package var hint: String { hintText.en }

        /// What is wrong, in both languages.
        package var messageText: MessageText {
            switch self {
            case .missing: Messages.noSuchFile
            case .folder: Messages.isAFolder
            case .notRegular(let kind): Messages.notARegularFile(kind)
            case .tooLarge(let size, let limit): Messages.fileTooLarge(FileSize.text(size), limit: FileSize.text(limit))
            case .unreadable(let reason): Messages.fileUnreadable(reason)
            }
        }

        /// How to fix it, in both languages.
        package var hintText: MessageText {
            switch self {
            case .missing: Messages.noSuchFileHint
            case .folder: Messages.isAFolderHint
            case .notRegular: Messages.notARegularFileHint
            case .tooLarge: Messages.fileTooLargeHint
            case .unreadable: Messages.fileUnreadableHint
            }
        }
    }

    /// The bytes of the regular file at `path`, at most `limit` of them.
    package static func read(path: String, limit: Int = LoadLimits.maximumFileSize) -> Result<[UInt8], Failure> {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { return .failure(.missing) }
            // A socket cannot be opened at all: name it from its entry instead.
            var info = stat()
            if code == ENXIO || code == EOPNOTSUPP, stat(path, &info) == 0, let kind = FileKind.nonRegular(info.st_mode) {
                return .failure(.notRegular(kind: kind))
            }
            return .failure(.unreadable(reason: String(cString: strerror(code))))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(.unreadable(reason: String(cString: strerror(errno)))) }
        if let kind = FileKind.nonRegular(info.st_mode) {
            return .failure(kind == FileKind.folder ? .folder : .notRegular(kind: kind))
        }
        let size = Int(info.st_size)
        if size > limit { return .failure(.tooLarge(size: size, limit: limit)) }
        // Read up to one byte past the limit: a file that grew since fstat is refused, not cut.
        var bytes = [UInt8](repeating: 0, count: min(size, limit) + 1)
        var filled = 0
        while true {
            if filled == bytes.count {
                if bytes.count > limit { return .failure(.tooLarge(size: filled, limit: limit)) }
                bytes += [UInt8](repeating: 0, count: min(max(bytes.count, 4096), limit + 1 - bytes.count))
            }
            let count = bytes.withUnsafeMutableBytes { buffer in
                systemRead(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(reason: String(cString: strerror(errno))))
            }
            if count == 0 { break }
            filled += count
        }
        bytes.removeSubrange(filled...)
        return .success(bytes)
    }
}

/// The kinds of file the tool does not read or write, named for people.
enum FileKind {
    static let folder = "a folder"

    /// The kind of a non-regular file from its `st_mode` ("a named pipe"), nil for a regular file.
    static func nonRegular(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: folder
        case S_IFIFO: "a named pipe"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        case S_IFLNK: "a symbolic link"
        default: "a special file"
        }
    }
}

/// File sizes as people read them.
enum FileSize {
    /// `32.0 MB`: megabytes with one decimal.
    static func text(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024)
        return "\(tenths / 10).\(tenths % 10) MB"
    }
}
