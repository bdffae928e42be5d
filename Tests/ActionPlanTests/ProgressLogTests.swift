import ActionPlan
import Foundation
import Testing

/// `plan log` keeps the progress file valid by construction: whatever it refuses leaves the file
/// byte-identical, and whatever it writes passes `plan validate`.
@Suite("Progress log")
struct ProgressLogTests {
    /// A folder with a copy of the Rotterdam plan (`r.yaml`) and, optionally, a progress file.
    private func folder(progress: String? = nil) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("actionplan-log-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: TestSupport.shippedPlan("rotterdam-2024-2026.yaml"), toPath: url.appendingPathComponent("r.yaml").path)
        if let progress { try Data(progress.utf8).write(to: url.appendingPathComponent("r.progress.yaml")) }
        return url
    }

    private func bytes(_ folder: URL) -> Data? {
        FileManager.default.contents(atPath: folder.appendingPathComponent("r.progress.yaml").path)
    }

    static let history = """
        - action: "2.12"
          date: 2025-02-20
          status: done
        - action: "2.2"
          date: 2025-02-13
          occurrence: true
        - action: "4.1"
          date: 2024-09-12
          status: dropped

        """

    /// Each refusal: the arguments after `log r.yaml`, the exit code, and the golden of standard error.
    static let refusals: [(name: String, arguments: [String], status: Int32)] = [
        ("done-twice", ["2.12", "--status", "done", "--date", "2025-02-21"], 1),
        ("status-after-done", ["2.12", "--status", "started", "--date", "2025-03-01"], 1),
        ("dropped-then-done", ["4.1", "--status", "afgerond", "--date", "2025-01-10"], 1),
        ("reopen-open-action", ["1.2", "--status", "reopened", "--date", "2025-01-10"], 1),
        ("occurrence-not-recurring", ["1.2", "--occurred", "--date", "2025-01-10"], 1),
        ("date-outside-period", ["1.2", "--note", "x", "--date", "2023-12-31"], 1),
        ("duplicate-occurrence", ["2.2", "--occurred", "--date", "2025-02-13", "--note", "Platform"], 1),
        ("unknown-status-word", ["1.2", "--status", "klaar"], 64),
        ("unknown-action", ["2.100", "--note", "x"], 64),
        ("year-out-of-range", ["1.2", "--spent", "10", "--year", "99999"], 64),
    ]

    @Test("each refusal leaves the progress file byte-identical, with the diagnostic validate would give",
          arguments: refusals.map(\.name))
    func refusal(_ name: String) throws {
        let refusal = try #require(Self.refusals.first { $0.name == name })
        let folder = try folder(progress: Self.history)
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = bytes(folder)
        let result = try TestSupport.runPlan(["log", "r.yaml"] + refusal.arguments, currentDirectory: folder)
        #expect(result.status == refusal.status, "\(result.stderr)")
        #expect(bytes(folder) == before, "nothing may be written")
        #expect(result.stdout.isEmpty)
        try TestSupport.assertGolden(result.stderr, "log/\(name).nl.txt")
        // The same refusal in English (the language of docs/diagnostics.md).
        let english = try TestSupport.runPlan(["log", "r.yaml", "--lang", "en"] + refusal.arguments, currentDirectory: folder)
        #expect(english.status == refusal.status, "\(english.stderr)")
        #expect(bytes(folder) == before, "nothing may be written")
        try TestSupport.assertGolden(english.stderr, "log/\(name).txt")
    }

    @Test("a date after today is refused, and nothing is written")
    func afterToday() throws {
        let folder = try folder(progress: Self.history)
        defer { try? FileManager.default.removeItem(at: folder) }
        // A plan running until 2048 (25 years, the longest period), so that tomorrow lies inside the period.
        let plan = folder.appendingPathComponent("r.yaml")
        let text = try String(contentsOf: plan, encoding: .utf8).replacingOccurrences(of: "period: 2024-2026", with: "period: 2024-2048")
        try Data(text.utf8).write(to: plan)
        let tomorrow = Calendar.current.date(byAdding: .day, value: 1, to: Date())!
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: tomorrow)
        let day = CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!.description
        let before = bytes(folder)
        let result = try TestSupport.runPlan(["log", "r.yaml", "1.2", "--note", "x", "--date", day], currentDirectory: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(day) ligt na vandaag"))
        // One mistake, one error: not also "recorded before the day it happened" (AP712).
        #expect(result.stderr.components(separatedBy: "error[").count - 1 == 1, "\(result.stderr)")
        #expect(bytes(folder) == before)
    }

