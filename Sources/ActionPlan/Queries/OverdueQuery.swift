import ActionPlanCore
import ActionPlanFiles
/// What is late on a date: one-off items past their (revised) due date, this plan year's recurring
/// obligations that are behind or past due, and (on request) stale ongoing items; optionally also
/// what falls due in the coming days. Recurring obligations of completed plan years that were not
/// met are history, listed apart (`missed`).
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
    /// List the missed obligations of every completed plan year, not only the last one.
    package var allYears = false

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
            let late = tracked.lateItems(of: action, asOf: asOf)
            items += late
            let schedule = tracked.schedule(of: action, asOf: asOf)
            switch schedule.kind {
            case .deadline:
                guard let withinDays, let due = schedule.dueDate, asOf <= due, asOf.days(until: due) <= withinDays else { continue }
                items.append(tracked.deadlineItem(action, .upcoming, due: due, asOf: asOf))
            case .recurring:
                // Due soon: any obligation not yet met whose due date is near, whatever the pace says
                // (a 1x-per-year obligation is never behind before its due date).
                guard let withinDays, late.isEmpty else { continue }
                for year in tracked.recurringYears(of: action, asOf: asOf)
                where year.occurrences < year.required && asOf <= year.due && asOf.days(until: year.due) <= withinDays {
                    items.append(tracked.overdueItem(action, .upcoming, due: year.due, year: year.year,
                                                     found: year.occurrences, required: year.required))
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

extension OverdueQuery {
    /// The recurring obligations of completed plan years that were not met (reason `missed`):
    /// those of the last completed plan year, or of every completed year with `allYears`; by year,
    /// then plan and action. History: never late now, never with a day count.
    public func missed(_ plans: [TrackedPlan]) -> [OverdueItem] {
        plans.flatMap { tracked -> [OverdueItem] in
            let period = tracked.plan.metadata.period
            let lastCompleted = min(asOf.year - 1, period.lastYear)
            return tracked.plan.actions.flatMap { action -> [OverdueItem] in
                let planID = tracked.plan.metadata.id
                if let owner, !(leadOnly ? owner.leads(action, plan: planID) : owner.isAmong(action.owners, plan: planID)) { return [] }
                return tracked.missedYears(of: action, asOf: asOf).filter { allYears || $0.year == lastCompleted }
            }
        }.sorted { a, b in
            if a.year != b.year { return (a.year ?? 0) < (b.year ?? 0) }
            if a.planID != b.planID { return a.planID < b.planID }
            return ActionIDOrder.less(a.actionID, b.actionID)
        }
    }
}

/// One late (or soon due) item.
public struct OverdueItem: Sendable, Hashable {
    /// Why an item is listed.
    public enum Reason: String, Sendable, Hashable, CaseIterable {
        /// A one-off item past its due date.
        case deadline
        /// This plan year's recurring obligation whose due date has passed with too few occurrences.
        case recurrence
        /// This year's recurring obligation with fewer occurrences than the elapsed part asks for.
        case behind
        /// An ongoing item without progress for too long.
        case stale
        /// Not late yet, but due within the requested days.
        case upcoming
        /// A recurring obligation of a completed plan year that was not met: history, not late now.
        case missed

        var sortOrder: Int { Reason.allCases.firstIndex(of: self)! }

        /// Whether the item makes its action late (`deadline`, `recurrence`, `behind`).
        package var isLate: Bool { self == .deadline || self == .recurrence || self == .behind }

        /// Whether the item is counted in days late (`deadline`, `recurrence`); history never is.
        package var countsDays: Bool { self == .deadline || self == .recurrence }
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
    /// The planning as written in the plan.
    public var planning: String
    /// The revised planning the item is due by (`plan log --replan`), when one was recorded.
    package var replan: String?
    /// The owners, lead first.
    public var owners: [Owner]

    /// Days late on a date (0 for items not yet due, and for history).
    package func daysLate(asOf date: CalendarDate) -> Int {
        guard let due, reason.countsDays else { return 0 }
        return max(0, due.days(until: date))
    }
}
