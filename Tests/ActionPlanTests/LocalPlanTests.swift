import ActionPlan
import Foundation
import Testing

/// Local plans: derived from a regional plan, loaded over it, validated, and compared with it.
@Suite("Local plans")
struct LocalPlanTests {
    static let localFixtures = "Tests/ActionPlanTests/Fixtures/local"

    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("actionplan-local-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("a local plan loads as the adopted regional actions, roles mapped, overrides applied, local actions added")
    func resolved() throws {
        let loaded = PlanLoader.load(path: TestSupport.fixtures.appendingPathComponent("local/local.yaml").path)
        #expect(loaded.diagnostics.isEmpty, "\(TestSupport.render(loaded))")
        let plan = try #require(loaded.plan)
        #expect(plan.actions.map(\.id) == ["1.1", "1.2", "2.1", "L1.1"])
        #expect(plan.metadata.period == PlanPeriod(firstYear: 2024, lastYear: 2026), "inherited from the regional plan")
        let byID = Dictionary(uniqueKeysWithValues: plan.actions.map { ($0.id, $0) })
        #expect(byID["1.1"]?.origin == .regional(planID: "regio-test"))
        #expect(byID["L1.1"]?.origin == .local)
        #expect(byID["1.1"]?.owners.map(\.key) == ["VAR", "RIEC", "testdorp-af"])
        #expect(byID["2.1"]?.owners.map(\.key) == ["gemeente-testdorp"])
        #expect(byID["1.2"]?.schedule.text == "Q2 2025" && byID["1.2"]?.notes == "Lokaal met de wijkteams")
        #expect(BudgetTotals(plan: plan).total(in: 2025) == Money(euros: 2_500))
    }

    @Test("export, overdue and workload of the local plan", arguments: ["export", "overdue", "workload"])
    func queries(_ command: String) throws {
        var arguments = [command, "\(Self.localFixtures)/local.yaml"]
        arguments += ["--as-of", "2025-07-01"]
        if command != "export" { arguments += ["--format", "json"] }
        let result = try TestSupport.runPlan(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        try TestSupport.assertGolden(result.stdout, "local/\(command).json")
    }

    static func invalidNames() -> [String] {
        let url = TestSupport.fixtures.appendingPathComponent("local/invalid")
        return ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).filter { $0.hasSuffix(".yaml") && $0 != "cycle-b.yaml" && !$0.hasSuffix(".base-snapshot.yaml") }.sorted()
    }

    /// In the plan's language, Dutch (`NAME.nl.txt`), and with `--lang en` (`NAME.txt`).
    @Test("each bad local plan gives its diagnostics, in Dutch and with --lang en", arguments: invalidNames())
    func invalid(_ name: String) throws {
        let path = "\(Self.localFixtures)/invalid/\(name)"
        let base = "local/invalid-\(name.replacingOccurrences(of: ".yaml", with: ""))"
        let dutch = try TestSupport.runPlan(["validate", "--strict", path])
        #expect(dutch.status == 1)
        try TestSupport.assertGolden(dutch.stdout, "\(base).nl.txt")
        let english = try TestSupport.runPlan(["validate", "--strict", "--lang", "en", path])
        #expect(english.status == 1)
        try TestSupport.assertGolden(english.stdout, "\(base).txt")
    }

    @Test("derive: exactly the actions the municipal roles or the municipality itself take part in", arguments: [
        ("Maassluis", "maassluis-2024-2026.yaml", nil), ("'s-Hertogenbosch", "s-hertogenbosch-2024-2026.yaml", nil),
        // An alias: the file and title in the registry's spelling.
        ("Capelle a/d IJssel", "capelle-aan-den-ijssel-2024-2026.yaml", "gemeente-capelle"),
        ("Capelle aan den IJssel", "capelle-aan-den-ijssel-2024-2026.yaml", "gemeente-capelle"),
    ] as [(String, String, String?)])
    func derive(_ municipality: String, _ fileName: String, _ ownEntry: String?) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try TestSupport.runPlan(["derive", TestSupport.shippedPlan("rotterdam-2024-2026.yaml"), "--municipality", municipality],
                                             currentDirectory: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let path = folder.appendingPathComponent(fileName).path
        let loaded = PlanLoader.load(path: path)
        #expect(loaded.diagnostics.isEmpty, "\(TestSupport.render(loaded))")
        let local = try #require(loaded.plan)
        #expect(local.metadata.region == "Gemeente \(ownEntry == nil ? municipality : "Capelle aan den IJssel")")
        let regional = try #require(PlanLoader.load(path: TestSupport.shippedPlan("rotterdam-2024-2026.yaml")).plan)
        let owners = ["aandachtsfunctionarissen", "gemeenten"] + (ownEntry.map { [$0] } ?? [])
        let expected = regional.actions.filter { $0.owners.contains { owners.contains($0.key) } }.map(\.id)
        #expect(local.actions.map(\.id) == expected)
        // Capelle leads 4.7 itself: its own registry entry is matched, not only the municipal roles.
        #expect(expected.count == (ownEntry == nil ? 16 : 17))
        #expect(local.actions.contains { $0.id == "4.7" } == (ownEntry != nil))
        #expect(local.actions.allSatisfy { !$0.owners.contains { ["aandachtsfunctionarissen", "gemeenten"].contains($0.key) } })
        // Refuses to overwrite without --force.
        let again = try TestSupport.runPlan(["derive", TestSupport.shippedPlan("rotterdam-2024-2026.yaml"), "--municipality", municipality],
                                            currentDirectory: folder)
        #expect(again.status == 64 && again.stderr.contains("geef --force om het te vervangen"), "\(again.stderr)")
    }

    @Test("derive with given roles, and with an unknown role (suggestion)")
    func deriveRoles() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let zl = TestSupport.shippedPlan("zuid-limburg-2022-2025.yaml")
        let result = try TestSupport.runPlan(["derive", zl, "--municipality", "Sittard-Geleen", "--role", "aandachtsfunctionarissen"],
                                             currentDirectory: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let unknown = try TestSupport.runPlan(["derive", zl, "--municipality", "Heerlen", "--role", "aandachtfunctionaris", "--output", "x.yaml"],
                                              currentDirectory: folder)
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("unknown owner 'aandachtfunctionaris'; did you mean"))
    }

