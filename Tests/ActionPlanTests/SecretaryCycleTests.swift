import ActionPlan
import Foundation
import Testing

/// The secretary's cycle: letters out, news in (`log --by`, `--retract`), the meeting's paper.
@Suite("The secretary's cycle")
struct SecretaryCycleTests {
    static let rotterdam = "plans/rotterdam-2024-2026.yaml"
    static let example = "examples/rotterdam-2024-2026.voorbeeld.progress.yaml"

    static func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("secretary-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    // MARK: letters

    @Test("RIEC's letter leads with what it leads (4.1) and lists the meetings it attends apart (golden)")
    func riecLetter() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try TestSupport.runPlan(["letters", Self.rotterdam, "--as-of", "2025-03-01", "--reply-by", "2025-03-15",
                                              "--owner", "RIEC", "--output", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["RIEC.md"])
        let letter = try String(contentsOf: folder.appendingPathComponent("RIEC.md"), encoding: .utf8)
        try TestSupport.assertGolden(letter, "letters/RIEC.md")
        let lead = try #require(letter.range(of: #"## 1\. Waar u trekker van bent"#))
        let joined = try #require(letter.range(of: #"## 2\. Waaraan u deelneemt"#))
        let meetings = try #require(letter.range(of: "### Overleggen en terugkerende acties waaraan u deelneemt"))
        let firstRow = try #require(letter.range(of: "| 4.1 ", range: lead.upperBound..<joined.lowerBound))
        #expect(letter[lead.upperBound..<firstRow.lowerBound].components(separatedBy: "\n").filter { $0.hasPrefix("| ") }.count == 1,
                "4.1 is the first row under the header")
        #expect(letter.range(of: "| 2.1 Overleg Regionale Tafel", range: meetings.upperBound..<letter.endIndex) != nil)
        #expect(letter.range(of: "| 2.2 Overleg Platform", range: meetings.upperBound..<letter.endIndex) != nil)
        #expect(letter.range(of: "| 2.1 ", range: lead.upperBound..<meetings.lowerBound) == nil, "meetings it attends are not among what it leads or joins")
        #expect(letter.contains("15 maart 2025"))
    }

