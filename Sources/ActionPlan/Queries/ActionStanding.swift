import ActionPlanCore
import ActionPlanFiles
/// Where an action stands on a date: the one standing every command, JSON, CSV, Markdown, the report
/// and the calendar share, computed here and nowhere else (see docs/standing.md).
///
/// - `done` / `dropped`: the action's latest status entry says so.
/// - `late` (*vertraagd*): an open action whose deadline — or revised deadline (`replan`) — has
///   passed; or whose recurring obligation of the *current* plan year is behind pace or past its
///   due date. A shortfall in a completed plan year is history (`missedYears`), not late now.
/// - `in_progress` (*loopt*): an open action that was started explicitly, has any progress evidence
///   on or before the date (a note, an occurrence, money spent, a revised planning), or has an
///   ongoing or recurring schedule whose window has begun.
/// - `not_started` (*nog niet gestart*): none of the above.
package enum ActionStanding: String, Sendable, Hashable, CaseIterable {
    /// Open, nothing has happened yet and nothing is late (`not_started`).
    case notStarted = "not_started"
    /// Open and under way, nothing late (`in_progress`).
    case inProgress = "in_progress"
    /// Open with a deadline passed or this year's obligation behind.
    case late
    /// Finished.
    case done
    /// Given up.
    case dropped

    /// Whether the action is still open (not done or dropped).
    package var isOpen: Bool { self != .done && self != .dropped }
}

extension TrackedPlan {
    /// The standing of an action on a date (the rule above).
    package func standing(of action: Action, asOf date: CalendarDate) -> ActionStanding {
        let status = progress.status(of: action.id, asOf: date)
        switch status {
        case .done: return .done
        case .dropped: return .dropped
        case .planned, .started:
            if !openLateItems(of: action, asOf: date).isEmpty { return .late }
            if status == .started || progress.hasEvidence(of: action.id, asOf: date) || hasBegun(action, asOf: date) { return .inProgress }
            return .notStarted
        }
    }

    /// Whether an ongoing or recurring schedule's window has begun on a date.
    private func hasBegun(_ action: Action, asOf date: CalendarDate) -> Bool {
        let period = plan.metadata.period
        let schedule = self.schedule(of: action, asOf: date)
        if let start = schedule.ongoingStart(planStart: period.start) { return start <= date }
        if case .recurring = schedule.kind {
            return schedule.obligations(in: period).contains { $0.window.start <= date }
        }
        return false
    }

    /// The schedule an action is due by on a date: its latest revised planning (`replan`) recorded
    /// up to then, else the adopted one (which is never changed).
    package func schedule(of action: Action, asOf date: CalendarDate) -> Schedule {
        progress.replan(of: action.id, asOf: date)?.replan ?? action.schedule
    }

    /// What is late about an open action on a date (reasons `deadline`, `recurrence` and `behind`),
    /// oldest due first; empty for done and dropped actions.
    package func lateItems(of action: Action, asOf date: CalendarDate) -> [OverdueItem] {
        progress.status(of: action.id, asOf: date).isClosed ? [] : openLateItems(of: action, asOf: date)
    }

    /// The recurring obligations of completed plan years (before the date's year) that were not met:
    /// history (reason `missed`), shown without a day count; never late now. Empty for dropped actions.
    package func missedYears(of action: Action, asOf date: CalendarDate) -> [OverdueItem] {
        guard case .recurring = action.schedule.kind, progress.status(of: action.id, asOf: date) != .dropped else { return [] }
        return recurringYears(of: action, asOf: date).compactMap { year in
            guard year.isMissed else { return nil }
            return overdueItem(action, .missed, due: year.due, year: year.year, found: year.occurrences, required: year.required)
        }
    }

    /// What would be late about an action on a date if it is open (the caller knows it is).
    private func openLateItems(of action: Action, asOf date: CalendarDate) -> [OverdueItem] {
        let schedule = self.schedule(of: action, asOf: date)
        switch schedule.kind {
        case .deadline:
            guard let due = schedule.dueDate, date > due else { return [] }
            return [deadlineItem(action, .deadline, due: due, asOf: date)]
        case .recurring:
            // Only the current plan year: a completed year's shortfall is history.
            return recurringYears(of: action, asOf: date).compactMap { year in
                guard !year.isCompleted, year.occurrences < year.required else { return nil }
                if date > year.due {
                    return overdueItem(action, .recurrence, due: year.due, year: year.year, found: year.occurrences, required: year.required)
                }
                guard year.occurrences < year.expectedByNow else { return nil }
                return overdueItem(action, .behind, due: year.due, year: year.year, found: year.occurrences, required: year.expectedByNow)
            }
        case .ongoing, .ongoingFrom, .unscheduled, .noPlanning:
            return []
        }
    }

    /// The plan years of a recurring action up to the date's year, each with the occurrences held
    /// against required: the one record `status` and the report show.
    package func recurringYears(of action: Action, asOf date: CalendarDate) -> [RecurringStatus] {
        guard case .recurring = action.schedule.kind else { return [] }
        return action.schedule.obligations(in: plan.metadata.period).compactMap { obligation in
            guard let year = obligation.year, year <= date.year else { return nil }
            return RecurringStatus(
                actionID: action.id, title: action.title, planning: action.schedule.text, year: year,
                occurrences: occurrences(of: action, in: obligation, asOf: date), required: obligation.requiredOccurrences,
                expectedByNow: obligation.expectedOccurrences(asOf: date), due: obligation.dueDate, isCompleted: year < date.year)
        }
    }

    /// The occurrences that count for a recurring obligation: those in its plan year.
    func occurrences(of action: Action, in obligation: Obligation, asOf date: CalendarDate) -> Int {
        progress.occurrences(of: action.id, in: .year(obligation.window.start.year), asOf: date)
    }

    /// An item about an action of this plan.
    func overdueItem(
        _ action: Action, _ reason: OverdueItem.Reason, due: CalendarDate?, year: Int? = nil, found: Int? = nil,
        required: Int? = nil, since: CalendarDate? = nil
    ) -> OverdueItem {
        OverdueItem(planID: plan.metadata.id, actionID: action.id, title: action.title, reason: reason,
                    due: due, year: year, found: found, required: required, since: since,
                    planning: action.schedule.text, owners: action.ownersLeadFirst)
    }

    /// An item about a one-off action's due date, naming the revised planning it is due by, if any.
    func deadlineItem(_ action: Action, _ reason: OverdueItem.Reason, due: CalendarDate, asOf date: CalendarDate) -> OverdueItem {
        var item = overdueItem(action, reason, due: due)
        item.replan = progress.replan(of: action.id, asOf: date)?.replan?.text
        return item
    }
}
