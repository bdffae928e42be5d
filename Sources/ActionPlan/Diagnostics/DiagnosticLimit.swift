/// At most `LoadLimits.maximumDiagnosticsPerFile` diagnostics per file: the first ones by
/// position, then one more that says how many were left out, counted exactly.
///
/// A file with a million unknown keys would otherwise produce hundreds of megabytes of messages
/// (and with a few million, run out of memory). Decoders collect into a `DiagnosticCollector`,
/// which never holds more than twice the limit; the loader caps the file's merged list once more
/// with `limitedPerFile()`, adding up the counts of the summaries collectors made.
enum DiagnosticLimit {
    /// The summary that stands for `count` diagnostics left out, placed at the first of them.
    static func summary(omitted count: Int, anyError: Bool, at location: SourceLocation) -> Diagnostic {
        var summary = Diagnostic(anyError ? .error : .warning, .tooManyProblems, Messages.moreProblems(count),
                                 at: location, hint: Messages.moreProblemsHint(LoadLimits.maximumDiagnosticsPerFile))
        summary.omitted = count
        return summary
    }

    /// The number of diagnostics a summary stands for, or nil when it is not a summary.
    static func omittedCount(_ diagnostic: Diagnostic) -> Int? {
        diagnostic.code == .tooManyProblems ? diagnostic.omitted : nil
    }
}

/// Collects the diagnostics of one file, keeping the first `limit` by position and counting the rest.
package struct DiagnosticCollector {
    private var kept: [Diagnostic] = []
    private var omitted = 0
    private var omittedError = false
    private var firstOmitted: SourceLocation?
    let limit = LoadLimits.maximumDiagnosticsPerFile

    /// An empty collector.
    package init() {}

    package mutating func append(_ diagnostic: Diagnostic) {
        kept.append(diagnostic)
        if kept.count >= 2 * limit { trim() }
    }

    /// Adds what another collector kept and counted (the first `limit` by position of the two
    /// together are among what each kept).
    package mutating func merge(_ other: DiagnosticCollector) {
        kept += other.kept
        omitted += other.omitted
        omittedError = omittedError || other.omittedError
        if let first = other.firstOmitted, firstOmitted.map({ first < $0 }) ?? true { firstOmitted = first }
        if kept.count >= 2 * limit { trim() }
    }

    /// Keeps the first `limit` by position; the trimmed ones are counted (sorting a list of at most
    /// twice the limit each time keeps the whole collection linear in the number appended).
    private mutating func trim() {
        guard kept.count > limit else { return }
        let sorted = kept.sortedByPosition()
        let dropped = sorted[limit...]
        omitted += dropped.count
        omittedError = omittedError || dropped.contains { $0.severity == .error }
        if let first = dropped.first?.location, firstOmitted.map({ first < $0 }) ?? true { firstOmitted = first }
        kept = Array(sorted[..<limit])
    }

    /// The kept diagnostics, sorted by position, and a summary of the others.
    package var diagnostics: [Diagnostic] {
        var copy = self
        copy.trim()
        guard copy.omitted > 0, let location = copy.firstOmitted else { return copy.kept.sortedByPosition() }
        return copy.kept.sortedByPosition() + [DiagnosticLimit.summary(omitted: copy.omitted, anyError: copy.omittedError, at: location)]
    }
}

extension Array where Element == Diagnostic {
    /// The diagnostics of one file sorted by position and limited to
    /// `LoadLimits.maximumDiagnosticsPerFile`, then one summary of all that were left out.
    package func limitedPerFile() -> [Diagnostic] {
        var omitted = 0
        var omittedError = false
        var firstOmitted: SourceLocation?
        var problems: [Diagnostic] = []
        for diagnostic in self {
            if let count = DiagnosticLimit.omittedCount(diagnostic) {
                omitted += count
                omittedError = omittedError || diagnostic.severity == .error
                if firstOmitted.map({ diagnostic.location < $0 }) ?? true { firstOmitted = diagnostic.location }
            } else {
                problems.append(diagnostic)
            }
        }
        let limit = LoadLimits.maximumDiagnosticsPerFile
        var sorted = problems.sortedByPosition()
        if sorted.count > limit {
            let dropped = sorted[limit...]
            omitted += dropped.count
            omittedError = omittedError || dropped.contains { $0.severity == .error }
            if let first = dropped.first?.location, firstOmitted.map({ first < $0 }) ?? true { firstOmitted = first }
            sorted.removeSubrange(limit...)
        }
        guard omitted > 0, let location = firstOmitted else { return sorted }
        return sorted + [DiagnosticLimit.summary(omitted: omitted, anyError: omittedError, at: location)]
    }
}
