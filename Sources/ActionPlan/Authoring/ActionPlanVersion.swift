import ActionPlanCore
import ActionPlanFiles
/// The version of the ActionPlan library and the `plan` tool.
public enum ActionPlanVersion {
    /// The version, semantic-versioning style; `plan --version` prints it.
    public static let current = "0.3.0"
}
