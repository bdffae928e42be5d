import ActionPlanCore
import Foundation

/// Finds the plan files named on a command line: files as given, folders searched (recursively)
/// for `.yaml` and `.yml` files, progress files (`*.progress.yaml`) left out.
package enum PlanFiles {
    /// The plan files, in the order given (folders' files sorted), and the paths that named none.
    package static func collect(_ paths: [String]) -> (files: [String], problems: [PathProblem]) {
        var files: [String] = []
        var problems: [PathProblem] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                problems.append(PathProblem(path: path, message: Messages.noSuchFileOrFolder))
                continue
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            var entries: [String] = []
            FolderWalk.walk(path.hasSuffix("/") ? String(path.dropLast()) : path, relative: "", into: &entries, problems: &problems)
            let named = entries.filter(isPlanFileName).sorted().map { path.hasSuffix("/") ? path + $0 : path + "/" + $0 }
            // A named pipe or device called `x.yaml` is reported and skipped, never opened: opening a
            // pipe waits for a writer, and a device can be read without end.
            var found: [String] = []
            var skipped = false
            for file in named {
                var info = stat()
                guard stat(file, &info) == 0 else { continue }
                if let kind = FileKind.nonRegular(info.st_mode) {
                    if kind != FileKind.folder {
                        problems.append(PathProblem(path: file, message: Messages.notRegularSkipped(kind)))
                        skipped = true
                    }
                    continue
                }
                found.append(file)
            }
            if found.isEmpty && !skipped {
                problems.append(PathProblem(path: path, message: Messages.folderWithoutPlans))
            }
            files += found
        }
        return (files, problems)
    }

    /// Whether the raw bytes of a name end like a plan file's (`.yaml`, `.yml`), for names that are not UTF-8.
    static func looksLikePlanFileName(_ bytes: [UInt8]) -> Bool {
        bytes.first != UInt8(ascii: ".") && (bytes.reversed().starts(with: Array(".yaml".utf8).reversed())
            || bytes.reversed().starts(with: Array(".yml".utf8).reversed()))
    }

    /// Whether a file name is a plan file's: `.yaml` or `.yml`, not a progress file, not the snapshot of a
    /// local plan's base (`*.base-snapshot.yaml`), not hidden.
    package static func isPlanFileName(_ name: String) -> Bool {
        let base = name.split(separator: "/").last.map(String.init) ?? name
        guard !base.hasPrefix(".") else { return false }
        guard base.hasSuffix(".yaml") || base.hasSuffix(".yml") else { return false }
        return !base.hasSuffix(".progress.yaml") && !base.hasSuffix(".progress.yml") && !base.hasSuffix(".base-snapshot.yaml")
    }
}
