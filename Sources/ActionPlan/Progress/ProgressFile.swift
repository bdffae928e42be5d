import ActionPlanCore
import Foundation

/// Where a plan's progress is kept: a file beside the plan, `<plan>.progress.yaml`.
package enum ProgressFile {
    /// The progress file of a plan file: `plans/x.yaml` → `plans/x.progress.yaml`.
    package static func path(forPlan planPath: String) -> String {
        for suffix in [".yaml", ".yml"] where planPath.hasSuffix(suffix) {
            return String(planPath.dropLast(suffix.count)) + ".progress.yaml"
        }
        return planPath + ".progress.yaml"
    }

    /// Whether a path names a progress file.
    package static func isProgressFile(_ path: String) -> Bool {
        path.hasSuffix(".progress.yaml") || path.hasSuffix(".progress.yml")
    }

    /// The plan file a progress file belongs to: `plans/x.progress.yaml` → `plans/x.yaml`.
    package static func planPath(forProgress progressPath: String) -> String {
        for suffix in [".progress.yaml", ".progress.yml"] where progressPath.hasSuffix(suffix) {
            return String(progressPath.dropLast(suffix.count)) + ".yaml"
        }
        return progressPath
    }

    /// The comment a new progress file starts with.
    package static func header(planFileName: String) -> String {
        """
        # Voortgang van \(planFileName): één item per gebeurtenis, in de volgorde van schrijven.
        # Progress of \(planFileName): one entry per event, in the order written.
        # Add entries with `plan log`; the adopted plan itself stays as it was adopted.

        """
    }
}
