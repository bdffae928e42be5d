import ActionPlan
@testable import ActionPlanCore
import Foundation
import Testing

/// Every diagnostic speaks both languages: its message, hint and notes come from the catalogue
/// (`Messages`), and the Dutch text holds no English.
@Suite("Message catalogue")
struct MessageCatalogueTests {
    /// Every diagnostic the bad-input fixtures give: plans, progress files, local plans (loaded once per
    /// test process: both tests below read them).
    static func fixtureDiagnostics() throws -> [(name: String, diagnostic: Diagnostic, source: SourceText)] {
        try allFixtureDiagnostics.get()
    }

    private struct FixtureFailed: Error, CustomStringConvertible { var description: String }

    private static let allFixtureDiagnostics = Result { () throws -> [(name: String, diagnostic: Diagnostic, source: SourceText)] in
        var found: [(String, Diagnostic, SourceText)] = []
        for name in DiagnosticGoldenTests.fixtureNames("invalid") {
            let loaded = try TestSupport.loadFixture("invalid/\(name)")
            found += loaded.diagnostics.map { ("invalid/\(name)", $0, loaded.source) }
        }
        guard let plan = try TestSupport.loadFixture("progress/plan.yaml").plan else { throw FixtureFailed(description: "progress/plan.yaml does not load") }
        for name in DiagnosticGoldenTests.fixtureNames("progress/invalid") {
            let data = try Data(contentsOf: TestSupport.fixtures.appendingPathComponent("progress/invalid/\(name)"))
            let loaded = ProgressLoader.load(bytes: [UInt8](data), path: name, plan: plan, today: ProgressTests.today)
            found += loaded.diagnostics.map { ("progress/\(name)", $0, loaded.source) }
        }
        // Two plans with one id, read together (AP604): a diagnostic of the workspace, not of one file.
        let together = Workspace.check(["Tests/ActionPlanTests/Fixtures/invalid/missing-owners.yaml",
                                        "Tests/ActionPlanTests/Fixtures/invalid/malformed-amount.yaml"], today: ProgressTests.today)
        found += together.files.flatMap { file in file.diagnostics.map { ("together", $0, file.source) } }
        for name in LocalPlanTests.invalidNames() {
            let report = Workspace.check(["\(LocalPlanTests.localFixtures)/invalid/\(name)"], today: ProgressTests.today)
            found += report.files.flatMap { file in file.diagnostics.map { ("local/\(name)", $0, file.source) } }
        }
        return found
    }

    @Test("every diagnostic of the fixtures has its message, hint and notes in Dutch and English")
    func everyDiagnosticInBothLanguages() throws {
        let diagnostics = try Self.fixtureDiagnostics()
        #expect(diagnostics.count > 150)
        #expect(diagnostics.contains { $0.diagnostic.code == .planIDTwice }, "the fixtures hold AP604")
        for (name, diagnostic, _) in diagnostics where !diagnostic.isInBothLanguages {
            Issue.record("\(name): \(diagnostic.code) has no Dutch text in the catalogue: \(diagnostic.message)")
        }
    }

    /// English words that never belong in a Dutch message (outside the quoted text of the file).
    static let englishWords = [" the ", " should ", " found ", " with ", " write ", " must ", " cannot ", " only ", " which ", " or ", " not ", " has "]

    /// The message, hint and notes of a diagnostic, without what it quotes from the file ('…', "…").
    static func ownWords(_ diagnostic: Diagnostic) -> String {
        let text = ([diagnostic.message, diagnostic.hint ?? ""] + diagnostic.notes.map(\.message)).joined(separator: " | ")
        return " " + text.replacing(#/'[^']*'|"[^"]*"|`[^`]*`/#, with: "…") + " "
    }

    @Test("the Dutch text of every fixture's diagnostics holds no English words")
    func noEnglishInDutch() throws {
        for (name, diagnostic, _) in try Self.fixtureDiagnostics() where diagnostic.isInBothLanguages {
            let dutch = Self.ownWords(diagnostic.localized(to: .nl)).lowercased()
            for word in Self.englishWords where dutch.contains(word) {
                Issue.record("\(name): \(diagnostic.code) in Dutch has the English word '\(word.trimmingCharacters(in: .whitespaces))': \(dutch)")
            }
        }
    }

    @Test("the English text of a diagnostic is what English plans have always shown; Dutch differs from it")
    func englishIsTheDefault() throws {
        let loaded = try TestSupport.loadFixture("invalid/unknown-key-in-action.yaml")
        let diagnostic = try #require(loaded.diagnostics.first)
        #expect(diagnostic.localized(to: .en) == diagnostic, "English is the text as written")
        #expect(diagnostic.localized(to: .nl).message != diagnostic.message)
        #expect(diagnostic.localized(to: .nl).code == diagnostic.code && diagnostic.localized(to: .nl).location == diagnostic.location)
    }
}

/// Every command takes `--lang`, and what a command says besides diagnostics follows it.
@Suite("Messages of the commands")
struct CommandLanguageTests {
    static let commands = ["validate", "export", "overdue", "workload", "budget", "status", "list", "show", "log", "derive", "diff",
                           "adopt", "report", "calendar", "init", "schema", "agenda", "letters"]

