/// The due and overdue rules of the brief, as functions on a schedule.
///
/// An item is overdue when the as-of date is after its due date (the due day itself is not late)
/// and it is not done or dropped. Recurring obligations exist only inside the plan period.
extension Schedule {
    /// The due date of a one-off item: the last day of its (latest) window. Nil for ongoing,
    /// recurring and unscheduled items.
    package var dueDate: CalendarDate? {
        guard case .deadline(let windows) = kind else { return nil }
        return windows.map(\.end).max()
    }

    /// The first day of a one-off item's (earliest) window.
    package var startDate: CalendarDate? {
        guard case .deadline(let windows) = kind else { return nil }
        return windows.map(\.start).min()
    }

    /// Whether a one-off item is past due on a date (done and dropped items are the caller's business).
    package func isPastDue(asOf date: CalendarDate) -> Bool {
        guard let due = dueDate else { return false }
        return date > due
    }

    /// The obligations the schedule creates within a plan period: one for a one-off item, one per
    /// plan year for a recurring item, none for ongoing and unscheduled ones.
    package func obligations(in period: PlanPeriod) -> [Obligation] {
        switch kind {
        case .ongoing, .ongoingFrom, .unscheduled, .noPlanning:
            return []
        case .deadline(let windows):
            let due = windows.map(\.end).max()!
            let start = windows.map(\.start).min()!
            return [Obligation(year: nil, window: DateWindow(start: start, end: due), requiredOccurrences: 1)]
        case .recurring(let recurrence):
            return period.years.map { year in
                Obligation(year: year, window: recurrence.window(in: year), requiredOccurrences: recurrence.timesPerYear)
            }
        }
    }

    /// Whether an ongoing item is stale: no progress recorded for longer than `threshold` months
    /// before the as-of date, counting from the plan start when nothing was ever recorded.
    package func isStale(
        asOf date: CalendarDate, lastProgress: CalendarDate?, planStart: CalendarDate, thresholdMonths: Int = 6
    ) -> Bool {
        guard let start = ongoingStart(planStart: planStart) else { return false }
        let since = max(lastProgress ?? start, start)
        return date > since.adding(months: thresholdMonths)
    }

    /// The day an ongoing item starts: the plan's first day, or the later day an open-ended item
    /// ("vanaf 2025") starts on. Nil for other kinds.
    package func ongoingStart(planStart: CalendarDate) -> CalendarDate? {
        switch kind {
        case .ongoing: return planStart
        case .ongoingFrom(let from): return max(from, planStart)
        default: return nil
        }
    }
}

/// Something a schedule requires by a date: a one-off item, or one year of a recurring one.
package struct Obligation: Sendable, Hashable {
    /// The plan year, for recurring obligations.
    package var year: Int?
    /// When it should happen; `window.end` is the due date.
    package var window: DateWindow
    /// How many occurrences (or a done entry, for one-off items) fulfil it.
    package var requiredOccurrences: Int

    /// The due date.
    package var dueDate: CalendarDate { window.end }

    /// How an obligation stands on a date, given the occurrences recorded in its window.
    package enum Standing: Sendable, Hashable {
        /// Enough occurrences, or not yet due and not behind.
        case onTrack
        /// The due date has passed with fewer occurrences than required.
        case overdue(found: Int)
        /// Still running, with fewer occurrences than the elapsed part of the window asks for.
        case behind(found: Int, expected: Int)
        /// Not started yet.
        case upcoming
    }

    /// The standing on `date` with `found` occurrences recorded in the window.
    package func standing(asOf date: CalendarDate, found: Int) -> Standing {
        if found >= requiredOccurrences { return .onTrack }
        if date > window.end { return .overdue(found: found) }
        if date < window.start { return .upcoming }
        let expected = expectedOccurrences(asOf: date)
        return found < expected ? .behind(found: found, expected: expected) : .onTrack
    }

    /// The occurrences expected by a date inside the window: the required number times the elapsed
    /// fraction of the window (days before the date over days in the window), rounded down.
    package func expectedOccurrences(asOf date: CalendarDate) -> Int {
        if date <= window.start { return 0 }
        if date > window.end { return requiredOccurrences }
        let length = window.start.days(until: window.end) + 1
        let elapsed = window.start.days(until: date)
        return requiredOccurrences * elapsed / length
    }
}
