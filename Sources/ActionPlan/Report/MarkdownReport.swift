import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace
/// The progress report as Markdown: GitHub-style tables that pandoc turns into a Word document.
package enum MarkdownReport {
    /// The report's text: tables with relative column widths, no raw HTML, the timeline as a table.
    package static func render(_ data: ReportData) -> String {
        render(data, charts: nil)
    }

    /// The names of the chart images the Word report puts beside the Markdown.
    struct ChartFiles {
        var themeBars = "themes.svg"
        var budget = "budget.svg"
        var timeline = "timeline.svg"
    }

    /// The report's text; with chart files, the charts as images in place of the timeline table.
    static func render(_ data: ReportData, charts chartFiles: ChartFiles?) -> String {
        let text = ReportText(data.language)
        let l = text.l
        let tables = ReportTables(data: data, text: text)
        let charts = ReportCharts(data: data, text: text)
        let markdown = MarkdownRenderer(documentTables: true)
        let plan = data.plan.metadata
        let names = text.sections
        // Every text from the plan is escaped: no HTML, links or images from other organisations.
        let md = { (text: String) in MarkdownText.escaped(text, lineBreak: " ") }
        var out = "# \(l.t("Voortgangsrapportage", "Progress report")): \(md(plan.title))\n\n"
        out += "- **\(l.t("Regio", "Region"))**: \(md(plan.region))\n"
        func image(_ file: String, _ caption: String) -> String {
            "![\(escapeInline(caption))](\(file))\n\n"
        }
        out += "- **\(l.t("Looptijd", "Period"))**: \(plan.period.firstYear)–\(plan.period.lastYear)\n"
        if let adoption = plan.adoption {
            out += "- **\(l.t("Vastgesteld door", "Adopted by"))**: \(adoption.by.map(md) ?? "—")\(adoption.date.map { ", \(l.date($0))" } ?? "")\n"
        }
        out += "- **\(l.t("Stand per", "As of"))**: \(l.date(data.asOf))\n"
        out += "- **\(l.t("Verslagperiode", "Reporting period"))**: \(l.date(data.since)) – \(l.date(data.asOf))\n\n"

        // The sentences quote the plan (action ids): escaped like every other text from it.
        out += "## 1. \(names[0])\n\n" + text.sentences(data).map(md).joined(separator: " ") + "\n\n"
        if let chartFiles { out += image(chartFiles.themeBars, charts.themeBarsTitle) }
        out += markdown.render(tables.summary) + "\n"
        out += "## 2. \(names[1])\n\n"
        if data.changes.isEmpty { out += l.t("Geen voortgang vastgelegd in deze periode.", "No progress recorded in this period.") + "\n\n" }
        for group in data.changes {
            out += "### \(md(group.theme.id)) \(md(group.theme.title))\n\n" + markdown.render(tables.changes(group.entries)) + "\n"
        }
        out += "## 3. \(names[2])\n\n"
        out += data.lateItems.isEmpty ? l.t("Niets te laat.", "Nothing overdue.") + "\n\n" : markdown.render(tables.late) + "\n"
        if !data.staleItems.isEmpty {
            out += "### \(text.withoutProgressHeading)\n\n\(text.withoutProgressIntro)\n\n" + markdown.render(tables.withoutProgress) + "\n"
        }
        out += "## 4. \(names[3])\n\n"
        out += data.recurring.isEmpty ? l.t("Geen terugkerende verplichtingen dit jaar.", "No recurring commitments this year.") + "\n\n" : markdown.render(tables.recurring) + "\n"
        if !data.missed.isEmpty {
            out += "### \(text.missedHeading)\n\n\(text.missedIntro)\n\n" + markdown.render(tables.missed) + "\n"
        }
        out += "## 5. \(names[4])\n\n"
        if !charts.hasBudget {
            out += l.t("Het plan noemt geen bedragen.", "The plan names no amounts.") + "\n\n"
        } else {
            if let chartFiles { out += image(chartFiles.budget, "\(charts.budgetTitle): \(charts.budgetSummary)") }
            out += markdown.render(tables.budget) + "\n"
            if data.budget.years.contains(where: { $0.spent == nil }) { out += text.unknownSpending + "\n\n" }
        }
        out += l.t("Op bestaande budgetten (niet in de bedragen): \(data.budget.existingBudgetActivities) activiteiten en \(data.budget.existingBudgetActions) acties.",
                   "On existing budgets (not in the amounts): \(data.budget.existingBudgetActivities) activities and \(data.budget.existingBudgetActions) actions.") + "\n\n"
        out += "## 6. \(names[5])\n\n"
        if let chartFiles {
            out += image(chartFiles.timeline, "\(charts.timelineTitle). \(charts.timelineCaption)")
        } else {
            out += l.t("De tijdlijn staat als grafiek in de HTML- en de Word-versie van dit rapport; per actie de planning:",
                       "The timeline is a chart in the HTML and Word versions of this report; per action the planning:") + "\n\n"
            out += markdown.render(tables.timeline) + "\n"
        }
        out += "## 7. \(names[6])\n\n" + markdown.render(tables.workload) + "\n"
        out += "## 8. \(names[7])\n\n" + markdown.render(tables.appendix)
        return out
    }

    /// Text for an image's caption: brackets and backslashes escaped so the caption cannot end the
    /// image reference.
    static func escapeInline(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\[]".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
