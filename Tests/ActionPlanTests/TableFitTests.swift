import ActionPlan
import Foundation
import Testing

/// Every table command on both shipped plans (Rotterdam with the example progress) fits 60, 80,
/// 120 and 200 columns: the library renderer at each width against golden files, no line wider
/// than the width, and a few runs of the CLI with `COLUMNS`.
@Suite("Tables that fit")
struct TableFitTests {
    static let asOf = CalendarDate(iso: "2025-03-01")!
    static let widths = [60, 80, 120, 200]
    static let plans = ["rotterdam-2024-2026", "zuid-limburg-2022-2025"]
    static let commands = ["overdue", "workload", "budget", "budget-theme", "budget-owner", "status", "list"]

    /// A shipped plan (Rotterdam with the example progress), loaded once per test process: the 96
    /// cases below all read the same two.
    static func tracked(_ name: String) throws -> TrackedPlan {
        let loaded = try #require(trackedPlans[name], "no shipped plan \(name)")
        return try #require(loaded, "\(name) or its example progress does not load without problems")
    }

    private static let trackedPlans: [String: TrackedPlan?] = Dictionary(uniqueKeysWithValues: plans.map { name in
        (name, { () -> TrackedPlan? in
            guard let plan = PlanLoader.load(path: TestSupport.shippedPlan("\(name).yaml")).plan else { return nil }
            guard name == "rotterdam-2024-2026" else { return TrackedPlan(plan: plan) }
            let progress = ProgressLoader.load(
                path: TestSupport.packageRoot.appendingPathComponent("examples/rotterdam-2024-2026.voorbeeld.progress.yaml").path,
                plan: plan, today: asOf)
            return progress.isValid ? TrackedPlan(plan: plan, progress: progress.progress) : nil
        }())
    })

    /// The tables of a command, as the CLI builds them.
    static func tables(_ command: String, _ plans: [TrackedPlan]) throws -> [Tabular] {
        let views = QueryViews(language: .nl, asOf: asOf, names: OwnerNames(plans.map(\.plan)))
        switch command {
        case "overdue":
            var query = OverdueQuery(asOf: asOf)
            query.includeStale = true
            let missed = query.missed(plans)
            return [views.overdue(query.run(plans), plans: plans.count)] + (missed.isEmpty ? [] : [views.missed(missed, plans: plans.count)])
        // `try`: the money queries throw on overflow once sums are checked (lead's branch).
        case "workload": return [views.workload(try WorkloadQuery(asOf: asOf).run(plans))]
        case "budget": return views.budget(try BudgetQuery(asOf: asOf).run(plans))
        case "budget-theme": return views.budget(try BudgetQuery(asOf: asOf, breakdown: .theme).run(plans))
        case "budget-owner": return views.budget(try BudgetQuery(asOf: asOf, breakdown: .owner).run(plans))
        case "status": return views.status(StatusQuery(asOf: asOf).run(plans))
        default: return [views.list(ActionListQuery(asOf: asOf).run(plans), plans: plans.count)]
        }
    }

    static var arguments: [(String, String, Int)] {
        plans.flatMap { plan in commands.flatMap { command in widths.map { (plan, command, $0) } } }
    }

    @Test("golden tables at 60, 80, 120 and 200 columns, no line wider", arguments: arguments)
    func fits(_ plan: String, _ command: String, _ width: Int) throws {
        let text = TableRenderer(width: width).render(try Self.tables(command, [try Self.tracked(plan)]))
        let widest = text.split(separator: "\n").map { DisplayWidth.of(String($0)) }.max() ?? 0
        #expect(widest <= width, "a line of \(widest) columns at width \(width)")
        try TestSupport.assertGolden(text, "fit/\(plan)-\(command)-\(width).txt")
    }

    @Test("both plans at once still fit", arguments: ["overdue", "workload", "budget", "status", "list"], widths)
    func bothPlans(_ command: String, _ width: Int) throws {
        let plans = try Self.plans.map(Self.tracked)
        let text = TableRenderer(width: width).render(try Self.tables(command, plans))
        #expect(text.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= width })
    }

    @Test("a narrow table names the columns it left out and how to see them")
    func droppedNote() throws {
        let text = TableRenderer(width: 80).render(try Self.tables("overdue", [try Self.tracked("rotterdam-2024-2026")]))
        #expect(text.replacingOccurrences(of: "\n", with: " ").contains("Weggelaten bij deze breedte: Jaar, Gedaan, Dagen; alles zien met --wide of --format markdown."))
    }

    @Test("--wide draws every column in full; Markdown keeps whole owner lists")
    func wideAndMarkdown() throws {
        let tables = try Self.tables("overdue", [try Self.tracked("rotterdam-2024-2026")])
        let wide = TableRenderer(width: 80, wide: true).render(tables)
        #expect(!wide.contains("…"))
        #expect(!wide.contains("Weggelaten"))
        let markdown = MarkdownRenderer().render(tables)
        #expect(!markdown.contains(" +8"))
        #expect(markdown.contains("Portefeuillehouder (voorzitter, trekker), VAR (secretaris), AVIM"))
    }

    @Test("the free text is cut with … on one line, never wrapped")
    func truncatedNotWrapped() throws {
        let table = Tabular(columns: [.init("Id"), .init("Titel", fit: .fill(minimum: 10))],
                            rows: [.init(["1", String(repeating: "woord ", count: 40)])])
        let lines = TableRenderer(width: 50).render(table).split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[2].hasSuffix("…"))
        #expect(DisplayWidth.of(String(lines[2])) == 50)
    }

    @Test("below the minimum, one block per row")
    func records() {
        let table = Tabular(columns: [.init("Actie"), .init("Eigenaren", fit: .shrinkable(preferred: 30, minimum: 14)),
                                      .init("Omschrijving", fit: .fill(minimum: 30))],
                            rows: [.init(["2.10", "VAR, Gemeente Rotterdam", "Een lange omschrijving van een actie die niet past"])])
        let text = TableRenderer(width: 22).render(table)
        #expect(text.contains("Actie      2.10\n"))
        #expect(text.contains("Eigenaren  VAR,\n           Gemeente\n"))
        #expect(text.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 22 })
    }

    @Test("display width: accents one, East Asian wide characters two, combining marks none")
    func displayWidth() {
        #expect(DisplayWidth.of("Zorgcoördinator") == 15)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("東京") == 4)
        #expect(DisplayWidth.of("€ 1") == 3)
        #expect(DisplayWidth.truncate("東京都庁", to: 5) == "東京…")
        let table = Tabular(columns: [.init("Naam"), .init("N", numeric: true)], rows: [.init(["東京", "1"]), .init(["abcd", "2"])])
        let lines = TableRenderer(width: 40).render(table).split(separator: "\n")
        #expect(DisplayWidth.of(String(lines[2])) == DisplayWidth.of(String(lines[3])))
    }

    @Test("the CLI fits COLUMNS, and 80 when output is not a terminal", arguments: [60, 80, 120])
    func cli(_ width: Int) throws {
        let result = try TestSupport.runPlan(
            ["overdue", "plans/rotterdam-2024-2026.yaml", "--progress", "examples/rotterdam-2024-2026.voorbeeld.progress.yaml",
             "--as-of", "2025-03-01", "--stale"], environment: ["COLUMNS": String(width)])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= width })
        let plain = try TestSupport.runPlan(["workload", "plans/zuid-limburg-2022-2025.yaml", "--as-of", "2025-03-01"],
                                            environment: ["COLUMNS": ""])
        #expect(plain.stdout.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 80 })
    }
}
