import ActionPlan
import Foundation
import Testing

/// Progress files: validation with golden diagnostics, the writer's guarantees, queries that
/// follow progress.
@Suite("Progress")
struct ProgressTests {
    static let today = CalendarDate(iso: "2026-06-30")!

    static func fixturePlan() throws -> Plan {
        try #require(try TestSupport.loadFixture("progress/plan.yaml").plan)
    }

    /// The fixture plan copied into a folder, opened with its progress file there (not yet read).
    static func fixtureWorkspace(in folder: URL, progress: String? = nil) throws -> Workspace {
        let plan = folder.appendingPathComponent("p.yaml").path
        if !FileManager.default.fileExists(atPath: plan) {
            try FileManager.default.copyItem(atPath: TestSupport.fixtures.appendingPathComponent("progress/plan.yaml").path, toPath: plan)
        }
        return try Workspace.open([plan], progress: progress, readsProgress: false, today: today)
    }

    static func invalidNames() -> [String] {
        let url = TestSupport.fixtures.appendingPathComponent("progress/invalid")
        return ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
    }

    private func loadProgress(_ relativePath: String) throws -> LoadedProgress {
        let data = try Data(contentsOf: TestSupport.fixtures.appendingPathComponent(relativePath))
        return ProgressLoader.load(bytes: [UInt8](data), path: relativePath, plan: try Self.fixturePlan(), today: Self.today)
    }

    private func render(_ loaded: LoadedProgress, in language: PlanLanguage = .en) -> String {
        TestSupport.render(loaded.diagnostics, source: loaded.source, in: language)
    }

    /// In English (`NAME.txt`) and in the language of the fixture plan, Dutch (`NAME.nl.txt`).
    @Test("each bad progress file renders as its golden diagnostics, in English and in Dutch", arguments: invalidNames())
    func invalid(_ name: String) throws {
        let loaded = try loadProgress("progress/invalid/\(name)")
        #expect(!loaded.diagnostics.isEmpty)
        #expect(try Self.fixturePlan().metadata.language == .nl)
        let base = "progress/\(name.replacingOccurrences(of: ".progress.yaml", with: ""))"
        try TestSupport.assertGolden(render(loaded), "\(base).txt")
        try TestSupport.assertGolden(render(loaded, in: .nl), "\(base).nl.txt")
    }

    @Test("a valid progress file: statuses in Dutch, a reopening, occurrences, money spent")
    func valid() throws {
        let loaded = try loadProgress("progress/valid.progress.yaml")
        #expect(loaded.diagnostics.isEmpty, "\(render(loaded))")
        let progress = loaded.progress
        #expect(progress.entries.count == 6)
        #expect(progress.status(of: "1.2", asOf: CalendarDate(iso: "2024-10-15")!) == .done)
        #expect(progress.status(of: "1.2", asOf: CalendarDate(iso: "2024-11-15")!) == .started)
        #expect(progress.status(of: "1.2", asOf: Self.today) == .done)
        #expect(progress.spent(on: "1.3", year: 2025, asOf: Self.today) == Money(cents: 125_050))
        #expect(progress.occurrences(of: "1.1", in: .year(2024), asOf: Self.today) == 1)
    }

    @Test("an empty progress file, or one with only its header, has no entries and no problems",
          arguments: ["", "# Voortgang\n# nog niets\n"])
    func empty(_ text: String) throws {
        let loaded = ProgressLoader.load(bytes: Array(text.utf8), path: "x.progress.yaml", plan: try Self.fixturePlan(), today: Self.today)
        #expect(loaded.diagnostics.isEmpty && loaded.progress.entries.isEmpty)
    }

    // MARK: The writer

    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("actionplan-progress-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static let awkwardNotes = [
        "Platform: \"besluit\" genomen # niet vergeten",
        "twee\nregels\nen een derde",
        "tab\there, backslash \\ and a trailing space ",
        "- begint als een lijst",
        "🎉 emoji, ë, €, 日本",
        "'enkele' quotes en : dubbele punt",
        "control \u{7} bell, \u{1B} escape, \u{0} nul",
        "line separator \u{2028} and BOM \u{FEFF}",
        "  leading spaces",
        "",
        "null",
        "yes",
        "&anchor *alias !tag",
    ]

    @Test("awkward notes read back exactly", arguments: awkwardNotes)
    func roundTrip(_ note: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("p.progress.yaml").path
        let workspace = try Self.fixtureWorkspace(in: folder)
        _ = try workspace.log(ProgressLogRequest(actionID: "1.3", date: CalendarDate(iso: "2024-05-01")!, note: note))
        let loaded = ProgressLoader.load(path: path, plan: try Self.fixturePlan(), today: Self.today)
        #expect(loaded.diagnostics.isEmpty, "\(render(loaded))")
        #expect(loaded.progress.entries.first?.note == note)
    }

