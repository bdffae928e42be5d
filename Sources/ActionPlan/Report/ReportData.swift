import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace
/// Everything the yearly progress report (RVO) shows, gathered from the queries: the report's
/// renderers only lay it out.
package struct ReportData: Sendable {
    /// One action's line in the timeline and the appendix.
    package struct ActionLine: Sendable {
        package var action: Action
        package var standing: ActionStanding
        package var status: ActionStatus
        package var lastEntry: ProgressEntry?
        /// The latest entry with a note.
        package var lastNote: ProgressEntry?
        package var occurrences: [CalendarDate]
        /// The revised planning in force on the as-of date (`plan log --replan`), if any.
        package var replan: Schedule?
    }

    /// One theme's counts by standing.
    package struct ThemeSummary: Sendable {
        package var theme: Theme
        package var counts: [ActionStanding: Int]
        package var total: Int { counts.values.reduce(0, +) }
    }

    package var plan: Plan
    package var asOf: CalendarDate
    package var since: CalendarDate
    package var language: PlanLanguage
    package var themes: [ThemeSummary]
    /// Per theme the entries that became known since `since` (by their recorded day when they have one).
    package var changes: [(theme: Theme, entries: [(entry: ProgressEntry, action: Action)])]
    /// Progress kept as history of an earlier planning, about actions the plan no longer has (the
    /// region removed them): shown apart, never counted.
    package var formerActions: [ProgressEntry] = []
    package var attention: [OverdueItem]
    /// This plan year's recurring obligations, held against required: the status query's record.
    package var recurring: [RecurringStatus]
    /// The recurring obligations of completed plan years that were not met: history, without a day count.
    package var missed: [OverdueItem]
    /// The recurring obligations of completed plan years, met or not.
    package var pastYears: [RecurringStatus]
    package var budget: BudgetReport
    /// The budget per theme and year.
    package var budgetByTheme: BudgetReport
    package var lines: [ActionLine]
    package var workload: [OwnerWorkload]
    /// The names the report prints for owners (display names, never keys).
    package var names: OwnerNames
    /// The adviser's own text, placed where each piece belongs (empty: the report as generated).
    package var narrative: ReportNarrative
    /// The comparison with the previous report, when its date was given.
    package var comparison: ReportComparison?
    /// What falls due in the coming period.
    package var outlook: ReportOutlook

    /// The counts over all themes.
    package var totals: [ActionStanding: Int] {
        themes.reduce(into: [:]) { sum, theme in for (standing, count) in theme.counts { sum[standing, default: 0] += count } }
    }

    /// Gathers the report of a plan with its progress on a date, covering the progress since `since`,
    /// with the adviser's text, compared with the report of `previous`, looking ahead to `until`
    /// (default six months after the as-of date).
    package init(
        tracked: TrackedPlan, asOf: CalendarDate, since: CalendarDate, language: PlanLanguage,
        narrative: ReportNarrative = ReportNarrative(), previous: CalendarDate? = nil, until: CalendarDate? = nil
    ) throws(MoneyOverflow) {
        comparison = previous.map { ReportComparison(tracked: tracked, asOf: asOf, previous: $0) }
        outlook = ReportOutlook(tracked: tracked, asOf: asOf, until: until ?? asOf.adding(months: 6))
        let plan = tracked.plan
        let progress = tracked.progress
        self.plan = plan
        self.narrative = narrative
        names = OwnerNames([plan])
        self.asOf = asOf
        self.since = since
        self.language = language
        var overdueQuery = OverdueQuery(asOf: asOf)
        overdueQuery.includeStale = true
        overdueQuery.allYears = true
        self.attention = overdueQuery.run([tracked])
        missed = overdueQuery.missed([tracked])
        pastYears = plan.actions.flatMap { tracked.recurringYears(of: $0, asOf: asOf) }.filter(\.isCompleted)
        let status = StatusQuery(asOf: asOf).run([tracked])[0]
        var lines: [ActionLine] = []
        var changes: [(theme: Theme, entries: [(entry: ProgressEntry, action: Action)])] = []
        for theme in plan.themes {
            var themeChanges: [(entry: ProgressEntry, action: Action)] = []
            for action in theme.allActions {
                let entries = progress.entries(for: action.id, asOf: asOf)
                lines.append(ActionLine(action: action, standing: tracked.standing(of: action, asOf: asOf),
                                        status: progress.status(of: action.id, asOf: asOf), lastEntry: entries.last,
                                        lastNote: entries.last { $0.note != nil },
                                        occurrences: entries.filter(\.isOccurrence).map(\.date),
                                        replan: progress.replan(of: action.id, asOf: asOf)?.replan))
                // Back-dated news counts: an entry recorded since the date, whatever day it is about.
                themeChanges += entries.filter { $0.knownSince >= since }.map { ($0, action) }
            }
            if !themeChanges.isEmpty { changes.append((theme, themeChanges.sorted { $0.entry.date < $1.entry.date })) }
        }
        self.lines = lines
        themes = zip(plan.themes, status.themes).map { ThemeSummary(theme: $0, counts: $1.counts) }
        self.changes = changes
        let current = Set(plan.actions.map(\.id))
        formerActions = progress.entries.filter { $0.isHistory && !current.contains($0.actionID) && $0.date <= asOf }
        recurring = status.recurring
        budget = try BudgetQuery(asOf: asOf).run([tracked]).plans[0]
        budgetByTheme = try BudgetQuery(asOf: asOf, breakdown: .theme).run([tracked]).plans[0]
        workload = try WorkloadQuery(asOf: asOf).run([tracked])
    }
}

extension ReportData {
    /// Whether an action is done or dropped on the as-of date.
    func isClosed(_ action: Action) -> Bool {
        lines.first { $0.action.id == action.id }.map { $0.status.isClosed } ?? false
    }
}
