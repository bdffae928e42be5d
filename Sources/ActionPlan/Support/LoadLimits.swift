/// Limits that keep hostile or broken files from exhausting the machine (all listed in docs/limits.md).
package enum LoadLimits {
    /// The largest plan or progress file read: 32 MiB. Real plans are tens of kilobytes; the
    /// limit leaves room for generated test plans of 10 MB.
    package static let maximumFileSize = 32 * 1024 * 1024
    /// The deepest nesting libyaml accepts (its own limit); plan files need fewer than ten levels.
    package static let maximumNesting = 1000
    /// YAML values (nodes) composed per byte of the file at most. Without aliases a node takes at
    /// least one byte (`[a,b]`, `{a}` is a key with an empty value), so two per byte, plus a few for
    /// an almost empty file, is never reached by a file that parses; it stops the work if a way to
    /// expand a file (an alias the scans missed) is ever found.
    package static let nodesPerByte = 2

    /// The node budget of a file of `size` bytes.
    package static func maximumNodes(forFileSize size: Int) -> Int { size * nodesPerByte + 16 }

    /// Diagnostics reported per file: the first 200 by position, then one saying how many more
    /// there are. A file with a million unknown keys is not read line by line by anyone.
    package static let maximumDiagnosticsPerFile = 200

    /// The longest plan period, in years. Real plans run three to five years; every answer about a
    /// plan (obligations per year, calendar events, report rows, budget years) grows with its period,
    /// so a period of 1,100 years in a 66 KB file made the calendar take 38 s and 2 GB.
    package static let maximumPeriodYears = 25

    /// The longest chain of `extends`: a local plan extends a regional plan (one step); a plan over
    /// a local plan (a district's over its municipality's) is a second step; no real plan goes
    /// further. Each step loads its base first, so a chain of 1,000 files ran out of stack.
    package static let maximumExtendsSteps = 2
}
