import ActionPlanCore
import ActionPlanFiles
/// The `plan validate` invocation that checks a file again after a fix: the plan, and the progress
/// file when it is not the one beside the plan. A value, not text: the message catalogue and the
/// CLI turn it into words (`description` is the command as typed).
package struct CheckCommand: Sendable, Equatable, CustomStringConvertible {
    /// The plan file to validate.
    package var plan: String
    /// The progress file given with `--progress`: nil for the one beside the plan.
    package var progress: String?

    /// The command that checks `plan`, with `progress` when it is not the file beside the plan.
    package init(plan: String, progress: String? = nil) {
        self.plan = plan
        self.progress = progress
    }

    /// `plan validate PLAN [--progress FILE]`.
    package var description: String {
        "plan validate \(plan)" + (progress.map { " --progress \($0)" } ?? "")
    }
}
