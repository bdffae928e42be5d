import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace
/// The platform meeting's paper as a document, per plan and theme: news since the last meeting, late now
/// (lead first), due before the next meeting, without progress, this year's recurring obligations.
package struct AgendaText: Sendable {
    private let l: Localizer
    private let text: ReportText
    private let names: OwnerNames

    /// Creates a writer in a language, naming owners by `names`.
    package init(language: PlanLanguage, names: OwnerNames) {
        l = Localizer(language)
        text = ReportText(language)
        self.names = names
    }

    /// The paper.
    package func document(_ agenda: MeetingAgenda) -> PaperDocument {
        var doc = PaperDocument(title: l.t("Agenda platformoverleg \(l.date(agenda.asOf))", "Platform meeting paper \(l.date(agenda.asOf))"),
                                language: l.language)
        doc.blocks.append(.heading(1, doc.title))
        doc.blocks.append(.labelled(l.t("Stand per:", "As of:"), l.date(agenda.asOf)))
        doc.blocks.append(.labelled(l.t("Nieuws sinds het vorige overleg:", "News since the last meeting:"),
                                    l.t("vastgelegd vanaf \(l.date(agenda.since))", "recorded from \(l.date(agenda.since))")))
        doc.blocks.append(.labelled(l.t("Vooruit tot het volgende overleg:", "Ahead to the next meeting:"), l.date(agenda.until)))
        for plan in agenda.plans {
            doc.blocks.append(.heading(2, plan.title))
            let shown = plan.themes.filter { !$0.isEmpty }
            if shown.isEmpty { doc.blocks.append(.paragraph(l.t("Niets te bespreken.", "Nothing to discuss."))) }
            for theme in shown {
                doc.blocks.append(.heading(3, "\(theme.themeID) \(theme.title)"))
                section(&doc, l.t("Sinds het vorige overleg", "Since the last meeting"), theme.changes.isEmpty ? nil : changes(theme.changes))
                section(&doc, l.t("Nu te laat", "Late now"), theme.late.isEmpty ? nil : items(theme.late, plan: plan.planID, days: true, asOf: agenda.asOf))
                section(&doc, l.t("Termijn vóór \(l.date(agenda.until))", "Due before \(l.date(agenda.until))"),
                        theme.dueSoon.isEmpty ? nil : items(theme.dueSoon, plan: plan.planID, days: false, asOf: agenda.asOf))
                section(&doc, l.t("Geen voortgang", "No progress"), theme.stale.isEmpty ? nil : items(theme.stale, plan: plan.planID, days: false, asOf: agenda.asOf))
                section(&doc, l.t("Terugkerend in \(agenda.asOf.year)", "Recurring in \(agenda.asOf.year)"),
                        theme.recurring.isEmpty ? nil : recurring(theme.recurring))
            }
        }
        return doc
    }

    private func section(_ doc: inout PaperDocument, _ heading: String, _ table: Tabular?) {
        guard let table else { return }
        doc.blocks.append(.heading(4, heading))
        doc.blocks.append(.table(table))
    }

    private func changes(_ changes: [AgendaChange]) -> Tabular {
        var table = allChanges(changes)
        // "Reported" only when some news says who reported it or came in later than it happened.
        if let last = table.columns.indices.last, table.rows.allSatisfy({ $0.cells[last].text.isEmpty }) {
            table.columns.removeLast()
            for index in table.rows.indices { table.rows[index].cells.removeLast() }
        }
        return table
    }

    private func allChanges(_ changes: [AgendaChange]) -> Tabular {
        Tabular(columns: [.init(l.t("Datum", "Date")), .init(l.t("Actie", "Action"), fit: .fill(minimum: 20)),
                          .init(l.t("Wat", "What"), fit: .shrinkable(preferred: 30, minimum: 16)),
                          .init(l.t("Gemeld", "Reported"), fit: .shrinkable(preferred: 20, minimum: 12))],
                rows: changes.map { change in
                    let entry = change.entry
                    var what: [String] = []
                    switch change.kind {
                    case .done, .dropped, .started, .planned: if let status = entry.status { what.append(l.status(status)) }
                    case .reopened: what.append(l.t("heropend", "reopened"))
                    case .occurrence, .note: break
                    case .withdrawal: break
                    }
                    if entry.isOccurrence { what.append(l.t("gehouden / uitgevoerd", "held / carried out")) }
                    if let day = entry.retracts { what.append(l.t("trekt de vermelding van \(text.shortDate(day)) in", "withdraws the entry of \(text.shortDate(day))")) }
                    if let spent = entry.spent { what.append("\(l.t("besteed", "spent")) \(l.money(spent))") }
                    if let note = entry.note { what.append(note) }
                    // The day it was recorded, when later than the day it happened: back-dated news stands out.
                    var reported = change.recorded != entry.date ? text.shortDate(change.recorded) : ""
                    if let reporter = change.reporter { reported += (reported.isEmpty ? "" : ", ") + l.t("door \(reporter)", "by \(reporter)") }
                    return Tabular.Row([text.shortDate(entry.date), "\(entry.actionID) \(change.actionTitle)", what.joined(separator: " — "), reported])
                }, language: l.language)
    }

    private func items(_ items: [OverdueItem], plan: String, days: Bool, asOf: CalendarDate) -> Tabular {
        var columns: [Tabular.Column] = [.init(l.t("Actie", "Action"), fit: .fill(minimum: 20)),
                                         .init(l.t("Trekker en partners", "Lead and partners"), fit: .shrinkable(preferred: 24, minimum: 14)),
                                         .init(l.t("Termijn", "Due")), .init(l.t("Reden", "Reason"), fit: .shrinkable(preferred: 20, minimum: 12))]
        if days { columns.append(.init(l.t("Dagen", "Days"), numeric: true, dropPriority: 1)) }
        return Tabular(columns: columns, rows: items.map { item in
            // Why the item is on the paper, in overdue's words and under its column name ("Reden"): not
            // the action's standing (docs/standing.md), which is a different set of words.
            var reason = l.reason(item.reason)
            if let found = item.found, let required = item.required { reason += " (\(found)/\(required))" }
            let due = item.due.map(text.shortDate) ?? item.since.map { l.t("sinds ", "since ") + text.shortDate($0) } ?? ""
            var cells = ["\(item.actionID) \(item.title)", names.list(item.owners, plan: plan, leadMark: l.t("trekker", "lead")), due, reason]
            if days { cells.append(item.reason.countsDays ? String(item.daysLate(asOf: asOf)) : "") }
            return Tabular.Row(cells, highlighted: item.reason != .upcoming && item.reason != .stale)
        }, language: l.language)
    }

    private func recurring(_ statuses: [RecurringStatus]) -> Tabular {
        Tabular(columns: [.init(l.t("Actie", "Action"), fit: .fill(minimum: 20)),
                          .init(l.t("Planning", "Planning"), fit: .shrinkable(preferred: 20, minimum: 10), dropPriority: 1),
                          .init(l.t("Gehouden", "Held"), numeric: true),
                          .init(l.t("Verwacht nu", "Expected now"), numeric: true), .init(l.t("Vereist", "Required"), numeric: true)],
                rows: statuses.map {
                    Tabular.Row(["\($0.actionID) \($0.title)", $0.planning, String($0.occurrences), String($0.expectedByNow), String($0.required)],
                                highlighted: $0.occurrences < $0.expectedByNow)
                }, language: l.language)
    }
}
