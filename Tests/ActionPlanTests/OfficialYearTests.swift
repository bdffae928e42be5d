import ActionPlan
import Foundation
import Testing

/// The municipal official's year with the shipped Rotterdam plan: local plans for Capelle aan den
/// IJssel, Schiedam and Maassluis in a folder beside the region's, then a normal regional revision.
/// Nothing the region changes locks a local plan out; what no longer fits is kept as history.
@Suite("Local plans: the official's year")
struct OfficialYearTests {
    /// `regio/rotterdam-2024-2026.yaml` and the three derived plans in `gemeenten/`; removed by the caller.
    /// The derives run once per test process (`derivedYear`); each test gets its own copy of the files.
    static func yearFolder() throws -> URL {
        let year = try derivedYear.get()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actionplan-year-\(UUID().uuidString)")
        for (relative, bytes) in year {
            let url = folder.appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try bytes.write(to: url)
        }
        return folder
    }

    struct DeriveFailed: Error, CustomStringConvertible { var description: String }

    /// The files of the year folder (path relative to it → bytes), derived as an official would:
    /// `plan derive ../regio/rotterdam-2024-2026.yaml --municipality …` in `gemeenten/`.
    static let derivedYear: Result<[String: Data], any Error> = Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actionplan-year-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("regio"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("gemeenten"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: TestSupport.shippedPlan("rotterdam-2024-2026.yaml"),
                                         toPath: folder.appendingPathComponent("regio/rotterdam-2024-2026.yaml").path)
        for municipality in ["Capelle aan den IJssel", "Schiedam", "Maassluis"] {
            let result = try run(["derive", "../regio/rotterdam-2024-2026.yaml", "--municipality", municipality], in: folder.appendingPathComponent("gemeenten"))
            guard result.status == 0 else { throw DeriveFailed(description: "derive \(municipality): exit \(result.status)\n\(result.stderr)") }
        }
        var files: [String: Data] = [:]
        for sub in ["regio", "gemeenten"] {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(sub).path) {
                files["\(sub)/\(name)"] = try Data(contentsOf: folder.appendingPathComponent("\(sub)/\(name)"))
            }
        }
        return files
    }

    static func run(_ arguments: [String], in folder: URL) throws -> (status: Int32, stdout: String, stderr: String) {
        try TestSupport.runPlan(arguments, currentDirectory: folder)
    }

    static func write(_ text: String, to url: URL) throws {
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    /// The region's revision: edits of the regional plan's text, each of which must apply.
    static func revise(_ folder: URL, _ edits: [(String, String)]) throws {
        let url = folder.appendingPathComponent("regio/rotterdam-2024-2026.yaml")
        var text = try String(contentsOf: url, encoding: .utf8)
        for (old, new) in edits {
            #expect(text.contains(old), "the revision's edit does not apply: \(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        try write(text, to: url)
    }

    /// Action 3.13 as the shipped plan writes it: removed by the revision.
    static let removes3_13 = ("""
              - id: "3.13"
                title: "Inzetten VR-brillen met experience mensenhandel gericht op seksuele en criminele uitbuiting."
                planning: "Doorlopend"
                who: "VAR/ aandachtfunctionarissen"
                owners:
                  - VAR
                  - aandachtsfunctionarissen

        """, "")

    /// The README's own revision: a yearly action made one-off (`Jaarlijks → 2e helft 2026`).
    static func makesOneOff(_ id: String, title: String) -> (String, String) {
        ("- id: \"\(id)\"\n        title: \"\(title)\"\n        planning: \"Jaarlijks\"",
         "- id: \"\(id)\"\n        title: \"\(title)\"\n        planning: \"2e helft 2026\"")
    }

    static let oneOff2_4 = makesOneOff("2.4", title: "Ondersteunen opstellen en bijstellen lokaal actieplan, minstens 1 x per jaar fysiek om tafel met alle gemeenten afzonderlijk.")
    static let oneOff1_1 = makesOneOff("1.1", title: "Publiceren regionale mensenhandelmonitor.")

    /// Runs overdue, status and report on a local plan: each must answer (exit 0) and warn.
    static func answers(_ plan: String, in folder: URL, warning: String) throws -> String {
        var markdown = ""
        for command in [["overdue"], ["status"], ["report", "--format", "markdown", "--since", "2024-01-01"]] {
            let result = try run(command + [plan, "--as-of", "2025-12-01"], in: folder)
            #expect(result.status == 0, "\(command[0]) on \(plan): \(result.stderr)")
            #expect(result.stderr.contains("warning[AP713]") && result.stderr.contains(warning), "\(command[0]): \(result.stderr)")
            #expect(!result.stderr.contains("error["), "\(command[0]): \(result.stderr)")
            if command[0] == "report" { markdown = result.stdout }
        }
        return markdown
    }

    @Test("the region removes an action the municipality logged work on: the queries answer, the entry is history")
    func removedActionWithLocalProgress() throws {
        let folder = try Self.yearFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let gemeenten = folder.appendingPathComponent("gemeenten")
        try Self.write("""
            - action: "3.13"
              date: 2025-03-01
              status: started
              note: "VR-brillen ingezet op twee scholen"

            """, to: gemeenten.appendingPathComponent("capelle-aan-den-ijssel-2024-2026.progress.yaml"))
        try Self.revise(folder, [Self.removes3_13])
        let report = try Self.answers("capelle-aan-den-ijssel-2024-2026.yaml", in: gemeenten, warning: "actie '3.13' staat niet (meer) in het plan")
        #expect(report.contains("### Geschiedenis van de oude planning"), "\(report)")
        #expect(report.contains("| 3.13 | gestart — VR-brillen ingezet op twee scholen |"), "\(report)")
        // validate shows it as a warning: --strict fails, plain validate passes.
        let validate = try Self.run(["validate", "--lang", "en", "capelle-aan-den-ijssel-2024-2026.yaml"], in: gemeenten)
        #expect(validate.status == 0)
        try TestSupport.assertGolden(validate.stdout, "local/history-removed-action.txt")
        #expect(try Self.run(["validate", "--strict", "capelle-aan-den-ijssel-2024-2026.yaml"], in: gemeenten).status == 1)
    }

    @Test("accepting a revision that removed an adopted action needs no hand edit: its adopt line becomes a comment, nothing else changes")
    func acceptRetiresRemovedAdoptedAction() throws {
        let folder = try Self.yearFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let gemeenten = folder.appendingPathComponent("gemeenten")
        let url = gemeenten.appendingPathComponent("schiedam-2024-2026.yaml")
        let before = try String(contentsOf: url, encoding: .utf8)
        try Self.revise(folder, [Self.removes3_13])
        let accept = try Self.run(["diff", "--upstream", "schiedam-2024-2026.yaml", "--accept"], in: gemeenten)
        #expect(accept.status == 0, "\(accept.stderr)")
        #expect(accept.stderr.contains("De regio heeft geschrapt: 3.13"), "\(accept.stderr)")
        // The diff is what "the regional plan has changed" points to: not repeated above it.
        #expect(!accept.stderr.contains("AP804"), "\(accept.stderr)")
        let after = try String(contentsOf: url, encoding: .utf8)
        let old = before.components(separatedBy: "\n"), new = after.components(separatedBy: "\n")
        #expect(old.count == new.count)
        let changed = zip(old, new).filter { $0 != $1 }
        #expect(changed.count == 3, "only version, snapshot and the 3.13 line: \(changed)")
        #expect(changed.contains { $0.0.hasPrefix("    - \"3.13\"") && $0.1.hasPrefix("    # - \"3.13\"") && $0.1.hasSuffix(" — geschrapt door de regio") },
                "\(changed)")
        #expect(try Self.run(["validate", "--strict", "schiedam-2024-2026.yaml"], in: gemeenten).status == 0)
        #expect(try Self.run(["diff", "--upstream", "schiedam-2024-2026.yaml"], in: gemeenten).status == 0)
    }

    @Test("the region makes a yearly action one-off: the local occurrences are history, shown and not counted")
    func recurringMadeOneOffWithLocalProgress() throws {
        let folder = try Self.yearFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let gemeenten = folder.appendingPathComponent("gemeenten")
        try Self.write("""
            - action: "2.4"
              date: 2024-06-10
              occurrence: true
            - action: "2.4"
              date: 2025-05-12
              occurrence: true

            """, to: gemeenten.appendingPathComponent("capelle-aan-den-ijssel-2024-2026.progress.yaml"))
        try Self.revise(folder, [Self.oneOff2_4])
        let report = try Self.answers("capelle-aan-den-ijssel-2024-2026.yaml", in: gemeenten, warning: "actie '2.4' keert niet (meer) terug")
        #expect(report.contains("2024 | 2.4 Ondersteunen"), "\(report)")
        #expect(report.contains("geschiedenis (oude planning)"), "\(report)")
        let show = try Self.run(["show", "capelle-aan-den-ijssel-2024-2026.yaml", "2.4", "--as-of", "2025-12-01"], in: gemeenten)
        #expect(show.status == 0 && show.stdout.contains("2024-06-10  geschiedenis (oude planning)"), "\(show.stdout)\(show.stderr)")
        // In English when asked.
        let english = try Self.run(["overdue", "capelle-aan-den-ijssel-2024-2026.yaml", "--lang", "en"], in: gemeenten)
        #expect(english.status == 0 && english.stderr.contains("action '2.4' does not (or no longer) recur"), "\(english.stderr)")
    }

    @Test("the region makes a yearly action one-off in its own progress: every local plan still answers, also one that does not adopt it")
    func recurringMadeOneOffWithRegionalProgress() throws {
        let folder = try Self.yearFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let gemeenten = folder.appendingPathComponent("gemeenten")
        try Self.write("""
            - action: "2.4"
              date: 2024-11-20
              occurrence: true
            - action: "1.1"
              date: 2024-10-01
              occurrence: true

            """, to: folder.appendingPathComponent("regio/rotterdam-2024-2026.progress.yaml"))
        try Self.revise(folder, [Self.oneOff2_4, Self.oneOff1_1])
        for plan in ["capelle-aan-den-ijssel-2024-2026.yaml", "schiedam-2024-2026.yaml", "maassluis-2024-2026.yaml"] {
            let report = try Self.answers(plan, in: gemeenten, warning: "actie '1.1' keert niet (meer) terug")
            #expect(report.contains("regio — geschiedenis (oude planning)"), "\(plan): \(report)")
        }
        // validate of a local plan tells the same (it said "no problems" while every query failed).
        let validate = try Self.run(["validate", "--strict", "schiedam-2024-2026.yaml"], in: gemeenten)
        #expect(validate.status == 1 && validate.stdout.contains("rotterdam-2024-2026.progress.yaml:3:15: warning[AP713]"), "\(validate.stdout)")
        // The region's own view still refuses its progress file: the region fixes it.
        #expect(try Self.run(["overdue", "regio/rotterdam-2024-2026.yaml"], in: folder).status == 1)
    }

    @Test("--accept says, before writing, which entries become history; the local plan answers after it")
    func acceptTellsHistoryFirst() throws {
        let folder = try Self.yearFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let gemeenten = folder.appendingPathComponent("gemeenten")
        try Self.write("- action: \"2.4\"\n  date: 2024-06-10\n  occurrence: true\n", to: gemeenten.appendingPathComponent("maassluis-2024-2026.progress.yaml"))
        try Self.revise(folder, [Self.oneOff2_4])
        let accept = try Self.run(["diff", "--upstream", "maassluis-2024-2026.yaml", "--accept"], in: gemeenten)
        #expect(accept.status == 0, "\(accept.stderr)")
        let told = try #require(accept.stderr.range(of: "Na overname blijven 1 voortgangsregels bewaard als geschiedenis"))
        let written = try #require(accept.stderr.range(of: "volgt nu het regionale plan"))
        #expect(told.lowerBound < written.lowerBound)
        _ = try Self.answers("maassluis-2024-2026.yaml", in: gemeenten, warning: "actie '2.4' keert niet (meer) terug")
    }

    @Test("validate of a Dutch local plan gives AP808 in Dutch, and in English with --lang en")
    func invalidatedChoiceInBothLanguages() throws {
        let fixture = "Tests/ActionPlanTests/Fixtures/local/invalid/invalidated-rescheduled.yaml"
        let dutch = try TestSupport.runPlan(["validate", fixture])
        #expect(dutch.stdout.contains("warning[AP808]: het lokale budget van '1.2' is voor 2025, buiten de nieuwe planning van de regio"), "\(dutch.stdout)")
        let english = try TestSupport.runPlan(["validate", "--lang", "en", fixture])
        #expect(english.status == 0)
        try TestSupport.assertGolden(english.stdout, "local/english-invalidated-rescheduled.txt")
    }

    @Test("derive --force over a local plan with the official's work is refused, names what would be lost, and leaves it byte for byte")
    func deriveForceNeverDestroys() throws {
        let folder = try Self.yearFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let gemeenten = folder.appendingPathComponent("gemeenten")
        let derive = ["derive", "../regio/rotterdam-2024-2026.yaml", "--municipality", "Schiedam", "--force"]
        // Untouched since derive: replaced, even after the region revised its plan.
        try Self.revise(folder, [Self.oneOff2_4])
        let again = try Self.run(derive, in: gemeenten)
        #expect(again.status == 0, "\(again.stderr)")
        // A year of local work: an override with a local budget, the adoption date, a local action, a comment.
        let url = gemeenten.appendingPathComponent("schiedam-2024-2026.yaml")
        var text = try String(contentsOf: url, encoding: .utf8)
        text = text.replacingOccurrences(of: "overrides: {}", with: "overrides:\n  \"3.8\":\n    budget: {amounts: {2025: 5000}}")
        text = text.replacingOccurrences(of: "themes: []", with: "themes:\n  - id: L1\n    title: Lokale aanpak\n    actions:\n      - id: L1.1\n        title: Wijkteams trainen\n        planning: 2025\n        owners: [schiedam-aandachtsfunctionaris]")
        text += "# besproken met de wethouder\n"
        try Self.write(text, to: url)
        let before = try Data(contentsOf: url)
        let files = try FileManager.default.contentsOfDirectory(atPath: gemeenten.path).sorted()
        let refused = try Self.run(derive, in: gemeenten)
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("lokale wijzigingen van planning, eigenaren of budget (overrides)"), "\(refused.stderr)")
        #expect(refused.stderr.contains("lokale acties (themes)") && refused.stderr.contains("opmerkingen (#)"), "\(refused.stderr)")
        #expect(refused.stderr.contains("plan diff --upstream schiedam-2024-2026.yaml --accept") && refused.stderr.contains("plan adopt schiedam-2024-2026.yaml"))
        #expect(try Data(contentsOf: url) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: gemeenten.path).sorted() == files, "no file written or removed")
        // In English when asked.
        let english = try Self.run(derive + ["--lang", "en"], in: gemeenten)
        #expect(english.status == 64 && english.stderr.contains("holds work derive does not write again"), "\(english.stderr)")
    }

    /// The revision adds 3.16, naming Capelle's own registry entry.
    static let adds3_16 = ("""
                  - werkgroep
                  - VAR

          - id: "4"
        """, """
                  - werkgroep
                  - VAR
              - id: "3.16"
                title: "Pilot signaleren arbeidsuitbuiting in de haven."
                planning: "2025"
                owners:
                  - gemeente-capelle
                  - VAR

          - id: "4"
        """)

    /// The revision re-owns 3.9 from the aandachtsfunctionarissen to the police.
    static let reowns3_9 = ("""
                planning: "Doorlopend"
                who: "VAR/ aandachtsfunctionarissen."
                owners:
                  - VAR
                  - aandachtsfunctionarissen
              # PVO
        """, """
                planning: "Doorlopend"
                who: "VAR/ aandachtsfunctionarissen."
                owners:
                  - VAR
                  - AVIM
              # PVO
        """)

    @Test("after a revision adds 3.16: diff --upstream marks it, --suggest lists it, adopt adds it writing only the adopt list")
    func adoptAfterRevision() throws {
        let folder = try Self.yearFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let gemeenten = folder.appendingPathComponent("gemeenten")
        let plan = "capelle-aan-den-ijssel-2024-2026.yaml"
        try Self.revise(folder, [Self.adds3_16])
        let diff = try Self.run(["diff", "--upstream", plan], in: gemeenten)
        #expect(diff.status == 1)
        // At 80 columns the line wraps at spaces, its next lines indented by four.
        #expect(diff.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 }, "\(diff.stdout)")
        let unwrapped = diff.stdout.replacingOccurrences(of: "\n    ", with: " ")
        #expect(unwrapped.contains("+ 3.16 toegevoegd: Pilot signaleren arbeidsuitbuiting in de haven. (eigenaren: Gemeente Capelle, VAR) — noemt deze gemeente"), "\(diff.stdout)")
        let json = try Self.run(["diff", "--upstream", plan, "--format", "json"], in: gemeenten)
        #expect(json.stdout.contains("\"names_municipality\": true"), "\(json.stdout)")
        let suggest = try Self.run(["adopt", plan, "--suggest"], in: gemeenten)
        #expect(suggest.status == 0)
        #expect(suggest.stdout.contains("  3.16  Pilot signaleren arbeidsuitbuiting in de haven. (als Gemeente Capelle)"), "\(suggest.stdout)")
        #expect(suggest.stdout.contains("plan adopt \(plan) 3.16"))
        let url = gemeenten.appendingPathComponent(plan)
        let before = try String(contentsOf: url, encoding: .utf8)
        let adopt = try Self.run(["adopt", plan, "3.16"], in: gemeenten)
        #expect(adopt.status == 0, "\(adopt.stderr)")
        let after = try String(contentsOf: url, encoding: .utf8)
        // Exactly one line more, in the region's place among the ids; every other byte as it was.
        let line = "    - \"3.16\"   # Pilot signaleren arbeidsuitbuiting in de haven.\n"
        #expect(after.replacingOccurrences(of: line, with: "") == before)
        let ids = after.components(separatedBy: "\n").filter { $0.hasPrefix("    - \"") }.map { $0.split(separator: "\"")[1] }
        #expect(ids.firstIndex(of: "3.16") == ids.firstIndex(of: "3.13").map { $0 + 1 }, "\(ids)")
        #expect(try Self.run(["adopt", plan, "--suggest"], in: gemeenten).stdout.contains("Geen regionale acties"))
        #expect(try Self.run(["list", plan, "--theme", "3", "--format", "json"], in: gemeenten).stdout.contains("\"3.16\""))
        // Again: nothing to add, nothing written; an unknown id is a usage error with the nearest ids.
        let again = try Self.run(["adopt", plan, "3.16"], in: gemeenten)
        #expect(again.status == 0 && again.stderr.contains("al overgenomen: 3.16"), "\(again.stderr)")
        #expect(try String(contentsOf: url, encoding: .utf8) == after)
        let unknown = try Self.run(["adopt", plan, "3.61"], in: gemeenten)
        #expect(unknown.status == 64 && unknown.stderr.contains("heeft geen actie of thema '3.61'; de dichtstbijzijnde nummers zijn: 3.1"), "\(unknown.stderr)")
        // A flow list and a CRLF file: edited in place too.
        let flow = after.replacing(#/adopt:\n  actions:\n(    - .*\n)+/#, with: "adopt:\n  actions: [\"2.4\"]\n").replacingOccurrences(of: "\n", with: "\r\n")
        try Self.write(flow, to: url)
        #expect(try Self.run(["adopt", plan, "3"], in: gemeenten).status == 0)
        let flowAfter = try String(contentsOf: url, encoding: .utf8)
        #expect(flowAfter.contains("actions: [\"2.4\", \"3.1\", \"3.2\""), "\(flowAfter)")
        #expect(flowAfter.replacing(#/actions: \[.*\]/#, with: "X") == flow.replacing(#/actions: \[.*\]/#, with: "X"))
    }

    @Test("the region re-owns adopted 3.9 to the police: diff --upstream says it no longer names the municipality and warns")
    func reownedAway() throws {
        let folder = try Self.yearFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let gemeenten = folder.appendingPathComponent("gemeenten")
        try Self.revise(folder, [Self.reowns3_9])
        let diff = try Self.run(["diff", "--upstream", "schiedam-2024-2026.yaml"], in: gemeenten)
        let unwrapped = diff.stdout.replacingOccurrences(of: "\n    ", with: " ")
        #expect(unwrapped.contains("~ 3.9 andere eigenaren: VAR, Aandachtsfunctionarissen → VAR, AVIM"), "\(diff.stdout)")
        #expect(unwrapped.contains("— noemt deze gemeente niet meer"), "\(diff.stdout)")
        #expect(diff.stderr.contains("warning[AP808]: overgenomen actie '3.9' noemt deze gemeente niet meer"), "\(diff.stderr)")
        let json = try Self.run(["diff", "--upstream", "schiedam-2024-2026.yaml", "--format", "json"], in: gemeenten)
        #expect(json.stdout.contains("\"names_municipality\": false") && json.stdout.contains("\"named_municipality_before\": true"), "\(json.stdout)")
    }

    @Test("the region's money stays the region's: 3.10 (€ 15.000 in 2025) adopted, a local € 5.000 action")
    func localAndRegionalMoney() throws {
        let folder = try Self.yearFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let gemeenten = folder.appendingPathComponent("gemeenten")
        try Self.revise(folder, [("        title: \"Voorlichting aan de risicobranches.\"\n        planning: \"Doorlopend\"\n",
                                   "        title: \"Voorlichting aan de risicobranches.\"\n        planning: \"Doorlopend\"\n        budget:\n          amounts: {2025: 15000}\n")])
        let url = gemeenten.appendingPathComponent("capelle-aan-den-ijssel-2024-2026.yaml")
        let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "themes: []", with: """
            themes:
              - id: "L1"
                title: Lokale aanpak
                actions:
                  - id: "L1.1"
                    title: Wijkteams trainen
                    planning: 2025
                    owners: [capelle-aan-den-ijssel-aandachtsfunctionaris]
                    budget:
                      amounts: {2025: 5000}
            """)
        try Self.write(text, to: url)
        let json = try Self.run(["budget", "capelle-aan-den-ijssel-2024-2026.yaml", "--format", "json"], in: gemeenten)
        #expect(json.status == 0, "\(json.stderr)")
        #expect(json.stdout.contains("""
                  "year": 2025,
                  "total": 20000,
                  "local": 5000,
                  "regional": 15000
            """), "\(json.stdout)")
        let table = try Self.run(["budget", "capelle-aan-den-ijssel-2024-2026.yaml"], in: gemeenten)
        #expect(table.stdout.contains("waarvan gemeente   € 0   € 5.000") && table.stdout.contains("waarvan regio      € 0  € 15.000"), "\(table.stdout)")
        let report = try Self.run(["report", "capelle-aan-den-ijssel-2024-2026.yaml", "--format", "markdown", "--as-of", "2025-06-01"], in: gemeenten)
        #expect(report.stdout.contains("De begroting van de gemeente voor 2025 is € 5.000 (daarnaast € 15.000 van de regio bij overgenomen acties)."), "\(report.stdout)")
        // An override's budget is the municipality's, and marked as an override.
        let overridden = text.replacingOccurrences(of: "overrides: {}", with: "overrides:\n  \"3.10\":\n    budget: {amounts: {2025: 2500}}")
        try Self.write(overridden, to: url)
        let local = try Self.run(["budget", "capelle-aan-den-ijssel-2024-2026.yaml", "--format", "json"], in: gemeenten)
        #expect(local.stdout.contains("\"local\": 7500,\n      \"regional\": 0"), "\(local.stdout)")
        let export = try Self.run(["export", "capelle-aan-den-ijssel-2024-2026.yaml"], in: gemeenten)
        #expect(export.stdout.contains("\"overridden\": [\n            \"budget\"\n          ]"), "\(export.stdout)")
        let show = try Self.run(["show", "capelle-aan-den-ijssel-2024-2026.yaml", "3.10"], in: gemeenten)
        #expect(show.stdout.contains("2025: € 2.500 [lokaal aangepast]"), "\(show.stdout)")
    }

    @Test("a municipality's name one letter off the region's gets 'did you mean'; 'Gemeente X' is not doubled; the title in the registry's spelling")
    func municipalityNames() throws {
        let folder = try Self.yearFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let gemeenten = folder.appendingPathComponent("gemeenten")
        let regional = "../regio/rotterdam-2024-2026.yaml"
        let near = try Self.run(["derive", regional, "--municipality", "Capelle aan de IJssel", "--output", "near.yaml"], in: gemeenten)
        #expect(near.status == 64)
        #expect(near.stderr.contains("bedoelt u 'Capelle aan den IJssel' ('gemeente-capelle')?") && near.stderr.contains("(4.7)"), "\(near.stderr)")
        #expect(!FileManager.default.fileExists(atPath: gemeenten.appendingPathComponent("near.yaml").path))
        let alias = try Self.run(["derive", regional, "--municipality", "Gemeente Capelle a/d IJssel", "--output", "alias.yaml"], in: gemeenten)
        #expect(alias.status == 0, "\(alias.stderr)")
        let text = try String(contentsOf: gemeenten.appendingPathComponent("alias.yaml"), encoding: .utf8)
        #expect(text.contains("title: \"Lokaal actieplan mensenhandel Capelle aan den IJssel 2024-2026\""))
        #expect(text.contains("region: \"Gemeente Capelle aan den IJssel\"") && !text.contains("Gemeente Gemeente"))
        #expect(text.contains("\"4.7\""))
        // No schema folder beside the files: no schema comment pointing nowhere.
        #expect(!text.contains("yaml-language-server"))
    }

    @Test("an error in the region's plan: local commands work on the last accepted snapshot and say so")
    func invalidRegionalPlanFallsBackToSnapshot() throws {
        let folder = try Self.yearFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let gemeenten = folder.appendingPathComponent("gemeenten")
        try Self.revise(folder, [("        planning: \"Jaarlijks, in het najaar\"", "        planning: \"Jaarlijks, in het najaar\"\n        onbekend: ja")])
        for command in [["overdue"], ["status"], ["report", "--format", "markdown"]] {
            let result = try Self.run(command + ["maassluis-2024-2026.yaml", "--as-of", "2025-12-01"], in: gemeenten)
            #expect(result.status == 0, "\(command[0]): \(result.stderr)")
            #expect(result.stderr.contains("warning[AP802]: het regionale plan '../regio/rotterdam-2024-2026.yaml' heeft een fout; dit plan werkt met de laatst overgenomen kopie ervan"), "\(result.stderr)")
        }
        // diff --upstream cannot compare with a plan that has errors: it says so (exit 2).
        #expect(try Self.run(["diff", "--upstream", "maassluis-2024-2026.yaml"], in: gemeenten).status == 2)
    }

    @Test("a snapshot or version edited by hand is told, naming both; diff --upstream shows no invented changes; --accept mends it")
    func snapshotIntegrity() throws {
        let folder = try Self.yearFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let gemeenten = folder.appendingPathComponent("gemeenten")
        let snapshot = gemeenten.appendingPathComponent("maassluis-2024-2026.base-snapshot.yaml")
        let edited = try String(contentsOf: snapshot, encoding: .utf8).replacingOccurrences(of: "planning: \"Jaarlijks\"", with: "planning: \"2024\"")
        try Self.write(edited, to: snapshot)
        let validate = try Self.run(["validate", "--lang", "en", "maassluis-2024-2026.yaml"], in: gemeenten)
        #expect(validate.status == 0)
        try TestSupport.assertGolden(validate.stdout.replacing(#/fnv1a64:[0-9a-f]{16}/#, with: "fnv1a64:…"), "local/english-snapshot-edited.txt")
        #expect(validate.stdout.contains("warning[AP811]"), "\(validate.stdout)")
        let diff = try Self.run(["diff", "--upstream", "maassluis-2024-2026.yaml"], in: gemeenten)
        #expect(diff.status == 2 && diff.stdout.isEmpty, "\(diff.stdout)")
        #expect(diff.stderr.contains("warning[AP811]: de kopie van het regionale plan past niet bij 'extends: version'"), "\(diff.stderr)")
        let overdue = try Self.run(["overdue", "maassluis-2024-2026.yaml"], in: gemeenten)
        #expect(overdue.status == 0 && overdue.stderr.contains("AP811"))
        #expect(try Self.run(["diff", "--upstream", "maassluis-2024-2026.yaml", "--accept"], in: gemeenten).status == 0)
        #expect(try Self.run(["validate", "--strict", "maassluis-2024-2026.yaml"], in: gemeenten).status == 0)
        // An edited version line: told the same way.
        let local = gemeenten.appendingPathComponent("maassluis-2024-2026.yaml")
        let text = try String(contentsOf: local, encoding: .utf8).replacing(#/version: "fnv1a64:[0-9a-f]{16}"/#, with: "version: \"fnv1a64:0000000000000000\"")
        try Self.write(text, to: local)
        let versionEdited = try Self.run(["validate", "maassluis-2024-2026.yaml"], in: gemeenten)
        #expect(versionEdited.stdout.contains("de versie is fnv1a64:0000000000000000"), "\(versionEdited.stdout)")
        #expect(try Self.run(["diff", "--upstream", "maassluis-2024-2026.yaml"], in: gemeenten).status == 2)
    }

    @Test("obligations start when the action does: 'vanaf 2025 minimaal 2x per jaar' asks nothing of 2024")
    func recurringFromAYear() throws {
        let folder = try Self.yearFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let gemeenten = folder.appendingPathComponent("gemeenten")
        let url = gemeenten.appendingPathComponent("maassluis-2024-2026.yaml")
        let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "themes: []", with: """
            themes:
              - id: "L1"
                title: Lokale aanpak
                actions:
                  - id: "L1.1"
                    title: Casusoverleg met de wijkteams
                    planning: vanaf 2025 minimaal 2x per jaar
                    owners: [maassluis-aandachtsfunctionaris]
            """)
        try Self.write(text, to: url)
        #expect(try Self.run(["validate", "--strict", "maassluis-2024-2026.yaml"], in: gemeenten).status == 0)
        let export = try Self.run(["export", "maassluis-2024-2026.yaml"], in: gemeenten)
        #expect(export.stdout.contains("\"from_year\": 2025"), "\(export.stdout)")
        let overdue = try Self.run(["overdue", "maassluis-2024-2026.yaml", "--as-of", "2026-01-10", "--format", "json"], in: gemeenten)
        #expect(overdue.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(overdue.stdout.utf8)) as? [String: Any])
        let missed = (json["missed_in_past_years"] as? [[String: Any]] ?? []).filter { $0["id"] as? String == "L1.1" }
        #expect(missed.map { $0["year"] as? Int } == [2025], "only 2025 is missed, not 2024: \(overdue.stdout)")
    }
}
