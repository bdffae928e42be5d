import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace
/// The report's tables, shared by the Markdown and the HTML report.
struct ReportTables {
    let data: ReportData
    let text: ReportText
    var l: Localizer { text.l }

    /// Owners by display name, never by registry slug, the lead of several marked.
    func owners(_ owners: [Owner]) -> String {
        data.names.list(owners, leadMark: l.t("trekker", "lead"))
    }

    var summary: Tabular {
        var rows = data.themes.map { summary in
            Tabular.Row(["\(summary.theme.id) \(summary.theme.title)"] + ReportText.standings.map { String(summary.counts[$0] ?? 0) }
                + [String(summary.total)])
        }
        let totals = data.totals
        rows.append(Tabular.Row([l.t("Totaal", "Total")] + ReportText.standings.map { String(totals[$0] ?? 0) }
            + [String(totals.values.reduce(0, +))], isTotal: true))
        return Tabular(columns: [.init(l.t("Thema", "Theme"))] + ReportText.standings.map { .init(text.standing($0).capitalizedFirst, numeric: true) }
            + [.init(l.t("Acties", "Actions"), numeric: true)], rows: rows, language: l.language)
    }

    /// Per theme the counts at the previous report and now, `then → now`.
    func thenAndNow(_ comparison: ReportComparison) -> Tabular {
        func cell(_ then: Int, _ now: Int) -> String { then == now ? String(now) : "\(then)\u{00A0}→\u{00A0}\(now)" }
        var rows: [Tabular.Row] = []
        var thenTotals: [ActionStanding: Int] = [:]
        for (summary, then) in zip(data.themes, comparison.then) {
            for standing in ReportText.standings { thenTotals[standing, default: 0] += then[standing] }
            rows.append(Tabular.Row(["\(summary.theme.id) \(summary.theme.title)"]
                + ReportText.standings.map { cell(then[$0], summary.counts[$0] ?? 0) }))
        }
        let totals = data.totals
        rows.append(Tabular.Row([l.t("Totaal", "Total")] + ReportText.standings.map { cell(thenTotals[$0] ?? 0, totals[$0] ?? 0) }, isTotal: true))
        return Tabular(columns: [.init(l.t("Thema", "Theme"))] + ReportText.standings.map { .init(text.standing($0).capitalizedFirst, numeric: true) },
                       rows: rows, language: l.language)
    }

    /// One theme's changes since the previous report.
    func sincePrevious(_ changes: [ReportComparison.Change]) -> Tabular {
        Tabular(columns: [.init(l.t("Wat", "What")), .init(l.t("Actie", "Action")), .init(l.t("Datum", "Date")), .init(l.t("Trekker", "Lead"))],
                rows: changes.map { change in
                    var what = text.change(change.kind)
                    if let replan = change.replan { what += l.t(" naar ", " to ") + replan.text }
                    return Tabular.Row([what, "\(change.action.id) \(change.action.title)", change.date.map(text.shortDate) ?? "",
                                        change.action.lead.map { data.ownerName($0.key) } ?? "—"], highlighted: change.kind == .late)
                }, language: l.language)
    }

    /// The outlook's items of one theme: due date, action, what is due, lead.
    func outlook(_ items: [OverdueItem]) -> Tabular {
        Tabular(columns: [.init(l.t("Termijn", "Due")), .init(l.t("Actie", "Action")), .init(l.t("Wat", "What")), .init(l.t("Trekker", "Lead"))],
                rows: items.map { item in
                    var what: String
                    if let required = item.required {
                        what = l.t("\(item.found ?? 0) van \(required) keer", "\(item.found ?? 0) of \(required) times")
                            + (item.year.map { " (\($0))" } ?? "")
                    } else {
                        what = l.t("termijn", "deadline")
                    }
                    if item.reason == .behind { what += l.t(", achter op schema", ", behind schedule") }
                    if let replan = item.replan { what += l.t(", herpland: ", ", replanned: ") + replan }
                    let lead = item.owners.first(where: \.isLead) ?? item.owners.first
                    return Tabular.Row([item.due.map(text.shortDate) ?? "", "\(item.actionID) \(item.title)", what,
                                        lead.map { data.ownerName($0.key) } ?? "—"], highlighted: item.reason == .behind)
                }, language: l.language)
    }

