/// The progress report as Markdown: GitHub-style tables that pandoc turns into a Word document.
public enum MarkdownReport {
    /// The report's text.
    public static func render(_ data: ReportData) -> String {
        let text = ReportText(data.language)
        let l = text.l
        let tables = ReportTables(data: data, text: text)
        let markdown = MarkdownRenderer()
        let plan = data.plan.metadata
        let names = text.sections
        // Every text from the plan is escaped: no HTML, links or images from other organisations.
        let md = { (text: String) in MarkdownText.escaped(text, lineBreak: " ") }
        var out = "# \(l.t("Voortgangsrapportage", "Progress report")): \(md(plan.title))\n\n"
        out += "- **\(l.t("Regio", "Region"))**: \(md(plan.region))\n"
        out += "- **\(l.t("Looptijd", "Period"))**: \(plan.period.firstYear)–\(plan.period.lastYear)\n"
        if let adoption = plan.adoption {
            out += "- **\(l.t("Vastgesteld door", "Adopted by"))**: \(adoption.by.map(md) ?? "—")\(adoption.date.map { ", \(l.date($0))" } ?? "")\n"
        }
        out += "- **\(l.t("Stand per", "As of"))**: \(l.date(data.asOf))\n"
        out += "- **\(l.t("Verslagperiode", "Reporting period"))**: \(l.date(data.since)) – \(l.date(data.asOf))\n\n"

        out += "## 1. \(names[0])\n\n" + text.sentences(data).joined(separator: " ") + "\n\n" + markdown.render(tables.summary) + "\n"
        out += "## 2. \(names[1])\n\n"
        if data.changes.isEmpty { out += l.t("Geen voortgang vastgelegd in deze periode.", "No progress recorded in this period.") + "\n\n" }
        for group in data.changes {
            out += "### \(md(group.theme.id)) \(md(group.theme.title))\n\n" + markdown.render(tables.changes(group.entries)) + "\n"
        }
        out += "## 3. \(names[2])\n\n"
        out += data.attention.isEmpty ? l.t("Niets te laat.", "Nothing overdue.") + "\n\n" : markdown.render(tables.attention) + "\n"
        out += "## 4. \(names[3])\n\n"
        out += data.recurring.isEmpty ? l.t("Geen terugkerende verplichtingen.", "No recurring commitments.") + "\n\n" : markdown.render(tables.recurring) + "\n"
        out += "## 5. \(names[4])\n\n"
        if data.budget.total == .zero && !data.budget.years.contains(where: { $0.spent != nil }) {
            out += l.t("Het plan noemt geen bedragen.", "The plan names no amounts.") + "\n\n"
        } else {
            out += markdown.render(tables.budget) + "\n"
        }
        out += l.t("Op bestaande budgetten (niet in de bedragen): \(data.budget.existingBudgetActivities) activiteiten en \(data.budget.existingBudgetActions) acties.",
                   "On existing budgets (not in the amounts): \(data.budget.existingBudgetActivities) activities and \(data.budget.existingBudgetActions) actions.") + "\n\n"
        out += "## 6. \(names[5])\n\n"
        out += l.t("De tijdlijn staat als grafiek in de HTML-versie van dit rapport; per actie de planning:",
                   "The timeline is a chart in the HTML version of this report; per action the planning:") + "\n\n"
        out += markdown.render(Tabular(columns: [.init(l.t("Actie", "Action")), .init(l.t("Planning", "Planning")), .init(l.t("Start", "Start")), .init(l.t("Termijn", "Due")), .init(l.t("Status", "Status"))],
                                       rows: data.lines.map { line in
                                           Tabular.Row(["\(line.action.id)", line.action.schedule.text, line.action.schedule.startDate?.description ?? "",
                                                        line.action.schedule.dueDate?.description ?? "", text.standing(line.standing)])
                                       })) + "\n"
        out += "## 7. \(names[6])\n\n" + markdown.render(tables.workload) + "\n"
        out += "## 8. \(names[7])\n\n" + markdown.render(tables.appendix)
        return out
    }
}
