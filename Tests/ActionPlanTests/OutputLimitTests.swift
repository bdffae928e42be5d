import ActionPlan
import Foundation
import Testing

/// Issue 24: lists that grow with the period (one obligation per recurring action and plan year)
/// are capped — at most `OutputLimits.maximumTableRows` rows per table and per JSON list of
/// `plan overdue`, at most `OutputLimits.maximumCalendarEvents` events per calendar — and every
/// format says exactly how many were left out. The fixture has 240 yearly actions over 25 years:
/// 6,000 obligations, all missed.
@Suite("Capped output")
struct OutputLimitTests {
    private let fixture = "Tests/ActionPlanTests/Fixtures/hostile/many-obligations.yaml"
    private let asOf = "2030-01-01"

    private func timed<T>(_ work: () throws -> T) rethrows -> (T, Duration) {
        var result: T?
        let elapsed = try ContinuousClock().measure { result = try work() }
        return (result!, elapsed)
    }

    /// The library's own count of what the capped lists leave out.
    private func allMissed() throws -> [OverdueItem] {
        let loaded = PlanLoader.load(path: TestSupport.packageRoot.appendingPathComponent(fixture).path)
        let plan = try #require(loaded.plan)
        var query = OverdueQuery(asOf: CalendarDate(iso: asOf)!)
        query.allYears = true
        return query.missed([TrackedPlan(plan: plan)])
    }

    @Test("the fixture really has 6,000 missed obligations, so the caps below are reached")
    func fixtureIsLarge() throws {
        #expect(try allMissed().count == 6_000)
        #expect(OutputLimits.maximumTableRows == 1_000)
        #expect(OutputLimits.maximumCalendarEvents == 5_000)
    }

    @Test("overdue --all-years: 1,000 rows on the terminal, then '… en 5000 meer' in the plan's language")
    func overdueTable() throws {
        let (result, elapsed) = try timed { try TestSupport.runPlan(["overdue", fixture, "--as-of", asOf, "--all-years", "--wide"]) }
        #expect(result.status == 0, "\(result.stderr)")
        #expect(elapsed < .seconds(10), "took \(elapsed)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        let rows = lines.filter { $0.hasPrefix("1.") }
        #expect(rows.count == 1_000)
        let more = try #require(lines.firstIndex { $0 == "… en 5000 meer" }, "\(result.stdout.suffix(400))")
        // Directly after the last row shown: the oldest first, so the cut is at the year 2005.
        #expect(lines[more - 1].hasPrefix("1.40 ") && lines[more - 1].contains("2005"))
        #expect(rows.filter { $0.contains(" 2005 ") }.count == 40)
        #expect(!rows.contains { $0.contains(" 2006 ") })
    }

    @Test("overdue --format json: each list at most 1,000, 'omitted' counts the rest exactly")
    func overdueJSON() throws {
        let result = try TestSupport.runPlan(["overdue", fixture, "--as-of", asOf, "--all-years", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let missed = try #require(json["missed_in_past_years"] as? [[String: Any]])
        #expect(missed.count == 1_000)
        let omitted = try #require(json["omitted"] as? [String: Int])
        #expect(omitted == ["items": 0, "missed_in_past_years": 5_000])
        #expect(missed.count + omitted["missed_in_past_years"]! == (try allMissed().count))
        // Below the limit the field is absent, as it always was.
        let small = try TestSupport.runPlan(["overdue", fixture, "--as-of", asOf, "--format", "json"])
        let smallJSON = try #require(try JSONSerialization.jsonObject(with: Data(small.stdout.utf8)) as? [String: Any])
        #expect(smallJSON["omitted"] == nil)
        #expect((smallJSON["missed_in_past_years"] as? [Any])?.count == 240)
    }

    @Test("overdue --format csv (and --excel): 1,000 rows, then a row that says '… en 5000 meer'", arguments: [[], ["--excel"]])
    func overdueCSV(_ extra: [String]) throws {
        let result = try TestSupport.runPlan(["overdue", fixture, "--as-of", asOf, "--all-years", "--format", "csv"] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\r\n")
        #expect(lines.count == 1 + 1_000 + 1)
        #expect(lines.last?.hasPrefix("… en 5000 meer") == true, "\(lines.last ?? "")")
    }

    @Test("calendar: 5,000 events by date, the calendar and standard error say '… en 1000 meer'")
    func calendar() throws {
        let (result, elapsed) = try timed { try TestSupport.runPlan(["calendar", fixture, "--as-of", asOf]) }
        #expect(result.status == 0, "\(result.stderr)")
        #expect(elapsed < .seconds(10), "took \(elapsed)")
        #expect(result.stdout.components(separatedBy: "BEGIN:VEVENT").count - 1 == 5_000)
        #expect(result.stdout.contains("X-ACTIONPLAN-OMITTED-EVENTS:1000\r\n"))
        #expect(result.stdout.contains("X-WR-CALDESC:… en 1000 meer"))
        #expect(result.stderr.contains("… en 1000 meer (ten hoogste 5000 afspraken per bestand"))
        // The first 5,000 by date: nothing of the last plan years' window (240 a year, 2001 first).
        #expect(result.stdout.contains("DTSTART;VALUE=DATE:20211231"))
        #expect(!result.stdout.contains("DTSTART;VALUE=DATE:20221231"))
    }

    @Test("report: the missed table shows 1,000 rows and '… en 5000 meer' in Markdown and HTML", arguments: ["markdown", "html"])
    func report(_ format: String) throws {
        let (result, elapsed) = try timed { try TestSupport.runPlan(["report", fixture, "--as-of", asOf, "--format", format]) }
        #expect(result.status == 0, "\(result.stderr)")
        #expect(elapsed < .seconds(15), "took \(elapsed)")
        #expect(result.stdout.components(separatedBy: "… en 5000 meer").count - 1 == 1)
        #expect(!result.stdout.contains("… and"))
    }

    @Test("a table keeps its totals rows; the count adds up when a cut table is cut again")
    func totalsKept() {
        let rows = (1...1_005).map { Tabular.Row(["\($0)"]) } + [Tabular.Row(["Total"], isTotal: true)]
        let table = Tabular(columns: [.init("N")], rows: rows, language: .en).limitedRows()
        #expect(table.rows.count == 1_001)
        #expect(table.rows.last?.isTotal == true)
        #expect(table.omittedLine == "… and 5 more")
        let again = table.limitedRows(to: 10)
        #expect(again.omittedRows == 5 + 990)
        #expect(Tabular(columns: [.init("N")], rows: Array(rows.prefix(1_000))).limitedRows().omittedLine == nil)
    }
}