    func changes(_ entries: [(entry: ProgressEntry, action: Action)]) -> Tabular {
        Tabular(columns: [.init(l.t("Datum", "Date")), .init(l.t("Actie", "Action")), .init(l.t("Wat", "What"))], rows: entries.map { item in
            var what: [String] = item.entry.isRegional ? [l.t("regio", "region")] : []
            if item.entry.isHistory { what.append(l.t("geschiedenis (oude planning)", "history (old planning)")) }
            if let status = item.entry.status { what.append(l.status(status)) }
            if item.entry.isOccurrence { what.append(l.t("gehouden / uitgevoerd", "held / carried out")) }
            if let spent = item.entry.spent { what.append("\(l.t("besteed", "spent")) \(l.money(spent))") }
            if let note = item.entry.note { what.append(note) }
            if let by = item.entry.reportedBy { what.append(l.t("gemeld door ", "reported by ") + data.plan.reporterName(by)) }
            return Tabular.Row([text.shortDate(item.entry.date), "\(item.action.id) \(item.action.title)", what.joined(separator: " — ")])
        }, language: l.language)
    }

    /// Progress about actions the plan no longer has, kept as history of the old planning.
    var formerActions: Tabular {
        Tabular(columns: [.init(l.t("Datum", "Date")), .init(l.t("Actie", "Action")), .init(l.t("Wat", "What"))], rows: data.formerActions.map { entry in
            var what: [String] = entry.isRegional ? [l.t("regio", "region")] : []
            if let status = entry.status { what.append(l.status(status)) }
            if let spent = entry.spent { what.append("\(l.t("besteed", "spent")) \(l.money(spent))") }
            if let note = entry.note { what.append(note) }
            return Tabular.Row([text.shortDate(entry.date), entry.actionID, what.joined(separator: " — ")])
        }, language: l.language)
    }

    /// The heading and the sentence above the history of the old planning.
    var formerActionsHeading: (heading: String, intro: String) {
        (l.t("Geschiedenis van de oude planning", "History of the old planning"),
         l.t("Voortgang bij acties die niet meer in het plan staan (de regio heeft ze geschrapt): bewaard, niet meegeteld.",
             "Progress on actions no longer in the plan (the region removed them): kept, not counted."))
    }

    /// The items that are late or behind schedule, one row each.
    var late: Tabular {
        Tabular(columns: [.init(l.t("Actie", "Action")), .init(l.t("Reden", "Reason")), .init(l.t("Termijn", "Due")),
                          .init(l.t("Dagen te laat", "Days late"), numeric: true), .init(l.t("Eigenaren", "Owners"))],
                rows: data.lateItems.map { item in
                    let due = item.due.map { text.shortDate($0) + (item.year.map { " (\($0))" } ?? "") } ?? ""
                    let late = item.reason.countsDays ? String(item.daysLate(asOf: data.asOf)) : ""
                    var reason = l.reason(item.reason)
                    if let found = item.found, let required = item.required { reason += " (\(found)/\(required))" }
                    if let replan = item.replan { reason += " — " + l.t("nieuwe planning ", "new planning ") + replan }
                    return Tabular.Row(["\(item.actionID) \(item.title)", reason, due, late, owners(item.owners)])
                }, language: l.language)
    }

    /// The recurring obligations of completed plan years that were not met: history, one row per
    /// action and year, without a day count.
    var missed: Tabular {
        Tabular(columns: [.init(l.t("Actie", "Action")), .init(l.t("Planning", "Planning")), .init(l.t("Jaar", "Year"), numeric: true),
                          .init(l.t("Gehouden", "Held"), numeric: true), .init(l.t("Vereist", "Required"), numeric: true),
                          .init(l.t("Eigenaren", "Owners"))],
                rows: data.missed.map { item in
                    Tabular.Row(["\(item.actionID) \(item.title)", item.planning, item.year.map(String.init) ?? "",
                                 String(item.found ?? 0), String(item.required ?? 0), owners(item.owners)], highlighted: true)
                }, language: l.language)
    }

