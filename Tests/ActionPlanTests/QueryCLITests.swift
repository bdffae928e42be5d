import Foundation
import Testing

/// Every query command in every format on the shipped plans at fixed dates, against golden files,
/// and the bad input a user can give them.
@Suite("Query commands")
struct QueryCLITests {
    static let cases: [(plan: String, asOf: String)] = [
        ("rotterdam-2024-2026", "2025-01-01"),
        ("rotterdam-2024-2026", "2026-01-01"),
        ("zuid-limburg-2022-2025", "2024-01-01"),
    ]
    static let commands = ["overdue", "workload", "budget", "status", "list"]
    static let formats = ["table", "json", "csv", "markdown"]

    static var arguments: [(String, String, String, String)] {
        cases.flatMap { plan, asOf in commands.flatMap { command in formats.map { (plan, asOf, command, $0) } } }
    }

    @Test("golden output", arguments: arguments)
    func golden(_ plan: String, _ asOf: String, _ command: String, _ format: String) throws {
        let result = try TestSupport.runPlan(
            [command, "plans/\(plan).yaml", "--as-of", asOf, "--format", format], environment: ["COLUMNS": "120"])
        #expect(result.status == 0, "\(result.stderr)")
        let ext = ["table": "txt", "json": "json", "csv": "csv", "markdown": "md"][format]!
        try TestSupport.assertGolden(result.stdout, "queries/\(plan)-\(asOf)-\(command).\(ext)")
    }

    @Test("several plans at once: one budget table per plan and a combined total")
    func severalPlans() throws {
        let result = try TestSupport.runPlan(["budget", "plans/", "--as-of", "2025-01-01", "--lang", "en"], environment: ["COLUMNS": "120"])
        #expect(result.status == 0)
        try TestSupport.assertGolden(result.stdout, "queries/both-plans-budget-en.txt")
    }

    @Test("English output", arguments: ["overdue", "workload", "status"])
    func english(_ command: String) throws {
        let result = try TestSupport.runPlan(
            [command, "plans/rotterdam-2024-2026.yaml", "--as-of", "2025-01-01", "--lang", "en"], environment: ["COLUMNS": "120"])
        #expect(result.status == 0)
        try TestSupport.assertGolden(result.stdout, "queries/rotterdam-2025-01-01-\(command)-en.txt")
    }

    @Test("an unknown --owner is a usage error with a suggestion")
    func unknownOwner() throws {
        let result = try TestSupport.runPlan(["overdue", "plans/rotterdam-2024-2026.yaml", "--owner", "RIECC"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("onbekende eigenaar 'RIECC'; bedoelt u 'RIEC'?"))
        #expect(result.stdout.isEmpty)
    }

    @Test("an owner by alias or in another case is found")
    func ownerAlias() throws {
        let result = try TestSupport.runPlan(["list", "plans/rotterdam-2024-2026.yaml", "--owner", "riec", "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"id\": \"4.1\""))
    }

    @Test("a malformed --as-of is a usage error naming the format", arguments: ["2025-13-01", "1-1-2025", "2025-02-29", "morgen"])
    func malformedAsOf(_ value: String) throws {
        let result = try TestSupport.runPlan(["overdue", "plans/rotterdam-2024-2026.yaml", "--as-of", value])
        #expect(result.status == 64)
        #expect(result.stderr.contains("The value '\(value)' is invalid for '--as-of <as-of>': write a day as YYYY-MM-DD"))
    }

    @Test("a folder without plans")
    func emptyFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actionplan-none-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try TestSupport.runPlan(["budget", folder.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("the folder holds no plan files"))
        #expect(result.stdout.isEmpty)
    }

    @Test("a plan that fails validation: its diagnostics, exit 1, no partial answer")
    func invalidPlan() throws {
        let result = try TestSupport.runPlan(
            ["overdue", "plans/rotterdam-2024-2026.yaml", "Tests/ActionPlanTests/Fixtures/invalid/unknown-owner.yaml", "--as-of", "2025-01-01", "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("unknown-owner.yaml:30:23: error[AP401]: unknown owner 'RIECC'"), "--lang en: the messages in English")
    }

    @Test("CSV with ';' for Dutch Excel")
    func semicolon() throws {
        let result = try TestSupport.runPlan(["budget", "plans/zuid-limburg-2022-2025.yaml", "--format", "csv", "--delimiter", ";", "--by", "theme"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Plan;Thema;2022;2023;2024;2025;Totaal\r\nzuid-limburg-2022-2025;1 Eerder en beter in beeld;8000;"))
    }
}
