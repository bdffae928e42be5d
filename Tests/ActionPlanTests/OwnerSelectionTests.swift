import ActionPlan
import Foundation
import Testing

/// Owners as the secretary names them: only what an owner leads, the lead marked, owners of two plans
/// kept apart, and the closest names for a name no plan knows.
@Suite("Owners: lead, across plans, suggestions")
struct OwnerSelectionTests {
    static let rotterdam = "plans/rotterdam-2024-2026.yaml"
    static let zuidLimburg = "plans/zuid-limburg-2022-2025.yaml"

    @Test("overdue --owner RIEC --lead lists only what RIEC leads; without --lead also what it joins")
    func overdueLead() throws {
        let lead = try TestSupport.runPlan(["overdue", Self.rotterdam, "--as-of", "2026-12-03", "--owner", "RIEC", "--lead", "--stale", "--format", "json"])
        #expect(lead.status == 0, "\(lead.stderr)")
        let led = try Self.items(lead.stdout)
        #expect(Set(led.map(\.id)) == ["4.1", "4.2"])
        #expect(led.allSatisfy { $0.lead == "RIEC" })
        let all = try Self.items(try TestSupport.runPlan(["overdue", Self.rotterdam, "--as-of", "2026-12-03", "--owner", "RIEC", "--stale", "--format", "json"]).stdout)
        #expect(all.count > led.count)
        #expect(all.contains { $0.lead != "RIEC" })
    }

