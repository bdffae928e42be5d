import ActionPlan
import Foundation
import Testing

/// A source that names no owner is encoded as it is: `owners: []` with the source's `who:` cell.
@Suite("Owners not named")
struct OwnersNotNamedTests {
    private let fixture = "Tests/ActionPlanTests/Fixtures/valid/owners-not-named.yaml"

    @Test("owners: [] with a who text loads with no owner; without who it is still an error")
    func loads() throws {
        let loaded = try TestSupport.loadFixture("valid/owners-not-named.yaml")
        #expect(loaded.diagnostics.isEmpty, "\(TestSupport.render(loaded))")
        let plan = try #require(loaded.plan)
        #expect(plan.actions.filter(\.namesNoOwner).map(\.id) == ["1.2", "1.3"])
        #expect(plan.actions.first { $0.id == "1.3" }?.who == "nader te bepalen")
        let withoutWho = TestSupport.load("""
            plan: {id: p, title: T, region: R, period: 2025-2026, language: nl}
            organisations: {VAR: {name: V}}
            themes:
              - {id: "1", title: T, actions: [{id: "1.1", title: A., planning: Q1 2025, owners: []}]}
            """)
        #expect(withoutWho.diagnostics.contains { $0.code.number == 402 })
    }

    @Test("validate --strict accepts it with a note naming the actions")
    func strict() throws {
        let result = try TestSupport.runPlan(["validate", "--strict", "--lang", "en", fixture])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("2 actions name no owner, as the source (1.2, 1.3)"), "\(result.stdout)")
        #expect(result.stdout.contains("no problems"))
        // The same note in JSON, for scripts: the plan file's actions that name no owner.
        let json = try TestSupport.runPlan(["validate", "--strict", "--format", "json", fixture])
        #expect(json.status == 0, "\(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let file = try #require((object["files"] as? [[String: Any]])?.first)
        #expect(file["actions_naming_no_owner"] as? [String] == ["1.2", "1.3"], "\(json.stdout)")
        let plain = try TestSupport.runPlan(["validate", "--format", "json", "plans/rotterdam-2024-2026.yaml"])
        #expect(!plain.stdout.contains("actions_naming_no_owner"), "only where there are such actions")
    }

    @Test("workload shows them under 'geen eigenaar genoemd' / 'no owner named', apart from the owners")
    func workload() throws {
        let table = try TestSupport.runPlan(["workload", fixture, "--as-of", "2025-06-01"])
        #expect(table.status == 0)
        #expect(table.stdout.contains("geen eigenaar genoemd"))
        let english = try TestSupport.runPlan(["workload", fixture, "--as-of", "2025-06-01", "--lang", "en"])
        #expect(english.stdout.contains("no owner named"))
        let loaded = try TestSupport.loadFixture("valid/owners-not-named.yaml")
        let loads = try WorkloadQuery(asOf: CalendarDate(iso: "2025-06-01")!).run([TrackedPlan(plan: try #require(loaded.plan))])
        let unnamed = try #require(loads.last)
        #expect(unnamed.isNoOwnerNamed && unnamed.lead == 2 && unnamed.open == 2 && unnamed.overdue == 1 && unnamed.recurringPerYear == 1)
        #expect(loads.dropLast().allSatisfy { !$0.isNoOwnerNamed })
        let json = try TestSupport.runPlan(["workload", fixture, "--as-of", "2025-06-01", "--format", "json"])
        #expect(json.stdout.contains("\"no_owner_named\": true") || json.stdout.contains("\"no_owner_named\":true"))
    }

    @Test("derive treats them as regional actions that name no municipality: none is adopted")
    func derive() throws {
        let loaded = try TestSupport.loadFixture("valid/owners-not-named.yaml")
        let plan = try #require(loaded.plan)
        let derivation = LocalPlanDerivation(regional: plan, municipality: "Schiedam")
        #expect(!derivation.selectedActions.contains { $0.namesNoOwner })
        #expect(derivation.selectedActions.isEmpty)
    }
}
