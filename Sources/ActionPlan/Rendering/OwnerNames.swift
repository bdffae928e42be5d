import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace
/// The names people read for registry keys, across the plans of one answer: each plan's own
/// registry first, then any plan that knows the key, and the key itself only when nothing does.
///
/// Renderers for people (tables, CSV, Markdown, the calendar, the report) name owners through this;
/// JSON keeps the keys.
public struct OwnerNames: Sendable, Hashable {
    private var byPlan: [String: [String: String]] = [:]
    private var anyPlan: [String: String] = [:]

    /// No registry: every key stands for itself.
    public init() {}

    /// The display names of the organisations of these plans.
    public init(_ plans: [Plan]) {
        for plan in plans {
            var names: [String: String] = [:]
            for organisation in plan.organisations {
                names[organisation.key] = organisation.displayName
                if anyPlan[organisation.key] == nil { anyPlan[organisation.key] = organisation.displayName }
            }
            byPlan[plan.metadata.id] = names
        }
    }

    /// The display name of a key, as the given plan's registry has it when known.
    public func name(_ key: String, plan planID: String? = nil) -> String {
        if let planID, let name = byPlan[planID]?[key] { return name }
        return anyPlan[key] ?? key
    }

    /// An owner for reading: its display name, with the role in brackets (`VAR (secretaris)`).
    package func owner(_ owner: Owner, plan planID: String? = nil) -> String {
        let name = name(owner.key, plan: planID)
        return owner.role.map { "\(name) (\($0))" } ?? name
    }

    /// Owners for reading, joined with commas: the whole list, as CSV and Markdown give it. With
    /// `leadMark` (`trekker`, `lead`) the lead of a list of several is marked: `VAR (secretaris, trekker)`,
    /// `RIEC (trekker)`.
    package func list(_ owners: [Owner], plan planID: String? = nil, leadMark: String? = nil) -> String {
        owners.map { owner in
            guard let leadMark, owner.isLead, owners.count > 1 else { return self.owner(owner, plan: planID) }
            let name = name(owner.key, plan: planID)
            return "\(name) (\(owner.role.map { "\($0), " } ?? "")\(leadMark))"
        }.joined(separator: ", ")
    }
}
