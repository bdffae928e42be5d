import Foundation

/// Joining and tidying paths as text, keeping relative paths relative.
package enum PathText {
    /// The absolute path with `.`, `..` and symbolic links resolved: one file, one name, however it
    /// was written (to load it once, and to compare files).
    package static func canonical(_ path: String) -> String {
        // realpath(3) is one call where Foundation's resolving takes a lookup per path component; a
        // path that does not exist (yet) falls back to Foundation, which resolves what is there.
        if let resolved = realpath(path, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        return URL(fileURLWithPath: path).standardized.resolvingSymlinksInPath().path
    }

    /// The folder that the paths a plan names (`extends.plan`, `extends.snapshot`) are relative to:
    /// the folder of the file, or, when the path is a symbolic link, the folder of the file it points
    /// to — so a local plan opened through a link finds its base and snapshot where `derive` and
    /// `--accept` put them, beside the real file, for reading and writing alike.
    package static func referenceFolder(of path: String) -> String {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return folder(of: path) }
        return folder(of: canonical(path))
    }

    /// `folder/relative` with `.` and `..` resolved where possible: `plans/examples/../x.yaml` → `plans/x.yaml`.
    package static func join(_ folder: String, _ relative: String) -> String {
        if relative.hasPrefix("/") { return normalized(relative) }
        return normalized(folder.isEmpty ? relative : folder + "/" + relative)
    }

    /// The last part of a path: its file name.
    package static func fileName(of path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// The folder part of a path (empty for a bare file name).
    package static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return path == "/" ? "/" : String(path[..<slash])
    }

    package static func normalized(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else if part == "..", absolute, parts.isEmpty {
                continue
            } else {
                parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }
}