    @Test("one letter per owner with something to report; --all writes one to every owner; names are display names")
    func letterPerOwner() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let some = try TestSupport.runPlan(["letters", Self.rotterdam, "--as-of", "2025-03-01", "--output", folder.appendingPathComponent("some").path])
        #expect(some.status == 0, "\(some.stderr)")
        let all = try TestSupport.runPlan(["letters", Self.rotterdam, "--as-of", "2025-03-01", "--all", "--output", folder.appendingPathComponent("all").path])
        #expect(all.status == 0, "\(all.stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("some").path)
        let everyone = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("all").path)
        #expect(written.contains("RIEC.md") && written.contains("Gemeente Dordrecht.md"))
        #expect(!written.contains { $0.contains("gemeente-") }, "files are named after display names")
        #expect(written.count < everyone.count)
        let plan = try #require(PlanLoader.load(path: TestSupport.shippedPlan("rotterdam-2024-2026.yaml")).plan)
        let letters = OwnerLetterQuery(asOf: CalendarDate(iso: "2025-03-01")!).run([TrackedPlan(plan: plan)])
        #expect(written.count == letters.count)
        #expect(letters.allSatisfy { $0.hasSomethingToReport })
    }

    @Test("letter file names: no path, no hidden file, alike names numbered")
    func fileNames() {
        #expect(OwnerLetterText.fileNames(["../../etc/passwd", ".hidden", "RIEC", "riec", "a/b\u{1B}c", ""], extension: "md")
                == ["etc-passwd.md", "hidden.md", "RIEC.md", "riec-2.md", "a-b-u-1B-c.md", "eigenaar.md"])
    }

    // Whether the Word letter breaks a word in a table cell, and fits on two A4 pages, is a LibreOffice
    // rendering: scripts/check-markdown-word.sh checks it, in .ci/run.
    @Test("letters as HTML are one self-contained page; as Word (through pandoc) a docx file",
          ExternalTools.needed("pandoc"))
    func letterFormats() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = try TestSupport.runPlan(["letters", Self.rotterdam, "--as-of", "2025-03-01", "--owner", "RIEC", "--format", "html", "--output", folder.path])
        #expect(html.status == 0, "\(html.stderr)")
        let page = try String(contentsOf: folder.appendingPathComponent("RIEC.html"), encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>") && !page.contains("<script") && !page.contains("src="))
        let docx = try TestSupport.runPlan(["letters", Self.rotterdam, "--as-of", "2025-03-01", "--owner", "RIEC", "--format", "docx", "--output", folder.path])
        #expect(docx.status == 0, "\(docx.stderr)")
        let bytes = try Data(contentsOf: folder.appendingPathComponent("RIEC.docx"))
        #expect(bytes.starts(with: [0x50, 0x4B]), "a zip (docx)")
    }

    // MARK: log --by, --retract

    @Test("log --by records who reported; --retract withdraws an entry with a new one; show lists both; queries ignore it")
    func retractAndBy() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let progress = folder.appendingPathComponent("voortgang.yaml").path
        let first = try TestSupport.runPlan(["log", Self.rotterdam, "2.2", "--occurred", "--date", "2025-01-20", "--progress", progress])
        #expect(first.status == 0, "\(first.stderr)")
        let before = try Data(contentsOf: URL(fileURLWithPath: progress))
        let wrong = try TestSupport.runPlan(["log", Self.rotterdam, "4.2", "--status", "done", "--date", "2025-02-10", "--by", "riec", "--progress", progress])
        #expect(wrong.status == 0, "\(wrong.stderr)")
        let status = { try TestSupport.runPlan(["show", Self.rotterdam, "4.2", "--progress", progress, "--as-of", "2025-03-01", "--format", "json"]).stdout }
        #expect(try status().contains("\"status\": \"done\""))
        let retract = try TestSupport.runPlan(["log", Self.rotterdam, "4.2", "--retract", "2025-02-10", "--note", "verkeerde actie", "--by", "Jan de Vries (VAR)",
                                               "--progress", progress])
        #expect(retract.status == 0, "\(retract.stderr)")
        let after = try Data(contentsOf: URL(fileURLWithPath: progress))
        #expect(after.starts(with: before), "the file is only appended to")
        let text = String(decoding: after, as: UTF8.self)
        #expect(text.hasSuffix("  note: \"verkeerde actie\"\n  retracts: 2025-02-10\n  by: \"Jan de Vries (VAR)\"\n"))
        #expect(text.contains("- action: \"4.2\"\n  date: 2025-02-10\n  recorded: "))
        #expect(try status().contains("\"status\": \"planned\""), "the withdrawn 'done' no longer counts")
        let overdue = try TestSupport.runPlan(["overdue", Self.rotterdam, "--progress", progress, "--as-of", "2025-03-01", "--owner", "RIEC", "--lead", "--format", "json"])
        #expect(overdue.stdout.contains("\"id\": \"4.2\""), "4.2 is late again")
        let shown = try TestSupport.runPlan(["show", Self.rotterdam, "4.2", "--progress", progress, "--as-of", "2025-03-01"], environment: ["COLUMNS": "200"]).stdout
        #expect(shown.contains("2025-02-10  INGETROKKEN — status: afgerond — gemeld door RIEC"))
        #expect(shown.contains("2025-02-10  trekt de vermeldingen van 2025-02-10 in — verkeerde actie — gemeld door Jan de Vries (VAR)"))
        let valid = try TestSupport.runPlan(["validate", Self.rotterdam, "--progress", progress])
        #expect(valid.status == 0, "\(valid.stdout)\(valid.stderr)")
    }

    @Test("--retract of a day without entries is refused with nothing written")
    func retractNothing() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let progress = folder.appendingPathComponent("voortgang.yaml").path
        try FileManager.default.copyItem(atPath: TestSupport.packageRoot.appendingPathComponent(Self.example).path, toPath: progress)
        let before = try Data(contentsOf: URL(fileURLWithPath: progress))
        let result = try TestSupport.runPlan(["log", Self.rotterdam, "4.2", "--retract", "2025-02-11", "--progress", progress])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error[AP720]: deze regel trekt de regels van '4.2' op 2025-02-11 in, maar daarvoor staan er geen"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: progress)) == before)
    }
}

