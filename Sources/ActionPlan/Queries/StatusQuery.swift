import ActionPlanCore
import ActionPlanFiles
/// How far along a plan is: per theme the actions by standing (not started, in progress, late,
/// done, dropped; `ActionStanding`), and this year's recurring obligations against what they require.
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
                    counts.add(tracked.standing(of: action, asOf: asOf))
                }
                return counts
            }
            let recurring = plan.actions.flatMap { tracked.recurringYears(of: $0, asOf: asOf) }.filter { $0.year == asOf.year }
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
            for standing in ActionStanding.allCases { sum.counts[standing, default: 0] += theme[standing] }
        }
    }
}

/// The counts of one theme: each action counted once, by its standing (`ActionStanding`), so the
/// five counts add up to the theme's actions.
package struct ThemeStatus: Sendable, Hashable {
    /// The theme's id.
    package var themeID: String
    /// The theme's title.
    package var title: String
    /// The actions per standing (absent: none).
    package var counts: [ActionStanding: Int] = [:]

    /// Creates empty counts for a theme.
    package init(themeID: String, title: String) {
        self.themeID = themeID
        self.title = title
    }

    /// The actions with a standing.
    package subscript(standing: ActionStanding) -> Int { counts[standing] ?? 0 }

    /// Counts one action.
    mutating func add(_ standing: ActionStanding) { counts[standing, default: 0] += 1 }

    /// All actions of the theme.
    package var actions: Int { counts.values.reduce(0, +) }
}

/// One plan year of a recurring action: the occurrences held against required. The one record
/// `status` (this year) and the report (every year begun) show.
package struct RecurringStatus: Sendable, Hashable {
    /// The action's id.
    package var actionID: String
    /// The action's text.
    package var title: String
    /// The planning as written.
    package var planning: String
    /// The year.
    package var year: Int
    /// Occurrences recorded in the year, up to the as-of date.
    package var occurrences: Int
    /// Occurrences required in the year.
    package var required: Int
    /// Occurrences expected by the as-of date (the required number rounded down by the elapsed
    /// part of the year's window; `required` once it has passed).
    package var expectedByNow: Int
    /// The year's due date.
    package var due: CalendarDate
    /// Whether the plan year is over on the as-of date: its shortfall is then history.
    package var isCompleted: Bool

    /// Whether the year is over with fewer occurrences than required ("niet gehaald").
    package var isMissed: Bool { isCompleted && occurrences < required }
}
