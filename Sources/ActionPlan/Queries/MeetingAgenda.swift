import ActionPlanCore
import ActionPlanFiles
/// The platform meeting's paper: per plan and theme, what changed since the last meeting, what is late now
/// (the lead named first), what falls due before the next one, what has had no progress, and this year's
/// recurring obligations with held against required. Built from the queries every command shares
/// (`OverdueQuery`, `StatusQuery`, the standing of each action), never a second copy of their rules.
package struct AgendaQuery: Sendable {
    /// The day of the paper.
    package var asOf: CalendarDate
    /// The last meeting: news recorded from this day on is "since the last meeting".
    package var since: CalendarDate
    /// The next meeting: what falls due up to this day is "due before the next meeting".
    package var until: CalendarDate
    /// Months without progress after which an ongoing action is stale.
    package var staleAfterMonths = 6

    /// A query for a paper on `asOf` covering news since `since`; what falls due up to `until` (default four months on).
    package init(asOf: CalendarDate, since: CalendarDate, until: CalendarDate? = nil) {
        self.asOf = asOf
        self.since = since
        self.until = until ?? asOf.adding(months: 4)
    }

    /// The day an entry counts as news: the day it was recorded (`ProgressEntry.knownSince`, the
    /// entry's date for entries written before `recorded:` existed). Back-dated news (a meeting of
    /// last year logged today) is news at this meeting.
    static func newsDay(_ entry: ProgressEntry) -> CalendarDate {
        entry.knownSince
    }

    /// The paper.
    package func run(_ plans: [TrackedPlan]) -> MeetingAgenda {
        var overdue = OverdueQuery(asOf: asOf)
        overdue.includeStale = true
        overdue.staleAfterMonths = staleAfterMonths
        overdue.withinDays = max(0, asOf.days(until: until))
        let items = overdue.run(plans)
        let statuses = StatusQuery(asOf: asOf).run(plans)
        let agendas = plans.map { tracked -> PlanAgenda in
            let plan = tracked.plan
            let planID = plan.metadata.id
            let recurring = statuses.first { $0.planID == planID }?.recurring ?? []
            let themes = plan.themes.map { theme -> ThemeAgenda in
                let ids = Set(theme.allActions.map(\.id))
                let titles = Dictionary(theme.allActions.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
                let mine = items.filter { $0.planID == planID && ids.contains($0.actionID) }
                let changes = tracked.progress.written.filter { entry in
                    guard ids.contains(entry.actionID), !entry.isWithdrawn else { return false }
                    let day = Self.newsDay(entry)
                    return day >= since && day <= asOf
                }.map { entry in
                    AgendaChange(entry: entry, actionTitle: titles[entry.actionID] ?? "", recorded: Self.newsDay(entry),
                                 reporter: entry.reportedBy.map(plan.reporterName))
                }
                return ThemeAgenda(
                    themeID: theme.id, title: theme.title, changes: changes,
                    late: mine.filter { $0.reason.isLate },
                    dueSoon: mine.filter { $0.reason == .upcoming }, stale: mine.filter { $0.reason == .stale },
                    recurring: recurring.filter { ids.contains($0.actionID) })
            }
            return PlanAgenda(planID: planID, title: plan.metadata.title, themes: themes)
        }
        return MeetingAgenda(asOf: asOf, since: since, until: until, plans: agendas)
    }
}

/// The platform meeting's paper.
package struct MeetingAgenda: Sendable {
    /// The day of the paper.
    package var asOf: CalendarDate
    /// The last meeting.
    package var since: CalendarDate
    /// The next meeting.
    package var until: CalendarDate
    /// Per plan.
    package var plans: [PlanAgenda]
}

/// One plan's part of the paper.
package struct PlanAgenda: Sendable {
    /// The plan's id.
    package var planID: String
    /// The plan's title.
    package var title: String
    /// Per theme, in the plan's order.
    package var themes: [ThemeAgenda]
}

/// One theme's part of the paper.
package struct ThemeAgenda: Sendable {
    /// The theme's id.
    package var themeID: String
    /// The theme's title.
    package var title: String
    /// News recorded since the last meeting, in the order written.
    package var changes: [AgendaChange]
    /// What is late now, oldest due first; owners lead first.
    package var late: [OverdueItem]
    /// What falls due before the next meeting.
    package var dueSoon: [OverdueItem]
    /// Ongoing actions without progress for the stale period.
    package var stale: [OverdueItem]
    /// This year's recurring obligations: held against required.
    package var recurring: [RecurringStatus]

    /// Whether the theme has nothing for the meeting.
    package var isEmpty: Bool { changes.isEmpty && late.isEmpty && dueSoon.isEmpty && stale.isEmpty && recurring.isEmpty }
}

/// A piece of news since the last meeting.
package struct AgendaChange: Sendable {
    /// What kind of news.
    package enum Kind: String, Sendable {
        case done, dropped, started, reopened, planned, occurrence, note, withdrawal
    }

    /// The entry.
    package var entry: ProgressEntry
    /// The action's text.
    package var actionTitle: String
    /// The day it was recorded (the day it counts as news).
    package var recorded: CalendarDate
    /// Who reported it, by the name people read.
    package var reporter: String?

    /// What kind of news the entry is: a status change first, then an occurrence, a withdrawal, a note.
    package var kind: Kind {
        if entry.reopens { return .reopened }
        switch entry.status {
        case .done?: return .done
        case .dropped?: return .dropped
        case .started?: return .started
        case .planned?: return .planned
        case nil: break
        }
        if entry.isOccurrence { return .occurrence }
        if entry.retracts != nil { return .withdrawal }
        return .note
    }
}
