import ActionPlanCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The entries of a folder and its subfolders, read as the bytes the file system holds. A name that
/// is not UTF-8 cannot be given to the loader as a path, and Foundation's enumerator drops it
/// without a word: a plan named so would be left out of every folder query. Such a plan file (or a
/// folder, whose files are then not searched) is reported as a problem instead (AP112).
enum FolderWalk {
    /// Appends the relative paths (`sub/file.yaml`) of the entries under `folder` to `entries`
    /// (folders followed, links to folders not, as Foundation's enumerator did).
    static func walk(_ folder: String, relative: String, into entries: inout [String], problems: inout [PathProblem], depth: Int = 0) {
        // Folders nested deeper than any real plan collection (and loops through links) are not followed.
        guard depth < 64, let directory = opendir(folder.isEmpty ? "." : folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if bytes == [UInt8(ascii: ".")] || bytes == [UInt8(ascii: "."), UInt8(ascii: ".")] { continue }
            let isFolder = entry.pointee.d_type == UInt8(DT_DIR)
            guard let name = String(validating: bytes, as: UTF8.self) else {
                if isFolder || PlanFiles.looksLikePlanFileName(bytes) {
                    let shown = (folder.isEmpty ? "" : folder + "/") + escaped(bytes)
                    problems.append(PathProblem(
                        path: shown, message: isFolder ? Messages.folderNameNotUTF8 : Messages.fileNameNotUTF8,
                        code: .fileNameNotUTF8))
                }
                continue
            }
            let path = relative.isEmpty ? name : relative + "/" + name
            var folderEntry = isFolder
            if entry.pointee.d_type == UInt8(DT_UNKNOWN) {
                // Links to folders are not followed (a link to its own folder would repeat it without end).
                var info = stat()
                folderEntry = lstat(folder + "/" + name, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
            }
            if folderEntry {
                walk(folder + "/" + name, relative: path, into: &entries, problems: &problems, depth: depth + 1)
            } else {
                entries.append(path)
            }
        }
    }

    /// The name with every byte that is not part of valid UTF-8 shown as `\x{E9}`.
    static func escaped(_ bytes: [UInt8]) -> String {
        var out = ""
        var index = 0
        while index < bytes.count {
            // The shortest run from here that is one whole character, if any.
            let character = (1...4).lazy.filter { index + $0 <= bytes.count }
                .compactMap { length in String(validating: bytes[index..<(index + length)], as: UTF8.self).map { ($0, length) } }
                .first { $0.0.unicodeScalars.count == 1 }
            if let (text, length) = character {
                out += text
                index += length
            } else {
                out += "\\x{" + String(bytes[index], radix: 16, uppercase: true) + "}"
                index += 1
            }
        }
        return out
    }
}
