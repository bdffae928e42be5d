/// Withdrawn entries: a progress file is only ever appended to, so a wrong entry is corrected by a
/// later one that withdraws it (`retracts: DATE`, written by `plan log … --retract DATE`).
///
/// An entry with `retracts: D` withdraws every entry of the same action dated `D` written before it
/// (other than entries that only withdraw). It may record the correction itself (a status, an occurrence, a
/// note …, on its own date), or nothing: then it only withdraws.
package enum Retractions {
    /// The entries with those that later entries withdraw marked.
    package static func marking(_ entries: [ProgressEntry]) -> [ProgressEntry] {
        guard entries.contains(where: { $0.retracts != nil }) else { return entries }
        var marked = entries
        for (index, entry) in entries.enumerated() {
            guard let day = entry.retracts else { continue }
            for earlier in 0..<index where entries[earlier].actionID == entry.actionID && entries[earlier].date == day
                && !entries[earlier].isRetractionOnly {
                marked[earlier].isWithdrawn = true
            }
        }
        return marked
    }

    /// The retractions that withdraw nothing: no earlier entry of the action on that day.
    package static func withdrawingNothing(_ entries: [ProgressEntry]) -> [ProgressEntry] {
        entries.enumerated().compactMap { index, entry in
            guard let day = entry.retracts else { return nil }
            let found = entries[..<index].contains { $0.actionID == entry.actionID && $0.date == day && !$0.isRetractionOnly }
            return found ? nil : entry
        }
    }
}
