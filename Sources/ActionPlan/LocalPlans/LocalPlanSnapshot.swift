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

    /// Whether a snapshot holds the regional plan as it is (see `SnapshotContent`).
    static func matches(_ snapshot: [UInt8], regional: [UInt8]) -> Bool {
        SnapshotContent.matches(snapshot, regional)
    }
}