    @Test("diff: one golden output per kind of change", arguments: [
        "reworded", "rescheduled", "reowned", "rebudgeted", "added", "removed", "theme-added", "theme-renamed",
    ])
    func diff(_ kind: String) throws {
        for format in ["text", "json", "markdown"] {
            let result = try TestSupport.runPlan(["diff", "\(Self.localFixtures)/regional.yaml", "\(Self.localFixtures)/diff/\(kind).yaml", "--format", format])
            #expect(result.status == 1, "differences exit 1, like diff")
            try TestSupport.assertGolden(result.stdout, "diff/\(kind).\(["text": "txt", "json": "json", "markdown": "md"][format]!)")
        }
    }

    @Test("diff of a plan with itself: no differences, exit 0")
    func diffEqual() throws {
        let result = try TestSupport.runPlan(["diff", "plans/rotterdam-2024-2026.yaml", "plans/rotterdam-2024-2026.yaml"])
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("geen verschillen\n"), "a Dutch plan's diff is in Dutch")
        let english = try TestSupport.runPlan(["diff", "plans/rotterdam-2024-2026.yaml", "plans/rotterdam-2024-2026.yaml", "--lang", "en"])
        #expect(english.stdout.hasSuffix("no differences\n"))
    }

    @Test("--upstream after the regional plan is edited: a warning on validate, the change in the diff")
    func upstream() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let regional = folder.appendingPathComponent("regio.yaml")
        try FileManager.default.copyItem(at: TestSupport.fixtures.appendingPathComponent("local/regional.yaml"), to: regional)
        #expect(try TestSupport.runPlan(["derive", "regio.yaml", "--municipality", "Testdorp", "--output", "testdorp.yaml"], currentDirectory: folder).status == 0)
        #expect(try TestSupport.runPlan(["diff", "--upstream", "testdorp.yaml"], currentDirectory: folder).status == 0)
        let edited = try String(contentsOf: regional, encoding: .utf8).replacingOccurrences(of: "planning: Jaarlijks", with: "planning: Minimaal 2x per jaar")
        try edited.write(to: regional, atomically: true, encoding: .utf8)
        let validate = try TestSupport.runPlan(["validate", "testdorp.yaml"], currentDirectory: folder)
        #expect(validate.stdout.contains("warning[AP804]: het regionale plan is veranderd sinds dit plan ervan is afgeleid"))
        #expect(validate.stdout.contains("plan diff --upstream testdorp.yaml"))
        let diff = try TestSupport.runPlan(["diff", "--upstream", "testdorp.yaml"], currentDirectory: folder)
        #expect(diff.status == 1)
        #expect(diff.stdout.contains("~ 1.2 anders gepland: Jaarlijks → Minimaal 2x per jaar"), "\(diff.stdout)")
    }

    @Test("a folder mixing regional and local plans: validate and budget over it")
    func mixedFolder() throws {
        #expect(try TestSupport.runPlan(["validate", "--strict", "plans/"]).stdout == "3 planbestanden gecontroleerd: geen problemen\n")
        let budget = try TestSupport.runPlan(["budget", "plans/", "--format", "json", "--as-of", "2025-01-01"])
        #expect(budget.status == 0)
        #expect(budget.stdout.contains("\"plan\": \"maassluis-2024-2026\""))
    }
}

