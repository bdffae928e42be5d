import ActionPlanCore
/// The rules a progress file's entries must keep together, in one place: the decoder reports them
/// for `validate` and every query, and `plan log` refuses an entry that would break them.
///
/// - An action that is done or dropped takes no other status until an entry reopens it
///   (`status: reopened`); only a done or dropped action can be reopened.
/// - A revised planning (`replan`) is for an open action: not one that is done or dropped on its date.
/// - An entry written twice (whatever day each was recorded), or two occurrences of the same action on the same day, are probably
///   one event recorded twice: a warning.
enum ProgressHistoryRules {
    /// The problems of a list of entries (each must carry its location).
    static func check(_ entries: [ProgressEntry]) -> [Diagnostic] {
        duplicates(entries) + statusOrder(entries)
    }

    private static func duplicates(_ entries: [ProgressEntry]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var firstWithContent: [ProgressEntry: SourceLocation] = [:]
        var firstOccurrence: [OccurrenceDay: SourceLocation] = [:]
        for entry in entries {
            guard let here = entry.location else { continue }
            var content = entry
            content.location = nil
            content.recorded = nil
            if let first = firstWithContent[content] {
                diagnostics.append(.warning(.entryRepeated, Messages.entryRepeated, at: here, hint: Messages.entryRepeatedHint,
                                            notes: [.init(Messages.theSameEntry, at: first)]))
                continue
            }
            firstWithContent[content] = here
            guard entry.isOccurrence else { continue }
            let day = OccurrenceDay(actionID: entry.actionID, date: entry.date)
            if let first = firstOccurrence[day] {
                diagnostics.append(.warning(.entryRepeated, Messages.secondOccurrence(entry.actionID, date: "\(entry.date)"), at: here,
                                            hint: Messages.secondOccurrenceHint, notes: [.init(Messages.firstOccurrenceThatDay, at: first)]))
            } else {
                firstOccurrence[day] = here
            }
        }
        return diagnostics
    }

    private static func statusOrder(_ entries: [ProgressEntry]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var byAction: [String: [ProgressEntry]] = [:]
        var order: [String] = []
        for entry in entries where entry.status != nil || entry.replan != nil {
            if byAction[entry.actionID] == nil { order.append(entry.actionID) }
            byAction[entry.actionID, default: []].append(entry)
        }
        for actionID in order {
            // Stable by date: entries of one day stay in the order written.
            let history = byAction[actionID]!.enumerated()
                .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
            var closing: ProgressEntry?
            for entry in history {
                guard let here = entry.location else { continue }
                // A replan of an action closed before, or closed by the same entry (a status on it is checked below).
                let closedForReplan = entry.status == nil ? closing : (entry.status!.isClosed ? entry : nil)
                if entry.replan != nil, let closed = closedForReplan, let closedStatus = closed.status {
                    diagnostics.append(.error(.badReplan, Messages.replanOfClosed(actionID, status: closedStatus.rawValue, since: "\(closed.date)"),
                                              at: here, hint: Messages.replanOfClosedHint(since: "\(closed.date)")))
                }
                guard let status = entry.status else { continue }
                if let closed = closing, let closedStatus = closed.status {
                    if entry.reopens {
                        closing = nil
                        continue
                    }
                    diagnostics.append(.error(.statusAfterClosed,
                        Messages.statusAfterClosed(actionID, closed: closedStatus.rawValue, since: "\(closed.date)", new: status.rawValue),
                        at: here, hint: Messages.statusAfterClosedHint(since: "\(closed.date)"),
                        notes: closed.location.map { [.init(Messages.becameHere(closedStatus.rawValue), at: $0)] } ?? []))
                    continue
                }
                if entry.reopens {
                    diagnostics.append(.error(.reopenNotClosed, Messages.reopenNotClosed(actionID, date: "\(entry.date)"), at: here,
                                              hint: Messages.reopenNotClosedHint))
                    continue
                }
                closing = status.isClosed ? entry : nil
            }
        }
        return diagnostics
    }

    private struct OccurrenceDay: Hashable {
        var actionID: String
        var date: CalendarDate
    }
}
