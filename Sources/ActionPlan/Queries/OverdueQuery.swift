import ActionPlanCore
import ActionPlanFiles
/// What is late on a date: one-off items past their due date, recurring obligations of past plan
/// years not met, this year's recurring items that are behind, and (on request) stale ongoing
/// items; optionally also what falls due in the coming days.
public struct OverdueQuery: Sendable {
    /// The day the question is asked for.
    public var asOf: CalendarDate
    /// Whether to include ongoing items without recent progress.
    public var includeStale = false
    /// Months without progress after which an ongoing item is stale.
    public var staleAfterMonths = 6
    /// Only items this owner leads or takes part in.
    public var owner: OwnerMatch?
    /// With `owner`: only the items of actions it leads.
    public var leadOnly = false
    /// Also list what falls due within this many days, as `upcoming`.
    public var withinDays: Int?

    /// Creates a query for a date.
    public init(asOf: CalendarDate) { self.asOf = asOf }

    /// The items of all plans, oldest due first; stale items (no due date) last.
    public func run(_ plans: [TrackedPlan]) -> [OverdueItem] {
        plans.flatMap(items).sorted { a, b in
            switch (a.due, b.due) {
            case let (x?, y?) where x != y: return x < y
            case (nil, _?): return false
            case (_?, nil): return true
            default:
                if a.reason != b.reason { return a.reason.sortOrder < b.reason.sortOrder }
                if a.planID != b.planID { return a.planID < b.planID }
                return ActionIDOrder.less(a.actionID, b.actionID)
            }
        }
    }

    private func items(_ tracked: TrackedPlan) -> [OverdueItem] {
        let plan = tracked.plan
        let period = plan.metadata.period
        var items: [OverdueItem] = []
        for action in plan.actions {
            if let owner, !(leadOnly ? owner.leads(action, plan: plan.metadata.id) : owner.isAmong(action.owners, plan: plan.metadata.id)) {
                continue
            }
            if tracked.progress.status(of: action.id, asOf: asOf).isClosed { continue }
            items += tracked.lateItems(of: action, asOf: asOf)
            switch action.schedule.kind {
            case .deadline:
                guard let withinDays, let due = action.schedule.dueDate, asOf <= due, asOf.days(until: due) <= withinDays else { continue }
                items.append(tracked.overdueItem(action, .upcoming, due: due))
            case .recurring:
                guard let withinDays else { continue }
                for obligation in action.schedule.obligations(in: period) {
                    let found = tracked.occurrences(of: action, in: obligation, asOf: asOf)
                    switch obligation.standing(asOf: asOf, found: found) {
                    case .onTrack, .upcoming:
                        if found < obligation.requiredOccurrences, asOf <= obligation.dueDate,
                           asOf.days(until: obligation.dueDate) <= withinDays {
                            items.append(tracked.overdueItem(action, .upcoming, due: obligation.dueDate, year: obligation.year,
                                                             found: found, required: obligation.requiredOccurrences))
                        }
                    case .overdue, .behind:
                        continue
                    }
                }
            case .ongoing, .ongoingFrom:
                guard includeStale, asOf >= period.start, asOf <= period.end else { continue }
                let last = tracked.progress.lastEntryDate(for: action.id, asOf: asOf)
                let start = action.schedule.ongoingStart(planStart: period.start) ?? period.start
                if action.schedule.isStale(asOf: asOf, lastProgress: last, planStart: period.start, thresholdMonths: staleAfterMonths) {
                    items.append(tracked.overdueItem(action, .stale, due: nil, since: max(last ?? start, start)))
                }
            case .unscheduled, .noPlanning:
                continue
            }
        }
        return items
    }
}

/// One late (or soon due) item.
public struct OverdueItem: Sendable, Hashable {
    /// Why an item is listed.
    public enum Reason: String, Sendable, Hashable, CaseIterable {
        /// A one-off item past its due date.
        case deadline
        /// A recurring obligation of a past plan year with too few occurrences.
        case recurrence
        /// This year's recurring obligation with fewer occurrences than the elapsed part asks for.
        case behind
        /// An ongoing item without progress for too long.
        case stale
        /// Not late yet, but due within the requested days.
        case upcoming

        var sortOrder: Int { Reason.allCases.firstIndex(of: self)! }
    }

    /// The plan's id.
    public var planID: String
    /// The action's id.
    public var actionID: String
    /// The action's text.
    public var title: String
    /// Why it is listed.
    public var reason: Reason
    /// The due date (none for stale items).
    public var due: CalendarDate?
    /// The plan year, for recurring obligations.
    public var year: Int?
    /// Occurrences recorded in the year, for recurring obligations.
    public var found: Int?
    /// Occurrences required (for `behind`: expected by now).
    public var required: Int?
    /// For stale items: the last progress, or the plan start.
    public var since: CalendarDate?
    /// The planning as written.
    public var planning: String
    /// The owners, lead first.
    public var owners: [Owner]

    /// Days late on a date (0 for items not yet due).
    public func daysLate(asOf date: CalendarDate) -> Int {
        guard let due else { return 0 }
        return max(0, due.days(until: date))
    }
}