@Suite("Counting regional and local plans together")
struct CountedOnceTests {
    @Test("workload of plans/ gives every owner the regional numbers plus only its local-only actions")
    func workloadCountsAdoptedOnce() throws {
        let asOf = CalendarDate(iso: "2025-03-01")!
        let today = CalendarDate(iso: "2026-11-24")!
        let folder = TestSupport.packageRoot.appendingPathComponent("plans").path
        let all = try Workspace.open([folder], readsProgress: false, today: today)
        // The regional and standalone plans of the folder, without the local one.
        let regional = try Workspace.open([TestSupport.shippedPlan("rotterdam-2024-2026.yaml"), TestSupport.shippedPlan("zuid-limburg-2022-2025.yaml")],
                                          readsProgress: false, today: today)
        let local = try #require(all.plans.first { $0.plan.base != nil })
        let (counted, leftOut) = all.countedOnce
        #expect(leftOut == local.plan.actions.filter { $0.origin.isRegional }.count && leftOut > 0)
        let together = try WorkloadQuery(asOf: asOf).run(counted)
        let alone = try WorkloadQuery(asOf: asOf).run(regional.plans)
        let localOnly = local.plan.actions.filter { !$0.origin.isRegional }
        for load in alone {
            let combined = try #require(together.first { $0.key == load.key && $0.planID == load.planID })
            let ledLocally = localOnly.filter { $0.lead?.key == load.key }.count
            let joinedLocally = localOnly.filter { $0.owners.contains { $0.key == load.key && !$0.isLead } }.count
            #expect(combined.lead == load.lead + ledLocally, "\(load.key)")
            #expect(combined.partner == load.partner + joinedLocally, "\(load.key)")
        }
        let cli = try TestSupport.runPlan(["workload", "plans/", "--owner", "VAR", "--as-of", "2025-03-01"])
        let words = cli.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("16 overgenomen regionale acties van lokale plannen één keer geteld, bij het regionale plan."))
    }
}

@Suite("Local plans: the one owner lookup")
struct LocalPlanOwnerLookupTests {
    @Test("adopt roles finds a regional owner by an alias in any case, as every other owner lookup does")
    func adoptRolesByAlias() throws {
        let regional = TestSupport.shippedPlan("rotterdam-2024-2026.yaml")
        func adopted(_ role: String) -> [String]? {
            let text = "plan: {id: testdorp, title: T, region: Gemeente Testdorp}\nextends: {plan: \"\(regional)\"}\nadopt:\n  roles: [\"\(role)\"]\n"
            let loaded = TestSupport.load(text, path: "testdorp.yaml")
            return loaded.isValid ? loaded.plan?.actions.map(\.id) : nil
        }
        let byKey = try #require(adopted("aandachtsfunctionarissen"))
        #expect(!byKey.isEmpty)
        #expect(adopted("AANDACHTFUNCTIONARISSEN") == byKey, "an alias in capitals (failed before: aliases were compared exactly)")
    }
}
