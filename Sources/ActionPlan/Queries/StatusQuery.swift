import ActionPlanCore
import ActionPlanFiles
/// How far along a plan is: per theme the actions planned, started, done, dropped and overdue,
/// and this year's recurring obligations against what they require.
package struct StatusQuery: Sendable {
    /// The day the question is asked for.
    package var asOf: CalendarDate

    /// Creates a query for a date.
    package init(asOf: CalendarDate) { self.asOf = asOf }

    /// The status of each plan.
    package func run(_ plans: [TrackedPlan]) -> [PlanStatus] {
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
package struct PlanStatus: Sendable, Hashable {
    /// The plan's id.
    package var planID: String
    /// The plan's title.
    package var title: String
    /// Per theme, in order.
    package var themes: [ThemeStatus]
    /// This year's recurring obligations.
    package var recurring: [RecurringStatus]
    /// Actions not yet scheduled ("nog te bepalen"): never overdue, but counted.
    package var unscheduled = 0

    /// The counts over all themes.
    package var total: ThemeStatus {
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
package struct ThemeStatus: Sendable, Hashable {
    /// The theme's id.
    package var themeID: String
    /// The theme's title.
    package var title: String
    /// Actions not started and not late.
    package var planned = 0
    /// Actions under way and not late.
    package var started = 0
    /// Actions finished.
    package var done = 0
    /// Actions given up.
    package var dropped = 0
    /// Open actions (planned or started) with something overdue or behind.
    package var overdue = 0

    /// All actions of the theme.
    package var actions: Int { planned + started + overdue + done + dropped }
}

/// A recurring obligation of the current year.
package struct RecurringStatus: Sendable, Hashable {
    /// The action's id.
    package var actionID: String
    /// The action's text.
    package var title: String
    /// The planning as written.
    package var planning: String
    /// The year.
    package var year: Int
    /// Occurrences recorded so far.
    package var occurrences: Int
    /// Occurrences required in the year.
    package var required: Int
    /// Occurrences expected by the as-of date.
    package var expectedByNow: Int
}