    /// The ongoing items nobody reported on, summarised per theme: a row per theme, not per item.
    var withoutProgress: Tabular {
        let stale = data.staleItems
        let themeOf = Dictionary(data.plan.actions.map { ($0.id, $0.themeID) }, uniquingKeysWith: { first, _ in first })
        // Grouped once: filtering the whole list per theme was quadratic in the plan's size.
        var staleByTheme: [String: [OverdueItem]] = [:]
        for item in stale {
            if let theme = themeOf[item.actionID] { staleByTheme[theme, default: []].append(item) }
        }
        let rows = data.plan.themes.compactMap { theme -> Tabular.Row? in
            guard let items = staleByTheme[theme.id], !items.isEmpty else { return nil }
            return Tabular.Row(["\(theme.id) \(theme.title)", String(items.count), items.map(\.actionID).joined(separator: ", ")])
        }
        return Tabular(columns: [.init(l.t("Thema", "Theme")), .init(l.t("Aantal", "Count"), numeric: true), .init(l.t("Acties", "Actions"))],
                       rows: rows + [Tabular.Row([l.t("Totaal", "Total"), String(stale.count), ""], isTotal: true)], language: l.language)
    }

    /// This plan year's recurring obligations: held, expected by now and required.
    var recurring: Tabular {
        Tabular(columns: [.init(l.t("Actie", "Action")), .init(l.t("Planning", "Planning")), .init(l.t("Jaar", "Year"), numeric: true),
                          .init(l.t("Gehouden", "Held"), numeric: true), .init(l.t("Verwacht nu", "Expected now"), numeric: true),
                          .init(l.t("Vereist", "Required"), numeric: true)],
                rows: data.recurring.map { year in
                    Tabular.Row(["\(year.actionID) \(year.title)", year.planning, String(year.year),
                                 String(year.occurrences), String(year.expectedByNow), String(year.required)],
                                highlighted: year.occurrences < year.expectedByNow || (data.asOf > year.due && year.occurrences < year.required))
                }, language: l.language)
    }

    var budget: Tabular {
        let report = data.budget
        var rows = [Tabular.Row([l.t("Begroot", "Planned")] + report.years.map { l.money($0.total) } + [l.money(report.total)])]
        if report.notSplitOverYears != .zero {
            // A total the source gives for several years without a split: in the total, in no year (as plan budget shows it).
            rows.append(Tabular.Row(["\(l.t("waarvan", "of which")) \(l.notSplitOverYears.lowercased())"] + report.years.map { _ in "" }
                + [l.money(report.notSplitOverYears)]))
        }
        if report.hasDeclaredTotals {
            rows.append(Tabular.Row([l.t("Opgegeven in het plan", "Declared in the plan")] + report.years.map { $0.declared.map(l.money) ?? "" }
                + [report.declaredTotal.map(l.money) ?? ""]))
        }
        // Spending never recorded is unknown, not zero: "—", explained under the table.
        let spent = report.years.compactMap(\.spent)
        rows.append(Tabular.Row([l.t("Besteed (realisatie)", "Spent")] + report.years.map { $0.spent.map(l.money) ?? "—" }
            + [spent.isEmpty ? "—" : l.money(spent.reduce(.zero, +))]))
        return Tabular(columns: [.init("")] + report.years.map { .init(String($0.year), numeric: true) } + [.init(l.t("Totaal", "Total"), numeric: true)],
                       rows: rows, language: l.language)
    }

    /// The budget per theme (and activity, where the plan budgets activities) and year; the rows add
    /// up to the plan's total.
    var budgetByTheme: Tabular {
        let report = data.budgetByTheme
        var rows = report.rows.map { row in
            Tabular.Row([row.label] + report.years.map { l.money(row.amounts[$0.year] ?? .zero) }
                + [l.money(report.years.reduce(.zero) { $0 + (row.amounts[$1.year] ?? .zero) })])
        }
        if report.notSplitOverYears != .zero {
            rows.append(Tabular.Row([l.notSplitOverYears] + report.years.map { _ in "" } + [l.money(report.notSplitOverYears)]))
        }
        rows.append(Tabular.Row([l.t("Totaal", "Total")] + report.years.map { l.money($0.total) } + [l.money(report.total)], isTotal: true))
        return Tabular(columns: [.init(l.t("Thema", "Theme"))] + report.years.map { .init(String($0.year), numeric: true) }
            + [.init(l.t("Totaal", "Total"), numeric: true)], rows: rows, language: l.language)
    }

