import ActionPlanCore
import ActionPlanFiles
import Foundation

/// The `# yaml-language-server: $schema=…` comment that lets an editor (VS Code's YAML extension)
/// complete keys and flag mistakes while a plan is typed, and where it points for a file the tool writes.
package enum SchemaReference {
    /// The JSON Schemas in the repository's `schema/` folder.
    package enum Kind: String, Sendable, CaseIterable {
        /// A plan file.
        case plan = "plan.schema.json"
        /// A local plan (`extends:`).
        case localPlan = "local-plan.schema.json"
        /// A progress file.
        case progress = "progress.schema.json"
    }

    /// The comment's text before the path.
    package static let prefix = "# yaml-language-server: $schema="

    /// The comment line for a schema path.
    package static func line(_ path: String) -> String { prefix + path }

    /// The schema path a file names in its first lines, if any.
    package static func path(in text: String) -> String? {
        for line in text.split(separator: "\n", maxSplits: 20, omittingEmptySubsequences: false).prefix(20) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix(prefix) {
                let path = trimmed.dropFirst(prefix.count).trimmingCharacters(in: .whitespacesAndNewlines)
                return path.isEmpty ? nil : path
            }
        }
        return nil
    }

    /// The schema path for a file written beside another: `neighbour` is the other file's path
    /// relative to the new file's folder (as `extends: plan:` writes it). Taken from the other
    /// file's own comment when it has one, otherwise from a `schema/` folder found above it, otherwise
    /// from one above the current folder; nil when none is found (then no comment is written: one that
    /// names a missing schema would only mislead the editor; `plan schema --output DIR` writes one).
    /// `neighbourBytes` are the neighbour's bytes when the caller has read them already.
    package static func path(for kind: Kind, besideFileAt neighbour: String, neighbourOnDisk: String, neighbourBytes: Data? = nil) -> String? {
        let folder = PathText.folder(of: neighbour)
        // Read as every input is: a regular file, within the size limit.
        let bytes: Data? = if let neighbourBytes { neighbourBytes } else if case .success(let read) = RegularFile.read(path: neighbourOnDisk) { Data(read) } else { nil }
        if let bytes, let existing = path(in: String(decoding: bytes.prefix(4096), as: UTF8.self)) {
            let onDisk = swapFileName(of: PathText.join(PathText.folder(of: neighbourOnDisk), existing), to: kind)
            // The neighbour's comment counts only when its schema is there.
            if existing.hasPrefix("/") ? FileManager.default.fileExists(atPath: swapFileName(of: existing, to: kind))
                : FileManager.default.fileExists(atPath: onDisk.isEmpty ? kind.rawValue : onDisk) {
                return swapFileName(of: PathText.join(folder, existing), to: kind)
            }
        }
        let neighbourFolder = PathText.folder(of: neighbourOnDisk)
        if let found = findSchemaFolder(above: neighbourFolder.isEmpty ? "." : neighbourFolder) {
            let fromNeighbour = relativePath(from: absolute(neighbourFolder.isEmpty ? "." : neighbourFolder), to: found)
            return PathText.join(folder, fromNeighbour + "/" + kind.rawValue)
        }
        return nil
    }

    /// The schema path for a new file in `folder`: from a `schema/` folder found above it or above
    /// the current folder; nil when none is found.
    package static func path(for kind: Kind, inFolder folder: String) -> String? {
        let start = folder.isEmpty ? "." : folder
        if let found = findSchemaFolder(above: start) ?? findSchemaFolder(above: ".") {
            return relativePath(from: absolute(start), to: found) + "/" + kind.rawValue
        }
        return nil
    }

    /// The comment lines for a schema path: none when no schema was found.
    package static func lines(_ path: String?) -> [String] { path.map { [line($0)] } ?? [] }

    /// A copy of a plan's text whose schema comment (if any) points to `path` instead.
    package static func replacing(in text: String, with path: String) -> String {
        guard let old = self.path(in: text) else { return text }
        return text.replacingOccurrences(of: prefix + old, with: prefix + path)
    }

    /// A snapshot of a regional plan, written beside a local plan: the same bytes, with the schema
    /// comment (if any) pointing to the schema from the snapshot's folder. `basePath` is the regional
    /// plan's path relative to that folder, `regionalOnDisk` its path to read.
    package static func snapshot(of bytes: Data, basePath: String, regionalOnDisk: String) -> Data {
        let text = String(decoding: bytes, as: UTF8.self)
        guard path(in: text) != nil, Data(text.utf8) == bytes else { return bytes }
        guard let rebased = path(for: .plan, besideFileAt: basePath, neighbourOnDisk: regionalOnDisk, neighbourBytes: bytes) else { return bytes }
        return Data(replacing(in: text, with: rebased).utf8)
    }

    static func swapFileName(of path: String, to kind: Kind) -> String {
        if path.hasSuffix(".json"), let slash = path.lastIndex(of: "/") {
            return String(path[...slash]) + kind.rawValue
        }
        return path.hasSuffix(".json") ? kind.rawValue : path
    }

    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardized.path
    }

    /// The nearest `schema/` folder holding plan.schema.json, from `folder` upwards (absolute path).
    static func findSchemaFolder(above folder: String) -> String? {
        var current = URL(fileURLWithPath: absolute(folder))
        for _ in 0..<12 {
            let candidate = current.appendingPathComponent("schema")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent(Kind.plan.rawValue).path) {
                return candidate.path
            }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { break }
            current = parent
        }
        return nil
    }

    /// A relative path from one absolute folder to another.
    static func relativePath(from folder: String, to target: String) -> String {
        let from = folder.split(separator: "/").map(String.init)
        let to = target.split(separator: "/").map(String.init)
        var common = 0
        while common < from.count, common < to.count, from[common] == to[common] { common += 1 }
        if common == 0 { return target }
        let parts = Array(repeating: "..", count: from.count - common) + to[common...]
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }
}
