import ActionPlanCore
import ActionPlanFiles
/// Where an action stands on a date: the one definition of "late" that `overdue`, `status`,
/// `workload`, `show` and the report share.
///
/// An open action (planned or started) is late when something it owes is overdue on the date: a
/// one-off item past its due date, a recurring obligation of a past plan year with too few
/// occurrences, or this year's obligation behind schedule. Stale ongoing items and items falling due
/// soon are not late. Done and dropped actions are never late.
public enum ActionStanding: String, Sendable, Hashable, CaseIterable {
    /// Open, not started, nothing overdue.
    case planned
    /// Under way, nothing overdue.
    case started
    /// Open with something overdue or behind.
    case late
    /// Finished.
    case done
    /// Given up.
    case dropped
}

extension ActionStanding {
    /// The standing of an action with a status and, when it is open, whether anything is late.
    public init(status: ActionStatus, isLate: Bool) {
        switch status {
        case .done: self = .done
        case .dropped: self = .dropped
        case .planned: self = isLate ? .late : .planned
        case .started: self = isLate ? .late : .started
        }
    }
}

extension TrackedPlan {
    /// The standing of an action on a date.
    public func standing(of action: Action, asOf date: CalendarDate) -> ActionStanding {
        let status = progress.status(of: action.id, asOf: date)
        return ActionStanding(status: status, isLate: !status.isClosed && !openLateItems(of: action, asOf: date).isEmpty)
    }

    /// What is late about an open action on a date (reasons `deadline`, `recurrence` and `behind`),
    /// oldest due first; empty for done and dropped actions.
    public func lateItems(of action: Action, asOf date: CalendarDate) -> [OverdueItem] {
        progress.status(of: action.id, asOf: date).isClosed ? [] : openLateItems(of: action, asOf: date)
    }

    /// What would be late about an action on a date if it is open (the caller knows it is).
    private func openLateItems(of action: Action, asOf date: CalendarDate) -> [OverdueItem] {
        let period = plan.metadata.period
        switch action.schedule.kind {
        case .deadline:
            guard let due = action.schedule.dueDate, date > due else { return [] }
            return [overdueItem(action, .deadline, due: due)]
        case .recurring:
            return action.schedule.obligations(in: period).compactMap { obligation in
                let found = occurrences(of: action, in: obligation, asOf: date)
                switch obligation.standing(asOf: date, found: found) {
                case .overdue(let found):
                    return overdueItem(action, .recurrence, due: obligation.dueDate, year: obligation.year, found: found,
                                       required: obligation.requiredOccurrences)
                case .behind(let found, let expected):
                    return overdueItem(action, .behind, due: obligation.dueDate, year: obligation.year, found: found, required: expected)
                case .onTrack, .upcoming:
                    return nil
                }
            }
        case .ongoing, .ongoingFrom, .unscheduled, .noPlanning:
            return []
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
}
