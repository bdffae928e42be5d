import ActionPlanCore
import ActionPlanFiles
/// How far along a plan is: per theme the actions planned, started, done, dropped and overdue,
/// and this year's recurring obligations against what they require.
public struct StatusQuery: Sendable {
    /// The day the question is asked for.
    public var asOf: CalendarDate

    /// Creates a query for a date.
    public init(asOf: CalendarDate) { self.asOf = asOf }

    /// The status of each plan.
    public func run(_ plans: [TrackedPlan]) -> [PlanStatus] {
        plans.map { tracked in
            let plan = tracked.plan
            let themes = plan.themes.map { theme in
                var counts = ThemeStatus(themeID: theme.id, title: theme.title)
                for action in theme.allActions {
                    switch tracked.standing(of: action, asOf: asOf) {
                    case .planned: counts.planned += 1
                    case .started: counts.started += 1
                    case .late: counts.overdue += 1
                    case .done: counts.done += 1
                    case .dropped: counts.dropped += 1
                    }
                }
                return counts
            }
            var recurring: [RecurringStatus] = []
            let year = asOf.year
            if plan.metadata.period.years.contains(year) {
                for action in plan.actions {
                    guard case .recurring = action.schedule.kind,
                          let obligation = action.schedule.obligations(in: plan.metadata.period).first(where: { $0.year == year })
                    else { continue }
                    let found = tracked.progress.occurrences(of: action.id, in: .year(year), asOf: asOf)
                    recurring.append(RecurringStatus(
                        actionID: action.id, title: action.title, planning: action.schedule.text, year: year,
                        occurrences: found, required: obligation.requiredOccurrences,
                        expectedByNow: obligation.expectedOccurrences(asOf: asOf)))
                }
            }
            return PlanStatus(planID: plan.metadata.id, title: plan.metadata.title, themes: themes, recurring: recurring,
                              unscheduled: plan.actions.filter { $0.schedule.planningKind == .unscheduled }.count)
        }
    }
}

/// The status of one plan.
public struct PlanStatus: Sendable, Hashable {
    /// The plan's id.
    public var planID: String
    /// The plan's title.
    public var title: String
    /// Per theme, in order.
    public var themes: [ThemeStatus]
    /// This year's recurring obligations.
    public var recurring: [RecurringStatus]
    /// Actions not yet scheduled ("nog te bepalen"): never overdue, but counted.
    public var unscheduled = 0

    /// The counts over all themes.
    public var total: ThemeStatus {
        themes.reduce(into: ThemeStatus(themeID: "", title: "")) { sum, theme in
            sum.planned += theme.planned
            sum.started += theme.started
            sum.done += theme.done
            sum.dropped += theme.dropped
            sum.overdue += theme.overdue
        }
    }
}

/// The counts of one theme: each action counted once, by its standing (`ActionStanding`), so an open
/// action that is late counts as overdue and not as planned or started.
public struct ThemeStatus: Sendable, Hashable {
    /// The theme's id.
    public var themeID: String
    /// The theme's title.
    public var title: String
    /// Actions not started and not late.
    public var planned = 0
    /// Actions under way and not late.
    public var started = 0
    /// Actions finished.
    public var done = 0
    /// Actions given up.
    public var dropped = 0
    /// Open actions (planned or started) with something overdue or behind.
    public var overdue = 0

    /// All actions of the theme.
    public var actions: Int { planned + started + overdue + done + dropped }
}

/// A recurring obligation of the current year.
public struct RecurringStatus: Sendable, Hashable {
    /// The action's id.
    public var actionID: String
    /// The action's text.
    public var title: String
    /// The planning as written.
    public var planning: String
    /// The year.
    public var year: Int
    /// Occurrences recorded so far.
    public var occurrences: Int
    /// Occurrences required in the year.
    public var required: Int
    /// Occurrences expected by the as-of date.
    public var expectedByNow: Int
}
