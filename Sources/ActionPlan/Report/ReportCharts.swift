import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace
/// The report's three charts as SVG, drawn once for both the HTML page and the Word document:
/// actions per theme by standing, budget per year, and the timeline.
struct ReportCharts {
    /// The colour of each standing; red only for what is late.
    static let colours: [ActionStanding: String] = [
        .done: "#2e7d32", .inProgress: "#1565c0", .notStarted: "#9e9e9e", .late: "#c62828", .dropped: "#d7ccc8",
    ]

    let data: ReportData
    let text: ReportText
    var l: Localizer { text.l }

    /// The key shared by the charts that colour by standing.
    var legend: [SVGCharts.LegendItem] {
        ReportText.standings.map { .init(label: text.standing($0), colour: Self.colours[$0]!) }
    }

    /// The segments of one theme's bar.
    func segments(_ summary: ReportData.ThemeSummary) -> [SVGCharts.Segment] {
        ReportText.standings.map { SVGCharts.Segment(label: text.standing($0), value: summary.counts[$0] ?? 0, colour: Self.colours[$0]!) }
    }

    var themeBarsTitle: String { l.t("Acties per thema naar stand", "Actions per theme by standing") }

    /// All themes' bars in one picture, under the legend.
    var themeBars: String {
        SVGCharts.labelledBars(data.themes.map { ("\($0.theme.id) \($0.theme.title)", segments($0)) }, legend: legend, title: themeBarsTitle)
    }

    var budgetTitle: String { l.t("Begroot en besteed per jaar", "Planned and spent per year") }

    var budgetSummary: String {
        data.budget.years.map { "\($0.year): \(l.money($0.total))" + ($0.spent.map { " / \(l.money($0))" } ?? "") }.joined(separator: "; ")
    }

    /// Whether there is anything to draw for the budget.
    var hasBudget: Bool { !(data.budget.total == .zero && !data.budget.years.contains(where: { $0.spent != nil })) }

    /// Planned and spent per year.
    var budget: String {
        SVGCharts.yearBars(data.budget.years.map { ($0.year, $0.total, $0.spent) }, title: "\(budgetTitle). \(budgetSummary)",
                           planned: l.t("begroot", "planned"), spent: l.t("besteed", "spent"), money: l.money)
    }

    var timelineTitle: String { l.t("Tijdlijn van alle acties over de looptijd", "Timeline of all actions over the plan period") }

    var timelineCaption: String {
        l.t("Balken: looptijd; ruit: termijn; rondje: gehouden bijeenkomst of uitgevoerde jaarlijkse actie; rode lijn: peildatum. Kleur volgt de status; rood is alleen wat te laat is. De tabel in de bijlage geeft dezelfde gegevens.",
            "Bars: duration; diamond: due date; circle: meeting held or yearly action carried out; red line: as-of date. Colour follows the status; only what is late is red. The appendix table gives the same data.")
    }

    /// The due dates missed on the as-of date: a passed deadline, this year's obligation past due, a
    /// past year not met (history: its mark is red, the row's colour follows the standing).
    private var lateDueDates: Set<String> {
        Set((data.lateItems.filter(\.reason.countsDays) + data.missed).compactMap { item in item.due.map { "\(item.actionID)@\($0)" } })
    }

    /// The colour of a due date not missed: the row's standing, with a late row's other dates drawn as
    /// under way (only what is missed is red).
    private func markColour(_ standing: ActionStanding) -> String {
        Self.colours[standing == .late ? .inProgress : standing]!
    }

    /// The timeline: a row per action, grouped by theme, with the legend on top.
    var timeline: String {
        let period = data.plan.metadata.period
        let late = lateDueDates
        let titles = Dictionary(data.plan.themes.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        let rows = data.lines.map { line -> SVGCharts.GanttRow in
            let schedule = line.replan ?? line.action.schedule
            var windows: [DateWindow] = []
            var dueDates: [CalendarDate] = []
            switch schedule.kind {
            case .ongoing: windows = [DateWindow(start: period.start, end: period.end)]
            case .deadline(let own): windows = own; dueDates = schedule.dueDate.map { [$0] } ?? []
            case .recurring: dueDates = schedule.obligations(in: period).map(\.dueDate)
            case .ongoingFrom(let from): windows = [DateWindow(start: max(from, period.start), end: period.end)]
            case .unscheduled, .noPlanning: break
            }
            let marks = dueDates.map { due in
                SVGCharts.DueMark(date: due, colour: late.contains("\(line.action.id)@\(due)") ? Self.colours[.late]! : markColour(line.standing))
            }
            return SVGCharts.GanttRow(
                label: line.action.id, group: "\(line.action.themeID) " + (titles[line.action.themeID] ?? ""),
                windows: windows, dueMarks: marks, occurrences: line.occurrences, colour: Self.colours[line.standing]!,
                tooltip: "\(line.action.id) \(line.action.title) — \(l.planning(line.action.schedule.text, replan: line.replan?.text)) — \(text.standing(line.standing))")
        }
        return SVGCharts.gantt(rows, period: period, asOf: data.asOf, title: timelineTitle,
                               asOfLabel: l.t("stand \(l.date(data.asOf))", "as of \(l.date(data.asOf))"), legend: legend)
    }
}
