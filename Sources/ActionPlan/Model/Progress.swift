/// What happened to an action after the plan was adopted: dated entries kept apart from the plan.
///
/// The queries take progress as input; without any, every action is planned and no occurrence
/// has been recorded.
public struct ProgressEntry: Sendable, Hashable {
    /// What an entry records.
    public enum Kind: Sendable, Hashable {
        /// A note only.
        case note
        /// A change of status.
        case status(ActionStatus)
        /// An occurrence of a recurring action: a meeting held, a campaign run.
        case occurrence
        /// Money spent, for a budget year.
        case spent(Money, year: Int)
    }

    /// The action the entry is about.
    public var actionID: String
    /// The day it happened.
    public var date: CalendarDate
    /// What it records.
    public var kind: Kind
    /// The note written with it.
    public var note: String?

    /// Creates an entry.
    public init(actionID: String, date: CalendarDate, kind: Kind, note: String? = nil) {
        self.actionID = actionID
        self.date = date
        self.kind = kind
        self.note = note
    }
}

/// Where an action stands.
public enum ActionStatus: String, Sendable, Hashable, CaseIterable {
    /// Not started (the status of every action without progress).
    case planned
    /// Under way.
    case started
    /// Finished.
    case done
    /// Given up.
    case dropped
}

/// The progress of one plan, indexed by action, as known on an as-of date.
public struct PlanProgress: Sendable {
    private let byAction: [String: [ProgressEntry]]

    /// No progress at all.
    public static let none = PlanProgress(entries: [])

    /// Indexes entries (kept in the order written).
    public init(entries: [ProgressEntry]) {
        var byAction: [String: [ProgressEntry]] = [:]
        for entry in entries { byAction[entry.actionID, default: []].append(entry) }
        self.byAction = byAction
    }

    /// The entries of an action up to and including a date, in the order written.
    public func entries(for actionID: String, asOf date: CalendarDate) -> [ProgressEntry] {
        (byAction[actionID] ?? []).filter { $0.date <= date }
    }

    /// The status of an action on a date: the last status entry up to that date, else planned.
    public func status(of actionID: String, asOf date: CalendarDate) -> ActionStatus {
        var status = ActionStatus.planned
        var latest: CalendarDate?
        for entry in entries(for: actionID, asOf: date) {
            guard case .status(let new) = entry.kind else { continue }
            if latest == nil || entry.date >= latest! {
                status = new
                latest = entry.date
            }
        }
        return status
    }

    /// How many occurrences (and done entries) an action has in a window, up to a date.
    public func occurrences(of actionID: String, in window: DateWindow, asOf date: CalendarDate) -> Int {
        entries(for: actionID, asOf: date).filter { entry in
            guard window.contains(entry.date) else { return false }
            switch entry.kind {
            case .occurrence, .status(.done): return true
            default: return false
            }
        }.count
    }

    /// The date of an action's latest entry of any kind, up to a date.
    public func lastEntryDate(for actionID: String, asOf date: CalendarDate) -> CalendarDate? {
        entries(for: actionID, asOf: date).map(\.date).max()
    }

    /// Money spent on an action in a budget year, up to a date.
    public func spent(on actionID: String, year: Int, asOf date: CalendarDate) -> Money {
        entries(for: actionID, asOf: date).reduce(.zero) { total, entry in
            if case .spent(let amount, let spentYear) = entry.kind, spentYear == year { return total + amount }
            return total
        }
    }
}
