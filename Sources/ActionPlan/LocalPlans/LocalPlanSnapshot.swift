import ActionPlanCore
import ActionPlanFiles
import Foundation

/// The snapshot of a regional plan that a local plan keeps beside it: the regional plan's bytes as
/// they were when the local plan last took them.
enum LocalPlanSnapshot {
    /// The bytes written as the snapshot of the regional plan `base` (its bytes), for a local plan in
    /// `localFolder` that names the regional plan as `basePath`. The one place `derive` and `--accept`
    /// make a snapshot, so that any adjustment for the snapshot's folder is made alike in both.
    static func bytes(of base: [UInt8], basePath: String, regionalOnDisk: String, localFolder: String) -> [UInt8] {
        Array(SchemaReference.snapshot(of: Data(base), basePath: basePath, regionalOnDisk: regionalOnDisk))
    }

    /// Whether a snapshot holds the regional plan as it is: the same bytes, but for an editor's schema
    /// comment (`# yaml-language-server: …`), whose relative path differs from the snapshot's folder.
    static func matches(_ snapshot: [UInt8], regional: [UInt8]) -> Bool {
        snapshot == regional || contentLines(snapshot) == contentLines(regional)
    }

    private static func contentLines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        let marker = Array("# yaml-language-server:".utf8)
        return bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).filter { line in
            let start = line.firstIndex { $0 != UInt8(ascii: " ") && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF } ?? line.endIndex
            return !line[start...].starts(with: marker)
        }
    }
}
