import ActionPlan
import Foundation
import Testing

/// The progress report: Markdown against a golden file, the HTML's structure, escaping, and that it
/// references nothing outside itself.
@Suite("Progress report")
struct ReportTests {
    static let asOf = CalendarDate(iso: "2025-01-01")!

    static func rotterdamWithExample() throws -> TrackedPlan {
        let plan = try #require(PlanLoader.load(path: TestSupport.shippedPlan("rotterdam-2024-2026.yaml")).plan)
        let progress = ProgressLoader.load(
            path: TestSupport.packageRoot.appendingPathComponent("examples/rotterdam-2024-2026.voorbeeld.progress.yaml").path,
            plan: plan, today: asOf)
        #expect(progress.diagnostics.isEmpty)
        return TrackedPlan(plan: plan, progress: progress.progress)
    }

    private func data() throws -> ReportData {
        try ReportData(tracked: try Self.rotterdamWithExample(), asOf: Self.asOf, since: CalendarDate(iso: "2024-01-01")!, language: .nl)
    }

    @Test("the Markdown report of Rotterdam with the example progress on 1 January 2025")
    func markdown() throws {
        try TestSupport.assertGolden(MarkdownReport.render(try data()), "report/rotterdam-2025-01-01.md")
    }

    @Test("the HTML report has every section in order, with headings, table headers and chart descriptions")
    func structure() throws {
        let html = HTMLReport.render(try data())
        let sections = ["samenvatting", "per-thema", "aandachtspunten", "vooruitblik", "terugkerend", "budget", "tijdlijn", "eigenaren", "bijlage"]
        let positions = sections.map { html.range(of: "<section id=\"\($0)\">")?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 }.sorted() == positions.compactMap { $0 }, "sections in the order of the brief")
        #expect(html.contains("<h1>Regionaal Actieplan Mensenhandel Regio Rotterdam 2024-2026</h1>"))
        #expect(html.contains("Voortgangsrapportage"))
        #expect(html.components(separatedBy: "<h2>").count - 1 == 9)
        #expect(html.contains("<th scope=\"col\">"))
        #expect(html.contains("Van de 47 acties zijn er 2 afgerond, lopen er 37, zijn er 3 vertraagd, zijn er 4 nog niet gestart en is er 1 vervallen."))
        // Every chart has a title for screen readers.
        let charts = html.components(separatedBy: "<svg").count - 1
        let titled = html.components(separatedBy: "role=\"img\"").count - 1
        #expect(charts == titled && charts == 5 + 1, "five theme bars and the timeline (Rotterdam has no budget chart)")
        // The timeline has a row per action.
        let timeline = String(html[html.range(of: "<section id=\"tijdlijn\">")!.lowerBound...])
        #expect(timeline.components(separatedBy: "<g><title>").count - 1 == 47)
    }

    @Test("the HTML references nothing external: no scripts, no links, no remote images or fonts")
    func selfContained() throws {
        let html = HTMLReport.render(try data()).lowercased()
        for forbidden in ["<script", "<link", "src=", "@import", "url(", "http://www.w3.org/1999/xlink", "<iframe", "<img"] {
            #expect(!html.contains(forbidden), "found \(forbidden)")
        }
        let urls = html.components(separatedBy: "http").dropFirst()
        #expect(urls.allSatisfy { $0.hasPrefix("://www.w3.org/2000/svg") }, "only the SVG namespace")
    }

    @Test("markup in titles, notes and owner names comes out as text")
    func escaping() throws {
        let yaml = """
            plan:
              id: inject
              title: "<script>alert(1)</script> plan"
              region: "\\"><img src=x onerror=alert(1)>"
              period: 2024-2025
              language: en
            organisations:
              evil:
                name: "<b onmouseover=alert(1)>Evil</b>"
                aliases: ["<svg onload=alert(1)>"]
            themes:
              - id: "1"
                title: "Theme </title><script>x</script>"
                actions:
                  - id: "1.1"
                    title: "Action \\"><img src=x onerror=alert(2)> & more"
                    planning: Q1 2024
                    owners: [{org: evil, role: "<i>chair</i>"}]
            """
        let plan = try #require(PlanLoader.load(bytes: Array(yaml.utf8), path: "inject.yaml").plan)
        let progress = PlanProgress(entries: [
            ProgressEntry(actionID: "1.1", date: CalendarDate(iso: "2024-02-01")!, status: .started, note: "<script>steal()</script>"),
        ])
        let html = HTMLReport.render(try ReportData(tracked: TrackedPlan(plan: plan, progress: progress), asOf: CalendarDate(iso: "2024-06-01")!,
                                                since: CalendarDate(iso: "2024-01-01")!, language: .en))
        for raw in ["<script", "<img", "<b ", "<svg onload", "<i>", "onerror=alert(2)>"] {
            #expect(!html.contains(raw), "\(raw) must be escaped")
        }
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; plan"))
        #expect(html.contains("&lt;script&gt;steal()&lt;/script&gt;"))
        #expect(html.contains("&amp; more"))
    }

    @Test("the chart code: segments in proportion, escaped labels")
    func charts() {
        let svg = SVGCharts.stackedBar([.init(label: "a<b", value: 1, colour: "#000"), .init(label: "c", value: 3, colour: "#fff")],
                                       title: "t&t", width: 100)
        #expect(svg.contains("width=\"25\""))
        #expect(svg.contains("width=\"75\""))
        #expect(svg.contains("a&lt;b: 1"))
        #expect(svg.contains("aria-label=\"t&amp;t\""))
    }

    @Test("plan report writes HTML and Markdown through the command line")
    func command() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actionplan-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("r.html").path
        let result = try TestSupport.runPlan(["report", "plans/zuid-limburg-2022-2025.yaml", "--as-of", "2024-01-01", "--output", output])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOfFile: output, encoding: .utf8)
        #expect(html.contains("<h1>Uitvoeringsplan Mensenhandel Zuid-Limburg 2022-2025</h1>"))
        #expect(html.contains("€ 153.000"))
        let markdown = try TestSupport.runPlan(["report", "plans/zuid-limburg-2022-2025.yaml", "--as-of", "2024-01-01", "--format", "markdown", "--lang", "en"])
        #expect(markdown.stdout.hasPrefix("# Progress report: Uitvoeringsplan Mensenhandel Zuid-Limburg 2022-2025"))
    }

    private func dataOn(_ asOf: String) throws -> ReportData {
        let day = CalendarDate(iso: asOf)!
        return try ReportData(tracked: try Self.rotterdamWithExample(), asOf: day, since: day.adding(months: -12), language: .nl)
    }

    @Test("Markdown tables carry relative widths in their separator lines, and the report has no raw HTML")
    func markdownWidths() throws {
        let markdown = MarkdownReport.render(try dataOn("2025-03-01"))
        let separators = markdown.split(separator: "\n").filter { $0.hasPrefix("|-") }
        #expect(separators.count >= 8)
        for separator in separators {
            let dashes = separator.split(separator: "|").map { $0.filter { $0 == "-" }.count }
            #expect(separator.count > 72, "pandoc takes relative widths only from a line longer than 72 characters: \(separator)")
            #expect(dashes.allSatisfy { $0 >= 3 })
            if dashes.count > 2 { #expect(Set(dashes).count > 1, "columns sized by their content: \(separator)") }
        }
        #expect(!markdown.contains("<br>"))
        #expect(markdown.range(of: "<[a-zA-Z/]", options: .regularExpression) == nil, "no raw HTML")
    }

    @Test("dates in tables are short and do not break; owners by name; items without progress summarised per theme")
    func printableTables() throws {
        let markdown = MarkdownReport.render(try dataOn("2025-03-01"))
        #expect(markdown.contains("| 31\u{00A0}dec\u{00A0}2024 |"))
        #expect(!markdown.contains("| 2024-12-31"))
        #expect(markdown.contains("| VAR (trekker), Gemeente Rotterdam |"), "2.12's owners by display name, the lead marked")
        #expect(!markdown.contains("gemeente-rotterdam"))
        #expect(!markdown.contains("geen voortgang |"), "no row per stale item")
        #expect(markdown.contains("### Zonder voortgang"))
        #expect(markdown.contains("| 3 Bewustwording, signaleren en melden | 11 | 3.1, 3.2, 3.3, 3.4, 3.5, 3.6, 3.7, 3.9, 3.10, 3.11, 3.13 |"))
    }

    @Test("the timeline: no due date after the as-of date has the late colour; missed ones have it")
    func onlyLateIsRed() throws {
        let asOf = CalendarDate(iso: "2025-03-01")!
        let html = HTMLReport.render(try dataOn("2025-03-01"))
        let timeline = String(html[html.range(of: "<svg class=\"gantt\"")!.lowerBound...])
            .components(separatedBy: "</svg>")[0]
        let marks = timeline.components(separatedBy: "<path data-due=\"").dropFirst().map { mark -> (CalendarDate, String) in
            let due = CalendarDate(iso: mark.prefix(10))!
            let fill = mark.components(separatedBy: "fill=\"")[1].prefix(7)
            return (due, String(fill))
        }
        #expect(marks.count > 25)
        let late = "#c62828"
        for (due, fill) in marks where due > asOf {
            #expect(fill != late, "a due marker on \(due), after the as-of date, is drawn late")
        }
        #expect(marks.filter { $0.1 == late }.count == 5, "2.1 and 2.3 (2024 missed, history: the mark, not the row), 2.12, 3.14 and 5.4 (deadline passed)")
        // The legend is part of the chart, so print cannot part them.
        #expect(timeline.contains(">vertraagd</text>"))
        #expect(html.contains("<figure class=\"chart\"><svg class=\"gantt\""))
    }

    @Test("plan report takes one plan: a folder or several files are a usage error that says so")
    func onePlan() throws {
        let folder = try TestSupport.runPlan(["report", "plans/"])
        #expect(folder.status == 64)
        #expect(folder.stderr.contains("'plans/' is a folder"), "\(folder.stderr)")
        #expect(folder.stdout.isEmpty)
        let two = try TestSupport.runPlan(["report", "plans/rotterdam-2024-2026.yaml", "plans/zuid-limburg-2022-2025.yaml"])
        #expect(two.status == 64)
        #expect(two.stderr.contains("one plan"), "\(two.stderr)")
    }

    @Test("actions not yet scheduled are named in the summary, and leave it once done")
    func notYetScheduled() throws {
        let text = """
            plan: {id: u-2025, title: U, region: R, period: 2025-2026, language: nl}
            organisations:
              VAR: {name: VeiligheidsAlliantie}
            themes:
              - id: "1"
                title: T
                actions:
                  - {id: "1.1", title: Iets., planning: nog te bepalen, owners: [VAR]}
                  - {id: "1.2", title: Iets anders., planning: n.t.b., owners: [VAR]}
                  - {id: "1.3", title: Nog iets., planning: "2025", owners: [VAR]}
            """
        let plan = try #require(TestSupport.load(text).plan)
        let day = CalendarDate(iso: "2025-06-01")!
        let open = MarkdownReport.render(try ReportData(tracked: TrackedPlan(plan: plan), asOf: day, since: day.adding(months: -12), language: .nl))
        #expect(open.contains("2 acties zijn nog niet ingepland (nog te bepalen): 1.1, 1.2."))
        let progress = PlanProgress(entries: [ProgressEntry(actionID: "1.1", date: CalendarDate(iso: "2025-05-01")!, status: .done)])
        let oneDone = MarkdownReport.render(try ReportData(tracked: TrackedPlan(plan: plan, progress: progress), asOf: day,
                                                           since: day.adding(months: -12), language: .nl))
        #expect(oneDone.contains("Eén actie is nog niet ingepland (nog te bepalen): 1.2."))
        // The ids are the plan's text: escaped in the sentence like everywhere else (raw before).
        let hostile = try #require(TestSupport.load(text.replacingOccurrences(
            of: "id: \"1.2\"", with: "id: \"<img src=x onerror=alert(1)>[c](javascript:alert(1))\"")).plan)
        let escaped = MarkdownReport.render(try ReportData(tracked: TrackedPlan(plan: hostile), asOf: day, since: day.adding(months: -12), language: .nl))
        #expect(!escaped.contains("<img") && !escaped.contains("[c](javascript") && escaped.contains("\\[c\\](javascript"))
        #expect(escaped.contains("&lt;img src=x onerror=alert(1)&gt;"))
    }
}

