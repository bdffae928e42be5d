import ActionPlan
import Foundation
import Testing

/// What a plan writer gets: `plan init`, `plan --version`, the editor's schema comment in files the
/// tool writes, and shell completion for file arguments.
@Suite("Plan writers")
struct PlanWriterTests {
    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actionplan-writers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("plan --version prints the library's version")
    func version() throws {
        let result = try TestSupport.runPlan(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == ActionPlanVersion.current)
        #expect(ActionPlanVersion.current.split(separator: ".").count == 3)
    }

    @Test("plan init writes a starter that validates once its placeholders are filled", arguments: ["nl", "en"])
    func initFillValidate(_ language: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("haaglanden.yaml").path
        let result = try TestSupport.runPlan([
            "init", "--id", "haaglanden-2025-2028", "--title", "Actieplan Mensenhandel Haaglanden 2025-2028",
            "--region", "Regio Haaglanden", "--period", "2025-2028", "--language", language, "--output", file,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.hasPrefix(SchemaReference.prefix))
        #expect(text.contains("period: 2025-2028") && text.contains("language: \(language)"))
        for kind in language == "nl" ? ["Doorlopend", "Q1 2025", "Jaarlijks", "Nog te bepalen", "binnen 3 maanden na vaststelling"]
            : ["ongoing", "Q1 2025", "yearly", "to be determined", "within 3 months of adoption"] {
            #expect(text.contains(kind), "missing planning example \(kind)")
        }
        // Unfilled: the placeholder planning is refused, with a hint.
        let unfilled = try TestSupport.runPlan(["validate", file])
        #expect(unfilled.status == 1)
        let word = language == "nl" ? "invultekst" : "placeholder"
        #expect(unfilled.stderr.contains(word) || unfilled.stdout.contains(word), "in the plan's language")
        // Filled in as a plan writer would.
        let filled = text
            .replacingOccurrences(of: "planning: TODO", with: "planning: \"Q3 en Q4 2025\"")
            .replacingOccurrences(of: "owners: [TODO]", with: "owners: [RIEC]")
            .replacingOccurrences(of: "  TODO:\n", with: "  RIEC:\n")
            .replacingOccurrences(of: "\"TODO: de volledige naam\"", with: "\"Regionaal Informatie- en Expertise Centrum\"")
            .replacingOccurrences(of: "\"TODO: the full name\"", with: "\"Regional Information and Expertise Centre\"")
            .replacingOccurrences(of: "TODO: ", with: "")
        #expect(!filled.contains("TODO:") && !filled.contains("[TODO]") && !filled.contains("planning: TODO"))
        try filled.write(toFile: file, atomically: true, encoding: .utf8)
        let validated = try TestSupport.runPlan(["validate", "--strict", file])
        #expect(validated.status == 0, "\(validated.stdout)\(validated.stderr)")
        let loaded = PlanLoader.load(path: file)
        #expect(loaded.plan?.actions.first?.schedule.dueDate == CalendarDate(iso: "2025-12-31"))
    }

    @Test("plan init refuses a bad id, a bad period and an existing file")
    func initRefuses() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("plan.yaml").path
        let base = ["init", "--title", "T", "--region", "R", "--output", file]
        #expect(try TestSupport.runPlan(base + ["--id", "met spatie", "--period", "2025-2028"]).status == 64)
        #expect(try TestSupport.runPlan(base + ["--id", "ok", "--period", "2028-2025"]).status == 64)
        #expect(try TestSupport.runPlan(base + ["--id", "ok", "--period", "2025-2028"]).status == 0)
        let again = try TestSupport.runPlan(base + ["--id", "ok", "--period", "2025-2028"])
        #expect(again.status == 64)
        #expect(again.stderr.contains("--force"))
    }

