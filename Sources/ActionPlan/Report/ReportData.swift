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
    package var attention: [OverdueItem]
    /// This plan year's recurring obligations, held against required: the status query's record.
    package var recurring: [RecurringStatus]
    /// The recurring obligations of completed plan years that were not met: history, without a day count.
    package var missed: [OverdueItem]
    /// The recurring obligations of completed plan years, met or not.
    package var pastYears: [RecurringStatus]
    package var budget: BudgetReport
    package var lines: [ActionLine]
    package var workload: [OwnerWorkload]
    /// The names the report prints for owners (display names, never keys).
    package var names: OwnerNames

    /// The counts over all themes.
    package var totals: [ActionStanding: Int] {
        themes.reduce(into: [:]) { sum, theme in for (standing, count) in theme.counts { sum[standing, default: 0] += count } }
    }

    /// Gathers the report of a plan with its progress on a date, covering the progress since `since`.
    package init(tracked: TrackedPlan, asOf: CalendarDate, since: CalendarDate, language: PlanLanguage) throws(MoneyOverflow) {
        let plan = tracked.plan
        let progress = tracked.progress
        self.plan = plan
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
        recurring = status.recurring
        budget = try BudgetQuery(asOf: asOf).run([tracked]).plans[0]
        workload = try WorkloadQuery(asOf: asOf).run([tracked])
    }
}

extension ReportData {
    /// Whether an action is done or dropped on the as-of date.
    func isClosed(_ action: Action) -> Bool {
        lines.first { $0.action.id == action.id }.map { $0.status.isClosed } ?? false
    }
}
