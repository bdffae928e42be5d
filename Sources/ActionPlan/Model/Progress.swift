/// What happened to an action after the plan was adopted: one dated entry of a progress file.
///
/// An entry can say several things at once: a status change, an occurrence of a recurring
/// action (a meeting held), money spent, and a note.
public struct ProgressEntry: Sendable, Hashable {
    /// The action the entry is about.
    public var actionID: String
    /// The day it happened.
    public var date: CalendarDate
    /// The day it was written down (`recorded:`, which `plan log` writes from the clock); nil in
    /// entries written before the tool recorded it.
    package var recorded: CalendarDate?
    /// A change of status, if any.
    public var status: ActionStatus?
    /// Whether the entry records an occurrence of a recurring action.
    public var isOccurrence: Bool
    /// Money spent, if any.
    public var spent: Money?
    /// The budget year the money counts for (the year of `date` unless given).
    public var spentYear: Int?
    /// The note written with it.
    public var note: String?
    /// A revised planning (`replan:`) the action is due by from now on, on top of the adopted one
    /// (which is never changed); parsed by the plan's planning grammar.
    package var replan: Schedule?
    /// Whether the entry reopens a done or dropped action (`status: reopened`); its status is then `started`.
    public var reopens: Bool
    /// Where the entry is written, when it comes from a file.
    package var location: SourceLocation?
    /// Whether the entry is the region's, taken from the regional plan's progress file into a local
    /// plan's view of an adopted action (its money spent is the region's, never counted locally).
    public var isRegional: Bool = false
    /// Whether the entry is history of an earlier planning: about an action the plan no longer has, or
    /// an occurrence the planning no longer asks for (the region changed it). Kept and shown, never
    /// counted towards the planning as it is now.
    package var isHistory: Bool = false
    /// The day whose earlier entries of the action this entry withdraws (`retracts:`), when it corrects
    /// or withdraws what was recorded; the file keeps both, queries only what is in force.
    package var retracts: CalendarDate?
    /// Who reported it (`by:`): an owner of the registry or any text, as written.
    package var reportedBy: String?
    /// Whether a later entry withdrew this one (set when the progress is indexed).
    package internal(set) var isWithdrawn: Bool = false

    /// Whether the entry only withdraws earlier ones and records nothing itself.
    package var isRetractionOnly: Bool {
        retracts != nil && status == nil && !isOccurrence && spent == nil && !reopens && replan == nil
    }

    /// Creates an entry.
    public init(
        actionID: String, date: CalendarDate, status: ActionStatus? = nil, isOccurrence: Bool = false,
        spent: Money? = nil, spentYear: Int? = nil, note: String? = nil, reopens: Bool = false,
        replan: Schedule? = nil, recorded: CalendarDate? = nil, location: SourceLocation? = nil
    ) {
        self.actionID = actionID
        self.date = date
        self.recorded = recorded
        self.replan = replan
        self.status = status
        self.isOccurrence = isOccurrence
        self.spent = spent
        self.spentYear = spentYear
        self.note = note
        self.reopens = reopens
        self.location = location
    }

    /// The budget year of the money spent.
    package var budgetYear: Int { spentYear ?? date.year }

    /// The day the entry became known: when it was recorded, else (older entries) the day it happened.
    /// "Since the last meeting" selects on this, so back-dated news counts.
    package var knownSince: CalendarDate { recorded ?? date }

    /// Whether the entry is evidence that work on the action has begun: anything but a bare
    /// `status: planned`.
    package var isEvidence: Bool {
        isOccurrence || spent != nil || note != nil || replan != nil || (status != nil && status != .planned)
    }

    /// The status word the entry records, if any.
    package var statusWord: StatusWord? {
        if reopens { return .reopened }
        return status.map(StatusWord.init(status:))
    }
}

/// The progress of one plan, indexed by action, as known on an as-of date.
///
/// Entries withdrawn by a later entry (`retracts:`), and entries that only withdraw, are left out of
/// `entries` and of every count: queries see what is in force. `written` keeps every entry, for `show`.
public struct PlanProgress: Sendable {
    /// The entries in force, in the order written.
    public let entries: [ProgressEntry]
    /// Every entry as written, the withdrawn ones marked (`isWithdrawn`).
    package let written: [ProgressEntry]
    private let byAction: [String: [ProgressEntry]]

