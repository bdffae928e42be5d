import ActionPlan
import Foundation
import Testing

/// Writes go only where they should: regular files the user may write, through symbolic links to
/// their targets, every output checked before any is written.
@Suite("Writes go only where they should")
struct OutputFileTests {
    private let regional = TestSupport.shippedPlan("rotterdam-2024-2026.yaml")

    /// A fresh folder with a copy of the Rotterdam plan as `plan.yaml`.
    private func workFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actionplan-writes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: regional, toPath: folder.appendingPathComponent("plan.yaml").path)
        return folder
    }

    private func run(_ arguments: [String], in folder: URL) throws -> (status: Int32, stdout: String, stderr: String) {
        try TestSupport.runPlan(arguments, currentDirectory: folder)
    }

    private func kind(_ url: URL) throws -> FileAttributeType? {
        try FileManager.default.attributesOfItem(atPath: url.path)[.type] as? FileAttributeType
    }

    private func text(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    @Test("derive --force --output a link to a device: refused, the link kept, nothing written")
    func deriveIntoDevice() throws {
        let folder = try workFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("local.yaml").path, withDestinationPath: "/dev/null")
        let result = try run(["derive", "plan.yaml", "--municipality", "Maassluis", "--force", "--output", "local.yaml"], in: folder)
        #expect(result.status == 1)
        try TestSupport.assertGolden(result.stderr, "writes/derive-into-device.txt")
        #expect(try kind(folder.appendingPathComponent("local.yaml")) == .typeSymbolicLink)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("local.base-snapshot.yaml").path))
    }

    @Test("derive --force --output a named pipe: refused")
    func deriveIntoPipe() throws {
        let folder = try workFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(mkfifo(folder.appendingPathComponent("local.yaml").path, 0o644) == 0)
        let result = try run(["derive", "plan.yaml", "--municipality", "Maassluis", "--force", "--output", "local.yaml"], in: folder)
        #expect(result.status == 1)
        try TestSupport.assertGolden(result.stderr, "writes/derive-into-pipe.txt")
    }

    @Test("report --output a link to /proc/self/fd/1: refused, the link kept")
    func reportIntoStandardOutputLink() throws {
        let folder = try workFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let link = folder.appendingPathComponent("report.md")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "/proc/self/fd/1")
        let result = try run(["report", "plan.yaml", "--format", "markdown", "--as-of", "2025-01-01", "--output", "report.md"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(try kind(link) == .typeSymbolicLink)
        // Under the test runner standard output is a pipe, so the link points to nothing on disk.
        try TestSupport.assertGolden(result.stderr, "writes/report-into-fd-link.txt")
    }

    @Test("report --output a link to a regular file: written through, the link kept")
    func reportThroughLink() throws {
        let folder = try workFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("shared"), withIntermediateDirectories: true)
        let shared = folder.appendingPathComponent("shared/report.md")
        try "old".write(to: shared, atomically: true, encoding: .utf8)
        let link = folder.appendingPathComponent("report.md")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "shared/report.md")
        let result = try run(["report", "plan.yaml", "--format", "markdown", "--as-of", "2025-01-01", "--output", "report.md"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try kind(link) == .typeSymbolicLink)
        #expect(try text(shared).hasPrefix("# "))
    }

    @Test("an existing snapshot is not overwritten without --force, and nothing else is written")
    func existingSnapshot() throws {
        let folder = try workFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let snapshot = folder.appendingPathComponent("local.base-snapshot.yaml")
        try "precious\n".write(to: snapshot, atomically: true, encoding: .utf8)
        let result = try run(["derive", "plan.yaml", "--municipality", "Maassluis", "--output", "local.yaml"], in: folder)
        #expect(result.status == 64)
        try TestSupport.assertGolden(result.stderr, "writes/derive-existing-snapshot.nl.txt")
        #expect(try text(snapshot) == "precious\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("local.yaml").path))
    }

    @Test("derive --output naming a folder fails before the snapshot is written")
    func deriveIntoFolder() throws {
        let folder = try workFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("local.yaml"), withIntermediateDirectories: true)
        let result = try run(["derive", "plan.yaml", "--municipality", "Maassluis", "--force", "--output", "local.yaml"], in: folder)
        #expect(result.status == 1)
        try TestSupport.assertGolden(result.stderr, "writes/derive-into-folder.txt")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("local.base-snapshot.yaml").path))
    }

    @Test("log on a progress file that is a link appends to the shared file; the link stays")
    func logThroughLink() throws {
        let folder = try workFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manager = FileManager.default
        try manager.createDirectory(at: folder.appendingPathComponent("shared"), withIntermediateDirectories: true)
        let shared = folder.appendingPathComponent("shared/plan.progress.yaml")
        try "# shared progress\n".write(to: shared, atomically: true, encoding: .utf8)
        let link = folder.appendingPathComponent("plan.progress.yaml")
        try manager.createSymbolicLink(atPath: link.path, withDestinationPath: "shared/plan.progress.yaml")
        let result = try run(["log", "plan.yaml", "1.1", "--note", "gedeeld", "--date", "2025-01-01"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try kind(link) == .typeSymbolicLink)
        #expect(try text(shared) == "# shared progress\n- action: \"1.1\"\n  date: 2025-01-01\n  recorded: \(TestSupport.today)\n  note: \"gedeeld\"\n")
        // The lock lives beside the real file, so writers through other links queue on the same lock.
        #expect(manager.fileExists(atPath: folder.appendingPathComponent("shared/.plan.progress.yaml.lock").path))
    }

    @Test("log on a read-only progress file is refused; the file is unchanged")
    func logReadOnly() throws {
        let folder = try workFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let progress = folder.appendingPathComponent("plan.progress.yaml")
        try "# read-only\n".write(to: progress, atomically: true, encoding: .utf8)
        #expect(chmod(progress.path, 0o444) == 0)
        let result = try run(["log", "plan.yaml", "1.1", "--note", "x", "--date", "2025-01-01"], in: folder)
        #expect(result.status == 1)
        try TestSupport.assertGolden(result.stderr, "writes/log-read-only.nl.txt")
        #expect(try text(progress) == "# read-only\n")
    }

    @Test("the library: every problem found by check, before anything is written")
    func checks() throws {
        let folder = try workFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("plan.yaml").path
        func problem(_ path: String, _ existing: OutputFile.Existing = .replace) -> OutputFile.Failure.Problem? {
            do {
                _ = try OutputFile.check(path, existing: existing)
                return nil
            } catch {
                return error.problem
            }
        }
        #expect(problem(plan) == nil)
        #expect(problem(plan, .refuse) == .exists)
        #expect(problem(folder.path) == .folder)
        #expect(problem("/dev/null") == .notRegular(kind: "a character device"))
        #expect(problem(folder.appendingPathComponent("none/x.yaml").path) == .missingFolder(folder.appendingPathComponent("none").path))
        let dangling = folder.appendingPathComponent("dangling.yaml").path
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: "nowhere/x.yaml")
        #expect(problem(dangling) == .danglingLink)
        let hardLink = folder.appendingPathComponent("hard.yaml").path
        #expect(link(plan, hardLink) == 0)
        #expect(problem(hardLink) == .hardLinked)
        unlink(hardLink)

        // Two outputs, the second bad: the first is not written.
        let first = folder.appendingPathComponent("first.yaml").path
        #expect(throws: OutputFile.Failure.self) {
            try OutputFile.check([(first, .refuse), (folder.path, .replace)]).forEach { try $0.write([0x41]) }
        }
        #expect(!FileManager.default.fileExists(atPath: first))

        // A write keeps the permissions of the file it replaces.
        #expect(chmod(plan, 0o640) == 0)
        try OutputFile.check(plan, existing: .replace).write(Array("new\n".utf8))
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: plan)[.posixPermissions] as? Int)
        #expect(mode == 0o640)
        #expect(try String(contentsOfFile: plan, encoding: .utf8) == "new\n")
    }
}
