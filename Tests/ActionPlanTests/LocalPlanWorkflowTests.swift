import ActionPlan
import Foundation
import Testing

/// The municipal official's year: derive a local plan wherever the files live, never harming the
/// regional plan; accept the region's changes (both or neither of version and snapshot); see the
/// region's progress in the local view.
@Suite("Local plans: the official's workflow")
struct LocalPlanWorkflowTests {
    /// A folder with `regio/rotterdam-2024-2026.yaml` (and `gemeente/sub/`), removed by the caller.
    private func workFolder(regional: String = TestSupport.shippedPlan("rotterdam-2024-2026.yaml"), name: String = "rotterdam-2024-2026.yaml") throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actionplan-workflow-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("regio"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("gemeente/sub"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: regional, toPath: folder.appendingPathComponent("regio/\(name)").path)
        return folder
    }

    private func bytes(_ url: URL) throws -> Data { try Data(contentsOf: url) }

    private func run(_ arguments: [String], in folder: URL) throws -> (status: Int32, stdout: String, stderr: String) {
        try TestSupport.runPlan(arguments, currentDirectory: folder)
    }

    // MARK: derive

    @Test("derive from a subfolder and into another folder: the base path is relative to the file written, and validate passes from anywhere")
    func relativePaths() throws {
        let folder = try workFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sub = folder.appendingPathComponent("gemeente/sub")
        // Run in the subfolder, the output beside it.
        let here = try run(["derive", "../../regio/rotterdam-2024-2026.yaml", "--municipality", "Schiedam"], in: sub)
        #expect(here.status == 0, "\(here.stderr)")
        #expect(try String(contentsOf: sub.appendingPathComponent("schiedam-2024-2026.yaml"), encoding: .utf8)
            .contains("plan: \"../../regio/rotterdam-2024-2026.yaml\""))
        // Run at the top, the output in another folder.
        let there = try run(["derive", "regio/rotterdam-2024-2026.yaml", "--municipality", "Vlaardingen", "--output", "gemeente/vlaardingen.yaml"], in: folder)
        #expect(there.status == 0, "\(there.stderr)")
        #expect(try String(contentsOf: folder.appendingPathComponent("gemeente/vlaardingen.yaml"), encoding: .utf8)
            .contains("plan: \"../regio/rotterdam-2024-2026.yaml\""))
        // Absolute when given so.
        let absolute = folder.appendingPathComponent("regio/rotterdam-2024-2026.yaml").path
        #expect(try run(["derive", absolute, "--municipality", "Maassluis", "--output", "gemeente/maassluis.yaml"], in: folder).status == 0)
        #expect(try String(contentsOf: folder.appendingPathComponent("gemeente/maassluis.yaml"), encoding: .utf8).contains("plan: \"\(absolute)\""))
        // Each validates wherever the command runs.
        for (path, cwd) in [("schiedam-2024-2026.yaml", sub), ("gemeente/sub/schiedam-2024-2026.yaml", folder), ("sub/schiedam-2024-2026.yaml", folder.appendingPathComponent("gemeente")),
                            ("gemeente/vlaardingen.yaml", folder), ("vlaardingen.yaml", folder.appendingPathComponent("gemeente")), ("../vlaardingen.yaml", sub),
                            ("gemeente/maassluis.yaml", folder), ("../maassluis.yaml", sub)] {
            let validate = try run(["validate", "--strict", path], in: cwd)
            #expect(validate.status == 0, "\(path) from \(cwd.lastPathComponent): \(validate.stdout)")
        }
    }

    @Test("derive onto the regional plan it reads is refused, with and without --force, and the plan stays byte for byte")
    func neverOntoItsInput() throws {
        let folder = try workFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let regional = folder.appendingPathComponent("regio/rotterdam-2024-2026.yaml")
        let before = try bytes(regional)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.yaml").path, withDestinationPath: regional.path)
        for output in ["regio/rotterdam-2024-2026.yaml", "regio/../regio/rotterdam-2024-2026.yaml", "link.yaml"] {
            for force in [false, true] {
                let result = try run(["derive", "regio/rotterdam-2024-2026.yaml", "--municipality", "Rotterdam", "--output", output] + (force ? ["--force"] : []), in: folder)
                #expect(result.status == 64, "\(output) \(force): \(result.stderr)")
                #expect(result.stderr.contains("derive schrijft nooit over zijn invoer"), "\(result.stderr)")
                #expect(try bytes(regional) == before)
            }
        }
        // The snapshot's name cannot land on the input either.
        let renamed = folder.appendingPathComponent("regio/x.base-snapshot.yaml")
        try FileManager.default.copyItem(at: regional, to: renamed)
        _ = try run(["derive", "regio/x.base-snapshot.yaml", "--municipality", "Rotterdam", "--output", "regio/x.yaml", "--force"], in: folder)
        #expect(try bytes(renamed) == before)
    }

    @Test("--force replaces only an earlier local plan for the same municipality over the same regional plan")
    func forceOnlyOverItsOwn() throws {
        let folder = try workFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let derive = ["derive", "regio/rotterdam-2024-2026.yaml", "--municipality", "Maassluis", "--output", "gemeente/maassluis.yaml"]
        #expect(try run(derive, in: folder).status == 0)
        // Another municipality's plan, or a file that is no local plan, is not replaced.
        let other = try run(["derive", "regio/rotterdam-2024-2026.yaml", "--municipality", "Schiedam", "--output", "gemeente/maassluis.yaml", "--force"], in: folder)
        #expect(other.status == 64 && other.stderr.contains("geen eerder lokaal plan voor Schiedam"), "\(other.stderr)")
        let notes = folder.appendingPathComponent("gemeente/notes.yaml")
        try "plan:\n  id: notes\n".write(to: notes, atomically: true, encoding: .utf8)
        let notAPlan = try run(["derive", "regio/rotterdam-2024-2026.yaml", "--municipality", "Maassluis", "--output", "gemeente/notes.yaml", "--force"], in: folder)
        #expect(notAPlan.status == 64)
        #expect(try String(contentsOf: notes, encoding: .utf8) == "plan:\n  id: notes\n")
        // Its own earlier plan is: the pair is replaced, the old snapshot removed.
        let again = try run(derive + ["--force"], in: folder)
        #expect(again.status == 0, "\(again.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("gemeente").path).filter { $0.contains("base-snapshot") }
        #expect(files.count == 1, "\(files)")
        #expect(try run(["validate", "--strict", "gemeente/maassluis.yaml"], in: folder).status == 0)
    }

    @Test("the municipality is required: empty or blank names are usage errors, and names are trimmed")
    func municipalityRequired() throws {
        let folder = try workFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["", "   ", "\t"] {
            let result = try run(["derive", "regio/rotterdam-2024-2026.yaml", "--municipality", name], in: folder)
            #expect(result.status == 64 && result.stderr.contains("geef de naam van de gemeente"), "\(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("gemeente-2024-2026.yaml").path))
        let trimmed = try run(["derive", "regio/rotterdam-2024-2026.yaml", "--municipality", "  Maassluis "], in: folder)
        #expect(trimmed.status == 0)
        let text = try String(contentsOf: folder.appendingPathComponent("maassluis-2024-2026.yaml"), encoding: .utf8)
        #expect(text.contains("region: \"Gemeente Maassluis\""))
    }

    @Test("derive writes its comments in the plan's language, or in the one asked for")
    func deriveLanguage() throws {
        let folder = try workFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try run(["derive", "regio/rotterdam-2024-2026.yaml", "--municipality", "Maassluis", "--output", "nl.yaml"], in: folder).status == 0)
        let english = try run(["derive", "regio/rotterdam-2024-2026.yaml", "--municipality", "Maassluis", "--output", "en.yaml", "--lang", "en"], in: folder)
        #expect(english.stdout.hasPrefix("wrote en.yaml: 16 regional actions"), "\(english.stdout)")
        let dutch = try String(contentsOf: folder.appendingPathComponent("nl.yaml"), encoding: .utf8)
        let inEnglish = try String(contentsOf: folder.appendingPathComponent("en.yaml"), encoding: .utf8)
        let comments = { (text: String) in text.split(separator: "\n").filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("#") && !$0.contains("  # ") } }
        #expect(!dutch.contains("The regional") && !dutch.contains("Local ") && dutch.contains("Lokale thema's"))
        #expect(!inEnglish.contains("Lokale thema's") && inEnglish.contains("Local themes and actions"))
        #expect(comments(dutch).count == comments(inEnglish).count)
    }

    @Test("adopt: {all: yes} is a flag like every other: yes, ja and true adopt every regional action; other words are errors")
    func adoptAllFlag() throws {
        let folder = try workFolder(regional: TestSupport.fixtures.appendingPathComponent("local/regional.yaml").path, name: "regional.yaml")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (word, count) in [("yes", 5), ("ja", 5), ("true", 5), ("no", 0)] {
            let text = "plan:\n  id: t\n  title: T\n  region: Gemeente T\nextends:\n  plan: regional.yaml\nadopt:\n  all: \(word)\nthemes: []\n"
            let loaded = PlanLoader.load(bytes: Array(text.utf8), path: folder.appendingPathComponent("regio/local.yaml").path)
            #expect(loaded.diagnostics.allSatisfy { $0.severity != .error }, "\(TestSupport.render(loaded))")
            #expect(loaded.plan?.actions.count == count, "all: \(word)")
        }
        let text = "plan:\n  id: t\n  title: T\n  region: Gemeente T\nextends:\n  plan: regional.yaml\nadopt:\n  all: allemaal\n"
        let loaded = PlanLoader.load(bytes: Array(text.utf8), path: folder.appendingPathComponent("regio/local.yaml").path)
        #expect(loaded.diagnostics.contains { $0.severity == .error && $0.message.contains("'all' should be true or false") })
    }

    // MARK: accepting the region's changes

    /// A Testdorp plan derived from the small regional plan, with a local override; then the region's edit.
    private func derivedThenChanged() throws -> URL {
        let folder = try workFolder(regional: TestSupport.fixtures.appendingPathComponent("local/regional.yaml").path, name: "regio.yaml")
        let derive = try run(["derive", "../regio/regio.yaml", "--municipality", "Testdorp", "--output", "testdorp.yaml"], in: folder.appendingPathComponent("gemeente"))
        #expect(derive.status == 0, "\(derive.stderr)")
        let local = folder.appendingPathComponent("gemeente/testdorp.yaml")
        let text = try String(contentsOf: local, encoding: .utf8)
            .replacingOccurrences(of: "overrides: {}", with: "overrides:\n  \"1.2\":   # lokaal eerder\n    planning: Q2 2025\n    budget:\n      amounts: {2025: 1000}")
        try text.write(to: local, atomically: true, encoding: .utf8)
        let regional = folder.appendingPathComponent("regio/regio.yaml")
        let edited = try String(contentsOf: regional, encoding: .utf8).replacingOccurrences(of: "planning: Jaarlijks", with: "planning: 2e helft 2026")
        try edited.write(to: regional, atomically: true, encoding: .utf8)
        return folder
    }

    @Test("accept: shows the changes and the invalidated local choices, then diff --upstream is clean and validate --strict quiet; only the version and snapshot values changed")
    func accept() throws {
        let folder = try derivedThenChanged()
        defer { try? FileManager.default.removeItem(at: folder) }
        let gemeente = folder.appendingPathComponent("gemeente")
        let before = try String(contentsOf: gemeente.appendingPathComponent("testdorp.yaml"), encoding: .utf8)
        let validate = try run(["validate", "testdorp.yaml"], in: gemeente)
        #expect(validate.stdout.contains("de lokale planning van '1.2' is voor 2025, buiten de nieuwe planning van de regio"))
        #expect(validate.stdout.contains("het lokale budget van '1.2' is voor 2025"))
        let accept = try run(["diff", "--upstream", "testdorp.yaml", "--accept"], in: gemeente)
        #expect(accept.status == 0, "\(accept.stderr)")
        #expect(accept.stdout.contains("~ 1.2 anders gepland: Jaarlijks → 2e helft 2026"))
        #expect(accept.stderr.contains("de lokale planning van '1.2'"), "the invalidated choices are shown before accepting")
        #expect(accept.stderr.contains("testdorp.yaml volgt nu het regionale plan"))
        let diff = try run(["diff", "--upstream", "testdorp.yaml"], in: gemeente)
        #expect(diff.status == 0 && diff.stdout.hasSuffix("geen verschillen\n"), "\(diff.stdout)")
        let strict = try run(["validate", "--strict", "testdorp.yaml"], in: gemeente)
        #expect(strict.status == 0, "\(strict.stdout)")
        // Every line but the two values is as the user wrote it; the old snapshot is gone.
        let after = try String(contentsOf: gemeente.appendingPathComponent("testdorp.yaml"), encoding: .utf8)
        let changed = zip(before.split(separator: "\n", omittingEmptySubsequences: false), after.split(separator: "\n", omittingEmptySubsequences: false))
            .filter { $0.0 != $0.1 }
        #expect(changed.count == 2 && changed.allSatisfy { $0.0.hasPrefix("  version: ") || $0.0.hasPrefix("  snapshot: ") }, "\(changed)")
        let snapshots = try FileManager.default.contentsOfDirectory(atPath: gemeente.path).filter { $0.hasSuffix(".base-snapshot.yaml") }
        #expect(snapshots.count == 1 && snapshots[0] != "testdorp.base-snapshot.yaml", "\(snapshots)")
        // Accepting again changes nothing.
        let again = try run(["diff", "--upstream", "testdorp.yaml", "--accept"], in: gemeente)
        #expect(again.status == 0 && again.stderr.contains("niets geschreven"), "\(again.stderr)")
    }

    @Test("a lost snapshot: diff --upstream cannot show the changes (exit 2), and --accept still takes the regional plan as it is")
    func acceptWithoutSnapshot() throws {
        let folder = try derivedThenChanged()
        defer { try? FileManager.default.removeItem(at: folder) }
        let gemeente = folder.appendingPathComponent("gemeente")
        try FileManager.default.removeItem(at: gemeente.appendingPathComponent("testdorp.base-snapshot.yaml"))
        #expect(try run(["diff", "--upstream", "testdorp.yaml"], in: gemeente).status == 2)
        let accept = try run(["diff", "--upstream", "testdorp.yaml", "--accept"], in: gemeente)
        #expect(accept.status == 0 && accept.stderr.contains("de wijzigingen van de regio zijn onbekend"), "\(accept.stderr)")
        #expect(try run(["diff", "--upstream", "testdorp.yaml"], in: gemeente).status == 0)
        #expect(try run(["validate", "--strict", "testdorp.yaml"], in: gemeente).status == 0)
    }

    @Test("accept is refused while a local change of an action the region removed is still there: nothing written")
    func acceptRefusedWithErrors() throws {
        let folder = try derivedThenChanged()
        defer { try? FileManager.default.removeItem(at: folder) }
        let gemeente = folder.appendingPathComponent("gemeente")
        let regional = folder.appendingPathComponent("regio/regio.yaml")
        var text = try String(contentsOf: regional, encoding: .utf8)
        let start = try #require(text.range(of: "      - id: \"2.1\"")), end = try #require(text.range(of: "      - id: \"2.2\""))
        text.removeSubrange(start.lowerBound..<end.lowerBound)
        try text.write(to: regional, atomically: true, encoding: .utf8)
        let local = gemeente.appendingPathComponent("testdorp.yaml")
        // The adopt line alone accept would turn into a comment; a local change of the action is the official's to remove.
        let localText = try String(contentsOf: local, encoding: .utf8)
            .replacingOccurrences(of: "overrides:\n", with: "overrides:\n  \"2.1\":\n    planning: Q3 2025\n")
        try localText.write(to: local, atomically: true, encoding: .utf8)
        let before = try bytes(local)
        let validate = try run(["validate", "testdorp.yaml"], in: gemeente)
        #expect(validate.stdout.contains("overgenomen actie '2.1' is uit het regionale plan geschrapt"), "\(validate.stdout)")
        let accept = try run(["diff", "--upstream", "testdorp.yaml", "--accept"], in: gemeente)
        #expect(accept.status == 1)
        #expect(accept.stderr.contains("herstel ze eerst"), "\(accept.stderr)")
        #expect(try bytes(local) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: gemeente.path).filter { $0.hasSuffix(".base-snapshot.yaml") } == ["testdorp.base-snapshot.yaml"])
    }

    @Test("accept keeps a hand-written file byte for byte but the two values: a byte order mark, CRLF, single quotes, plain scalars, comments")
    func acceptKeepsBytes() throws {
        let folder = try workFolder(regional: TestSupport.fixtures.appendingPathComponent("local/regional.yaml").path, name: "regio.yaml")
        defer { try? FileManager.default.removeItem(at: folder) }
        let gemeente = folder.appendingPathComponent("gemeente")
        let regional = folder.appendingPathComponent("regio/regio.yaml")
        let before = [UInt8](try bytes(regional))
        try Data(before).write(to: gemeente.appendingPathComponent("oud.base-snapshot.yaml"))
        let version = ContentHash.of(before)
        let lines = [
            "# Testdorp, met de hand geschreven", "plan:", "  id: testdorp", "  title: Lokaal plan Testdorp", "  region: Gemeente Testdorp",
            "extends: # de regio", "  plan: ../regio/regio.yaml", "  version: '\(version)'   # afgeleid in januari",
            "  snapshot: oud.base-snapshot.yaml # kopie", "adopt:", "  all: ja", "",
        ]
        let text = [UInt8]([0xEF, 0xBB, 0xBF]) + Array(lines.joined(separator: "\r\n").utf8)
        let local = gemeente.appendingPathComponent("testdorp.yaml")
        try Data(text).write(to: local)
        #expect(try run(["validate", "--strict", "testdorp.yaml"], in: gemeente).status == 0)
        let edited = try String(contentsOf: regional, encoding: .utf8).replacingOccurrences(of: "planning: Jaarlijks", with: "planning: Minimaal 2x per jaar")
        try edited.write(to: regional, atomically: true, encoding: .utf8)
        let accept = try run(["diff", "--upstream", "testdorp.yaml", "--accept"], in: gemeente)
        #expect(accept.status == 0, "\(accept.stderr)")
        let newVersion = ContentHash.of(Array(edited.utf8))
        let newSnapshot = "testdorp.base-snapshot.yaml"
        var expected = lines
        expected[7] = "  version: '\(newVersion)'   # afgeleid in januari"
        expected[8] = "  snapshot: \(newSnapshot) # kopie"
        let written = try bytes(local)
        #expect([UInt8](written) == [0xEF, 0xBB, 0xBF] + Array(expected.joined(separator: "\r\n").utf8), "\(String(decoding: written, as: UTF8.self))")
        #expect(content(try bytes(gemeente.appendingPathComponent(newSnapshot))) == content(Data(edited.utf8)))
        // The old snapshot is not named after this plan (it was written by hand, not by derive or accept for
        // testdorp.yaml): accept removes only a snapshot of its own, never another file the plan's text names.
        #expect(FileManager.default.fileExists(atPath: gemeente.appendingPathComponent("oud.base-snapshot.yaml").path))
        #expect(try run(["validate", "--strict", "testdorp.yaml"], in: gemeente).status == 0)
    }

    /// A plan's text without an editor's schema comment, whose relative path a snapshot may adjust to its folder.
    private func content(_ data: Data) -> [Substring] {
        String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("# yaml-language-server:") }
    }

    /// Whether the local plan and the snapshot it names agree: the snapshot exists and holds the regional
    /// plan of the version recorded (one of `versions`, the regional plan's texts before and after the edit).
    private func consistent(_ local: URL, versions: [Data]) throws -> Bool {
        let loaded = PlanLoader.load(path: local.path)
        guard let base = loaded.plan?.base, loaded.isValid, let snapshot = base.snapshotPath, let recorded = base.recordedVersion,
              let data = FileManager.default.contents(atPath: snapshot),
              let regional = versions.first(where: { ContentHash.of([UInt8]($0)) == recorded }) else { return false }
        return content(data) == content(regional)
    }

    @Test("accept writes the regional plan as it was read when the workspace opened: a change on disk during the run is not mixed in")
    func acceptUsesWhatWasRead() throws {
        let folder = try derivedThenChanged()
        defer { try? FileManager.default.removeItem(at: folder) }
        let local = folder.appendingPathComponent("gemeente/testdorp.yaml")
        let regional = folder.appendingPathComponent("regio/regio.yaml")
        let today = CalendarDate(year: 2025, month: 1, day: 1)!
        let workspace = try Workspace.open([local.path], readsProgress: false, today: today)
        let seen = try workspace.upstreamChanges()
        // The region saves again while the official is accepting.
        let asRead = try bytes(regional)
        try String(decoding: asRead, as: UTF8.self).replacingOccurrences(of: "planning: 2e helft 2026", with: "planning: Q4 2026")
            .write(to: regional, atomically: true, encoding: .utf8)
        let accepted = try workspace.acceptUpstream()
        #expect(accepted.wrote)
        // The snapshot and the version recorded are the bytes shown as the changes, not a mix with the new file.
        let recorded = try #require(PlanLoader.load(path: local.path).plan?.base)
        #expect(recorded.recordedVersion == seen.currentVersion)
        let snapshot = try bytes(URL(fileURLWithPath: accepted.snapshotPath))
        #expect(String(decoding: snapshot, as: UTF8.self).contains("planning: 2e helft 2026"))
        // So the next run tells the region's second change, instead of hiding it.
        let next = try Workspace.open([local.path], readsProgress: false, today: today).upstreamChanges()
        #expect(next.diff.changes.map(\.kind) == [.rescheduled], "\(next.diff.changes)")
    }

    @Test("a crash between the writes of accept leaves a consistent pair, old or new; running it again completes it",
          arguments: [LocalPlanWriteStep.snapshotWritten, .localPlanWritten])
    func acceptInterrupted(_ step: LocalPlanWriteStep) throws {
        let folder = try derivedThenChanged()
        defer { try? FileManager.default.removeItem(at: folder) }
        let local = folder.appendingPathComponent("gemeente/testdorp.yaml")
        let versions = [try bytes(TestSupport.fixtures.appendingPathComponent("local/regional.yaml")), try bytes(folder.appendingPathComponent("regio/regio.yaml"))]
        struct Crash: Error {}
        let workspace = try Workspace.open([local.path], readsProgress: false, today: CalendarDate(year: 2025, month: 1, day: 1)!)
        #expect(throws: LocalPlanFailure.self) {
            try workspace.acceptUpstream(afterStep: { done in if done == step { throw Crash() } })
        }
        #expect(try consistent(local, versions: versions), "after \(step)")
        let recorded = PlanLoader.load(path: local.path).plan?.base
        #expect((recorded?.recordedVersion == recorded?.currentVersion) == (step == .localPlanWritten))
        let again = try Workspace.open([local.path], readsProgress: false, today: CalendarDate(year: 2025, month: 1, day: 1)!)
        _ = try again.acceptUpstream()
        #expect(try consistent(local, versions: versions))
        let done = try Workspace.open([local.path], readsProgress: false, today: CalendarDate(year: 2025, month: 1, day: 1)!)
        #expect(try done.upstreamChanges().isCurrent)
        let snapshots = try FileManager.default.contentsOfDirectory(atPath: local.deletingLastPathComponent().path).filter { $0.hasSuffix(".base-snapshot.yaml") }
        // A snapshot written before the crash is taken up by the next run; an old one left after it stays unused.
        #expect(snapshots.count == (step == .snapshotWritten ? 1 : 2), "\(snapshots)")
    }

    // MARK: the region's progress

    @Test("Maassluis shows the meetings the region logged for 2.2 and 2.3 as held, marked as the region's")
    func regionalProgress() throws {
        let folder = try workFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plans = folder.appendingPathComponent("plans")
        try FileManager.default.moveItem(at: folder.appendingPathComponent("regio"), to: plans)
        try FileManager.default.createDirectory(at: plans.appendingPathComponent("examples"), withIntermediateDirectories: true)
        for name in ["maassluis-2024-2026.yaml", "maassluis-2024-2026.base-snapshot.yaml"] {
            try FileManager.default.copyItem(atPath: TestSupport.shippedPlan("examples/\(name)"), toPath: plans.appendingPathComponent("examples/\(name)").path)
        }
        let local = "plans/examples/maassluis-2024-2026.yaml"
        let asOf = ["--as-of", "2026-01-10"]
        let missed = try run(["overdue", local, "--format", "json"] + asOf, in: folder)
        #expect(missed.stdout.contains("\"id\": \"2.2\""), "without the region's progress the meetings are missed")
        var progress = ""
        for (id, dates) in [("2.2", ["2024-02-01", "2024-06-01", "2024-10-01", "2025-02-01", "2025-06-01", "2025-10-01"]),
                            ("2.3", ["2024-03-01", "2024-05-01", "2024-09-01", "2024-11-01", "2025-03-01", "2025-05-01", "2025-09-01", "2025-11-01"])] {
            for date in dates { progress += "- action: \"\(id)\"\n  date: \(date)\n  occurrence: true\n" }
        }
        progress += "- action: \"2.2\"\n  date: 2025-10-02\n  spent: 1000\n"
        try progress.write(to: plans.appendingPathComponent("rotterdam-2024-2026.progress.yaml"), atomically: true, encoding: .utf8)
        let overdue = try run(["overdue", local, "--format", "json"] + asOf, in: folder)
        #expect(overdue.status == 0, "\(overdue.stderr)")
        #expect(!overdue.stdout.contains("\"id\": \"2.2\"") && !overdue.stdout.contains("\"id\": \"2.3\""), "\(overdue.stdout)")
        let show = try run(["show", local, "2.2"] + asOf, in: folder)
        #expect(show.stdout.contains("2025-06-01  regio — gehouden / uitgevoerd"), "\(show.stdout)")
        let json = try run(["show", local, "2.2", "--format", "json"] + asOf, in: folder)
        #expect(json.stdout.contains("\"regional\": true"))
        // The region's spending is the region's, not the municipality's.
        let budget = try run(["budget", local, "--format", "json"] + asOf, in: folder)
        #expect(!budget.stdout.contains("\"spent\": 1000"), "\(budget.stdout)")
        let report = try run(["report", local, "--format", "markdown"] + asOf, in: folder)
        #expect(report.status == 0 && report.stdout.contains("regio — gehouden / uitgevoerd"), "\(report.stderr)")
    }
}