    @Test("appending keeps the old bytes as a prefix: header, missing final newline, CRLF")
    func prefix() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let request = ProgressLogRequest(actionID: "1.1", date: CalendarDate(iso: "2024-05-01")!, occurred: true, allowDuplicate: true)
        for start in ["", "# eigen kop\n- action: \"1.3\"\n  date: 2024-01-02\n  note: x", "# crlf\r\n- action: \"1.3\"\r\n  date: 2024-01-02\r\n  note: x\r\n"] {
            let path = folder.appendingPathComponent("p\(start.count).progress.yaml").path
            if !start.isEmpty { _ = FileManager.default.createFile(atPath: path, contents: Data(start.utf8)) }
            let workspace = try Self.fixtureWorkspace(in: folder, progress: path)
            _ = try workspace.log(request)
            let first = try Data(contentsOf: URL(fileURLWithPath: path))
            #expect(first.starts(with: Data(start.utf8)))
            _ = try workspace.log(request)
            let second = try Data(contentsOf: URL(fileURLWithPath: path))
            #expect(second.starts(with: first))
            let loaded = ProgressLoader.load(path: path, plan: try Self.fixturePlan(), today: Self.today)
            #expect(!loaded.diagnostics.containsErrors, "\(render(loaded))")
            #expect(loaded.progress.entries.filter(\.isOccurrence).count == 2)
            if start.contains("\r\n") { #expect(!String(decoding: second, as: UTF8.self).contains(where: { $0 == "\n" })) }
        }
    }

    // MARK: Through the command line

    @Test("plan log: an item leaves the overdue list once done; a recurring item is no longer behind after enough meetings")
    func logThenQuery() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("rotterdam.yaml").path
        try FileManager.default.copyItem(atPath: TestSupport.shippedPlan("rotterdam-2024-2026.yaml"), toPath: plan)
        func overdueIDs(_ asOf: String) throws -> [String] {
            let result = try TestSupport.runPlan(["overdue", plan, "--as-of", asOf, "--format", "json"])
            #expect(result.status == 0, "\(result.stderr)")
            let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
            return (json["items"] as! [[String: Any]]).map { "\($0["id"]!)/\($0["reason"]!)" }
        }
        #expect(try overdueIDs("2024-05-01").contains("2.10/deadline"))
        #expect(try overdueIDs("2024-07-01").contains("2.3/behind"))
        #expect(try TestSupport.runPlan(["log", plan, "2.10", "--status", "afgerond", "--date", "2024-04-15"]).status == 0)
        #expect(try TestSupport.runPlan(["log", plan, "2.3", "--occurred", "--date", "2024-03-14", "--note", "Netwerk"]).status == 0)
        #expect(try !overdueIDs("2024-05-01").contains("2.10/deadline"))
        #expect(try !overdueIDs("2024-07-01").contains("2.3/behind"))
        let show = try TestSupport.runPlan(["show", plan, "2.10", "--as-of", "2024-05-01"])
        #expect(show.stdout.contains("2024-04-15  status: afgerond"))
        #expect(try TestSupport.runPlan(["validate", plan]).stdout.contains("1 voortgangsbestand gecontroleerd: geen problemen"))
    }

    @Test("plan log refuses an unknown action with the nearest ids, and writes nothing")
    func logUnknownAction() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("rotterdam.yaml").path
        try FileManager.default.copyItem(atPath: TestSupport.shippedPlan("rotterdam-2024-2026.yaml"), toPath: plan)
        let result = try TestSupport.runPlan(["log", plan, "2.100", "--note", "x"])
        #expect(result.status == 64)
        #expect(result.stderr == "Fout: het plan heeft geen actie '2.100'; de dichtstbijzijnde nummers zijn: 2.10, 2.1, 2.11. Er is niets geschreven.\n")
        let english = try TestSupport.runPlan(["log", plan, "2.100", "--note", "x", "--lang", "en"])
        #expect(english.stderr == "Error: the plan has no action '2.100'; the nearest ids are: 2.10, 2.1, 2.11. Nothing was written.\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("rotterdam.progress.yaml").path))
    }

    @Test("two plan log runs at once, 15 entries each (40 with ACTIONPLAN_FULL_TESTS=1): every entry lands, none torn")
    func concurrentLogs() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("rotterdam.yaml").path
        try FileManager.default.copyItem(atPath: TestSupport.shippedPlan("rotterdam-2024-2026.yaml"), toPath: plan)
        let perWriter = TestSupport.fullRuns ? 40 : 15
        let group = DispatchGroup()
        let failures = FailureMessages()
        for writer in ["A", "B"] {
            DispatchQueue.global().async(group: group) {
                for index in 0..<perWriter {
                    let result = try? TestSupport.runPlan(["log", plan, "1.2", "--note", "\(writer)-\(index)", "--date", "2024-06-01"])
                    if result?.status != 0 { failures.add(result?.stderr ?? "the run threw") }
                }
            }
        }
        group.wait()
        #expect(failures.all.isEmpty, "\(failures.all)")
        let loaded = ProgressLoader.load(path: folder.appendingPathComponent("rotterdam.progress.yaml").path,
                                         plan: try #require(PlanLoader.load(path: plan).plan), today: max(Self.today, TestSupport.today))
        #expect(loaded.diagnostics.isEmpty)
        let notes = Set(loaded.progress.entries.compactMap(\.note))
        #expect(notes.count == 2 * perWriter)
    }
}

/// What the failed runs of a concurrent test printed, so a failure says why.
final class FailureMessages: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []
    func add(_ message: String) { lock.withLock { messages.append(message) } }
    var all: [String] { lock.withLock { messages } }
}
