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
            + [.init(l.t("Acties", "Actions"), numeric: true)], rows: rows)
    }

    func changes(_ entries: [(entry: ProgressEntry, action: Action)]) -> Tabular {
        Tabular(columns: [.init(l.t("Datum", "Date")), .init(l.t("Actie", "Action")), .init(l.t("Wat", "What"))], rows: entries.map { item in
            var what: [String] = item.entry.isRegional ? [l.t("regio", "region")] : []
            if let status = item.entry.status { what.append(l.status(status)) }
            if item.entry.isOccurrence { what.append(l.t("gehouden / uitgevoerd", "held / carried out")) }
            if let spent = item.entry.spent { what.append("\(l.t("besteed", "spent")) \(l.money(spent))") }
            if let note = item.entry.note { what.append(note) }
            if let by = item.entry.reportedBy { what.append(l.t("gemeld door ", "reported by ") + data.plan.reporterName(by)) }
            return Tabular.Row([text.shortDate(item.entry.date), "\(item.action.id) \(item.action.title)", what.joined(separator: " — ")])
        })
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
                })
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
                })
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
                       rows: rows + [Tabular.Row([l.t("Totaal", "Total"), String(stale.count), ""], isTotal: true)])
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
                })
    }

    var budget: Tabular {
        let report = data.budget
        var rows = [Tabular.Row([l.t("Begroot", "Planned")] + report.years.map { l.money($0.total) } + [l.money(report.total)])]
        if report.hasDeclaredTotals {
            rows.append(Tabular.Row([l.t("Opgegeven in het plan", "Declared in the plan")] + report.years.map { $0.declared.map(l.money) ?? "" }
                + [report.declaredTotal.map(l.money) ?? ""]))
        }
        // Spending never recorded is unknown, not zero: "—", explained under the table.
        let spent = report.years.compactMap(\.spent)
        rows.append(Tabular.Row([l.t("Besteed (realisatie)", "Spent")] + report.years.map { $0.spent.map(l.money) ?? "—" }
            + [spent.isEmpty ? "—" : l.money(spent.reduce(.zero, +))]))
        return Tabular(columns: [.init("")] + report.years.map { .init(String($0.year), numeric: true) } + [.init(l.t("Totaal", "Total"), numeric: true)],
                       rows: rows)
    }

    var workload: Tabular {
        Tabular(columns: [.init(l.t("Eigenaar", "Owner")), .init(l.t("Trekker", "Lead"), numeric: true), .init(l.t("Partner", "Partner"), numeric: true),
                          .init(l.t("Open", "Open"), numeric: true), .init(l.t("Vertraagd als trekker", "Late as lead"), numeric: true),
                          .init(l.t("Vertraagd als partner", "Late as partner"), numeric: true)],
                rows: data.workload.map { load in
                    Tabular.Row([data.ownerName(load.key), String(load.lead), String(load.partner), String(load.open), String(load.overdue),
                                 String(load.overdueAsPartner)])
                })
    }

    /// Every action with its planning, owners and standing; the last progress only when any was recorded.
    var appendix: Tabular {
        let anyProgress = data.lines.contains { $0.lastEntry != nil }
        var columns: [Tabular.Column] = [.init(l.t("Actie", "Action")), .init(l.t("Planning", "Planning")), .init(l.t("Eigenaren", "Owners")),
                                         .init(l.t("Stand", "Standing"))]
        if anyProgress { columns.append(.init(l.t("Laatste voortgang", "Last update"))) }
        return Tabular(columns: columns, rows: data.lines.map { line in
            let last = line.lastEntry.map { entry in
                text.shortDate(entry.date) + (entry.note.map { ": \($0)" } ?? entry.status.map { ": \(l.status($0))" } ?? "")
            } ?? "—"
            return Tabular.Row(["\(line.action.id) \(line.action.title)", l.planning(line.action.schedule.text, replan: line.replan?.text),
                                owners(line.action.ownersLeadFirst),
                                text.standing(line.standing)] + (anyProgress ? [last] : []))
        })
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
                })
    }
}