    /// No progress at all.
    public static let none = PlanProgress(entries: [])

    /// Indexes entries (kept in the order written), leaving out what was withdrawn.
    public init(entries: [ProgressEntry]) {
        let written = Retractions.marking(entries)
        self.written = written
        let entries = written.filter { !$0.isWithdrawn && !$0.isRetractionOnly }
        self.entries = entries
        var byAction: [String: [ProgressEntry]] = [:]
        for entry in entries { byAction[entry.actionID, default: []].append(entry) }
        self.byAction = byAction
    }

    /// A local plan's progress: the region's entries for the adopted regional actions (marked as the
    /// region's), then the local plan's own, which win on the same day. A meeting both files record on
    /// the same day counts once.
    package static func merging(regional: [ProgressEntry], adopted: Set<String>, local: PlanProgress) -> PlanProgress {
        let localOccurrences = Set(local.entries.filter(\.isOccurrence).map { "\($0.actionID) \($0.date)" })
        let taken = regional.compactMap { entry -> ProgressEntry? in
            guard adopted.contains(entry.actionID) else { return nil }
            var marked = entry
            marked.isRegional = true
            if marked.isOccurrence, localOccurrences.contains("\(entry.actionID) \(entry.date)") {
                marked.isOccurrence = false
                if marked.status == nil && marked.note == nil && marked.spent == nil && marked.replan == nil { return nil }
            }
            return marked
        }
        return PlanProgress(entries: taken + local.entries)
    }

    /// The entries of an action up to and including a date, in the order written.
    package func entries(for actionID: String, asOf date: CalendarDate) -> [ProgressEntry] {
        (byAction[actionID] ?? []).filter { $0.date <= date }
    }

    /// The status of an action on a date: its latest status entry up to that date (the later
    /// written wins on the same day), else planned.
    public func status(of actionID: String, asOf date: CalendarDate) -> ActionStatus {
        statusEntry(of: actionID, asOf: date)?.status ?? .planned
    }

    /// The entry that set an action's status as known on a date, or nil when none did (planned).
    package func statusEntry(of actionID: String, asOf date: CalendarDate) -> ProgressEntry? {
        var latest: ProgressEntry?
        for entry in entries(for: actionID, asOf: date) where entry.status != nil {
            if latest == nil || entry.date >= latest!.date { latest = entry }
        }
        return latest
    }

    /// The latest entry revising an action's planning up to a date (the later written wins on the same
    /// day), or nil when the adopted planning stands.
    package func replan(of actionID: String, asOf date: CalendarDate) -> ProgressEntry? {
        var latest: ProgressEntry?
        for entry in entries(for: actionID, asOf: date) where entry.replan != nil {
            if latest == nil || entry.date >= latest!.date { latest = entry }
        }
        return latest
    }

    /// Whether any entry up to a date shows work on an action (see `ProgressEntry.isEvidence`).
    package func hasEvidence(of actionID: String, asOf date: CalendarDate) -> Bool {
        entries(for: actionID, asOf: date).contains(where: \.isEvidence)
    }

    /// How many occurrences (and done entries) an action has in a window, up to a date.
    package func occurrences(of actionID: String, in window: DateWindow, asOf date: CalendarDate) -> Int {
        entries(for: actionID, asOf: date).filter { entry in
            window.contains(entry.date) && (entry.isOccurrence || entry.status == .done)
        }.count
    }

    /// The date of an action's latest entry of any kind, up to a date.
    package func lastEntryDate(for actionID: String, asOf date: CalendarDate) -> CalendarDate? {
        entries(for: actionID, asOf: date).map(\.date).max()
    }

    /// Money spent on an action for a budget year, recorded up to a date; nil when nothing was
    /// recorded for that year (unknown, which is not zero; a recorded 0 is 0).
    package func spent(on actionID: String, year: Int, asOf date: CalendarDate) -> Money? {
        entries(for: actionID, asOf: date).reduce(nil) { (total: Money?, entry) in
            guard let spent = entry.spent, entry.budgetYear == year, !entry.isRegional else { return total }
            return (total ?? .zero) + spent
        }
    }
}
