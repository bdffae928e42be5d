import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace

/// The report held against the previous one (`--previous DATE`, the as-of date of the last
/// report): per theme the counts then and now (the status query on both days), and what happened
/// in between — done, became late, replanned, dropped — by the day an entry was recorded when it
/// has one, so news written down after the last report counts even when it is about an earlier day.
package struct ReportComparison: Sendable {
    /// What happened to one action since the previous report.
    package enum Kind: String, Sendable, CaseIterable {
        case done, late, replanned, dropped
    }

    /// One action's change.
    package struct Change: Sendable {
        package var action: Action
        package var kind: Kind
        /// The day it happened (the entry's day; for late, the missed due date).
        package var date: CalendarDate?
        /// For a replanned action: the revised planning.
        package var replan: Schedule?
    }

    /// The as-of date of the previous report.
    package var previous: CalendarDate
    /// Per theme the counts on the previous date, in plan order (as `plan status --as-of previous`).
    package var then: [ThemeStatus]
    /// Per theme the changes in between, in plan order; themes without changes left out.
    package var changes: [(theme: Theme, changes: [Change])]

    /// The comparison of a plan's standing on `asOf` with `previous`.
    package init(tracked: TrackedPlan, asOf: CalendarDate, previous: CalendarDate) {
        self.previous = previous
        then = StatusQuery(asOf: previous).run([tracked])[0].themes
        let progress = tracked.progress
        var lateSince: [String: CalendarDate] = [:]
        for item in tracked.plan.actions.flatMap({ tracked.lateItems(of: $0, asOf: asOf) }) {
            if let due = item.due { lateSince[item.actionID] = min(lateSince[item.actionID] ?? due, due) }
        }
        changes = tracked.plan.themes.compactMap { theme in
            var found: [Change] = []
            for action in theme.allActions {
                let now = tracked.standing(of: action, asOf: asOf)
                let before = tracked.standing(of: action, asOf: previous)
                switch now {
                case .done, .dropped:
                    // Closed by an entry that became known after the previous report.
                    if let entry = progress.statusEntry(of: action.id, asOf: asOf), entry.knownSince > previous || before != now {
                        found.append(Change(action: action, kind: now == .done ? .done : .dropped, date: entry.date))
                    }
                case .late where before != .late:
                    found.append(Change(action: action, kind: .late, date: lateSince[action.id]))
                default:
                    break
                }
                if now != .done, now != .dropped, let entry = progress.replan(of: action.id, asOf: asOf), entry.knownSince > previous {
                    found.append(Change(action: action, kind: .replanned, date: entry.date, replan: entry.replan))
                }
            }
            return found.isEmpty ? nil : (theme, found)
        }
    }
}
