import Foundation

/// Paths between files as text, for what one file writes about another (`extends: plan:`).
package enum RelativePath {
    /// The path as an absolute one: relative paths are taken from `workingDirectory` (the process's
    /// current folder by default); `.` and `..` are resolved as text, the way the loader resolves them.
    package static func absolute(_ path: String, workingDirectory: String? = nil) -> String {
        if path.hasPrefix("/") { return PathText.normalized(path) }
        let folder = workingDirectory ?? FileManager.default.currentDirectoryPath
        return PathText.normalized(folder + "/" + path)
    }

    /// How a file that lives in `folder` names `file`: relative to that folder, so the reference
    /// holds wherever a command runs later. Both paths are taken from `workingDirectory` when relative.
    /// A file given as an absolute path stays absolute, as the user wrote it.
    package static func reference(to file: String, fromFolder folder: String, workingDirectory: String? = nil) -> String {
        if file.hasPrefix("/") { return PathText.normalized(file) }
        let from = absolute(folder, workingDirectory: workingDirectory).split(separator: "/").map(String.init)
        let to = absolute(file, workingDirectory: workingDirectory).split(separator: "/").map(String.init)
        var common = 0
        while common < from.count, common < to.count - 1, from[common] == to[common] { common += 1 }
        let ups = Array(repeating: "..", count: from.count - common)
        return (ups + to[common...]).joined(separator: "/")
    }
}
