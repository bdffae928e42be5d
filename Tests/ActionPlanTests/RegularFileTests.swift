import ActionPlan
import Foundation
import Testing

/// Only regular files are read, and never more than the size limit: a named pipe, a device or a
/// huge sparse file gets a diagnostic at once instead of a hang or an exhausted memory.
@Suite("Only regular files are read")
struct RegularFileTests {
    /// A fresh folder holding a copy of the minimal valid plan as `plan.yaml`.
    private func workFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actionplan-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: TestSupport.fixtures.appendingPathComponent("valid/minimal.yaml"), to: folder.appendingPathComponent("plan.yaml"))
        return folder
    }

    private func makeFIFO(_ url: URL) {
        #expect(mkfifo(url.path, 0o644) == 0)
    }

    /// Runs the CLI and checks it finished quickly (a hang would be stopped by the test's time limit).
    private func run(_ arguments: [String], in folder: URL) throws -> (status: Int32, stdout: String, stderr: String) {
        let clock = ContinuousClock()
        var result: (status: Int32, stdout: String, stderr: String)!
        let elapsed = try clock.measure { result = try TestSupport.runPlan(arguments, currentDirectory: folder) }
        #expect(elapsed < .seconds(10), "took \(elapsed)")
        return result
    }

    @Test("a named pipe called *.yaml in a plan folder is reported and skipped, never opened", .timeLimit(.minutes(1)))
    func fifoInFolder() throws {
        let folder = try workFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("plans"), withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: folder.appendingPathComponent("plan.yaml"), to: folder.appendingPathComponent("plans/plan.yaml"))
        makeFIFO(folder.appendingPathComponent("plans/pipe.yaml"))
        let result = try run(["validate", "plans/"], in: folder)
        #expect(result.status == 1)
        try TestSupport.assertGolden(result.stdout, "files/fifo-in-folder.nl.txt")
    }

    @Test("a named pipe as the progress file is refused, not waited on", .timeLimit(.minutes(1)))
    func fifoProgress() throws {
        let folder = try workFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        makeFIFO(folder.appendingPathComponent("plan.progress.yaml"))
        let result = try run(["overdue", "plan.yaml", "--as-of", "2025-01-01"], in: folder)
        #expect(result.status == 1)
        try TestSupport.assertGolden(result.stderr, "files/fifo-progress.nl.txt")
    }

    @Test("devices are refused as plans and as progress files", .timeLimit(.minutes(1)))
    func devices() throws {
        let folder = try workFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = try run(["validate", "/dev/zero"], in: folder)
        #expect(plan.status == 1)
        try TestSupport.assertGolden(plan.stdout, "files/dev-zero.txt")
        let progress = try run(["overdue", "plan.yaml", "--progress", "/dev/urandom", "--as-of", "2025-01-01"], in: folder)
        #expect(progress.status == 1)
        try TestSupport.assertGolden(progress.stderr, "files/progress-dev-urandom.nl.txt")
    }

    @Test("a base over the size limit is refused without reading it", .timeLimit(.minutes(1)))
    func hugeSparseBase() throws {
        let folder = try workFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let big = folder.appendingPathComponent("big.yaml")
        #expect(FileManager.default.createFile(atPath: big.path, contents: nil))
        #expect(truncate(big.path, 1 << 30) == 0) // 1 GB, sparse: costs no disk
        let local = try String(contentsOf: TestSupport.fixtures.appendingPathComponent("local/invalid/missing-base.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "../regionaal.yaml", with: "big.yaml")
        try local.write(to: folder.appendingPathComponent("local.yaml"), atomically: true, encoding: .utf8)
        let result = try run(["validate", "local.yaml"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.contains("the regional plan 'big.yaml' cannot be read: the file is 1024.0 MB"))
    }

    @Test("the library reader: regular files only, the limit enforced from the descriptor")
    func reader() throws {
        let folder = try workFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("plan.yaml").path
        let size = try #require(try FileManager.default.attributesOfItem(atPath: plan)[.size] as? Int)
        #expect(try RegularFile.read(path: plan).get().count == size)
        #expect(throws: RegularFile.Failure.tooLarge(size: size, limit: size - 1)) { try RegularFile.read(path: plan, limit: size - 1).get() }
        #expect(try RegularFile.read(path: plan, limit: size).get().count == size)
        #expect(throws: RegularFile.Failure.folder) { try RegularFile.read(path: folder.path).get() }
        #expect(throws: RegularFile.Failure.missing) { try RegularFile.read(path: folder.appendingPathComponent("none").path).get() }
        #expect(throws: RegularFile.Failure.notRegular(kind: "a character device")) { try RegularFile.read(path: "/dev/zero").get() }
        let fifo = folder.appendingPathComponent("pipe.yaml")
        makeFIFO(fifo)
        #expect(throws: RegularFile.Failure.notRegular(kind: "a named pipe")) { try RegularFile.read(path: fifo.path).get() }
    }
}
