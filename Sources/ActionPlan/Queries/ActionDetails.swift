import ActionPlanCore
import ActionPlanFiles
/// One action with everything known about it: the plan's words and its progress (`plan show`).
package struct ActionDetails: Sendable {
    /// The plan's id.
    package var planID: String
    /// The action.
    package var action: Action
    /// Its theme's title.
    package var themeTitle: String
    /// The owners with the names people read (`Organisation.displayName`, never a registry slug), lead first.
    package var owners: [(owner: Owner, name: String)]
    /// Its status on the as-of date.
    package var status: ActionStatus
    /// The entry that set the status (its date is when the action became so); nil while planned without one.
    package var statusEntry: ProgressEntry?
    /// Its standing on the as-of date.
    package var standing: ActionStanding
    /// The schedule it is due by on the as-of date: the adopted one, or the latest revised planning.
    package var schedule: Schedule
    /// The entry that recorded the revised planning in force, if any.
    package var replanEntry: ProgressEntry?
    /// The recurring obligations of completed plan years that were not met (history).
    package var missed: [OverdueItem]
    /// What is overdue about it on the as-of date.
    package var overdue: [OverdueItem]
    /// Its whole history, in the order written.
    package var history: [ProgressEntry]
    /// The as-of date.
    package var asOf: CalendarDate
    /// The plan period, for budget years.
    package var period: PlanPeriod

    /// Gathers the details of an action.
    package init(tracked: TrackedPlan, action: Action, asOf: CalendarDate) {
        let plan = tracked.plan
        planID = plan.metadata.id
        self.action = action
        themeTitle = plan.themes.first { $0.id == action.themeID }?.title ?? action.themeID
        owners = action.ownersLeadFirst.map { ($0, plan.organisation(key: $0.key)?.displayName ?? $0.key) }
        status = tracked.progress.status(of: action.id, asOf: asOf)
        statusEntry = tracked.progress.statusEntry(of: action.id, asOf: asOf)
        overdue = tracked.lateItems(of: action, asOf: asOf)
        standing = tracked.standing(of: action, asOf: asOf)
        schedule = tracked.schedule(of: action, asOf: asOf)
        replanEntry = tracked.progress.replan(of: action.id, asOf: asOf)
        missed = tracked.missedYears(of: action, asOf: asOf)
        history = tracked.progress.entries.filter { $0.actionID == action.id }
        self.asOf = asOf
        period = plan.metadata.period
    }
}