/// The meeting's paper.
@Suite("plan agenda")
struct AgendaTests {
    static let rotterdam = "plans/rotterdam-2024-2026.yaml"

    @Test("golden paper of Rotterdam with the example progress, as Markdown and JSON, in Dutch and English", arguments: [
        ("markdown", "nl", "md"), ("json", "nl", "json"), ("markdown", "en", "en.md"), ("table", "nl", "txt"),
    ])
    func golden(_ format: String, _ lang: String, _ ext: String) throws {
        let result = try TestSupport.runPlan(["agenda", Self.rotterdam, "--progress", SecretaryCycleTests.example, "--as-of", "2025-03-01",
                                              "--since", "2024-11-01", "--until", "2025-06-30", "--format", format, "--lang", lang],
                                             environment: ["COLUMNS": "100"])
        #expect(result.status == 0, "\(result.stderr)")
        try TestSupport.assertGolden(result.stdout, "agenda/rotterdam-2025-03-01.\(ext)")
    }

    @Test("HTML is one self-contained page; nothing from a hostile plan becomes markup")
    func hostile() throws {
        let result = try TestSupport.runPlan(["agenda", "Tests/ActionPlanTests/Fixtures/hostile/injection.yaml", "--as-of", "2025-01-01",
                                              "--since", "2024-01-01", "--format", "html"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("<img") && !result.stdout.contains("<script") && !result.stdout.contains("<a href"))
        #expect(!result.stdout.contains("\u{1B}"))
        let markdown = try TestSupport.runPlan(["agenda", "Tests/ActionPlanTests/Fixtures/hostile/injection.yaml", "--as-of", "2025-01-01",
                                                "--since", "2024-01-01", "--format", "markdown"])
        #expect(!markdown.stdout.contains("<img") && !markdown.stdout.contains("[klik](javascript"))
    }

    @Test("docx needs --output; --since after --until is a usage error")
    func usage() throws {
        #expect(try TestSupport.runPlan(["agenda", Self.rotterdam, "--since", "2025-01-01", "--format", "docx"]).status == 64)
        #expect(try TestSupport.runPlan(["agenda", Self.rotterdam, "--since", "2025-06-01", "--until", "2025-01-01"]).status == 64)
    }

    // Whether the paper breaks a word in a table cell is a LibreOffice rendering: scripts/check-markdown-word.sh
    // checks it, in .ci/run.
    @Test("the Word paper is written as a docx file", ExternalTools.needed("pandoc"))
    func word() throws {
        let folder = try SecretaryCycleTests.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("agenda.docx").path
        let result = try TestSupport.runPlan(["agenda", Self.rotterdam, "--progress", SecretaryCycleTests.example, "--as-of", "2025-03-01",
                                              "--since", "2024-11-01", "--format", "docx", "--output", output])
        #expect(result.status == 0, "\(result.stderr)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: output))
        #expect(bytes.starts(with: [0x50, 0x4B]))
    }
}

/// Withdrawn entries through the library: what is in force, what `show` lists.
@Suite("Progress: withdrawn entries")
struct RetractionTests {
    static let plan = """
        plan: {id: r, title: R, region: R, period: 2024-2026, language: nl}
        organisations: {VAR: {name: VeiligheidsAlliantie}}
        themes:
          - id: "1"
            title: T
            actions:
              - {id: "1.1", title: Overleg., planning: Minimaal 3x per jaar, owners: [VAR]}
              - {id: "1.2", title: Onderzoek., planning: "2024", owners: [VAR]}
        """

    static func load(_ progress: String) throws -> LoadedProgress {
        let plan = try #require(TestSupport.load(plan).plan)
        return ProgressLoader.load(bytes: Array(progress.utf8), path: "p.yaml", plan: plan, today: CalendarDate(iso: "2025-06-01")!)
    }

