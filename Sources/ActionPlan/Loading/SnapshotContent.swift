import ActionPlanCore
/// Whether a local plan's snapshot holds the same regional plan as other bytes: the same bytes, but
/// for an editor's schema comment (`# yaml-language-server: …`), whose relative path the snapshot
/// adjusts to its own folder. Used by the loader's integrity check and by `--accept`.
package enum SnapshotContent {
    package static func matches(_ snapshot: [UInt8], _ regional: [UInt8]) -> Bool {
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
