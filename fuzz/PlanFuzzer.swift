import ActionPlan

/// One fuzz input: the bytes are loaded as a plan (decoded and validated), every query runs on the
/// plan when one was built and renders its JSON, the report (Markdown, HTML) and the calendar are
/// rendered and the titles go through every escaper, and the same bytes are loaded as a progress file
/// of a small fixed plan. Anything but a crash, a hang or a leak of memory is fine.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let asOf = CalendarDate(year: 2025, month: 6, day: 30)!
    let loaded = PlanLoader.load(bytes: bytes, path: "fuzz.yaml")
    let renderer = DiagnosticRenderer(colours: false)
    for diagnostic in loaded.diagnostics { _ = renderer.render(diagnostic, source: loaded.source) }
    if let plan = loaded.plan {
        runQueries(on: plan, asOf: asOf)
    }
    let progress = ProgressLoader.load(bytes: bytes, path: "fuzz.progress.yaml", plan: FuzzBase.plan, today: asOf)
    for diagnostic in progress.diagnostics { _ = renderer.render(diagnostic, source: progress.source) }
    if progress.isValid {
        runQueries(on: FuzzBase.plan, progress: progress.progress, asOf: asOf)
    }
    return 0
}

private func runQueries(on plan: Plan, progress: PlanProgress = .none, asOf: CalendarDate) {
    let tracked = [TrackedPlan(plan: plan, progress: progress)]
    _ = PlanExport.json(plan).rendered()
    _ = QueryJSON.overdue(OverdueQuery(asOf: asOf).run(tracked), asOf: asOf).rendered()
    // Money that adds up past what can be counted is an error, not a crash.
    if let loads = try? WorkloadQuery(asOf: asOf).run(tracked) { _ = QueryJSON.workload(loads, asOf: asOf).rendered() }
    _ = QueryJSON.status(StatusQuery(asOf: asOf).run(tracked), asOf: asOf).rendered()
    _ = QueryJSON.list(ActionListQuery().run(tracked)).rendered()
    if let report = try? ReportData(tracked: tracked[0], asOf: asOf, since: asOf.adding(months: -12), language: .nl) {
        _ = MarkdownReport.render(report)
        _ = HTMLReport.render(report)
    }
    // The calendar (every event, escaped for iCalendar) and the escapers of the other outputs.
    let events = PlanCalendar(language: .nl).events([plan])
    _ = ICalendarWriter(stamp: asOf, name: plan.metadata.title).render(events)
    let csv = CSVRenderer(delimiter: ";", excel: true)
    for action in plan.actions.prefix(50) {
        _ = csv.field(action.title)
        _ = MarkdownText.escaped(action.title)
        _ = HTMLText.escape(action.title)
    }
    for breakdown in [nil] + BudgetQuery.Breakdown.allCases.map(Optional.some) {
        if let summary = try? BudgetQuery(asOf: asOf, breakdown: breakdown).run(tracked) { _ = QueryJSON.budget(summary).rendered() }
    }
}

/// The plan that fuzzed progress files are checked against.
private enum FuzzBase {
    static let plan: Plan = {
        let text = """
            plan:
              id: fuzz
              title: Fuzz
              region: Fuzz
              period: 2024-2026
              language: en
            organisations:
              - key: VAR
                name: Platform
            themes:
              - id: "1"
                title: One
                actions:
                  - id: "1.1"
                    title: Meet
                    planning: at least 3x per year
                    owners: [VAR]
                  - id: "1.2"
                    title: Report
                    planning: Q2 2025
                    owners: [VAR]
                    budget: {2025: 1000}
            """
        return PlanLoader.load(bytes: Array(text.utf8), path: "fuzz-base.yaml").plan!
    }()
}
