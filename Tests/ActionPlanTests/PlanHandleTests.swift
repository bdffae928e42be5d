@testable import ActionPlan
import Foundation
import Testing

/// One plan of several named by a handle the workspace gives out, not by a position; the command that
/// checks a file again as a value, turned into words only where it is shown (issue 23, "one vocabulary").
@Suite("Plan handles and check commands")
struct PlanHandleTests {
    static let asOf = CalendarDate(iso: "2025-03-01")!

    /// Rotterdam and Maassluis (a local plan over it) in a fresh folder, in that order.
    static func openBoth() throws -> (folder: URL, workspace: Workspace, rotterdam: String, maassluis: String) {
        let folder = try LibraryAPITests.regionWithLocalPlan()
        let rotterdam = folder.appendingPathComponent("rotterdam-2024-2026.yaml").path
        let maassluis = folder.appendingPathComponent("examples/maassluis-2024-2026.yaml").path
        return (folder, try Workspace.open([rotterdam, maassluis], today: asOf), rotterdam, maassluis)
    }

    @Test("a handle names the local plan wherever it is among the plans: its changes, suggestions and progress file")
    func handleNamesItsPlan() throws {
        let (folder, workspace, rotterdam, maassluis) = try Self.openBoth()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(workspace.planHandles.map(\.path) == [rotterdam, maassluis])
        let handle = try workspace.plan(id: "maassluis-2024-2026")
        #expect(handle == workspace.planHandles[1])
        let opened = try #require(workspace.opened(handle))
        #expect(opened.tracked.plan.path == maassluis)
        #expect(opened.progressPath == folder.appendingPathComponent("examples/maassluis-2024-2026.progress.yaml").path)
        let changes = try workspace.upstreamChanges(plan: handle)
        #expect(changes.localPath == maassluis)
        #expect(changes.isCurrent)
        _ = try workspace.adoptionSuggestions(plan: handle)
        #expect(workspace.progressKeptAsHistory(plan: handle).isEmpty)
        // Without a handle: the first plan, Rotterdam, which extends nothing.
        #expect(throws: LocalPlanFailure.self) { try workspace.upstreamChanges() }
        #expect(throws: LookupFailure.self) { try workspace.plan(id: "maasluis-2024-2026") }
    }

    @Test("a handle given to another workspace finds its plan there by path, or names no plan: a usage failure, never a trap")
    func handleOfAnotherWorkspace() throws {
        let (folder, workspace, rotterdam, maassluis) = try Self.openBoth()
        defer { try? FileManager.default.removeItem(at: folder) }
        let handle = try workspace.plan(id: "maassluis-2024-2026")
        // Maassluis alone: its plan is first there, and the handle still finds it.
        let alone = try Workspace.open([maassluis], today: Self.asOf)
        #expect(alone.opened(handle)?.tracked.plan.path == maassluis)
        #expect(try alone.upstreamChanges(plan: handle).localPath == maassluis)
        // Rotterdam alone: position 1 does not exist there, and neither does the plan.
        let region = try Workspace.open([rotterdam], today: Self.asOf)
        #expect(region.opened(handle) == nil)
        do {
            _ = try region.adopt(["1.1"], plan: handle)
            Issue.record("adopted into a plan the workspace has not opened")
        } catch {
            guard case .usage(let message) = error else { Issue.record("\(error)"); return }
            #expect(message == "no local plan is open")
        }
        #expect(region.progressKeptAsHistory(plan: handle).isEmpty)
    }

    @Test("an empty workspace: the local-plan operations are a usage failure (they trapped on plans[0] before)")
    func emptyWorkspace() throws {
        let empty = Workspace(plans: [], today: Self.asOf)
        #expect(empty.planHandles.isEmpty)
        #expect(empty.opened(nil) == nil)
        #expect(throws: LocalPlanFailure.self) { try empty.adopt(["1.1"]) }
        #expect(throws: LocalPlanFailure.self) { try empty.adoptionSuggestions() }
        #expect(throws: LocalPlanFailure.self) { try empty.upstreamChanges() }
        #expect(throws: LocalPlanFailure.self) { try empty.acceptUpstream() }
        #expect(empty.progressKeptAsHistory().isEmpty)
    }

    @Test("the check command is a value: the plan, and the progress file only when it is not the one beside the plan")
    func checkCommandIsAValue() throws {
        #expect(CheckCommand(plan: "plans/a.yaml").description == "plan validate plans/a.yaml")
        #expect(CheckCommand(plan: "a.yaml", progress: "b.progress.yaml").description == "plan validate a.yaml --progress b.progress.yaml")
        // A progress file named explicitly, with an error: the workspace's failure says how to check both.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actionplan-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("rotterdam-2024-2026.yaml").path
        try FileManager.default.copyItem(atPath: TestSupport.packageRoot.appendingPathComponent("plans/rotterdam-2024-2026.yaml").path, toPath: plan)
        let progress = folder.appendingPathComponent("elders.progress.yaml").path
        try "- action: \"9.99\"\n  date: 2024-05-01\n  status: done\n".write(toFile: progress, atomically: true, encoding: .utf8)
        do {
            _ = try Workspace.open([plan], progress: progress, today: Self.asOf)
            Issue.record("opened with a progress file naming no action of the plan")
        } catch {
            let file = try #require(error.files.first)
            #expect(file.checkCommand == CheckCommand(plan: plan, progress: progress))
            #expect(Messages.hasErrorsFixFirst(file.path, check: file.checkCommand).en
                    == "\(progress): has errors; fix them first (plan validate \(plan) --progress \(progress))")
        }
    }

    @Test("a snapshot edited by hand: diff --upstream ends with the command that checks the local plan, in the words it always had")
    func snapshotMismatchAdvice() throws {
        let folder = try LibraryAPITests.regionWithLocalPlan()
        defer { try? FileManager.default.removeItem(at: folder) }
        let snapshot = folder.appendingPathComponent("examples/maassluis-2024-2026.base-snapshot.yaml")
        let text = try String(contentsOf: snapshot, encoding: .utf8)
        try text.replacingOccurrences(of: "title: ", with: "title: X ").write(to: snapshot, atomically: true, encoding: .utf8)
        let local = "examples/maassluis-2024-2026.yaml"
        let result = try TestSupport.runPlanProcess(["diff", "--upstream", local, "--lang", "en"], currentDirectory: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(local): going on; see also: plan validate \(local)\n"), "\(result.stderr)")
        #expect(result.stderr.hasSuffix("\n\(local): plan validate \(local)\n"), "\(result.stderr)")
        // The failure carries the advice as catalogue text, in the local plan's language.
        let workspace = try Workspace.open([folder.appendingPathComponent(local).path], readsProgress: false, today: Self.asOf)
        do {
            _ = try workspace.upstreamChanges()
            Issue.record("compared with a snapshot that is not the recorded version")
        } catch {
            guard case .invalid(let file, let advice, let language) = error else { Issue.record("\(error)"); return }
            #expect(advice.text(in: language) == file.checkCommand.description)
            #expect(language == .nl)
        }
    }
}
