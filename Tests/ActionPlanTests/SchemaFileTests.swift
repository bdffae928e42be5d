import ActionPlan
import Foundation
import Testing

/// The schema comment names a schema that is there, or none; `plan schema` writes the schemas the
/// tool carries, the same as schema/.
@Suite("Schema files")
struct SchemaFileTests {
    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("the schemas inside the tool are those of schema/ (else run scripts/embed-schemas.py)")
    func embedded() throws {
        for (name, text) in SchemaFiles.files {
            let onDisk = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("schema/\(name)"), encoding: .utf8)
            #expect(text + "\n" == onDisk, "\(name) differs from schema/\(name): run scripts/embed-schemas.py")
        }
        #expect(Set(SchemaFiles.files.map(\.name)) == Set(SchemaReference.Kind.allCases.map(\.rawValue)))
    }

    @Test("plan init outside a checkout writes no schema comment, and says how to get one; with plan schema it writes one that resolves")
    func initOutsideACheckout() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plans = folder.appendingPathComponent("plans")
        try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
        let first = try TestSupport.runPlanProcess(
            ["init", "--id", "a-2025-2026", "--title", "T", "--region", "R", "--period", "2025-2026", "--output", "plans/a.yaml"],
            currentDirectory: folder)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("plan schema --output plans/schema"))
        let written = try String(contentsOf: plans.appendingPathComponent("a.yaml"), encoding: .utf8)
        #expect(!written.contains("yaml-language-server"))

        let schema = try TestSupport.runPlanProcess(["schema", "--output", "plans/schema"], currentDirectory: folder)
        #expect(schema.status == 0, "\(schema.stderr)")
        let again = try TestSupport.runPlanProcess(["schema", "--output", "plans/schema"], currentDirectory: folder)
        #expect(again.status == 64)
        try FileManager.default.removeItem(at: plans.appendingPathComponent("a.yaml"))
        let second = try TestSupport.runPlanProcess(
            ["init", "--id", "a-2025-2026", "--title", "T", "--region", "R", "--period", "2025-2026", "--output", "plans/a.yaml"],
            currentDirectory: folder)
        #expect(second.status == 0)
        let text = try String(contentsOf: plans.appendingPathComponent("a.yaml"), encoding: .utf8)
        let path = try #require(SchemaReference.path(in: text))
        #expect(FileManager.default.fileExists(atPath: plans.appendingPathComponent(path).path), "\(path)")
        for (name, text) in SchemaFiles.files {
            #expect(try String(contentsOf: plans.appendingPathComponent("schema/\(name)"), encoding: .utf8) == text + "\n")
        }
    }

    @Test("a neighbour's comment naming a missing schema is not copied: derive writes none")
    func missingNeighbourSchema() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let regional = folder.appendingPathComponent("regional.yaml")
        try "# yaml-language-server: $schema=schema/plan.schema.json\nplan: {}\n".write(to: regional, atomically: true, encoding: .utf8)
        #expect(SchemaReference.path(for: .localPlan, besideFileAt: "regional.yaml", neighbourOnDisk: regional.path) == nil)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("schema"), withIntermediateDirectories: true)
        try "{}".write(to: folder.appendingPathComponent("schema/plan.schema.json"), atomically: true, encoding: .utf8)
        try "{}".write(to: folder.appendingPathComponent("schema/local-plan.schema.json"), atomically: true, encoding: .utf8)
        #expect(SchemaReference.path(for: .localPlan, besideFileAt: "regional.yaml", neighbourOnDisk: regional.path) == "schema/local-plan.schema.json")
    }
}