    @Test("plan init in the repository points the editor at schema/plan.schema.json")
    func initSchemaPath() throws {
        let folder = TestSupport.packageRoot.appendingPathComponent(".build/init-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("p.yaml")
        _ = try TestSupport.runPlan(["init", "--id", "p", "--title", "T", "--region", "R", "--period", "2025-2028", "--output", file.path])
        let text = try String(contentsOf: file, encoding: .utf8)
        let path = try #require(SchemaReference.path(in: text))
        #expect(path == "../../schema/plan.schema.json")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).standardized.path))
    }

    @Test("plan derive writes the schema comment, pointing at the schema from the new file's folder")
    func deriveSchemaComment() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A copy of the repository's layout: plans/, schema/, and a municipality's folder beside plans/.
        for sub in ["plans", "schema", "lokaal"] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        try FileManager.default.copyItem(at: TestSupport.packageRoot.appendingPathComponent("plans/rotterdam-2024-2026.yaml"),
                                         to: folder.appendingPathComponent("plans/rotterdam-2024-2026.yaml"))
        for kind in SchemaReference.Kind.allCases {
            try FileManager.default.copyItem(at: TestSupport.packageRoot.appendingPathComponent("schema/\(kind.rawValue)"),
                                             to: folder.appendingPathComponent("schema/\(kind.rawValue)"))
        }
        let local = folder.appendingPathComponent("lokaal")
        let result = try TestSupport.runPlan(
            ["derive", "../plans/rotterdam-2024-2026.yaml", "--municipality", "Schiedam", "--output", "schiedam.yaml"], currentDirectory: local)
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOf: local.appendingPathComponent("schiedam.yaml"), encoding: .utf8)
        #expect(SchemaReference.path(in: text) == "../schema/local-plan.schema.json")
        #expect(text.contains("plan: \"../plans/rotterdam-2024-2026.yaml\""))
        let snapshot = try String(contentsOf: local.appendingPathComponent("schiedam.base-snapshot.yaml"), encoding: .utf8)
        #expect(SchemaReference.path(in: snapshot) == "../schema/plan.schema.json")
        let validated = try TestSupport.runPlan(["validate", "--strict", "schiedam.yaml"], currentDirectory: local)
        #expect(validated.status == 0, "\(validated.stdout)\(validated.stderr)")
        let upstream = try TestSupport.runPlan(["diff", "--upstream", "schiedam.yaml"], currentDirectory: local)
        #expect(upstream.stdout.contains("geen verschillen"))
    }

    @Test("the shipped plans and examples carry the schema comment, pointing at files that exist", arguments: [
        "plans/rotterdam-2024-2026.yaml", "plans/zuid-limburg-2022-2025.yaml", "plans/examples/maassluis-2024-2026.yaml",
        "plans/examples/maassluis-2024-2026.base-snapshot.yaml", "examples/rotterdam-2024-2026.voorbeeld.progress.yaml",
    ])
    func shippedSchemaComments(_ relative: String) throws {
        let url = TestSupport.packageRoot.appendingPathComponent(relative)
        let text = try String(contentsOf: url, encoding: .utf8)
        let path = try #require(SchemaReference.path(in: text))
        #expect(text.hasPrefix(SchemaReference.prefix))
        #expect(FileManager.default.fileExists(atPath: url.deletingLastPathComponent().appendingPathComponent(path).standardized.path))
    }
}

/// Shell completion completes plans, progress files and outputs with the right extensions.
@Suite("Shell completion")
struct CompletionTests {
    @Test("bash: plan arguments, --progress and --output complete .yaml/.yml files and folders; report --output .html/.md/.docx")
    func bash() throws {
        let result = try TestSupport.runPlan(["--generate-completion-script", "bash"])
        #expect(result.status == 0)
        let script = result.stdout
        #expect(script.contains("-o plusdirs -fX '!*.@(yaml|yml)'"))
        #expect(script.contains("'!*.@(html|md|docx)'"))
        // Every command that takes plan files offers the completion (validate, export, overdue, derive, diff, log, init …).
        let yamlCompletions = script.components(separatedBy: "'!*.@(yaml|yml)'").count - 1
        #expect(yamlCompletions >= 15)
    }

    @Test("zsh and fish scripts complete .yaml files too", arguments: ["zsh", "fish"])
    func otherShells(_ shell: String) throws {
        let result = try TestSupport.runPlan(["--generate-completion-script", shell])
        #expect(result.status == 0)
        #expect(result.stdout.contains("yaml") && result.stdout.contains("yml"))
    }
}