    var workload: Tabular {
        Tabular(columns: [.init(l.t("Eigenaar", "Owner")), .init(l.t("Trekker", "Lead"), numeric: true), .init(l.t("Partner", "Partner"), numeric: true),
                          .init(l.t("Open", "Open"), numeric: true), .init(l.t("Vertraagd als trekker", "Late as lead"), numeric: true),
                          .init(l.t("Vertraagd als partner", "Late as partner"), numeric: true)],
                rows: data.workload.map { load in
                    Tabular.Row([data.ownerName(load.key), String(load.lead), String(load.partner), String(load.open), String(load.overdue),
                                 String(load.overdueAsPartner)])
                }, language: l.language)
    }

    /// One group of the appendix: a theme, or one of its activities (with goal and results), and its actions.
    struct AppendixGroup {
        var theme: Theme
        var activity: Activity?
        var table: Tabular
    }

    /// The appendix per theme and, where the plan has them, per activity: each action with its
    /// standing, planning, lead and explanation (the adviser's, else the latest progress note).
    var appendix: [AppendixGroup] {
        let byID = Dictionary(data.lines.map { ($0.action.id, $0) }, uniquingKeysWith: { first, _ in first })
        func table(_ actions: [Action]) -> Tabular {
            Tabular(columns: [.init(l.t("Actie", "Action")), .init(l.t("Stand", "Standing")), .init(l.t("Planning", "Planning")),
                              .init(l.t("Trekker", "Lead")), .init(l.t("Toelichting", "Explanation"))],
                    rows: actions.compactMap { byID[$0.id] }.map { line in
                        // A local plan's overrides are marked where they are shown.
                        let overridden = Set(line.action.overridden)
                        let local = " (" + l.t("lokaal", "local") + ")"
                        return Tabular.Row(["\(line.action.id) \(line.action.title)", text.standing(line.standing),
                                            l.planning(line.action.schedule.text, replan: line.replan?.text) + (overridden.contains("planning") ? local : ""),
                                            (line.action.lead.map { data.ownerName($0.key) } ?? "—") + (overridden.contains("owners") ? local : ""),
                                            explanation(line)],
                                           highlighted: line.standing == .late)
                    }, language: l.language)
        }
        var groups: [AppendixGroup] = []
        for theme in data.plan.themes {
            for activity in theme.activities where !activity.actions.isEmpty {
                groups.append(AppendixGroup(theme: theme, activity: activity, table: table(activity.actions)))
            }
            if !theme.actions.isEmpty { groups.append(AppendixGroup(theme: theme, activity: nil, table: table(theme.actions))) }
        }
        return groups
    }

    /// An action's explanation: the adviser's text if given, else the latest progress note with its date.
    func explanation(_ line: ReportData.ActionLine) -> String {
        if let adviser = data.narrative.explanation(of: line.action.id) { return adviser }
        if let noted = line.lastNote {
            // The region's entries are marked where they are shown.
            return (noted.isRegional ? l.t("regio", "region") + ", " : "") + text.shortDate(noted.date) + ": " + (noted.note ?? "")
        }
        return "—"
    }

    /// Per action its planning and dates: the timeline's data as a table, for Markdown.
    var timeline: Tabular {
        Tabular(columns: [.init(l.t("Actie", "Action")), .init(l.t("Planning", "Planning")), .init(l.t("Start", "Start")),
                          .init(l.t("Termijn", "Due")), .init(l.t("Stand", "Standing"))],
                rows: data.lines.map { line in
                    let schedule = line.replan ?? line.action.schedule
                    return Tabular.Row([line.action.id, l.planning(line.action.schedule.text, replan: line.replan?.text),
                                        schedule.startDate.map(text.shortDate) ?? "", schedule.dueDate.map(text.shortDate) ?? "",
                                        text.standing(line.standing)])
                }, language: l.language)
    }
}