/// The appendix per theme and activity, and the money per theme, on Zuid-Limburg (the plan with activities and budgets).
@Suite("Progress report of Zuid-Limburg")
struct ZuidLimburgReportTests {
    static func data() throws -> ReportData {
        let plan = try #require(PlanLoader.load(path: TestSupport.shippedPlan("zuid-limburg-2022-2025.yaml")).plan)
        return try ReportData(tracked: TrackedPlan(plan: plan, progress: PlanProgress(entries: [])), asOf: CalendarDate(iso: "2024-01-01")!,
                              since: CalendarDate(iso: "2023-01-01")!, language: .nl)
    }

    @Test("the appendix groups the actions under their activities, each with its goal and results")
    func appendixPerActivity() throws {
        let data = try Self.data()
        let html = HTMLReport.render(data)
        let appendix = String(html[html.range(of: "<section id=\"bijlage\">")!.lowerBound...])
        let markdown = MarkdownReport.render(data)
        let mdAppendix = String(markdown[markdown.range(of: "Bijlage: alle acties")!.lowerBound...])
        var seen = 0
        for theme in data.plan.themes {
            let themeHeading = try #require(appendix.range(of: "<h3>\(theme.id) \(HTMLText.escape(theme.title))</h3>"))
            for activity in theme.activities {
                let heading = try #require(appendix.range(of: "<h4>\(activity.id) \(HTMLText.escape(activity.title))</h4>"), "activity \(activity.id)")
                #expect(themeHeading.lowerBound < heading.lowerBound)
                let next = appendix[heading.upperBound...].range(of: "<h4>")?.lowerBound ?? appendix[heading.upperBound...].range(of: "<h3>")?.lowerBound
                    ?? appendix.endIndex
                let block = appendix[heading.upperBound..<next]
                let goal = try #require(activity.goal)
                #expect(block.contains("<strong>Doel</strong>: \(HTMLText.escape(goal))"))
                #expect(!activity.results.isEmpty)
                for result in activity.results { #expect(block.contains("<li>\(HTMLText.escape(result))</li>")) }
                for action in activity.actions {
                    #expect(block.contains("<td>\(HTMLText.escape(action.id)) "), "action \(action.id) under activity \(activity.id)")
                    seen += 1
                }
                #expect(mdAppendix.contains("#### \(MarkdownText.escaped(activity.id, lineBreak: " ")) \(MarkdownText.escaped(activity.title, lineBreak: " "))"))
                #expect(mdAppendix.contains("**Doel**: \(MarkdownText.escaped(goal, lineBreak: " "))"))
            }
            seen += theme.actions.count
        }
        #expect(seen == data.plan.actions.count)
        #expect(appendix.components(separatedBy: "<tr>").count - 1 + appendix.components(separatedBy: "<tr class=").count - 1
                == data.plan.actions.count + data.plan.themes.reduce(0) { $0 + $1.activities.count + ($1.actions.isEmpty ? 0 : 1) },
                "every action once, plus a header row per table")
    }

