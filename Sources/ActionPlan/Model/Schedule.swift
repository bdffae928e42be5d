/// When an action is to be done, parsed from its planning text.
///
/// The original text is kept for display; `kind` is what the queries compute with.
public struct Schedule: Sendable, Hashable {
    /// The planning as the plan writes it ("Minimaal 3x per jaar").
    public var text: String
    /// What the planning means.
    public var kind: Kind

    /// The meanings a planning can have.
    public enum Kind: Sendable, Hashable {
        /// For the whole plan period ("Doorlopend"): never overdue by date, stale without progress.
        case ongoing
        /// Open-ended from a day on ("vanaf 2025", "2025 e.v.", "na vaststelling"): ongoing from
        /// that day to the end of the plan period.
        case ongoingFrom(CalendarDate)
        /// Done within a window ("Q1 2024", "2024 - 2025"); several windows are alternatives
        /// ("4e kwartaal van 2022/ 1e helft 2023"), due at the latest of them.
        case deadline([DateWindow])
        /// A number of times in every plan year ("Jaarlijks", "Minimaal 3x per jaar").
        case recurring(Recurrence)
        /// Not yet scheduled ("nog te bepalen", "n.t.b.", "PM"): never overdue, but counted and listed.
        case unscheduled
        /// No planning given ("-" or empty): a warning.
        case noPlanning
    }

    /// Creates a schedule.
    package init(text: String, kind: Kind) {
        self.text = text
        self.kind = kind
    }

    /// What kind of planning this is, as the queries filter on it.
    public var planningKind: PlanningKind {
        switch kind {
        case .ongoing, .ongoingFrom: return .ongoing
        case .deadline: return .deadline
        case .recurring: return .recurring
        case .unscheduled: return .unscheduled
        case .noPlanning: return .noPlanning
        }
    }

    /// The name of the kind, as in JSON and the `--kind` filter: `ongoing`, `deadline`,
    /// `recurring`, `unscheduled` or `none`.
    package var kindName: String { planningKind.rawValue }
}

/// The kinds of planning, as JSON and the `--kind` filter name them.
public enum PlanningKind: String, CaseIterable, Sendable, Hashable {
    /// For the whole plan period, or open-ended from a day on ("Doorlopend", "vanaf 2025").
    case ongoing
    /// Due by a date ("Q1 2024", "eind 2025", "binnen 3 maanden na vaststelling").
    case deadline
    /// A number of times in every plan year ("Jaarlijks", "maandelijks").
    case recurring
    /// Not yet scheduled ("nog te bepalen"): never overdue, counted and listed.
    case unscheduled
    /// No planning at all ("-" or empty); `none` in JSON and on the command line.
    case noPlanning = "none"
}

/// A span of days, both ends included.
public struct DateWindow: Sendable, Hashable {
    /// The first day.
    public var start: CalendarDate
    /// The last day: the due date.
    public var end: CalendarDate

    /// Creates a window.
    package init(start: CalendarDate, end: CalendarDate) {
        self.start = start
        self.end = end
    }

    /// A whole year.
    package static func year(_ year: Int) -> DateWindow {
        DateWindow(start: .startOfYear(year), end: .endOfYear(year))
    }

    /// Whether a day lies in the window.
    package func contains(_ date: CalendarDate) -> Bool { start <= date && date <= end }
}

/// An obligation that comes back every plan year.
public struct Recurrence: Sendable, Hashable {
    /// How many times a year at least (1 for "Jaarlijks").
    package var timesPerYear: Int
    /// The first month of the year in which it happens (9 for "in het najaar").
    package var firstMonth: Int
    /// The last month, whose last day is the due date of each year (11 for "in het najaar").
    package var lastMonth: Int

    /// Creates a recurrence; the months default to the whole year.
    package init(timesPerYear: Int, firstMonth: Int = 1, lastMonth: Int = 12) {
        self.timesPerYear = timesPerYear
        self.firstMonth = firstMonth
        self.lastMonth = lastMonth
    }

    /// The window in a given year in which the occurrences are due.
    package func window(in year: Int) -> DateWindow {
        DateWindow(
            start: CalendarDate(year: year, month: firstMonth, day: 1)!,
            end: CalendarDate.endOfMonth(lastMonth, of: year))
    }
}
