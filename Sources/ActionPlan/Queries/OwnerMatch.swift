import ActionPlanCore
import ActionPlanFiles
/// An owner named on the command line (`--owner RIEC`), as each plan's registry knows it.
///
/// A name is looked up in every plan's own registry (key, name, short name or alias; case and accents
/// ignored), so `RIEC` finds the RIEC of each plan given and `RIEC Limburg` only Zuid-Limburg's: two
/// plans' registries are never merged just because they use the same key.
public struct OwnerMatch: Sendable, Hashable, ExpressibleByStringLiteral {
    /// The registry key the name stands for, per plan id; nil for a key that stands for itself in every plan.
    package var keysByPlan: [String: String]?
    /// The key when the match was made from a bare key.
    private var anyPlanKey: String?

    /// A match of one registry key in every plan that has it.
    public init(key: String) {
        anyPlanKey = key
    }

    /// A match of the given key in each plan (plan id → key).
    package init(keysByPlan: [String: String]) {
        self.keysByPlan = keysByPlan
    }

    /// A match of one registry key in every plan that has it.
    public init(stringLiteral value: String) {
        self.init(key: value)
    }

    /// The key the owner has in a plan, when the plan knows it.
    package func key(in planID: String) -> String? {
        keysByPlan?[planID] ?? anyPlanKey
    }

    /// Whether an action's owner is this owner.
    package func matches(_ owner: Owner, plan planID: String) -> Bool {
        owner.key == key(in: planID)
    }

    /// Whether this owner is among an action's owners.
    package func isAmong(_ owners: [Owner], plan planID: String) -> Bool {
        owners.contains { matches($0, plan: planID) }
    }

    /// Whether this owner leads an action.
    package func leads(_ action: Action, plan planID: String) -> Bool {
        action.lead.map { matches($0, plan: planID) } ?? false
    }
}
