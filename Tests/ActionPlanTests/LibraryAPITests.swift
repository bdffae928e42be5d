import ActionPlan
import Foundation
import Testing

/// The library as a Swift developer uses it, from `import ActionPlan` alone: plans loaded or built in
/// memory give the command line's answers, errors read as one line, and nothing traps.
@Suite("Library API")
struct LibraryAPITests {
    static let asOf = CalendarDate(iso: "2025-03-01")!

    /// A folder with Rotterdam, its example progress beside it, and Maassluis (a local plan over it).
    static func regionWithLocalPlan() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actionplan-library-\(UUID().uuidString)")
        let manager = FileManager.default
        try manager.createDirectory(at: folder.appendingPathComponent("examples"), withIntermediateDirectories: true)
        let root = TestSupport.packageRoot
        try manager.copyItem(at: root.appendingPathComponent("plans/rotterdam-2024-2026.yaml"), to: folder.appendingPathComponent("rotterdam-2024-2026.yaml"))
        try manager.copyItem(at: root.appendingPathComponent("examples/rotterdam-2024-2026.voorbeeld.progress.yaml"),
                             to: folder.appendingPathComponent("rotterdam-2024-2026.progress.yaml"))
        for name in ["maassluis-2024-2026.yaml", "maassluis-2024-2026.base-snapshot.yaml"] {
            try manager.copyItem(at: root.appendingPathComponent("plans/examples/\(name)"), to: folder.appendingPathComponent("examples/\(name)"))
        }
        return folder
    }

    @Test("a workspace from plans the user loaded answers as the command line's workspace: overdue, workload, budget, counted once")
    func workspaceFromLoadedPlans() throws {
        let folder = try Self.regionWithLocalPlan()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = [folder.appendingPathComponent("rotterdam-2024-2026.yaml").path,
                     folder.appendingPathComponent("examples/maassluis-2024-2026.yaml").path]
        let opened = try Workspace.open(files, today: Self.asOf)
        // The user's way: load each plan and its own progress file, nothing merged by hand.
        let tracked = try PlanLoader.load(paths: files).map { loaded in
            let plan = try #require(loaded.plan)
            let progressPath = plan.path.replacingOccurrences(of: ".yaml", with: ".progress.yaml")
            guard FileManager.default.fileExists(atPath: progressPath) else { return TrackedPlan(plan: plan) }
            let progress = ProgressLoader.load(path: progressPath, plan: plan, today: Self.asOf)
            #expect(progress.isValid)
            return TrackedPlan(plan: plan, progress: progress.progress)
        }
        let built = Workspace(plans: tracked, today: Self.asOf)
        let query = OverdueQuery(asOf: Self.asOf)
        #expect(query.run(built.plans) == query.run(opened.plans))
        // The region logged progress on actions Maassluis adopts: the local view holds those entries,
        // exactly as the command line's workspace merges them.
        #expect(built.plans.map(\.progress.entries) == opened.plans.map(\.progress.entries))
        #expect(built.plans[1].progress.entries.count > tracked[1].progress.entries.count, "the region's entries reach the local plan")
        #expect(built.countedOnce.leftOut == opened.countedOnce.leftOut)
        #expect(try WorkloadQuery(asOf: Self.asOf).run(built.countedOnce.plans) == WorkloadQuery(asOf: Self.asOf).run(opened.countedOnce.plans))
        #expect(try BudgetQuery(asOf: Self.asOf).run(built.countedOnce.plans) == BudgetQuery(asOf: Self.asOf).run(opened.countedOnce.plans))
    }

    @Test("workload over plans edited in memory does not trap: an owner met first in an action gets its row")
    func workloadOfEditedPlans() throws {
        let plan = try #require(PlanLoader.load(path: TestSupport.shippedPlan("rotterdam-2024-2026.yaml")).plan)
        // Two plans with one id (a copy with one more organisation), the first's action owned by it.
        var copy = plan
        copy.organisations.append(Organisation(key: "extra", name: "Extra", kind: .organisation, location: plan.themes[0].location))
        var edited = plan
        edited.themes[0].actions.isEmpty
            ? (edited.themes[0].activities[0].actions[0].owners = [Owner(key: "extra", isLead: true, location: plan.themes[0].location)])
            : (edited.themes[0].actions[0].owners = [Owner(key: "extra", isLead: true, location: plan.themes[0].location)])
        let loads = try WorkloadQuery(asOf: Self.asOf).run([TrackedPlan(plan: edited), TrackedPlan(plan: copy)])
        #expect(loads.contains { $0.key == "extra" && $0.lead >= 1 })
    }

    @Test("a workspace failure reads as one short line, in interpolation and localizedDescription alike")
    func failureDescriptions() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actionplan-failure-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("bad.yaml")
        try (String(repeating: "# a long comment line that is part of the file\n", count: 2000) + "plan: [unclosed\n").write(to: bad, atomically: true, encoding: .utf8)
        do {
            _ = try Workspace.open([bad.path, folder.appendingPathComponent("nowhere.yaml").path], today: Self.asOf)
            Issue.record("a broken file opened")
        } catch {
            let text = "\(error)"
            #expect(!text.contains("\n"), "\(text)")
            #expect(text.count < 300, "\(text.count) characters")
            #expect(text.contains("bad.yaml has an error"), "\(text)")
            #expect(text.contains("nowhere.yaml: no such file or folder"), "\(text)")
            #expect(!text.contains("a long comment"))
            #expect(error.localizedDescription == text)
        }
        let workspace = try Workspace.open([TestSupport.shippedPlan("rotterdam-2024-2026.yaml")], today: Self.asOf)
        do {
            _ = try workspace.ownerMatch(named: "Nobody at all")
            Issue.record("an unknown owner matched")
        } catch {
            #expect((error as Error).localizedDescription == error.description)
            #expect(!error.description.contains("\n"))
        }
    }

    @Test("log names its plan by id: the entry lands in that plan's progress file; an unknown id or no plan is a lookup failure, never a trap")
    func logByPlanID() throws {
        let folder = try Self.regionWithLocalPlan()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = [folder.appendingPathComponent("rotterdam-2024-2026.yaml").path,
                     folder.appendingPathComponent("examples/maassluis-2024-2026.yaml").path]
        let workspace = try Workspace.open(files, today: Self.asOf)
        let request = ProgressLogRequest(actionID: "L1.2", date: Self.asOf, note: "gecontroleerd")
        let (entry, path) = try workspace.log(request, plan: "maassluis-2024-2026")
        #expect(entry.actionID == "L1.2")
        #expect(path == folder.appendingPathComponent("examples/maassluis-2024-2026.progress.yaml").path)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("gecontroleerd"))
        // Rotterdam's file is untouched: the id chose the plan, not its place in the list.
        #expect(try !String(contentsOfFile: files[0].replacingOccurrences(of: ".yaml", with: ".progress.yaml"), encoding: .utf8).contains("gecontroleerd"))
        #expect(throws: ProgressLogFailure.self) { try workspace.log(request, plan: "maasluis-2024-2026") }
        do {
            _ = try workspace.log(request, plan: "maasluis-2024-2026")
        } catch {
            #expect(error.description.hasPrefix("no plan 'maasluis-2024-2026' is open; the nearest ids are: maassluis-2024-2026"), "\(error.description)")
        }
        do {
            _ = try Workspace(plans: [], today: Self.asOf).log(request)
            Issue.record("logged with no plan")
        } catch {
            #expect(error.description == "no plan is open to log to")
        }
    }

    @Test("a progress file given with other than one plan is a typed usage problem, from open and check alike, before any file is read")
    func usageProblemIsTyped() throws {
        let progress = TestSupport.packageRoot.appendingPathComponent("examples/rotterdam-2024-2026.voorbeeld.progress.yaml").path
        let plans = TestSupport.packageRoot.appendingPathComponent("plans").path
        do {
            _ = try Workspace.open([plans], progress: progress, today: Self.asOf)
            Issue.record("opened three plans with one progress file")
        } catch {
            #expect(error.usage == .progressNeedsOnePlan(plans: 3))
            #expect(error.files.isEmpty && error.missing.isEmpty)
            #expect(error.description == "--progress names the progress file of one plan; give exactly one plan")
        }
        let report = Workspace.check([plans], progress: progress, today: Self.asOf)
        #expect(report.usage == .progressNeedsOnePlan(plans: 3))
        #expect(report.files.isEmpty)
    }
}

/// Summaries of diagnostics left out are merged by their code and count, not by reading their message.
@Suite("Diagnostic limit")
struct DiagnosticLimitCountTests {
    static func diagnostics(_ lines: ClosedRange<Int>) -> [Diagnostic] {
        lines.map { Diagnostic(.warning, .unknownKey, "unknown key 'k\($0)'", at: SourceLocation(file: "f.yaml", line: $0, column: 1)) }
    }

    @Test("a summary whose message was translated still counts what it stands for when lists are merged")
    func translatedSummaryKeepsItsCount() throws {
        var first = Self.diagnostics(1...300).limitedPerFile()
        #expect(first.count == LoadLimits.maximumDiagnosticsPerFile + 1)
        let summary = try #require(first.last)
        #expect(summary.code.description == "AP110")
        first[first.count - 1].message = "… en nog 100 problemen in dit bestand"
        let merged = (first + Self.diagnostics(301...400)).limitedPerFile()
        #expect(merged.count == LoadLimits.maximumDiagnosticsPerFile + 1)
        #expect(merged.last?.message == "… and 200 more problems in this file", "\(merged.last?.message ?? "")")
    }
}