    @Test("--lead without --owner is a usage error")
    func leadNeedsOwner() throws {
        let result = try TestSupport.runPlan(["overdue", Self.rotterdam, "--lead"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--owner"))
    }

    @Test("list --owner RIEC --lead lists only what RIEC leads, as overdue does; the old 'list --lead NAME' is refused with the new form as hint")
    func listLead() throws {
        let lead = try TestSupport.runPlan(["list", Self.rotterdam, "--owner", "RIEC", "--lead", "--format", "json"])
        #expect(lead.status == 0, "\(lead.stderr)")
        let led = try Self.actions(lead.stdout)
        #expect(Set(led.map(\.id)) == ["4.1", "4.2"])
        #expect(led.allSatisfy { $0.lead == "RIEC" })
        let all = try Self.actions(try TestSupport.runPlan(["list", Self.rotterdam, "--owner", "RIEC", "--format", "json"]).stdout)
        #expect(all.count > led.count && all.contains { $0.lead != "RIEC" })
        let old = try TestSupport.runPlan(["list", "--lead", "RIEC", Self.rotterdam])
        #expect(old.status == 64)
        #expect(old.stderr.contains("--owner RIEC --lead"))
    }

    @Test("workload --owner RIEC --lead counts only what RIEC leads: no partner actions, late only as lead")
    func workloadLead() throws {
        func row(_ extra: [String]) throws -> [String: Any] {
            let result = try TestSupport.runPlan(["workload", Self.rotterdam, "--owner", "RIEC", "--as-of", "2025-03-01", "--format", "json"] + extra)
            #expect(result.status == 0, "\(result.stderr)")
            let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            let owners = try #require(object?["owners"] as? [[String: Any]])
            #expect(owners.count == 1)
            return try #require(owners.first)
        }
        let all = try row([])
        let led = try row(["--lead"])
        #expect(all["partner"] as? Int == 9)
        #expect(led["lead"] as? Int == all["lead"] as? Int)
        #expect(led["partner"] as? Int == 0 && led["overdue_as_partner"] as? Int == 0)
        #expect(led["overdue"] as? Int == all["overdue"] as? Int)
        #expect((led["open"] as? Int ?? 99) <= (led["lead"] as? Int ?? 0))
        #expect(try TestSupport.runPlan(["workload", Self.rotterdam, "--lead"]).status == 64)
        // An owner that leads nothing: the sentence that says so, not a table header over nothing.
        let nothing = try TestSupport.runPlan(["workload", Self.rotterdam, "--owner", "OM", "--lead", "--as-of", "2025-03-01"], environment: ["COLUMNS": "80"])
        #expect(nothing.status == 0)
        #expect(nothing.stdout.contains("Geen acties om te tellen voor deze keuze van eigenaar.") && !nothing.stdout.contains("Eigenaar  Trekker"), "\(nothing.stdout)")
    }

    @Test("calendar --owner RIEC --lead holds only the deadlines RIEC leads")
    func calendarLead() throws {
        let result = try TestSupport.runPlan(["calendar", Self.rotterdam, "--owner", "RIEC", "--lead", "--as-of", "2025-01-01"])
        #expect(result.status == 0, "\(result.stderr)")
        let summaries = result.stdout.split(separator: "\r\n").filter { $0.hasPrefix("SUMMARY:") }.map { String($0.dropFirst(8).prefix(4)) }
        #expect(Set(summaries) == ["4.1 ", "4.2 "])
    }

    @Test("Markdown, CSV and the calendar mark the lead of an action with several owners")
    func leadMarked() throws {
        let markdown = try TestSupport.runPlan(["list", Self.rotterdam, "--owner", "RIEC", "--format", "markdown"]).stdout
        #expect(markdown.contains("| VAR (trekker), RIEC |"))
        #expect(markdown.contains("| RIEC |"), "a sole owner needs no mark")
        let csv = try TestSupport.runPlan(["list", Self.rotterdam, "--format", "csv"]).stdout
        #expect(csv.contains("\"Portefeuillehouder (voorzitter, trekker), VAR (secretaris), AVIM"))
        let english = try TestSupport.runPlan(["list", Self.rotterdam, "--owner", "RIEC", "--format", "markdown", "--lang", "en"]).stdout
        #expect(english.contains("| VAR (lead), RIEC |"))
    }

    @Test("workload of both shipped plans: RIEC twice, each with its own plan's numbers and labelled with its region")
    func riecTwice() throws {
        let today = CalendarDate(iso: "2026-12-03")!
        let asOf = CalendarDate(iso: "2025-03-01")!
        let both = try Workspace.open([TestSupport.shippedPlan("rotterdam-2024-2026.yaml"), TestSupport.shippedPlan("zuid-limburg-2022-2025.yaml")],
                                      today: today)
        let together = try WorkloadQuery(asOf: asOf).run(both.plans)
        let riecs = together.filter { $0.key == "RIEC" }
        #expect(riecs.count == 2)
        for tracked in both.plans {
            let alone = try #require(try WorkloadQuery(asOf: asOf).run([tracked]).first { $0.key == "RIEC" })
            let mine = try #require(riecs.first { $0.planID == tracked.plan.metadata.id })
            #expect((mine.lead, mine.partner, mine.open, mine.overdue) == (alone.lead, alone.partner, alone.open, alone.overdue))
            #expect(mine.displayName == "RIEC (\(tracked.plan.metadata.region))")
        }
        // The Nederlandse Arbeidsinspectie has the same name in both plans: one owner.
        #expect(together.filter { $0.key == "NLA" }.count == 1)
        let table = try TestSupport.runPlan(["workload", Self.rotterdam, Self.zuidLimburg, "--as-of", "2025-03-01"], environment: ["COLUMNS": "100"])
        #expect(table.stdout.contains("RIEC (Zuid-Limburg)") && table.stdout.contains("RIEC (Regio Rotterdam)"))
        let json = try TestSupport.runPlan(["workload", Self.rotterdam, Self.zuidLimburg, "--as-of", "2025-03-01", "--format", "json"]).stdout
        #expect(json.contains("\"plan\": \"zuid-limburg-2022-2025\""))
    }

    @Test("--owner RIEC with both plans finds each plan's RIEC; an alias only its own plan's")
    func ownerPerPlan() throws {
        let both = try TestSupport.runPlan(["list", Self.rotterdam, Self.zuidLimburg, "--owner", "RIEC", "--format", "json"]).stdout
        #expect(both.contains("\"plan\": \"rotterdam-2024-2026\"") && both.contains("\"plan\": \"zuid-limburg-2022-2025\""))
        let limburg = try TestSupport.runPlan(["list", Self.rotterdam, Self.zuidLimburg, "--owner", "RIEC Limburg", "--format", "json"]).stdout
        #expect(!limburg.contains("\"plan\": \"rotterdam-2024-2026\"") && limburg.contains("\"plan\": \"zuid-limburg-2022-2025\""))
    }

    @Test("an unknown --owner gets the closest display names, never a list of keys", arguments: [
        ("Dordrecht", "did you mean 'Gemeente Dordrecht'?"),
        ("dordrect", "did you mean 'Gemeente Dordrecht'?"),
        ("xyzzyqq", "'plan workload' lists the owners of the plans by name"),
    ])
    func unknownOwner(_ name: String, _ expected: String) throws {
        let result = try TestSupport.runPlan(["overdue", Self.rotterdam, "--owner", name, "--lang", "en"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("unknown owner '\(name)'; \(expected)"), "\(result.stderr)")
        #expect(!result.stderr.contains("gemeente-dordrecht"))
    }

    @Test("CSV keeps the due date and the stale-since date in separate date-only columns")
    func staleSinceColumn() throws {
        let csv = try TestSupport.runPlan(["overdue", Self.rotterdam, "--as-of", "2025-03-01", "--stale", "--format", "csv"]).stdout
        let lines = csv.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(lines[0].prefix(4) == ["Actie", "Reden", "Termijn", "Geen voortgang sinds"])
        for line in lines.dropFirst() {
            #expect(line[2].isEmpty || CalendarDate(iso: line[2]) != nil, "\(line)")
            #expect(line[3].isEmpty || CalendarDate(iso: line[3]) != nil, "\(line)")
        }
        #expect(lines.contains { $0[1] == "geen voortgang" && $0[2].isEmpty && $0[3] == "2024-01-01" })
        // The table keeps "sinds" with the date, however narrow.
        let table = try TestSupport.runPlan(["overdue", Self.rotterdam, "--as-of", "2025-03-01", "--stale"], environment: ["COLUMNS": "60"]).stdout
        #expect(table.contains("sinds 2024-01-01"))
    }

    @Test("Markdown for Word leaves out the least needed columns when the longest words cannot share the line, and says so")
    func markdownFitsPage() throws {
        let markdown = try TestSupport.runPlan(["overdue", Self.rotterdam, "--progress", "examples/rotterdam-2024-2026.voorbeeld.progress.yaml",
                                                "--as-of", "2025-03-01", "--stale", "--within", "60", "--format", "markdown"]).stdout
        #expect(markdown.contains("Weggelaten om op de pagina te passen: Jaar; alles zien met --format csv."))
        let separator = try #require(markdown.split(separator: "\n").first { $0.hasPrefix("|-") })
        let widths = separator.split(separator: "|").map(\.count)
        #expect(widths.reduce(0, +) <= 100)
    }

    private static func items(_ json: String, key: String = "items") throws -> [(id: String, lead: String?)] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let items = try #require(object?[key] as? [[String: Any]])
        return items.map { item in
            let owners = item["owners"] as? [[String: Any]] ?? []
            return (item["id"] as? String ?? "", owners.first { $0["lead"] as? Bool == true }?["key"] as? String)
        }
    }

    /// The actions of `list --format json`, each with its lead's key.
    private static func actions(_ json: String) throws -> [(id: String, lead: String?)] { try items(json, key: "actions") }
}
