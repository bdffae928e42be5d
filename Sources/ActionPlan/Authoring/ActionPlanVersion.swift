import ActionPlanCore
import ActionPlanFiles
/// The version of the ActionPlan library and the `plan` tool.
package enum ActionPlanVersion {
    /// The version, semantic-versioning style; `plan --version` prints it.
    package static let current = "0.3.0"
}