    @Test("the budget per theme adds up to the plan's total, year by year")
    func budgetPerTheme() throws {
        let data = try Self.data()
        let byTheme = data.budgetByTheme
        #expect(byTheme.rows.count >= 3 && byTheme.rows.allSatisfy { row in data.plan.themes.contains { $0.id == row.key } }, "a row per theme with money")
        for year in data.budget.years {
            let sum = byTheme.rows.reduce(Money.zero) { $0 + ($1.amounts[year.year] ?? .zero) }
            #expect(sum == year.total, "\(year.year)")
        }
        #expect(byTheme.rows.reduce(Money.zero) { $0 + $1.total } == data.budget.total)
        // And the plan's total is the one the source declares.
        #expect(data.budget.years.allSatisfy { $0.declared == $0.total })
        let html = HTMLReport.render(data)
        #expect(html.contains("<h3>Per thema</h3>"))
        let markdown = MarkdownReport.render(data)
        #expect(markdown.contains("### Per thema"))
        #expect(markdown.contains("| **Totaal** | **€ 153.000** | **€ 233.000** | **€ 208.000** | **€ 208.000** | **€ 802.000** |"))
    }
}

/// The report against the previous one, and the Vooruitblik, checked against `plan status` and `plan overdue --within`.
@Suite("Progress report: previous report and outlook")
struct ReportComparisonTests {
    static let example = TestSupport.packageRoot.appendingPathComponent("examples/rotterdam-2024-2026.voorbeeld.progress.yaml").path
    static let plan = TestSupport.shippedPlan("rotterdam-2024-2026.yaml")