    @Test("--allow-duplicate records a second occurrence on the same day; reopened then done again is accepted")
    func allowedSequences() throws {
        let folder = try folder(progress: Self.history)
        defer { try? FileManager.default.removeItem(at: folder) }
        for arguments in [["2.2", "--occurred", "--date", "2025-02-13", "--allow-duplicate"],
                          ["2.12", "--status", "heropend", "--date", "2025-03-01"],
                          ["2.12", "--status", "done", "--date", "2025-04-01"]] {
            let result = try TestSupport.runPlan(["log", "r.yaml"] + arguments, currentDirectory: folder)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        let validate = try TestSupport.runPlan(["validate", "r.yaml"], currentDirectory: folder)
        #expect(validate.status == 0, "\(validate.stdout)")
        #expect(validate.stdout.contains("1 waarschuwing"), "the duplicate stays a warning: \(validate.stdout)")
    }

    @Test("show gives the date of the entry that set the status, not the as-of date")
    func showStatusDate() throws {
        let folder = try folder(progress: Self.history)
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try TestSupport.runPlan(["show", "r.yaml", "2.12", "--as-of", "2025-06-01"], currentDirectory: folder)
        // One standing, shown once: the status entry's day goes with it (no separate Status line).
        #expect(text.stdout.contains("Stand        afgerond sinds 20 februari 2025 — stand op 1 juni 2025\n"), "\(text.stdout)")
        #expect(!text.stdout.contains("Status "), "\(text.stdout)")
        let json = try TestSupport.runPlan(["show", "r.yaml", "2.12", "--as-of", "2025-06-01", "--format", "json"], currentDirectory: folder)
        #expect(json.stdout.contains("\"status_since\": \"2025-02-20\""))
    }

    @Test("validate --progress checks a progress file kept away from its plan; hints name that file")
    func validateProgressElsewhere() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let elsewhere = folder.appendingPathComponent("elders")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try Data((Self.history + "- action: \"2.12\"\n  date: 2025-02-21\n  status: done\n").utf8)
            .write(to: elsewhere.appendingPathComponent("voortgang.yaml"))
        let validate = try TestSupport.runPlan(["validate", "r.yaml", "--progress", "elders/voortgang.yaml"], currentDirectory: folder)
        #expect(validate.status == 1)
        #expect(validate.stdout.contains("elders/voortgang.yaml:10:3: error[AP707]: actie '2.12' is al afgerond"))
        #expect(validate.stdout.hasSuffix("1 planbestand en 1 voortgangsbestand gecontroleerd: 1 fout\n"))
        let query = try TestSupport.runPlan(["status", "r.yaml", "--progress", "elders/voortgang.yaml"], currentDirectory: folder)
        #expect(query.status == 1)
        #expect(query.stderr.hasSuffix("elders/voortgang.yaml: heeft fouten; verbeter die eerst (plan validate r.yaml --progress elders/voortgang.yaml)\n"))
        let two = try TestSupport.runPlan(["validate", "r.yaml", "r.yaml", "--progress", "elders/voortgang.yaml"], currentDirectory: folder)
        #expect(two.status == 1 || two.status == 64)
    }

    // MARK: The property: random sequences of plan log calls

    static let today = CalendarDate(iso: "2026-06-30")!

    /// A random request: recurring, one-off and ongoing actions; every status word; occurrences, money,
    /// notes, revised plannings (good, outside the period, recurring, unknown, before the date); dates
    /// inside and outside the period and after today; duplicates allowed or not.
    static func randomRequest(_ random: inout SeededGenerator) -> ProgressLogRequest {
        let actions = ["2.2", "2.3", "1.1", "2.12", "4.1", "1.2", "3.1", "9.9"]
        let dates = ["2024-01-15", "2024-06-01", "2025-02-13", "2025-02-13", "2025-09-30", "2026-06-30", "2026-07-01", "2023-12-31"]
        var request = ProgressLogRequest(actionID: actions.randomElement(using: &random)!,
                                         date: CalendarDate(iso: dates.randomElement(using: &random)!))
        switch Int.random(in: 0..<6, using: &random) {
        case 0: request.status = StatusWord.allCases.randomElement(using: &random)
        case 1: request.occurred = true
        case 2:
            request.spent = Money(cents: Int64.random(in: 0...1_000_000, using: &random))
            if Bool.random(using: &random) { request.year = Int.random(in: 2023...2027, using: &random) }
        case 3: request.note = ["Overleg", "", "a: b", "- x", "\"quoted\""].randomElement(using: &random)
        case 4:
            request.replan = ["Q3 2025", "eind 2026", "Q1 2024", "Q1 2027", "Jaarlijks", "Q5 2025", "nog te bepalen", "\"Q3\": 2025"]
                .randomElement(using: &random)
            if Bool.random(using: &random) { request.note = "vertraagd" }
        default:
            request.status = [.done, .reopened, .dropped].randomElement(using: &random)
            request.occurred = Bool.random(using: &random)
        }
        request.allowDuplicate = Int.random(in: 0..<4, using: &random) == 0
        return request
    }

