import ActionPlanCore
import ActionPlanFiles
/// What the secretary asks each owner before a platform meeting: per owner, first what it leads (late,
/// due soon, without progress, this year's obligations), then, apart, what it takes part in, and the
/// meetings it attends. Built from the same queries as `overdue` and `status`; `OwnerLetterText` writes it.
package struct OwnerLetterQuery: Sendable {
    /// The day the letters are written for.
    package var asOf: CalendarDate
    /// What falls due within this many days counts as due soon (default about four months: until the next meeting).
    package var withinDays = 120
    /// Months without progress after which an ongoing action is stale.
    package var staleAfterMonths = 6
    /// Only these owners (all owners when nil).
    package var owners: [OwnerMatch]?
    /// Also owners with nothing to report.
    package var everyone = false

    /// Creates a query for a date.
    package init(asOf: CalendarDate) { self.asOf = asOf }

    /// One letter per owner with something to report (or every selected owner with `everyone`), in the
    /// order the plans name them. Owners of several plans are one letter only when they are one owner
    /// (`OwnerIdentities`).
    package func run(_ plans: [TrackedPlan]) -> [OwnerLetter] {
        let identities = OwnerIdentities(plans.map(\.plan))
        var keysByIdentity: [Int: [String: String]] = [:]
        var order: [Int] = []
        for tracked in plans {
            let planID = tracked.plan.metadata.id
            for organisation in tracked.plan.organisations {
                guard let index = identities.index(of: organisation.key, in: planID) else { continue }
                if keysByIdentity[index] == nil { order.append(index) }
                keysByIdentity[index, default: [:]][planID] = organisation.key
            }
        }
        let names = identities.shownNames(order)
        let statuses = StatusQuery(asOf: asOf).run(plans)
        var letters: [OwnerLetter] = []
        for index in order {
            let keys = keysByIdentity[index]!
            let match = OwnerMatch(keysByPlan: keys)
            if let owners, !owners.contains(where: { wanted in keys.contains { wanted.key(in: $0.key) == $0.value } }) { continue }
            let letter = letter(match, name: names[index]!, identity: identities.identities[index], plans: plans, statuses: statuses)
            if everyone || letter.hasSomethingToReport { letters.append(letter) }
        }
        return letters
    }

    private func letter(_ owner: OwnerMatch, name: String, identity: OwnerIdentities.Identity, plans: [TrackedPlan],
                        statuses: [PlanStatus]) -> OwnerLetter {
        var query = OverdueQuery(asOf: asOf)
        query.owner = owner
        query.includeStale = true
        query.staleAfterMonths = staleAfterMonths
        query.withinDays = withinDays
        let all = query.run(plans)
        var letter = OwnerLetter(name: name, fullName: identity.name,
                                 plans: plans.map(\.plan.metadata).filter { owner.key(in: $0.id) != nil })
        let actions = Dictionary(plans.flatMap { tracked in tracked.plan.actions.map { ("\(tracked.plan.metadata.id) \($0.id)", $0) } },
                                 uniquingKeysWith: { first, _ in first })
        func action(_ planID: String, _ id: String) -> Action? { actions["\(planID) \(id)"] }
        // A past year's missed obligation is history (`missed`), not asked about again.
        let trackedByID = Dictionary(plans.map { ($0.plan.metadata.id, $0) }, uniquingKeysWith: { first, _ in first })
        func standing(_ action: Action, _ planID: String) -> ActionStanding {
            trackedByID[planID]?.standing(of: action, asOf: asOf) ?? .inProgress
        }
        for item in all where item.reason != .missed {
            guard let action = action(item.planID, item.actionID) else { continue }
            var line = OwnerLetter.Line(item: item)
            line.standing = standing(action, item.planID)
            if owner.leads(action, plan: item.planID) {
                letter.led.append(line)
            } else if case .recurring = action.schedule.kind {
                continue // the meetings it attends are listed apart, with this year's count
            } else {
                letter.joined.append(line)
            }
        }
        for status in statuses {
            guard let tracked = plans.first(where: { $0.plan.metadata.id == status.planID }) else { continue }
            for recurring in status.recurring {
                guard let action = action(status.planID, recurring.actionID), owner.isAmong(action.owners, plan: status.planID) else { continue }
                var line = OwnerLetter.Line(recurring: recurring, planID: tracked.plan.metadata.id, due: action.schedule.obligations(in: tracked.plan.metadata.period)
                    .first { $0.year == recurring.year }?.dueDate)
                line.standing = standing(action, status.planID)
                if owner.leads(action, plan: status.planID) {
                    // Already listed when behind or due soon; otherwise this year's count.
                    if !letter.led.contains(where: { $0.planID == status.planID && $0.actionID == recurring.actionID && $0.year == recurring.year }) {
                        letter.led.append(line)
                    }
                } else {
                    letter.meetings.append(line)
                }
            }
        }
        return letter
    }
}