    static func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try TestSupport.runPlan(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    /// `plan status` per theme: the count of each standing, by its JSON name.
    static func status(asOf: String) throws -> [[String: Int]] {
        let object = try json(["status", plan, "--progress", example, "--as-of", asOf, "--format", "json"])
        let plans = try #require(object["plans"] as? [[String: Any]])
        let themes = try #require(plans.first?["themes"] as? [[String: Any]])
        return themes.map { theme in theme.compactMapValues { $0 as? Int } }
    }

    @Test("--previous 2024-06-01: per theme the counts then and now are plan status's on both days")
    func thenAndNow() throws {
        let asOf = CalendarDate(iso: "2025-10-01")!
        let previous = CalendarDate(iso: "2024-06-01")!
        let tracked = try ReportTests.rotterdamWithExample()
        let data = try ReportData(tracked: tracked, asOf: asOf, since: previous, language: .nl, previous: previous)
        let comparison = try #require(data.comparison)
        let then = try Self.status(asOf: "2024-06-01")
        let now = try Self.status(asOf: "2025-10-01")
        #expect(then.count == 5 && now.count == 5)
        var changed = 0
        for (index, theme) in data.themes.enumerated() {
            for standing in ActionStanding.allCases {
                #expect(comparison.then[index][standing] == then[index][standing.rawValue], "theme \(theme.theme.id) \(standing) then")
                #expect((theme.counts[standing] ?? 0) == now[index][standing.rawValue], "theme \(theme.theme.id) \(standing) now")
                if comparison.then[index][standing] != (theme.counts[standing] ?? 0) { changed += 1 }
            }
        }
        #expect(changed > 0, "the example progress changes the counts between the two days")
        // The report shows them: the then → now table, per theme what happened in between.
        let markdown = MarkdownReport.render(data)
        #expect(markdown.contains("| 4 Aanpak faciliteerders en mensenhandelaren | 0\u{00A0}→\u{00A0}1 |"), "4.2 done since")
        let changes = comparison.changes.flatMap(\.changes)
        #expect(changes.contains { $0.action.id == "4.2" && $0.kind == .done })
        #expect(changes.contains { $0.action.id == "4.1" && $0.kind == .dropped })
        #expect(changes.contains { $0.action.id == "2.12" && $0.kind == .late })
        #expect(!changes.contains { $0.action.id == "2.10" }, "2.10 was done before the previous report")
        let html = HTMLReport.render(data)
        #expect(html.contains("<dt>Vorig verslag</dt><dd>1 juni 2024</dd>"))
        #expect(html.contains("<h4>Sinds het vorige verslag (1 juni 2024)</h4>"))
    }

    @Test("as of 2025-10-01 the Vooruitblik lists what plan overdue --within lists as due by 2026-04-01")
    func outlook() throws {
        let asOf = CalendarDate(iso: "2025-10-01")!
        let until = CalendarDate(iso: "2026-04-01")!
        let tracked = try ReportTests.rotterdamWithExample()
        let data = try ReportData(tracked: tracked, asOf: asOf, since: asOf.adding(months: -12), language: .nl, until: until)
        let object = try Self.json(["overdue", Self.plan, "--progress", Self.example, "--as-of", "2025-10-01",
                                    "--within", String(asOf.days(until: until)), "--format", "json"])
        let items = try #require(object["items"] as? [[String: Any]])
        let expected = Set(items.compactMap { item -> String? in
            guard let due = item["due"] as? String, due >= "2025-10-01", due <= "2026-04-01", let id = item["id"] as? String else { return nil }
            return "\(id) \(due)"
        })
        #expect(expected.count >= 8)
        let listed = Set(data.outlook.items.map { "\($0.actionID) \($0.due!)" })
        #expect(listed == expected)
        // Each under its theme in the report, with its lead named.
        let html = HTMLReport.render(data)
        let start = try #require(html.range(of: "<section id=\"vooruitblik\">"))
        let section = html[start.upperBound..<html[start.upperBound...].range(of: "</section>")!.lowerBound]
        for group in data.outlook.themes {
            #expect(section.contains("<h3>\(group.theme.id) \(HTMLText.escape(group.theme.title))</h3>"))
            for item in group.items {
                let row = section.components(separatedBy: "<tr").first { $0.contains("<td>\(item.actionID) ") }
                let lead = (item.owners.first(where: \.isLead) ?? item.owners.first).map { data.names.name($0.key) }
                #expect(row?.contains(HTMLText.escape(lead ?? "—")) == true, "\(item.actionID) with its lead")
            }
        }
        // The default looks six months ahead.
        let defaultData = try ReportData(tracked: tracked, asOf: asOf, since: asOf.adding(months: -12), language: .nl)
        #expect(defaultData.outlook.until == CalendarDate(iso: "2026-04-01")!)
    }

    @Test("--previous and --until must lie before and after --as-of: usage errors, in the plan's language")
    func usage() throws {
        let previous = try TestSupport.runPlan(["report", Self.plan, "--as-of", "2025-03-01", "--previous", "2025-06-01"])
        #expect(previous.status == 64 && previous.stderr.contains("Fout: --previous 2025-06-01 ligt niet vóór de peildatum 2025-03-01"))
        let until = try TestSupport.runPlan(["report", Self.plan, "--as-of", "2025-03-01", "--until", "2025-01-01"])
        #expect(until.status == 64 && until.stderr.contains("Fout: --until 2025-01-01 ligt niet na de peildatum 2025-03-01"))
    }
}
