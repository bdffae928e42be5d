import ActionPlanCore
import ActionPlanFiles
/// The actions themselves, filtered: by theme, owner, lead, kind of planning or text; each with its
/// standing on the as-of date.
package struct ActionListQuery: Sendable {
    /// The day the standings are given for.
    package var asOf: CalendarDate
    /// Only actions of this theme id.
    package var theme: String?
    /// Only actions this owner leads or joins.
    package var owner: OwnerMatch?
    /// Only actions this owner leads.
    package var lead: OwnerMatch?
    /// Only actions with this kind of planning.
    package var kind: PlanningKind?
    /// Only actions whose id, text, planning or owner cell contains this, ignoring case and accents.
    package var search: String?

    /// Creates an unfiltered query for a date.
    package init(asOf: CalendarDate) { self.asOf = asOf }

    /// The matching actions of all plans, in plan order.
    package func run(_ plans: [TrackedPlan]) -> [ListedAction] {
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
package struct ListedAction: Sendable, Hashable {
    /// The plan's id.
    package var planID: String
    /// The action.
    package var action: Action
    /// Its standing on the as-of date.
    package var standing: ActionStanding
    /// The revised planning in force on the as-of date, if any.
    package var replan: Schedule?
}
