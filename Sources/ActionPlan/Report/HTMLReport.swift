import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace
/// The progress report as one self-contained HTML page: inline CSS and SVG, no scripts, no external
/// fonts or images, printable on A4, readable on a phone, every text from the plan escaped.
package enum HTMLReport {
    static let colours = ReportCharts.colours

    static let style = """
        :root { color-scheme: light; }
        body { font-family: "Segoe UI", Helvetica, Arial, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem; color: #1a1a1a; line-height: 1.45; }
        h1 { font-size: 1.7rem; margin: 0.2rem 0; } h2 { font-size: 1.3rem; border-bottom: 2px solid #1565c0; padding-bottom: 0.2rem; margin-top: 2rem; }
        h3 { font-size: 1.05rem; }
        .title-page { border-left: 6px solid #1565c0; padding: 0.5rem 1rem; margin-bottom: 1.5rem; }
        .key-message { background: #f0f4f8; border-left: 4px solid #1565c0; padding: 0.3rem 1rem; margin: 1rem 0; font-weight: 600; }
        .key-message h3 { margin: 0.3rem 0; font-size: 0.9rem; text-transform: uppercase; letter-spacing: 0.06em; color: #555; }
        h4 { font-size: 0.95rem; margin-bottom: 0.3rem; }
        .kicker { text-transform: uppercase; letter-spacing: 0.08em; color: #555; font-size: 0.85rem; }
        dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; } dl.meta dt { font-weight: 600; }
        table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.9rem; }
        th, td { border-bottom: 1px solid #ddd; padding: 0.3rem 0.4rem; text-align: left; vertical-align: top; }
        th { background: #f0f4f8; } td.num, th.num { text-align: right; white-space: nowrap; }
        table.dated td:first-child { white-space: nowrap; }
        tr.late td { color: #b71c1c; } tr.total td { font-weight: 600; border-top: 2px solid #999; }
        .table-wrap { overflow-x: auto; }
        svg { max-width: 100%; height: auto; } svg.bar { vertical-align: middle; }
        .legend span { display: inline-block; margin-right: 1rem; font-size: 0.85rem; }
        .legend i { display: inline-block; width: 0.8rem; height: 0.8rem; margin-right: 0.3rem; vertical-align: -0.1rem; }
        figure { margin: 0.5rem 0 1rem; } figcaption { font-size: 0.85rem; color: #444; }
        @media (max-width: 40rem) { body { padding: 0.5rem; } table { font-size: 0.8rem; } }
        @page { size: A4; margin: 15mm 12mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10pt; }
          h2, h3 { break-after: avoid; page-break-after: avoid; }
          /* A title page of its own, then each section from a new page. */
          .title-page { break-after: page; page-break-after: always; min-height: 240mm; display: flex; flex-direction: column;
                        justify-content: center; border-left-width: 10px; padding-left: 2rem; }
          .title-page h1 { font-size: 24pt; } .title-page .kicker { font-size: 12pt; }
          main > section { break-before: page; page-break-before: always; }
          h4 { break-after: avoid; page-break-after: avoid; }
          thead { display: table-header-group; } tr, figure, svg { break-inside: avoid; }
          figure.chart { break-inside: avoid; page-break-inside: avoid; } figure.chart svg { max-height: 215mm; width: auto; max-width: 100%; }
          .table-wrap { overflow: visible; }
        }
        """

    /// The page.
    package static func render(_ data: ReportData) -> String {
        let text = ReportText(data.language)
        let l = text.l
        let tables = ReportTables(data: data, text: text)
        let charts = ReportCharts(data: data, text: text)
        let plan = data.plan.metadata
        let names = text.sections
        func e(_ value: String) -> String { HTMLText.escape(value) }
        var out = """
            <!DOCTYPE html>
            <html lang="\(data.language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(e(l.t("Voortgangsrapportage", "Progress report"))) — \(e(plan.title))</title>
            <style>\(style)</style>
            </head>
            <body>
            <header class="title-page">
            <p class="kicker">\(e(l.t("Voortgangsrapportage", "Progress report")))</p>
            <h1>\(e(plan.title))</h1>
            <dl class="meta">
            <dt>\(e(l.t("Regio", "Region")))</dt><dd>\(e(plan.region))</dd>
            <dt>\(e(l.t("Looptijd", "Period")))</dt><dd>\(plan.period.firstYear)–\(plan.period.lastYear)</dd>

            """
        if let adoption = plan.adoption {
            out += "<dt>\(e(l.t("Vastgesteld door", "Adopted by")))</dt><dd>\(e(adoption.by ?? "—"))\(adoption.date.map { ", " + e(l.date($0)) } ?? "")</dd>\n"
        }
        out += """
            <dt>\(e(l.t("Stand per", "As of")))</dt><dd>\(e(l.date(data.asOf)))</dd>
            <dt>\(e(l.t("Verslagperiode", "Reporting period")))</dt><dd>\(e(l.date(data.since))) – \(e(l.date(data.asOf)))</dd>
            \(data.comparison.map { "<dt>\(e(l.t("Vorig verslag", "Previous report")))</dt><dd>\(e(l.date($0.previous)))</dd>" } ?? "")
            </dl>
            </header>
            <main>

            """
        let narrative = data.narrative
        // 1. Summary: the adviser's key message and introduction, the sentences, a bar per theme, the decision asked.
        out += "<section id=\"samenvatting\"><h2>1. \(e(names[0]))</h2>\n"
        if !narrative.keyMessage.isEmpty {
            out += "<aside class=\"key-message\"><h3>\(e(text.keyMessageHeading))</h3>\n\(blocks(narrative.keyMessage))</aside>\n"
        }
        out += blocks(narrative.introduction)
        out += text.sentences(data).map { "<p>\(e($0))</p>" }.joined(separator: "\n") + "\n"
        out += "<p class=\"legend\">" + ReportText.standings.map { "<span><i style=\"background:\(colours[$0]!)\"></i>\(e(text.standing($0)))</span>" }.joined() + "</p>\n"
        out += "<div class=\"table-wrap\"><table><thead><tr><th scope=\"col\">\(e(l.t("Thema", "Theme")))</th>"
            + ReportText.standings.map { "<th scope=\"col\" class=\"num\">\(e(text.standing($0).capitalizedFirst))</th>" }.joined()
            + "<th scope=\"col\">\(e(l.t("Verdeling", "Distribution")))</th></tr></thead><tbody>\n"
        for summary in data.themes {
            let segments = ReportText.standings.map { SVGCharts.Segment(label: text.standing($0), value: summary.counts[$0] ?? 0, colour: colours[$0]!) }
            let description = ReportText.standings.map { "\(summary.counts[$0] ?? 0) \(text.standing($0))" }.joined(separator: ", ")
            out += "<tr><th scope=\"row\">\(e(summary.theme.id)) \(e(summary.theme.title))</th>"
                + ReportText.standings.map { "<td class=\"num\">\(summary.counts[$0] ?? 0)</td>" }.joined()
                + "<td>\(SVGCharts.stackedBar(segments, title: "\(summary.theme.title): \(description)"))</td></tr>\n"
        }
        let totals = data.totals
        out += "<tr class=\"total\"><th scope=\"row\">\(e(l.t("Totaal", "Total")))</th>" + ReportText.standings.map { "<td class=\"num\">\(totals[$0] ?? 0)</td>" }.joined() + "<td></td></tr>\n"
        out += "</tbody></table></div>\n"
        if !narrative.decision.isEmpty {
            out += "<h3>\(e(text.decisionHeading))</h3>\n" + blocks(narrative.decision)
        }
        out += "</section>\n"
        // 2. Per theme: the adviser's narrative and what was done and changed.
        out += "<section id=\"per-thema\"><h2>2. \(e(names[1]))</h2>\n"
        if data.changes.isEmpty && narrative.themes.isEmpty {
            out += "<p>\(e(l.t("Geen voortgang vastgelegd in deze periode.", "No progress recorded in this period.")))</p>\n"
        }
        if let comparison = data.comparison {
            out += "<p>\(e(text.thenAndNowIntro))</p>\n" + table(tables.thenAndNow(comparison))
        }
        for theme in data.plan.themes {
            let entries = data.changes.first { $0.theme.id == theme.id }?.entries ?? []
            let story = narrative.themes[theme.id] ?? []
            let sincePrevious = data.comparison?.changes.first { $0.theme.id == theme.id }?.changes ?? []
            guard !entries.isEmpty || !story.isEmpty || !sincePrevious.isEmpty else { continue }
            out += "<h3>\(e(theme.id)) \(e(theme.title))</h3>\n" + blocks(story)
            if let comparison = data.comparison, !sincePrevious.isEmpty {
                out += "<h4>\(e(text.sincePrevious(comparison.previous)))</h4>\n" + table(tables.sincePrevious(sincePrevious))
            }
            if !entries.isEmpty { out += table(tables.changes(entries), className: "dated") }
        }
        if !data.formerActions.isEmpty {
            let (heading, intro) = tables.formerActionsHeading
            out += "<h3>\(e(heading))</h3>\n<p>\(e(intro))</p>\n" + table(tables.formerActions, className: "dated")
        }
        out += "</section>\n"
        // 3. Attention points.
        out += "<section id=\"aandachtspunten\"><h2>3. \(e(names[2]))</h2>\n"
        out += data.lateItems.isEmpty ? "<p>\(e(l.t("Niets te laat.", "Nothing overdue.")))</p>\n" : table(tables.late)
        if !data.staleItems.isEmpty {
            out += "<h3>\(e(text.withoutProgressHeading))</h3>\n<p>\(e(text.withoutProgressIntro))</p>\n" + table(tables.withoutProgress)
        }
        out += "</section>\n"
        // 4. Recurring commitments.
        // 4. Outlook: what falls due in the coming period, per theme.
        out += "<section id=\"vooruitblik\"><h2>4. \(e(names[3]))</h2>\n<p>\(e(text.outlookIntro(data.asOf, data.outlook.until)))</p>\n"
        if data.outlook.themes.isEmpty { out += "<p>\(e(text.nothingDue(data.outlook.until)))</p>\n" }
        for group in data.outlook.themes {
            out += "<h3>\(e(group.theme.id)) \(e(group.theme.title))</h3>\n" + table(tables.outlook(group.items), className: "dated")
        }
        out += "</section>\n"
        out += "<section id=\"terugkerend\"><h2>5. \(e(names[4]))</h2>\n"
        out += data.recurring.isEmpty ? "<p>\(e(l.t("Geen terugkerende verplichtingen dit jaar.", "No recurring commitments this year.")))</p>\n" : table(tables.recurring)
        if !data.missed.isEmpty {
            out += "<h3>\(e(text.missedHeading))</h3>\n<p>\(e(text.missedIntro))</p>\n" + table(tables.missed)
        }
        out += "</section>\n"
        // 5. Budget with a bar chart.
        out += "<section id=\"budget\"><h2>6. \(e(names[5]))</h2>\n"
        if !charts.hasBudget {
            out += "<p>\(e(l.t("Het plan noemt geen bedragen.", "The plan names no amounts.")))</p>\n"
        } else {
            out += "<figure class=\"chart\">" + charts.budget + "<figcaption>\(e(charts.budgetTitle)): \(e(charts.budgetSummary)).</figcaption></figure>\n"
            out += table(tables.budget)
            if data.budget.years.contains(where: { $0.spent == nil }) { out += "<p>\(e(text.unknownSpending))</p>\n" }
            out += "<h3>\(e(text.budgetByThemeHeading))</h3>\n" + table(tables.budgetByTheme)
        }
        out += "<p>\(e(l.t("Op bestaande budgetten (niet in de bedragen): \(data.budget.existingBudgetActivities) activiteiten en \(data.budget.existingBudgetActions) acties.", "On existing budgets (not in the amounts): \(data.budget.existingBudgetActivities) activities and \(data.budget.existingBudgetActions) actions.")))</p>\n"
        if data.budget.amountsToBeSet > 0 { out += "<p>\(e(l.amountsToBeSet(data.budget.amountsToBeSet)))</p>\n" }
        out += "</section>\n"
        // 6. Timeline.
        out += "<section id=\"tijdlijn\"><h2>7. \(e(names[6]))</h2>\n"
        // The legend is drawn inside the chart and the figure is kept on one page, so print never
        // parts the key from the chart.
        out += "<figure class=\"chart\">" + charts.timeline
            + "<figcaption>\(e(charts.timelineTitle)). \(e(charts.timelineCaption))</figcaption></figure>\n"
        out += "</section>\n"
        // 7. Owners, 8. Appendix.
        out += "<section id=\"eigenaren\"><h2>8. \(e(names[7]))</h2>\n" + table(tables.workload) + "</section>\n"
        out += "<section id=\"bijlage\"><h2>9. \(e(names[8]))</h2>\n"
        var lastTheme: String?
        for group in tables.appendix {
            if group.theme.id != lastTheme {
                out += "<h3>\(e(group.theme.id)) \(e(group.theme.title))</h3>\n"
                lastTheme = group.theme.id
            }
            if let activity = group.activity {
                out += "<h4>\(e(activity.id)) \(e(activity.title))</h4>\n"
                if let goal = activity.goal { out += "<p><strong>\(e(text.goalLabel))</strong>: \(e(goal))</p>\n" }
                if !activity.results.isEmpty {
                    out += "<p><strong>\(e(text.resultsLabel))</strong>:</p>\n<ul>" + activity.results.map { "<li>\(e($0))</li>" }.joined() + "</ul>\n"
                }
            }
            out += table(group.table)
        }
        out += "</section>\n"
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    /// The adviser's text: paragraphs and lists, every text escaped.
    static func blocks(_ blocks: [ReportNarrative.Block]) -> String {
        blocks.map { block in
            switch block {
            case .paragraph(let text): return "<p>\(HTMLText.escape(text))</p>\n"
            case .list(let items): return "<ul>" + items.map { "<li>\(HTMLText.escape($0))</li>" }.joined() + "</ul>\n"
            }
        }.joined()
    }

    /// A table with real header cells and column widths that fit the content; numbers
    /// right-aligned, late rows marked, totals set apart.
    static func table(_ tabular: Tabular, className: String? = nil) -> String {
        let tabular = tabular.limitedRows()
        var out = "<div class=\"table-wrap\"><table\(className.map { " class=\"\($0)\"" } ?? "")>"
        // The widths the Word report uses: each column as wide as its longest word, the rest by content.
        let widths = ColumnWidths.relative(tabular)
        let total = max(1, widths.reduce(0, +))
        out += "<colgroup>" + widths.map { "<col style=\"width:\($0 * 100 / total)%\">" }.joined() + "</colgroup><thead><tr>"
        out += tabular.columns.map { "<th scope=\"col\"\($0.numeric ? " class=\"num\"" : "")>\(HTMLText.escape($0.header))</th>" }.joined()
        out += "</tr></thead><tbody>\n"
        for row in tabular.rows {
            let classes = (row.highlighted ? ["late"] : []) + (row.isTotal ? ["total"] : [])
            out += "<tr\(classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\"")>"
            out += zip(row.cells, tabular.columns).map { cell, column in
                "<td\(column.numeric ? " class=\"num\"" : "")>\(HTMLText.escape(cell.text))</td>"
            }.joined()
            out += "</tr>\n"
        }
        if let more = tabular.omittedLine {
            out += "<tr class=\"more\"><td colspan=\"\(max(1, tabular.columns.count))\">\(HTMLText.escape(more))</td></tr>\n"
        }
        return out + "</tbody></table></div>\n"
    }
}
