import ActionPlan
import Foundation
@testable import plan
import Testing

/// Paths and helpers shared by the tests.
enum TestSupport {
    /// The folder of the package (three levels above this file).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The fixtures folder in the source tree (goldens are recorded there, not in the build copy).
    static let fixtures = packageRoot.appendingPathComponent("Tests/ActionPlanTests/Fixtures")

    /// Whether the long runs of the property and differential tests are wanted: `ACTIONPLAN_FULL_TESTS=1`,
    /// as `.ci/run` sets. Without it they run a sample, so `swift test` stays fast enough for every change.
    static let fullRuns = ProcessInfo.processInfo.environment["ACTIONPLAN_FULL_TESTS"] == "1"

    /// The processor time this thread spends on `work`: unlike the clock on the wall, it does not grow
    /// when other processes share the cores (as on the 2-core build machine), so a time bound on it is no
    /// flaky test.
    static func threadCPUTime(_ work: () -> Void) -> Duration {
        func now() -> Duration {
            var spec = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
            return .seconds(spec.tv_sec) + .nanoseconds(spec.tv_nsec)
        }
        let start = now()
        work()
        return now() - start
    }

    /// A shipped plan's path.
    static func shippedPlan(_ name: String) -> String {
        packageRoot.appendingPathComponent("plans/\(name)").path
    }

    /// Loads a fixture, naming it by its path relative to the fixtures folder so rendered
    /// diagnostics do not depend on where the package is checked out.
    static func loadFixture(_ relativePath: String) throws -> LoadedPlan {
        let data = try Data(contentsOf: fixtures.appendingPathComponent(relativePath))
        return PlanLoader.load(bytes: [UInt8](data), path: relativePath)
    }

    /// Loads plan text given inline.
    static func load(_ text: String, path: String = "inline.yaml") -> LoadedPlan {
        PlanLoader.load(bytes: Array(text.utf8), path: path)
    }

    /// Diagnostics rendered without colour, separated by blank lines: in English, or in `language`.
    static func render(_ loaded: LoadedPlan, in language: PlanLanguage = .en) -> String {
        render(loaded.diagnostics, source: loaded.source, in: language)
    }

    /// Diagnostics rendered without colour, separated by blank lines, in a language.
    static func render(_ diagnostics: [Diagnostic], source: SourceText, in language: PlanLanguage = .en) -> String {
        let renderer = DiagnosticRenderer(colours: false)
        return diagnostics.map { renderer.render($0.localized(to: language), source: source) }.joined(separator: "\n")
    }

    /// Compares text with a golden file under Fixtures/golden; with `RECORD_GOLDENS=1` in the
    /// environment the golden is written instead (then review the change with git diff).
    static func assertGolden(_ actual: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let url = fixtures.appendingPathComponent("golden/\(name)")
        if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden file \(name); run the tests with RECORD_GOLDENS=1 to create it", sourceLocation: sourceLocation)
            return
        }
        if actual != expected {
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let firstDifference = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(actualLines.count, expectedLines.count)
            let got = firstDifference < actualLines.count ? String(actualLines[firstDifference]) : "<end>"
            let want = firstDifference < expectedLines.count ? String(expectedLines[firstDifference]) : "<end>"
            Issue.record("""
                output differs from golden \(name) at line \(firstDifference + 1)
                  expected: \(want)
                  actual:   \(got)
                (re-record deliberately with RECORD_GOLDENS=1 and review with git diff)
                """, sourceLocation: sourceLocation)
        }
    }

    /// The built `plan` executable, in the build folder that holds the test bundle.
    static var planExecutable: URL {
        var folder = Bundle.module.bundleURL.deletingLastPathComponent()
        for _ in 0..<3 where !FileManager.default.fileExists(atPath: folder.appendingPathComponent("plan").path) {
            folder = folder.deletingLastPathComponent()
        }
        return folder.appendingPathComponent("plan")
    }

    /// Runs `plan` with arguments in this process, as the built tool would run them with its output
    /// going to pipes (so never a terminal), in the package folder or in `currentDirectory`, with
    /// `NO_COLOR` set and `environment` over the process's; returns exit code, standard output and error.
    /// In another working folder the command runs on a thread of that folder (`InFolderRun`); where
    /// that cannot be done it runs the real process (`runPlanProcess`), which answers the same.
    static func runPlan(
        _ arguments: [String], environment: [String: String] = [:], currentDirectory: URL? = nil
    ) throws -> (status: Int32, stdout: String, stderr: String) {
        _ = inPackageFolder
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (key, value) in environment { env[key] = value }
        if let currentDirectory, currentDirectory.standardizedFileURL != packageRoot.standardizedFileURL {
            if let result = InFolderRun.run(arguments, environment: env, in: currentDirectory) { return result }
            return try runPlanProcess(arguments, environment: environment, currentDirectory: currentDirectory)
        }
        return PlanCommand.run(arguments: arguments, environment: env)
    }

    /// The working folder of the test process is the package folder (as `swift test` starts it), so
    /// relative paths in commands mean what they mean to the built tool run from there. Changed at
    /// most once, before any command runs, never per test.
    private static let inPackageFolder: Void = {
        if FileManager.default.currentDirectoryPath != packageRoot.path {
            _ = FileManager.default.changeCurrentDirectoryPath(packageRoot.path)
        }
    }()

    /// Runs the built `plan` executable with arguments: for what only a real process shows (exit
    /// codes as the shell sees them, terminals, completion scripts, another working folder).
    static func runPlanProcess(
        _ arguments: [String], environment: [String: String] = [:], currentDirectory: URL? = nil
    ) throws -> (status: Int32, stdout: String, stderr: String) {
        try runProgram(planExecutable, arguments, environment: environment, currentDirectory: currentDirectory)
    }

    /// Runs a program with arguments (colour off); returns exit code, standard output and error.
    static func runProgram(
        _ executable: URL, _ arguments: [String], environment: [String: String] = [:], currentDirectory: URL? = nil
    ) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.currentDirectoryURL = currentDirectory ?? packageRoot
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read standard error on a Dispatch thread (not the Swift concurrency pool, which tests
        // occupy), so neither pipe can fill up and block the process.
        let box = DataBox()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            box.data = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        group.wait()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: box.data, as: UTF8.self))
    }

    private final class DataBox: @unchecked Sendable { var data = Data() }
}
