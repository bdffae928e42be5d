import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace

/// The report's "Vooruitblik": what falls due between the as-of date and `until` — deadlines
/// (revised ones where an action was replanned) and recurring obligations not yet met — per theme,
/// each with its lead. The items are the overdue query's (`plan overdue --within`) whose due date
/// lies ahead: `upcoming`, and `behind` obligations of this year; never a second computation.
package struct ReportOutlook: Sendable {
    /// The last day looked ahead to.
    package var until: CalendarDate
    /// Per theme, in plan order, the items due by `until`, soonest first.
    package var themes: [(theme: Theme, items: [OverdueItem])]

    /// The outlook of a plan on a date.
    package init(tracked: TrackedPlan, asOf: CalendarDate, until: CalendarDate) {
        self.until = until
        var query = OverdueQuery(asOf: asOf)
        query.withinDays = max(0, asOf.days(until: until))
        // Due soon, and this year's obligations already behind schedule whose due date is still ahead.
        let upcoming = query.run([tracked]).filter { item in
            (item.reason == .upcoming || item.reason == .behind) && item.due.map { asOf <= $0 && $0 <= until } == true
        }
        let themeOf = Dictionary(tracked.plan.actions.map { ($0.id, $0.themeID) }, uniquingKeysWith: { first, _ in first })
        themes = tracked.plan.themes.compactMap { theme in
            let items = upcoming.filter { themeOf[$0.actionID] == theme.id }
            return items.isEmpty ? nil : (theme, items)
        }
    }

    /// Every item, over all themes.
    package var items: [OverdueItem] { themes.flatMap(\.items) }
}
