import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace
/// Everything the yearly progress report (RVO) shows, gathered from the queries: the report's
/// renderers only lay it out.
public struct ReportData: Sendable {
    /// Where an action stands, for colours and counts.
    public enum Standing: String, Sendable, CaseIterable {
        case done, started, planned, overdue, dropped
    }

    /// One action's line in the timeline and the appendix.
    public struct ActionLine: Sendable {
        public var action: Action
        public var standing: Standing
        public var status: ActionStatus
        public var lastEntry: ProgressEntry?
        public var occurrences: [CalendarDate]
    }

    /// One theme's counts by standing.
    public struct ThemeSummary: Sendable {
        public var theme: Theme
        public var counts: [Standing: Int]
        public var total: Int { counts.values.reduce(0, +) }
    }

    /// One recurring action in one year: held against required.
    public struct RecurringYear: Sendable {
        public var action: Action
        public var year: Int
        public var held: Int
        public var required: Int
        public var expectedByNow: Int
    }

    public var plan: Plan
    public var asOf: CalendarDate
    public var since: CalendarDate
    public var language: PlanLanguage
    public var themes: [ThemeSummary]
    public var changes: [(theme: Theme, entries: [(entry: ProgressEntry, action: Action)])]
    public var attention: [OverdueItem]
    public var recurring: [RecurringYear]
    public var budget: BudgetReport
    public var lines: [ActionLine]
    public var workload: [OwnerWorkload]
    /// The names the report prints for owners (display names, never keys).
    public var names: OwnerNames

    /// The counts over all themes.
    public var totals: [Standing: Int] {
        themes.reduce(into: [:]) { sum, theme in for (standing, count) in theme.counts { sum[standing, default: 0] += count } }
    }

    /// Gathers the report of a plan with its progress on a date, covering the progress since `since`.
    public init(tracked: TrackedPlan, asOf: CalendarDate, since: CalendarDate, language: PlanLanguage) throws(MoneyOverflow) {
        let plan = tracked.plan
        let progress = tracked.progress
        self.plan = plan
        names = OwnerNames([plan])
        self.asOf = asOf
        self.since = since
        self.language = language
        var overdueQuery = OverdueQuery(asOf: asOf)
        overdueQuery.includeStale = true
        let attention = overdueQuery.run([tracked])
        self.attention = attention
        func standing(_ action: Action) -> (Standing, ActionStatus) {
            let status = progress.status(of: action.id, asOf: asOf)
            switch tracked.standing(of: action, asOf: asOf) {
            case .done: return (.done, status)
            case .dropped: return (.dropped, status)
            case .late: return (.overdue, status)
            case .started: return (.started, status)
            case .planned: return (.planned, status)
            }
        }
        var lines: [ActionLine] = []
        var themes: [ThemeSummary] = []
        var changes: [(theme: Theme, entries: [(entry: ProgressEntry, action: Action)])] = []
        for theme in plan.themes {
            var counts: [Standing: Int] = [:]
            var themeChanges: [(entry: ProgressEntry, action: Action)] = []
            for action in theme.allActions {
                let (standingValue, status) = standing(action)
                counts[standingValue, default: 0] += 1
                let entries = progress.entries(for: action.id, asOf: asOf)
                lines.append(ActionLine(action: action, standing: standingValue, status: status, lastEntry: entries.last,
                                        occurrences: entries.filter(\.isOccurrence).map(\.date)))
                themeChanges += entries.filter { $0.date >= since }.map { ($0, action) }
            }
            themes.append(ThemeSummary(theme: theme, counts: counts))
            if !themeChanges.isEmpty { changes.append((theme, themeChanges.sorted { $0.entry.date < $1.entry.date })) }
        }
        self.lines = lines
        self.themes = themes
        self.changes = changes
        var recurring: [RecurringYear] = []
        for action in plan.actions {
            guard case .recurring = action.schedule.kind else { continue }
            for obligation in action.schedule.obligations(in: plan.metadata.period) {
                guard let year = obligation.year, year <= asOf.year, obligation.window.start <= asOf else { continue }
                recurring.append(RecurringYear(
                    action: action, year: year, held: progress.occurrences(of: action.id, in: .year(year), asOf: asOf),
                    required: obligation.requiredOccurrences, expectedByNow: obligation.expectedOccurrences(asOf: asOf)))
            }
        }
        self.recurring = recurring
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
