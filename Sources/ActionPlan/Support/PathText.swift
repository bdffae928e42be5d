import Foundation

/// Joining and tidying paths as text, keeping relative paths relative.
package enum PathText {
    /// The absolute path with `.`, `..` and symbolic links resolved: one file, one name, however it
    /// was written (to load it once, and to compare files).
    package static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardized.resolvingSymlinksInPath().path
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