    @Test("any sequence of log calls leaves a file validate accepts; refused calls change no byte (30 sequences, 300 with ACTIONPLAN_FULL_TESTS=1)")
    func randomSequences() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("r.yaml").path
        var written = 0, refused = 0
        let sequences = TestSupport.fullRuns ? 300 : 30
        for seed in 1...sequences {
            var random = SeededGenerator(seed: UInt64(seed))
            let progress = folder.appendingPathComponent("p\(seed).progress.yaml").path
            let workspace = try Workspace.open([plan], progress: progress, readsProgress: false, today: Self.today)
            var allowedDuplicate = false
            for step in 0..<Int.random(in: 1...12, using: &random) {
                let request = Self.randomRequest(&random)
                let before = FileManager.default.contents(atPath: progress)
                do {
                    _ = try workspace.log(request)
                    written += 1
                    allowedDuplicate = allowedDuplicate || request.allowDuplicate
                    let after = try #require(FileManager.default.contents(atPath: progress))
                    #expect(after.starts(with: before ?? Data()), "seed \(seed) step \(step): the old bytes must stay a prefix")
                } catch {
                    refused += 1
                    #expect(FileManager.default.contents(atPath: progress) == before, "seed \(seed) step \(step): a refusal changed the file")
                }
                guard FileManager.default.fileExists(atPath: progress) else { continue }
                // What `plan validate` checks of a progress file, with the plan loaded once.
                let checked = ProgressLoader.load(path: progress, plan: workspace.plans[0].plan, today: Self.today)
                #expect(checked.isValid, "seed \(seed) step \(step): \(checked.diagnostics.map(\.message))")
                #expect(checked.progress.entries.allSatisfy { $0.recorded == Self.today }, "seed \(seed) step \(step): every entry written carries recorded")
                if !allowedDuplicate { #expect(checked.diagnostics.isEmpty, "seed \(seed) step \(step): a warning without --allow-duplicate") }
            }
        }
        #expect(written > sequences && refused > sequences, "both paths exercised: \(written) written, \(refused) refused")
    }

    @Test("the same property through the CLI's commands (5 sequences, 15 with ACTIONPLAN_FULL_TESTS=1)")
    func randomSequencesThroughCLI() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for seed in 1001...(TestSupport.fullRuns ? 1015 : 1005) {
            var random = SeededGenerator(seed: UInt64(seed))
            let progress = folder.appendingPathComponent("p\(seed).yaml").path
            let plan = folder.appendingPathComponent("r.yaml").path
            for _ in 0..<4 {
                let request = Self.randomRequest(&random)
                var arguments = ["log", plan, request.actionID, "--progress", progress]
                // The CLI's today is the real one; these dates all lie before it.
                if let date = request.date { arguments += ["--date", date.description] }
                if let status = request.status { arguments += ["--status", [status.rawValue, status.dutch].randomElement(using: &random)!] }
                if request.occurred { arguments.append("--occurred") }
                if let spent = request.spent { arguments += ["--spent", spent.decimalString] }
                if let year = request.year { arguments += ["--year", String(year)] }
                if let note = request.note { arguments += ["--note", note] }
                if let replan = request.replan { arguments += ["--replan", replan] }
                if request.note == nil && request.status == nil && !request.occurred && request.spent == nil && request.replan == nil {
                    arguments += ["--note", "x"]
                }
                if request.allowDuplicate { arguments.append("--allow-duplicate") }
                let before = FileManager.default.contents(atPath: progress)
                let result = try TestSupport.runPlan(arguments)
                if result.status != 0 {
                    #expect(FileManager.default.contents(atPath: progress) == before, "\(arguments)")
                }
                guard FileManager.default.fileExists(atPath: progress) else { continue }
                let validate = try TestSupport.runPlan(["validate", plan, "--progress", progress])
                #expect(!validate.stdout.contains("error"), "\(arguments): \(validate.stdout)")
                let text = try String(contentsOfFile: progress, encoding: .utf8)
                #expect(text.components(separatedBy: "\n- action:").count == text.components(separatedBy: "\n  recorded: ").count,
                        "every entry the CLI writes has recorded: \(arguments)")
            }
        }
    }
}
