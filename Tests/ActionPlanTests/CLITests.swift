import Foundation
import Testing

/// The built `plan` executable: exit codes, output and golden files, as a user meets them.
@Suite("plan command line")
struct CLITests {
    @Test("validate plans/: both shipped plans and the example local plan, no problems, exit 0")
    func validateShipped() throws {
        let result = try TestSupport.runPlan(["validate", "plans/"])
        #expect(result.status == 0)
        #expect(result.stdout == "checked 3 plan files: no problems\n")
        #expect(result.stderr.isEmpty)
    }

    @Test("validate --strict plans/ is clean too: the shipped plans have no warnings")
    func validateShippedStrict() throws {
        #expect(try TestSupport.runPlan(["validate", "--strict", "plans/"]).status == 0)
    }

    @Test("export of each shipped plan matches its golden JSON", arguments: ["rotterdam-2024-2026", "zuid-limburg-2022-2025"])
    func export(_ name: String) throws {
        let result = try TestSupport.runPlan(["export", "plans/\(name).yaml", "--as-of", "2025-03-01"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        try TestSupport.assertGolden(result.stdout, "export-\(name).json")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect((json?["themes"] as? [Any])?.isEmpty == false)
    }

    @Test("validate reports every problem of a bad file with exit 1")
    func validateInvalid() throws {
        let result = try TestSupport.runPlan(["validate", "Tests/ActionPlanTests/Fixtures/invalid/three-duplicate-keys.yaml"])
        #expect(result.status == 1)
        try TestSupport.assertGolden(result.stdout, "cli-validate-three-duplicate-keys.txt")
    }

    @Test("validate --format json gives the diagnostics as data")
    func validateJSON() throws {
        let result = try TestSupport.runPlan(["validate", "--format", "json", "Tests/ActionPlanTests/Fixtures/invalid/unknown-owner.yaml"])
        #expect(result.status == 1)
        try TestSupport.assertGolden(result.stdout, "cli-validate-unknown-owner.json")
    }

    @Test("warnings pass without --strict and fail with it")
    func strict() throws {
        let path = "Tests/ActionPlanTests/Fixtures/invalid/unscheduled-action.yaml"
        #expect(try TestSupport.runPlan(["validate", path]).status == 0)
        #expect(try TestSupport.runPlan(["validate", "--strict", path]).status == 1)
    }

    @Test("a path that does not exist, and a folder without plans, are reported")
    func missingPaths() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actionplan-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try TestSupport.runPlan(["validate", "nowhere.yaml", folder.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("nowhere.yaml: error[AP101]: no such file or folder"))
        #expect(result.stdout.contains("error[AP101]: the folder holds no plan files (.yaml or .yml)"))
    }

    @Test("export of a plan with errors prints the errors, no JSON, exit 1")
    func exportInvalid() throws {
        let result = try TestSupport.runPlan(["export", "Tests/ActionPlanTests/Fixtures/invalid/unknown-owner.yaml"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("unknown owner"))
    }

    @Test("usage errors keep swift-argument-parser's exit code 64")
    func usage() throws {
        let result = try TestSupport.runPlan(["validate", "--no-such-option", "plans/"])
        #expect(result.status == 64)
        #expect(try TestSupport.runPlan(["export"]).status == 64)
    }

    @Test("no colour when NO_COLOR is set or output is not a terminal")
    func noColour() throws {
        let result = try TestSupport.runPlan(["validate", "Tests/ActionPlanTests/Fixtures/invalid/unknown-owner.yaml"])
        #expect(!result.stdout.contains("\u{1B}["))
    }
}
