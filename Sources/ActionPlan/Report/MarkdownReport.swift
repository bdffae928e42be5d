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
    /// `titlePageEnd`: what ends the title page (a page break the Word report puts in).
    static func render(_ data: ReportData, charts chartFiles: ChartFiles?, titlePageEnd: String? = nil) -> String {
        let text = ReportText(data.language)
        let l = text.l
        let tables = ReportTables(data: data, text: text)
        let charts = ReportCharts(data: data, text: text)
        var markdown = MarkdownRenderer(documentTables: true)
        markdown.boldHighlighted = true
        let plan = data.plan.metadata
        let names = text.sections
        // Every text from the plan is escaped: no HTML, links or images from other organisations.
        let md = { (text: String) in MarkdownText.escaped(text, lineBreak: " ") }
        // Word numbers its headings itself (a numbered heading style), so an inserted section renumbers.
        let numbered = chartFiles == nil
        var number = 0
        func section(_ name: String) -> String {
            number += 1
            return numbered ? "## \(number). \(name)\n\n" : "## \(name)\n\n"
        }
        var out: String
        if titlePageEnd != nil {
            // Word: a title page in the document's Title and Subtitle styles (fenced divs are ours, never the plan's).
            out = "::: {custom-style=\"Title\"}\n\(md(plan.title))\n:::\n\n"
            out += "::: {custom-style=\"Subtitle\"}\n\(l.t("Voortgangsrapportage", "Progress report")) · \(l.t("stand per", "as of")) \(l.date(data.asOf))\n:::\n\n"
        } else {
            out = "# \(l.t("Voortgangsrapportage", "Progress report")): \(md(plan.title))\n\n"
        }
        out += "- **\(l.t("Regio", "Region"))**: \(md(plan.region))\n"
        func image(_ file: String, _ caption: String) -> String {
            "![\(escapeInline(caption))](\(file))\n\n"
        }
        out += "- **\(l.t("Looptijd", "Period"))**: \(plan.period.firstYear)–\(plan.period.lastYear)\n"
        if let adoption = plan.adoption {
            out += "- **\(l.t("Vastgesteld door", "Adopted by"))**: \(adoption.by.map(md) ?? "—")\(adoption.date.map { ", \(l.date($0))" } ?? "")\n"
        }
        out += "- **\(l.t("Stand per", "As of"))**: \(l.date(data.asOf))\n"
        out += "- **\(l.t("Verslagperiode", "Reporting period"))**: \(l.date(data.since)) – \(l.date(data.asOf))\n"
        if let comparison = data.comparison { out += "- **\(l.t("Vorig verslag", "Previous report"))**: \(l.date(comparison.previous))\n" }
        out += "\n"
        if let titlePageEnd { out += titlePageEnd + "\n\n" }

        let narrative = data.narrative
        out += section(names[0])
        if !narrative.keyMessage.isEmpty {
            out += "**\(text.keyMessageHeading)**\n\n" + blocks(narrative.keyMessage, bold: true)
        }
        out += blocks(narrative.introduction)
        // The sentences quote the plan (action ids): escaped like every other text from it.
        out += text.sentences(data).map(md).joined(separator: " ") + "\n\n"
        if let chartFiles { out += image(chartFiles.themeBars, charts.themeBarsTitle) }
        out += markdown.render(tables.summary) + "\n"
        if !narrative.decision.isEmpty {
            out += "### \(text.decisionHeading)\n\n" + blocks(narrative.decision)
        }
        out += section(names[1])
        if data.changes.isEmpty && narrative.themes.isEmpty {
            out += l.t("Geen voortgang vastgelegd in deze periode.", "No progress recorded in this period.") + "\n\n"
        }
        if let comparison = data.comparison {
            out += text.thenAndNowIntro + "\n\n" + markdown.render(tables.thenAndNow(comparison)) + "\n"
        }
        for theme in data.plan.themes {
            let entries = data.changes.first { $0.theme.id == theme.id }?.entries ?? []
            let story = narrative.themes[theme.id] ?? []
            let sincePrevious = data.comparison?.changes.first { $0.theme.id == theme.id }?.changes ?? []
            guard !entries.isEmpty || !story.isEmpty || !sincePrevious.isEmpty else { continue }
            out += "### \(md(theme.id)) \(md(theme.title))\n\n" + blocks(story)
            if let comparison = data.comparison, !sincePrevious.isEmpty {
                out += "**\(text.sincePrevious(comparison.previous))**\n\n" + markdown.render(tables.sincePrevious(sincePrevious)) + "\n"
            }
            if !entries.isEmpty { out += markdown.render(tables.changes(entries)) + "\n" }
        }
        if !data.formerActions.isEmpty {
            let (heading, intro) = tables.formerActionsHeading
            out += "### \(heading)\n\n\(intro)\n\n" + markdown.render(tables.formerActions) + "\n"
        }
        out += section(names[2])
        out += data.lateItems.isEmpty ? l.t("Niets te laat.", "Nothing overdue.") + "\n\n" : markdown.render(tables.late) + "\n"
        if !data.staleItems.isEmpty {
            out += "### \(text.withoutProgressHeading)\n\n\(text.withoutProgressIntro)\n\n" + markdown.render(tables.withoutProgress) + "\n"
        }
        out += section(names[3])
        out += text.outlookIntro(data.asOf, data.outlook.until) + "\n\n"
        if data.outlook.themes.isEmpty { out += text.nothingDue(data.outlook.until) + "\n\n" }
        for group in data.outlook.themes {
            out += "### \(md(group.theme.id)) \(md(group.theme.title))\n\n" + markdown.render(tables.outlook(group.items)) + "\n"
        }
        out += section(names[4])
        out += data.recurring.isEmpty ? l.t("Geen terugkerende verplichtingen dit jaar.", "No recurring commitments this year.") + "\n\n" : markdown.render(tables.recurring) + "\n"
        if !data.missed.isEmpty {
            out += "### \(text.missedHeading)\n\n\(text.missedIntro)\n\n" + markdown.render(tables.missed) + "\n"
        }
        out += section(names[5])
        if !charts.hasBudget {
            out += l.t("Het plan noemt geen bedragen.", "The plan names no amounts.") + "\n\n"
        } else {
            if let chartFiles { out += image(chartFiles.budget, "\(charts.budgetTitle): \(charts.budgetSummary)") }
            out += markdown.render(tables.budget) + "\n"
            if data.budget.years.contains(where: { $0.spent == nil }) { out += text.unknownSpending + "\n\n" }
            out += "### \(text.budgetByThemeHeading)\n\n" + markdown.render(tables.budgetByTheme) + "\n"
        }
        out += l.t("Op bestaande budgetten (niet in de bedragen): \(data.budget.existingBudgetActivities) activiteiten en \(data.budget.existingBudgetActions) acties.",
                   "On existing budgets (not in the amounts): \(data.budget.existingBudgetActivities) activities and \(data.budget.existingBudgetActions) actions.") + "\n\n"
        if data.budget.amountsToBeSet > 0 { out += l.amountsToBeSet(data.budget.amountsToBeSet) + "\n\n" }
        out += section(names[6])
        if let chartFiles {
            out += image(chartFiles.timeline, "\(charts.timelineTitle). \(charts.timelineCaption)")
        } else {
            out += l.t("De tijdlijn staat als grafiek in de HTML- en de Word-versie van dit rapport; per actie de planning:",
                       "The timeline is a chart in the HTML and Word versions of this report; per action the planning:") + "\n\n"
            out += markdown.render(tables.timeline) + "\n"
        }
        out += section(names[7]) + markdown.render(tables.workload) + "\n"
        out += section(names[8])
        var lastTheme: String?
        for group in tables.appendix {
            if group.theme.id != lastTheme {
                out += "### \(md(group.theme.id)) \(md(group.theme.title))\n\n"
                lastTheme = group.theme.id
            }
            if let activity = group.activity {
                out += "#### \(md(activity.id)) \(md(activity.title))\n\n"
                if let goal = activity.goal { out += "**\(text.goalLabel)**: \(md(goal))\n\n" }
                if !activity.results.isEmpty {
                    out += "**\(text.resultsLabel)**:\n\n" + activity.results.map { "- \(md($0))\n" }.joined() + "\n"
                }
            }
            out += markdown.render(group.table) + "\n"
        }
        return out
    }

    /// The adviser's text as Markdown: paragraphs and lists, every text escaped.
    static func blocks(_ blocks: [ReportNarrative.Block], bold: Bool = false) -> String {
        // A paragraph starts a line, where pandoc would also read a fenced div (`:::`), a numbered
        // list (`2025. …`, `1) …`) or a definition (`: …`): those marks are escaped too.
        let md = { (text: String) -> String in
            var escaped = MarkdownText.escaped(text, lineBreak: " ")
            let digits = escaped.prefix { $0.isASCII && $0.isNumber }
            if escaped.hasPrefix(":") || escaped.hasPrefix("(") {
                escaped.insert("\\", at: escaped.startIndex)
            } else if !digits.isEmpty, let mark = escaped.dropFirst(digits.count).first, mark == "." || mark == ")" {
                escaped.insert("\\", at: escaped.index(escaped.startIndex, offsetBy: digits.count))
            }
            return escaped
        }
        return blocks.map { block in
            switch block {
            case .paragraph(let text): return (bold ? "**\(md(text))**" : md(text)) + "\n\n"
            case .list(let items): return items.map { "- \(md($0))\n" }.joined() + "\n"
            }
        }.joined()
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
