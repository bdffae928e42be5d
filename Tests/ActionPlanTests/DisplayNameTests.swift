import ActionPlan
import Foundation
import Testing

/// Owners are shown by display name: the registry's `short`, else a key that is itself a name
/// (VAR), else the full name; never a registry slug in a table, CSV, Markdown or the report.
@Suite("Display names")
struct DisplayNameTests {
    @Test("the display-name rule", arguments: [
        ("VAR", nil, "VAR"), ("CoMensha", nil, "CoMensha"), ("zl-gemeenten", nil, "Zuid-Limburgse gemeenten"),
        ("werkgroep", nil, "Zuid-Limburgse gemeenten"), ("zl-gemeenten", "Gemeenten ZL", "Gemeenten ZL"), ("VAR", "De VAR", "De VAR"),
    ] as [(String, String?, String)])
    func rule(_ key: String, _ short: String?, _ expected: String) {
        let organisation = Organisation(key: key, name: "Zuid-Limburgse gemeenten", short: short,
                                        location: SourceLocation(file: "x.yaml", line: 1, column: 1))
        #expect(organisation.displayName == expected)
    }

    @Test("'short' is read from the registry and exported")
    func decoded() throws {
        let plan = try #require(PlanLoader.load(path: TestSupport.shippedPlan("zuid-limburg-2022-2025.yaml")).plan)
        #expect(plan.organisation(key: "zl-gemeenten")?.short == "Gemeenten Zuid-Limburg")
        #expect(plan.organisation(key: "RIEC")?.displayName == "RIEC")
    }

    @Test("--owner takes the display name people see in the tables")
    func ownerByShortName() throws {
        let result = try TestSupport.runPlan(["list", "plans/zuid-limburg-2022-2025.yaml", "--owner", "Gemeenten Zuid-Limburg", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"id\": \"1.1.1\""))
    }

    /// The registry keys of the shipped plans that are slugs, not names.
    static func slugs() throws -> [String] {
        try #require(shippedSlugs.count == 3, "a shipped plan does not load")
        return Set(shippedSlugs.flatMap { $0 }).sorted()
    }

    /// Each shipped plan's slugs, loaded once per test process (nil for a plan that does not load).
    private static let shippedSlugs: [[String]] = ["rotterdam-2024-2026.yaml", "zuid-limburg-2022-2025.yaml", "examples/maassluis-2024-2026.yaml"]
        .compactMap { path in
            PlanLoader.load(path: TestSupport.shippedPlan(path)).plan?.organisations.map(\.key).filter { !Organisation.keyIsName($0) }
        }

    /// Whether text names a slug as an owner: a slug with a hyphen anywhere, or a one-word slug as
    /// an item of an owner list or a cell of its own.
    static func namesSlug(_ text: String, _ slug: String) -> Bool {
        if slug.contains("-") { return text.contains(slug) }
        let item = "(^|\\| |, |;|\\n|\\s{2})" + NSRegularExpression.escapedPattern(for: slug) + "( \\(|,|;| \\||\\r?$|\\s{2}|\\+)"
        let expression = try! NSRegularExpression(pattern: item, options: [.anchorsMatchLines])
        return expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    @Test("the slug check finds slugs as owners, not words in a text")
    func slugCheck() {
        #expect(Self.namesSlug("VAR, werkgroep", "werkgroep"))
        #expect(Self.namesSlug("| werkgroep | 1 |", "werkgroep"))
        #expect(Self.namesSlug("werkgroep (voorzitter), VAR", "werkgroep"))
        #expect(Self.namesSlug("x  zl-gemeenten  1", "zl-gemeenten"))
        #expect(!Self.namesSlug("samen met de gemeenten en partners", "gemeenten"))
    }

    @Test("no registry slug in any table, CSV or Markdown of the shipped plans",
          arguments: ["overdue", "workload", "budget", "status", "list"], ["table", "csv", "markdown"])
    func noSlugs(_ command: String, _ format: String) throws {
        var arguments = [command, "plans/", "--as-of", "2025-03-01", "--format", format]
        if command == "overdue" { arguments.append("--stale") }
        if command == "budget" { arguments += ["--by", "owner"] }
        let result = try TestSupport.runPlan(arguments, environment: ["COLUMNS": "200"])
        #expect(result.status == 0, "\(result.stderr)")
        for slug in try Self.slugs() {
            #expect(!Self.namesSlug(result.stdout, slug), "'\(slug)' in \(command) --format \(format)")
        }
    }

    @Test("no registry slug in the report of Rotterdam")
    func noSlugsInReport() throws {
        let result = try TestSupport.runPlan(["report", "plans/rotterdam-2024-2026.yaml", "--progress",
                                              "examples/rotterdam-2024-2026.voorbeeld.progress.yaml", "--as-of", "2025-03-01",
                                              "--format", "markdown"])
        #expect(result.status == 0, "\(result.stderr)")
        for slug in try Self.slugs() {
            #expect(!Self.namesSlug(result.stdout, slug), "'\(slug)' in the report")
        }
    }
}