    @Test("a withdrawn 'done' no longer closes the action; a correction counts on its own date; show keeps all")
    func inForce() throws {
        let loaded = try Self.load("""
            - {action: "1.2", date: 2024-05-01, status: done}
            - {action: "1.2", date: 2024-05-01, retracts: 2024-05-01, note: verkeerde actie}
            - {action: "1.1", date: 2024-02-01, occurrence: true}
            - {action: "1.1", date: 2024-02-02, occurrence: true, retracts: 2024-02-01, by: VAR}
            - {action: "1.2", date: 2024-06-01, status: started}
            """)
        #expect(loaded.isValid, "\(loaded.diagnostics.map(\.message))")
        let progress = loaded.progress
        let day = CalendarDate(iso: "2025-01-01")!
        #expect(progress.status(of: "1.2", asOf: day) == .started, "started after a withdrawn 'done' needs no reopening")
        #expect(progress.occurrences(of: "1.1", in: .year(2024), asOf: day) == 1)
        #expect(progress.entries.map(\.date.description) == ["2024-02-02", "2024-06-01"])
        #expect(progress.written.count == 5 && progress.written.filter(\.isWithdrawn).count == 2)
        #expect(progress.entries.first?.reportedBy == "VAR")
    }

    @Test("the entry that withdraws is written back exactly as read")
    func roundTrip() throws {
        let folder = try SecretaryCycleTests.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let planPath = folder.appendingPathComponent("r.yaml").path
        try Self.plan.write(toFile: planPath, atomically: true, encoding: .utf8)
        let workspace = try Workspace.open([planPath], today: CalendarDate(iso: "2025-06-01")!)
        _ = try workspace.log(ProgressLogRequest(actionID: "1.2", date: CalendarDate(iso: "2024-05-01")!, status: .done))
        var request = ProgressLogRequest(actionID: "1.2", note: "was 1.1")
        request.retracts = CalendarDate(iso: "2024-05-01")!
        request.reportedBy = "Jan \"de\" Vries: VAR"
        let (entry, path) = try workspace.log(request)
        #expect(entry.date == CalendarDate(iso: "2024-05-01")!, "an entry that only withdraws is dated the day it withdraws")
        let reread = ProgressLoader.load(path: path, plan: workspace.plans[0].plan, today: CalendarDate(iso: "2025-06-01")!)
        #expect(reread.isValid)
        #expect(reread.progress.written.last?.reportedBy == "Jan \"de\" Vries: VAR")
        #expect(reread.progress.status(of: "1.2", asOf: CalendarDate(iso: "2025-01-01")!) == .planned)
    }
}

/// "Since the last meeting" is about when news came in, not when it happened.
@Suite("plan agenda: back-dated news")
struct AgendaNewsTests {
    @Test("an entry logged today with a date a year back is listed under 'since the last meeting'")
    func backDated() throws {
        let folder = try SecretaryCycleTests.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let progress = folder.appendingPathComponent("voortgang.yaml").path
        try FileManager.default.copyItem(atPath: TestSupport.packageRoot.appendingPathComponent(SecretaryCycleTests.example).path, toPath: progress)
        let today = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        let lastMeeting = try #require(CalendarDate(year: today.year!, month: today.month!, day: today.day!)?.adding(months: -1))
        // More than a year before today, within the plan period.
        let logged = try TestSupport.runPlan(["log", AgendaTests.rotterdam, "2.3", "--occurred", "--date", "2025-02-13", "--note", "Netwerkbijeenkomst februari, laat gemeld",
                                              "--by", "ESSM", "--progress", progress])
        #expect(logged.status == 0, "\(logged.stderr)")
        let agenda = try TestSupport.runPlan(["agenda", AgendaTests.rotterdam, "--progress", progress, "--since", lastMeeting.description, "--format", "markdown"])
        #expect(agenda.status == 0, "\(agenda.stderr)")
        let since = try #require(agenda.stdout.range(of: "#### Sinds het vorige overleg"))
        let row = try #require(agenda.stdout.range(of: "| 13\u{00A0}feb\u{00A0}2025 | 2.3 Netwerkbijeenkomst aandachtfunctionarissen. | gehouden / uitgevoerd — Netwerkbijeenkomst februari, laat gemeld |"))
        #expect(since.upperBound < row.lowerBound)
        #expect(agenda.stdout[row.upperBound...].prefix(80).contains("door ESSM"))
        // The example's own entries happened and were recorded long before: not news.
        #expect(!agenda.stdout.contains("Platform januari"))
    }
}
