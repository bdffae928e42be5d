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
        let sections = ["samenvatting", "gedaan", "aandachtspunten", "terugkerend", "budget", "tijdlijn", "eigenaren", "bijlage"]
        let positions = sections.map { html.range(of: "<section id=\"\($0)\">")?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 }.sorted() == positions.compactMap { $0 }, "sections in the order of the brief")
        #expect(html.contains("<h1>Regionaal Actieplan Mensenhandel Regio Rotterdam 2024-2026</h1>"))
        #expect(html.contains("Voortgangsrapportage"))
        #expect(html.components(separatedBy: "<h2>").count - 1 == 8)
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
