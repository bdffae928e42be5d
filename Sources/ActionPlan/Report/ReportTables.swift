/// The report's tables, shared by the Markdown and the HTML report.
struct ReportTables {
    let data: ReportData
    let text: ReportText
    var l: Localizer { text.l }

    /// Owners by display name, never by registry slug.
    func owners(_ owners: [Owner]) -> String {
        OwnerNames([data.plan]).list(owners, plan: data.plan.metadata.id)
    }

    var summary: Tabular {
        var rows = data.themes.map { summary in
            Tabular.Row(["\(summary.theme.id) \(summary.theme.title)"] + ReportData.Standing.allCases.map { String(summary.counts[$0] ?? 0) }
                + [String(summary.total)])
        }
        let totals = data.totals
        rows.append(Tabular.Row([l.t("Totaal", "Total")] + ReportData.Standing.allCases.map { String(totals[$0] ?? 0) }
            + [String(totals.values.reduce(0, +))], isTotal: true))
        return Tabular(columns: [.init(l.t("Thema", "Theme"))] + ReportData.Standing.allCases.map { .init(text.standing($0).capitalizedFirst, numeric: true) }
            + [.init(l.t("Acties", "Actions"), numeric: true)], rows: rows)
    }

    func changes(_ entries: [(entry: ProgressEntry, action: Action)]) -> Tabular {
        Tabular(columns: [.init(l.t("Datum", "Date")), .init(l.t("Actie", "Action")), .init(l.t("Wat", "What"))], rows: entries.map { item in
            var what: [String] = []
            if let status = item.entry.status { what.append(l.status(status)) }
            if item.entry.isOccurrence { what.append(l.t("gehouden / uitgevoerd", "held / carried out")) }
            if let spent = item.entry.spent { what.append("\(l.t("besteed", "spent")) \(l.money(spent))") }
            if let note = item.entry.note { what.append(note) }
            return Tabular.Row([item.entry.date.description, "\(item.action.id) \(item.action.title)", what.joined(separator: " — ")])
        })
    }

    var attention: Tabular {
        Tabular(columns: [.init(l.t("Actie", "Action")), .init(l.t("Reden", "Reason")), .init(l.t("Termijn", "Due")),
                          .init(l.t("Dagen te laat", "Days late"), numeric: true), .init(l.t("Eigenaren", "Owners"))],
                rows: data.attention.map { item in
                    let due = item.due.map { $0.description + (item.year.map { " (\($0))" } ?? "") }
                        ?? item.since.map { l.t("sinds ", "since ") + $0.description } ?? ""
                    let late = item.reason == .deadline || item.reason == .recurrence ? String(item.daysLate(asOf: data.asOf)) : ""
                    var reason = l.reason(item.reason)
                    if let found = item.found, let required = item.required { reason += " (\(found)/\(required))" }
                    return Tabular.Row(["\(item.actionID) \(item.title)", reason, due, late, owners(item.owners)])
                })
    }

    var recurring: Tabular {
        Tabular(columns: [.init(l.t("Actie", "Action")), .init(l.t("Planning", "Planning")), .init(l.t("Jaar", "Year"), numeric: true),
                          .init(l.t("Gehouden", "Held"), numeric: true), .init(l.t("Vereist", "Required"), numeric: true)],
                rows: data.recurring.map { year in
                    Tabular.Row(["\(year.action.id) \(year.action.title)", year.action.schedule.text, String(year.year),
                                 String(year.held), String(year.required)], highlighted: year.year < data.asOf.year && year.held < year.required)
                })
    }

    var budget: Tabular {
        let report = data.budget
        var rows = [Tabular.Row([l.t("Begroot", "Planned")] + report.years.map { l.money($0.total) } + [l.money(report.total)])]
        if report.hasDeclaredTotals {
            rows.append(Tabular.Row([l.t("Opgegeven in het plan", "Declared in the plan")] + report.years.map { $0.declared.map(l.money) ?? "" }
                + [report.declaredTotal.map(l.money) ?? ""]))
        }
        rows.append(Tabular.Row([l.t("Besteed (realisatie)", "Spent")] + report.years.map { l.money($0.spent ?? .zero) }
            + [l.money(report.years.reduce(.zero) { $0 + ($1.spent ?? .zero) })]))
        return Tabular(columns: [.init("")] + report.years.map { .init(String($0.year), numeric: true) } + [.init(l.t("Totaal", "Total"), numeric: true)],
                       rows: rows)
    }

    var workload: Tabular {
        Tabular(columns: [.init(l.t("Eigenaar", "Owner")), .init(l.t("Trekker", "Lead"), numeric: true), .init(l.t("Partner", "Partner"), numeric: true),
                          .init(l.t("Open", "Open"), numeric: true), .init(l.t("Te laat", "Overdue"), numeric: true)],
                rows: data.workload.map { load in
                    Tabular.Row([OwnerNames([data.plan]).name(load.key), String(load.lead), String(load.partner), String(load.open), String(load.overdue)])
                })
    }

    var appendix: Tabular {
        Tabular(columns: [.init(l.t("Actie", "Action")), .init(l.t("Planning", "Planning")), .init(l.t("Eigenaren", "Owners")),
                          .init(l.t("Status", "Status")), .init(l.t("Laatste voortgang", "Last update"))],
                rows: data.lines.map { line in
                    let last = line.lastEntry.map { entry in
                        entry.date.description + (entry.note.map { ": \($0)" } ?? entry.status.map { ": \(l.status($0))" } ?? "")
                    } ?? "—"
                    return Tabular.Row(["\(line.action.id) \(line.action.title)", line.action.schedule.text, owners(line.action.ownersLeadFirst),
                                        text.standing(line.standing), last])
                })
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
