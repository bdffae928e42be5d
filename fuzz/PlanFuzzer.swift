import ActionPlan

/// One fuzz input: the bytes are loaded as a plan (decoded and validated), every query runs on the
/// plan when one was built and renders its JSON, the report (Markdown, HTML), the meeting agenda
/// (`plan agenda`), the owners' letters (`plan letters`) and the calendar are rendered and the
/// titles go through every escaper; the same bytes are loaded as a progress file of a small fixed
/// plan, read as the adviser's text of its report (`plan report --text`), and edited as a local
/// plan whose `adopt` list gets an id (`plan adopt`), the result loaded again. Anything but a crash,
/// a hang or a leak of memory is fine.
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
    // The same bytes as the adviser's text of the fixed plan's report (`plan report --text`).
    let text = String(decoding: bytes, as: UTF8.self)
    let narrative = ReportNarrativeReader.read(text, path: "fuzz.md", plan: FuzzBase.plan)
    for diagnostic in narrative.diagnostics { _ = renderer.render(diagnostic, source: narrative.source) }
    if let report = try? ReportData(tracked: TrackedPlan(plan: FuzzBase.plan), asOf: asOf, since: asOf.adding(months: -12),
                                    language: .nl, narrative: narrative.narrative) {
        _ = MarkdownReport.render(report)
        _ = HTMLReport.render(report)
    }
    // The same bytes as a local plan that adopts one more regional action (`plan adopt`): the edit
    // either refuses or gives bytes that load (with or without errors), never a crash.
    let order = ["1.1": 0, "1.2": 1]
    if let edited = try? AdoptEdit.adding("1.2", comment: LocalPlanDerivation.commentText("Report\nnow"), order: order, to: bytes, path: "fuzz-local.yaml") {
        let again = PlanLoader.load(bytes: edited, path: "fuzz-local.yaml")
        for diagnostic in again.diagnostics { _ = renderer.render(diagnostic, source: again.source) }
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
    _ = QueryJSON.list(ActionListQuery(asOf: asOf).run(tracked)).rendered()
    if let report = try? ReportData(tracked: tracked[0], asOf: asOf, since: asOf.adding(months: -12), language: .nl) {
        _ = MarkdownReport.render(report)
        _ = HTMLReport.render(report)
    }
    // The meeting paper and the owners' letters, in every format they are written in.
    let agenda = AgendaQuery(asOf: asOf, since: asOf.adding(months: -2), until: asOf.adding(months: 2)).run(tracked)
    let paper = AgendaText(language: .nl, names: OwnerNames([plan])).document(agenda)
    _ = paper.markdown
    _ = paper.html
    _ = paper.text(width: 80)
    _ = QueryJSON.agenda(agenda).rendered()
    var letters = OwnerLetterQuery(asOf: asOf)
    letters.everyone = true
    let written = letters.run(tracked)
    let writer = OwnerLetterText(language: .en, secretary: "Secretaris")
    for letter in written.prefix(20) {
        let document = writer.document(letter, asOf: asOf, replyBy: asOf.adding(days: 14))
        _ = document.markdown
        _ = document.html
    }
    _ = OwnerLetterText.fileNames(written.map(\.name), extension: "md")
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
