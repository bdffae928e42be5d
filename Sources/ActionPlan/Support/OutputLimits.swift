/// Limits on what a command writes (all listed in docs/limits.md). Loading is bounded by
/// `LoadLimits`; these bound the lists an answer can grow from a plan: one action with a recurring
/// planning gives an obligation per plan year, and the period may run 25 years.
package enum OutputLimits {
    /// The rows one table shows, in every format (terminal, CSV, Markdown, HTML, Word), and the
    /// items of each list in `plan overdue --format json`: the first 1,000 in the table's order,
    /// then one line "… and N more", counted exactly. Totals rows are always kept. The shipped plans
    /// have about fifty actions; a list of more than a thousand is not read, it is filtered
    /// (`--owner`, `--from`, `--until`, without `--all-years`).
    package static let maximumTableRows = 1_000

    /// The events one calendar file holds: the first 5,000 by date. Five years of a plan with two
    /// hundred actions are about a thousand; 25 years of a thousand recurring actions would be
    /// 25,000 events imported into a colleague's agenda.
    package static let maximumCalendarEvents = 5_000
}

/// The first `limit` elements of a list, and how many were left out (exactly).
package struct LimitedList<Element> {
    /// The elements kept, in the list's order.
    package var kept: [Element]
    /// How many elements followed the kept ones.
    package var omitted: Int

    /// The first `limit` elements of `all`.
    package init(_ all: [Element], limit: Int) {
        kept = Array(all.prefix(max(0, limit)))
        omitted = all.count - kept.count
    }
}
