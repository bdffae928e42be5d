import ActionPlanCore
import ActionPlanFiles
/// The actions themselves, filtered: by theme, owner, lead, kind of planning or text; each with its
/// standing on the as-of date.
public struct ActionListQuery: Sendable {
    /// The day the standings are given for.
    public var asOf: CalendarDate
    /// Only actions of this theme id.
    public var theme: String?
    /// Only actions this owner leads or joins.
    public var owner: OwnerMatch?
    /// Only actions this owner leads.
    public var lead: OwnerMatch?
    /// Only actions with this kind of planning.
    public var kind: PlanningKind?
    /// Only actions whose id, text, planning or owner cell contains this, ignoring case and accents.
    public var search: String?

    /// Creates an unfiltered query for a date.
    public init(asOf: CalendarDate) { self.asOf = asOf }

    /// The matching actions of all plans, in plan order.
    public func run(_ plans: [TrackedPlan]) -> [ListedAction] {
        let folded = search.map(TextFolding.fold)
        return plans.flatMap { tracked in
            tracked.plan.actions.compactMap { action -> ListedAction? in
                if let theme, action.themeID != theme { return nil }
                let planID = tracked.plan.metadata.id
                if let owner, !owner.isAmong(action.owners, plan: planID) { return nil }
                if let lead, !lead.leads(action, plan: planID) { return nil }
                if let kind, action.schedule.planningKind != kind { return nil }
                if let folded {
                    let haystack = TextFolding.fold([action.id, action.title, action.schedule.text, action.who ?? ""].joined(separator: " "))
                    if !haystack.contains(folded) { return nil }
                }
                return ListedAction(planID: tracked.plan.metadata.id, action: action, standing: tracked.standing(of: action, asOf: asOf),
                                    replan: tracked.progress.replan(of: action.id, asOf: asOf)?.replan)
            }
        }
    }
}

/// An action found by a list query.
public struct ListedAction: Sendable, Hashable {
    /// The plan's id.
    public var planID: String
    /// The action.
    public var action: Action
    /// Its standing on the as-of date.
    public var standing: ActionStanding
    /// The revised planning in force on the as-of date, if any.
    public var replan: Schedule?
}