    @Test("every subcommand takes --lang nl|en", arguments: commands)
    func everyCommandTakesLang(_ command: String) throws {
        let help = try TestSupport.runPlan([command, "--help"])
        #expect(help.stdout.contains("--lang <lang>"), "plan \(command) has no --lang")
    }

    @Test("the list of commands checked is every subcommand")
    func listIsComplete() throws {
        let help = try TestSupport.runPlan(["--help"])
        // Subcommand lines are indented by two spaces; their descriptions' continuation lines by more.
        let listed = help.stdout.split(separator: "\n").drop { !$0.hasPrefix("SUBCOMMANDS:") }.dropFirst()
            .filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }
            .compactMap { $0.split(separator: " ").first.map(String.init) }
        #expect(Set(listed).subtracting(["help", "See"]) == Set(Self.commands))
    }

    @Test("validate on a Dutch plan: diagnostics and summary in Dutch; --lang en: all in English")
    func validateSummary() throws {
        let path = "Tests/ActionPlanTests/Fixtures/invalid/unknown-owner.yaml"
        let dutch = try TestSupport.runPlan(["validate", path])
        #expect(dutch.stdout.contains("error[AP401]: onbekende eigenaar 'RIECC'"))
        #expect(dutch.stdout.hasSuffix("1 planbestand gecontroleerd: 1 fout\n"))
        let english = try TestSupport.runPlan(["validate", "--lang", "en", path])
        #expect(english.stdout.contains("error[AP401]: unknown owner 'RIECC'"))
        #expect(english.stdout.hasSuffix("checked 1 plan file: 1 error\n"))
        let clean = try TestSupport.runPlan(["validate", "plans/rotterdam-2024-2026.yaml"])
        #expect(clean.stdout.contains("gecontroleerd: geen problemen"))
    }

    @Test("a query over a Dutch plan with errors says why it stops in Dutch; --lang en in English")
    func queryStops() throws {
        let path = "Tests/ActionPlanTests/Fixtures/invalid/unknown-owner.yaml"
        let dutch = try TestSupport.runPlan(["overdue", path, "--as-of", "2025-01-01"])
        #expect(dutch.status == 1)
        #expect(dutch.stderr.contains("\(path): heeft fouten; verbeter die eerst (plan validate \(path))"))
        let english = try TestSupport.runPlan(["overdue", path, "--as-of", "2025-01-01", "--lang", "en"])
        #expect(english.stderr.contains("\(path): has errors; fix them first (plan validate \(path))"))
    }

    @Test("a name that matches no owner: the usage error in the plan's language")
    func lookupInDutch() throws {
        let dutch = try TestSupport.runPlan(["overdue", "plans/rotterdam-2024-2026.yaml", "--owner", "RIECC", "--as-of", "2025-01-01"])
        #expect(dutch.status == 64)
        #expect(dutch.stderr.hasPrefix("Fout: onbekende eigenaar 'RIECC'; bedoelt u"))
        let english = try TestSupport.runPlan(["overdue", "plans/rotterdam-2024-2026.yaml", "--owner", "RIECC", "--as-of", "2025-01-01", "--lang", "en"])
        #expect(english.stderr.hasPrefix("Error: unknown owner 'RIECC'; did you mean"))
    }

    @Test("a subject's quoted values and years are carried into its Dutch name; other numbers stay text",
          arguments: [("action '2.4'", "actie '2.4'", ["2.4"]), ("the amount for 2025", "het bedrag voor 2025", ["2025"]),
                      ("an entry of action '1.2'", "een regel van actie '1.2'", ["1.2"]), ("the amount for 20256", "the amount for 20256", [])])
    func subjects(english: String, dutch: String, values: [String]) {
        #expect(Messages.subject(english).nl == dutch)
        if !english.hasPrefix("an entry of ") { #expect(Messages.template(of: english).values == values) }
    }
}