/// The letter to one owner: what it leads, apart from what it takes part in.
package struct OwnerLetter: Sendable, Hashable {
    /// One line of a letter: an action with what is asked about it.
    package struct Line: Sendable, Hashable {
        /// What the line asks about.
        package enum Kind: String, Sendable, Hashable {
            /// Past its due date, or a past year's obligation not met.
            case late
            /// This year's obligation behind schedule.
            case behind
            /// Due within the letter's window.
            case dueSoon
            /// Ongoing without progress for the stale period.
            case stale
            /// This year's recurring obligation: held against required.
            case thisYear
        }

        /// The plan's id.
        package var planID: String
        /// The action's id.
        package var actionID: String
        /// The action's text.
        package var title: String
        /// What is asked.
        package var kind: Kind
        /// The due date.
        package var due: CalendarDate?
        /// For stale lines: the last progress, or the plan's start.
        package var since: CalendarDate?
        /// The plan year of a recurring obligation.
        package var year: Int?
        /// Occurrences recorded in that year.
        package var found: Int?
        /// Occurrences required (for `behind`: expected by now).
        package var required: Int?
        /// The planning as written.
        package var planning: String
        /// The action's standing on the letter's date (docs/standing.md); `kind` says why it is asked about.
        package var standing: ActionStanding = .inProgress

        init(item: OverdueItem) {
            planID = item.planID
            actionID = item.actionID
            title = item.title
            switch item.reason {
            case .deadline, .recurrence, .missed: kind = .late
            case .behind: kind = .behind
            case .upcoming: kind = .dueSoon
            case .stale: kind = .stale
            }
            due = item.due
            since = item.since
            year = item.year
            found = item.found
            required = item.required
            planning = item.planning
        }

        init(recurring: RecurringStatus, planID: String, due: CalendarDate?) {
            self.planID = planID
            actionID = recurring.actionID
            title = recurring.title
            kind = .thisYear
            self.due = due
            year = recurring.year
            found = recurring.occurrences
            required = recurring.required
            planning = recurring.planning
        }
    }

    /// The owner's name as people read it (with its plan's region when two owners would read alike).
    package var name: String
    /// The owner's full name.
    package var fullName: String
    /// The plans that name the owner.
    package var plans: [PlanMetadata]
    /// What it leads: late first, then due soon, without progress, and this year's obligations.
    package var led: [Line] = []
    /// What it takes part in without leading (not the meetings).
    package var joined: [Line] = []
    /// The recurring actions (meetings) it takes part in: this year's count.
    package var meetings: [Line] = []

    /// Whether anything is asked: something it leads or joins is late, due soon or without progress, or a
    /// meeting it attends has not yet been held as often as required this year.
    package var hasSomethingToReport: Bool {
        led.contains { $0.kind != .thisYear || ($0.found ?? 0) < ($0.required ?? 0) } || !joined.isEmpty
            || meetings.contains { ($0.found ?? 0) < ($0.required ?? 0) }
    }
}
