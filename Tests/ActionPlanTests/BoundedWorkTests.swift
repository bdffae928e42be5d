import ActionPlan
import Foundation
import Testing

/// No input under the size limit makes loading, validating or diffing do more than linear work,
/// or produce output without bound. Time limits are generous: these machines are noisy.
@Suite("Bounded work and output")
struct BoundedWorkTests {
    private static let progressToday = CalendarDate(iso: "2026-06-30")!

    private func timed<T>(_ work: () throws -> T) rethrows -> (T, Duration) {
        let clock = ContinuousClock()
        var result: T?
        let elapsed = try clock.measure { result = try work() }
        return (result!, elapsed)
    }

    private func fixtureBytes(_ relativePath: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: TestSupport.fixtures.appendingPathComponent(relativePath)))
    }

    // MARK: Alias bombs that bypassed the pre-scan

    @Test("alias bombs after a quote or a '|' in a text are refused at once, in a plan", arguments: [
        "invalid/alias-bomb-after-quote-in-text.yaml", "invalid/alias-bomb-after-pipe-in-flow-list.yaml",
    ])
    func aliasBombInPlan(_ path: String) throws {
        let bytes = try fixtureBytes(path)
        let (loaded, elapsed) = timed { PlanLoader.load(bytes: bytes, path: path) }
        #expect(elapsed < .seconds(1), "took \(elapsed)")
        #expect(loaded.plan == nil)
        #expect(loaded.diagnostics.count == 1)
        #expect(loaded.diagnostics.first?.message.hasPrefix("anchors ('&name') and aliases") == true)
    }

    @Test("alias bombs after a quote or a '|' in a text are refused at once, in a progress file", arguments: [
        "progress/invalid/alias-bomb-after-quote-in-text.progress.yaml", "progress/invalid/alias-bomb-after-pipe-in-flow-list.progress.yaml",
    ])
    func aliasBombInProgress(_ path: String) throws {
        let plan = try #require(try TestSupport.loadFixture("progress/plan.yaml").plan)
        let bytes = try fixtureBytes(path)
        let (loaded, elapsed) = timed { ProgressLoader.load(bytes: bytes, path: path, plan: plan, today: Self.progressToday) }
        #expect(elapsed < .seconds(1), "took \(elapsed)")
        #expect(loaded.progress.entries.isEmpty)
        #expect(loaded.diagnostics.first?.message.hasPrefix("anchors ('&name') and aliases") == true)
    }

    @Test("the bomb scaled up to every line: still refused at its first anchor, at once")
    func aliasBombVariants() {
        for opener in ["title: a 'b", "title: a \"b", "title: it's", "list: [a |b,", "list: [a >b,"] {
            // After a text in block context the bomb is keys of the top mapping; in a flow list, its items.
            let inFlow = opener.hasPrefix("list")
            var text = opener + "\n"
            for line in 0..<40 {
                let previous = line == 0 ? "[x]" : Array(repeating: "*a\(line - 1)", count: 10).joined(separator: ", ")
                text += inFlow ? "  &a\(line) [\(previous)],\n" : "k\(line): &a\(line) [\(previous)]\n"
            }
            text += inFlow ? "  {*a39: x}]\n" : "last: {*a39: x}\n"
            let (loaded, elapsed) = timed { PlanLoader.load(bytes: Array(text.utf8), path: "bomb.yaml") }
            #expect(elapsed < .seconds(1), "\(opener): took \(elapsed)")
            #expect(loaded.diagnostics.first?.message.hasPrefix("anchors") == true, "\(opener)")
        }
    }

    // MARK: Floods of diagnostics

    @Test("5,000 unknown keys: the first 200 problems, then one that counts the other 4,800 exactly")
    func diagnosticsPerFile() throws {
        let (loaded, elapsed) = timed { try? TestSupport.loadFixture("invalid/five-thousand-unknown-keys.yaml") }
        let diagnostics = try #require(loaded).diagnostics
        #expect(elapsed < .seconds(10), "took \(elapsed)")
        #expect(diagnostics.count == LoadLimits.maximumDiagnosticsPerFile + 1)
        #expect(diagnostics.prefix(200).allSatisfy { $0.message.hasPrefix("unknown key 'onbekend") })
        #expect(diagnostics.last?.message == "… and 4800 more problems in this file")
        #expect(diagnostics.last?.location.line == 204, "the summary points at the first problem left out")
    }

    @Test("a cap per source adds up: problems from parsing, decoding and validation are counted once each")
    func diagnosticsAddUp() {
        // 300 duplicate keys (found while composing) and 300 unknown keys (found while decoding).
        var text = "plan:\n  id: x\n  title: x\n  region: x\n  period: 2024-2026\n  language: nl\n"
        for index in 0..<300 { text += "  extra\(index): x\n  extra\(index): y\n" }
        text += "organisations:\n  VAR:\n    name: V\nthemes: []\n"
        let diagnostics = TestSupport.load(text).diagnostics
        #expect(diagnostics.count == 201)
        let shown = diagnostics.dropLast().count
        let summary = diagnostics.last?.message ?? ""
        #expect(summary.hasPrefix("… and "))
        let omitted = Int(summary.split(separator: " ")[2]) ?? 0
        // Every problem counted once: 300 duplicates, 300 unknown keys, and whatever the plan lacks.
        let total = TestSupport.load(text.replacingOccurrences(of: "  extra", with: "  #extra")).diagnostics.count + 600
        #expect(shown + omitted == total)
    }

    // MARK: Duplicate keys in one pass

    @Test("sixty duplicate keys are all reported, each with the first occurrence")
    func sixtyDuplicates() throws {
        let loaded = try TestSupport.loadFixture("invalid/sixty-duplicate-keys.yaml")
        let duplicates = loaded.diagnostics.filter { $0.message == "duplicate key 'title'" }
        #expect(duplicates.count == 60)
        #expect(duplicates.allSatisfy { $0.notes.count == 1 && $0.notes[0].location.line == $0.location.line - 3 })
        // The first title is the one kept.
        #expect(loaded.plan?.actions.first?.title == "Overleg 1.")
    }

    @Test("duplicate keys cost no more than other keys: a plan with 60 takes about as long as without")
    func duplicatesInOnePass() {
        var clean = "plan:\n  id: x\n  title: x\n  region: x\n  period: 2024-2026\n  language: nl\norganisations:\n  VAR:\n    name: V\nthemes:\n  - id: \"1\"\n    title: T\n    actions:\n"
        var duplicated = clean
        for index in 0..<3_000 {
            let action = "      - id: \"1.\(index)\"\n        title: Overleg \(index) met de partners.\n        planning: \"2024\"\n        owners: [VAR]\n"
            clean += action
            duplicated += action + (index % 50 == 0 ? "        title: Tweede titel.\n" : "")
        }
        let (_, withoutDuplicates) = timed { TestSupport.load(clean) }
        let (loaded, withDuplicates) = timed { TestSupport.load(duplicated) }
        #expect(loaded.diagnostics.filter { $0.message.hasPrefix("duplicate key") }.count == 60)
        // One parse per duplicate made this 60 times slower; one pass keeps it close to 1.
        #expect(withDuplicates < withoutDuplicates * 4 + .milliseconds(300), "\(withDuplicates) against \(withoutDuplicates)")
    }

    // MARK: plan diff

    @Test("plan diff of two 20,000-word titles: replaced whole, at once")
    func diffOfLongTexts() throws {
        let old = try #require(PlanLoader.load(path: TestSupport.fixtures.appendingPathComponent("local/diff/long-title-old.yaml").path).plan)
        let new = try #require(PlanLoader.load(path: TestSupport.fixtures.appendingPathComponent("local/diff/long-title-new.yaml").path).plan)
        let (diff, elapsed) = timed { PlanDiff(old: old, new: new) }
        #expect(elapsed < .seconds(2), "took \(elapsed)")
        let reworded = try #require(diff.changes.first { $0.kind == .reworded && $0.id == "1.1" })
        #expect(reworded.words.map(\.kind) == [.removed, .added])
        #expect(reworded.words.first?.text.hasPrefix("oud0 oud1 ") == true)
        #expect(reworded.words.last?.text.hasSuffix(" nieuw19999") == true)
    }

    @Test("within the bound, texts are still compared word by word")
    func diffOfShortTexts() throws {
        let old = try #require(PlanLoader.load(path: TestSupport.fixtures.appendingPathComponent("local/regional.yaml").path).plan)
        var new = old
        let words = (0..<400).map { "w\($0)" }
        new.themes[0].actions[0].title = words.joined(separator: " ")
        var older = old
        older.themes[0].actions[0].title = words.enumerated().map { $0.offset == 200 ? "x" : $0.element }.joined(separator: " ")
        let change = try #require(PlanDiff(old: older, new: new).changes.first { $0.kind == .reworded })
        #expect(change.words.map(\.kind) == [.same, .removed, .added, .same])
    }

    // MARK: Fuzz findings

    static func fuzzCrashers() -> [String] {
        let folder = TestSupport.fixtures.appendingPathComponent("fuzz-crashers")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
    }

    @Test("the fuzz-crasher folder holds cases (a parameterised test over an empty folder would pass having run none)")
    func fuzzCrashersExist() {
        #expect(Self.fuzzCrashers().count >= 10, "Fixtures/fuzz-crashers holds \(Self.fuzzCrashers().count) inputs")
    }

    /// What the fuzz harness (fuzz/PlanFuzzer.swift) does with one input: load it as a plan, render
    /// its diagnostics, run every query on the plan when one was built (errors or not), and load it
    /// as a progress file of a small plan.
    @Test("every input the fuzzer once crashed or hung on: loads, queries and report finish quickly", arguments: fuzzCrashers())
    func fuzzCrasher(_ name: String) throws {
        let bytes = try fixtureBytes("fuzz-crashers/\(name)")
        let base = try #require(try TestSupport.loadFixture("progress/plan.yaml").plan)
        let asOf = Self.progressToday
        let elapsed = TestSupport.threadCPUTime {
            let loaded = PlanLoader.load(bytes: bytes, path: name)
            let renderer = DiagnosticRenderer(colours: false)
            for diagnostic in loaded.diagnostics { _ = renderer.render(diagnostic, source: loaded.source) }
            if let plan = loaded.plan {
                let tracked = [TrackedPlan(plan: plan, progress: .none)]
                _ = PlanExport.json(plan).rendered()
                _ = QueryJSON.overdue(OverdueQuery(asOf: asOf).run(tracked), asOf: asOf).rendered()
                if let loads = try? WorkloadQuery(asOf: asOf).run(tracked) { _ = QueryJSON.workload(loads, asOf: asOf).rendered() }
                _ = QueryJSON.status(StatusQuery(asOf: asOf).run(tracked), asOf: asOf).rendered()
                if let summary = try? BudgetQuery(asOf: asOf, breakdown: nil).run(tracked) { _ = QueryJSON.budget(summary).rendered() }
                if let report = try? ReportData(tracked: tracked[0], asOf: asOf, since: asOf.adding(months: -12), language: .nl) {
                    _ = MarkdownReport.render(report)
                }
            }
            let progress = ProgressLoader.load(bytes: bytes, path: name, plan: base, today: asOf)
            for diagnostic in progress.diagnostics { _ = renderer.render(diagnostic, source: progress.source) }
        }
        #expect(elapsed < .seconds(5), "took \(elapsed) of processor time")
    }
}
