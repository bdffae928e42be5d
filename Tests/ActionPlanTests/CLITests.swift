import ActionPlan
import Foundation
import Testing

/// The built `plan` executable: exit codes, output and golden files, as a user meets them.
@Suite("plan command line")
struct CLITests {
    @Test("validate plans/: both shipped plans and the example local plan, no problems, exit 0")
    func validateShipped() throws {
        let result = try TestSupport.runPlan(["validate", "plans/"])
        #expect(result.status == 0)
        #expect(result.stdout == "3 planbestanden gecontroleerd: geen problemen\n", "the shipped plans are Dutch")
        #expect(result.stderr.isEmpty)
    }

    @Test("validate --strict plans/ is clean too: the shipped plans have no warnings")
    func validateShippedStrict() throws {
        #expect(try TestSupport.runPlan(["validate", "--strict", "plans/"]).status == 0)
    }

    @Test("export of each shipped plan matches its golden JSON", arguments: ["rotterdam-2024-2026", "zuid-limburg-2022-2025"])
    func export(_ name: String) throws {
        let result = try TestSupport.runPlan(["export", "plans/\(name).yaml", "--as-of", "2025-03-01"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        try TestSupport.assertGolden(result.stdout, "export-\(name).json")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect((json?["themes"] as? [Any])?.isEmpty == false)
    }

    /// A Dutch plan's problems in Dutch (`.nl.txt`), and in English with --lang en.
    @Test("validate reports every problem of a bad file with exit 1, in the plan's language or --lang en")
    func validateInvalid() throws {
        let path = "Tests/ActionPlanTests/Fixtures/invalid/three-duplicate-keys.yaml"
        let dutch = try TestSupport.runPlan(["validate", path])
        #expect(dutch.status == 1)
        try TestSupport.assertGolden(dutch.stdout, "cli-validate-three-duplicate-keys.nl.txt")
        let english = try TestSupport.runPlan(["validate", "--lang", "en", path])
        #expect(english.status == 1)
        try TestSupport.assertGolden(english.stdout, "cli-validate-three-duplicate-keys.txt")
    }

    /// JSON keys, codes and severities are the same in both languages; only the messages and hints follow the language.
    @Test("validate --format json gives the diagnostics as data, the same keys in both languages")
    func validateJSON() throws {
        let path = "Tests/ActionPlanTests/Fixtures/invalid/unknown-owner.yaml"
        let english = try TestSupport.runPlan(["validate", "--format", "json", "--lang", "en", path])
        #expect(english.status == 1)
        try TestSupport.assertGolden(english.stdout, "cli-validate-unknown-owner.json")
        let dutch = try TestSupport.runPlan(["validate", "--format", "json", path])
        #expect(dutch.status == 1)
        try TestSupport.assertGolden(dutch.stdout, "cli-validate-unknown-owner.nl.json")
        func shape(_ text: String) throws -> String {
            // Every key and every value but the texts that follow the language.
            text.split(separator: "\n").filter { !$0.contains("\"message\"") && !$0.contains("\"hint\"") }.joined(separator: "\n")
        }
        #expect(try shape(english.stdout) == shape(dutch.stdout))
    }

    @Test("warnings pass without --strict and fail with it")
    func strict() throws {
        let path = "Tests/ActionPlanTests/Fixtures/invalid/unscheduled-action.yaml"
        #expect(try TestSupport.runPlan(["validate", path]).status == 0)
        #expect(try TestSupport.runPlan(["validate", "--strict", path]).status == 1)
    }

    @Test("a path that does not exist, and a folder without plans, are reported")
    func missingPaths() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actionplan-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try TestSupport.runPlan(["validate", "nowhere.yaml", folder.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("nowhere.yaml: error[AP101]: no such file or folder"))
        #expect(result.stdout.contains("error[AP101]: the folder holds no plan files (.yaml or .yml)"))
    }

    @Test("export of a plan with errors prints the errors, no JSON, exit 1")
    func exportInvalid() throws {
        let result = try TestSupport.runPlan(["export", "Tests/ActionPlanTests/Fixtures/invalid/unknown-owner.yaml"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("error[AP401]: onbekende eigenaar 'RIECC'"), "a Dutch plan's errors in Dutch")
    }

    @Test("usage errors keep swift-argument-parser's exit code 64")
    func usage() throws {
        let result = try TestSupport.runPlan(["validate", "--no-such-option", "plans/"])
        #expect(result.status == 64)
        #expect(try TestSupport.runPlan(["export"]).status == 64)
    }

    @Test("no colour when NO_COLOR is set or output is not a terminal")
    func noColour() throws {
        let result = try TestSupport.runPlan(["validate", "Tests/ActionPlanTests/Fixtures/invalid/unknown-owner.yaml"])
        #expect(!result.stdout.contains("\u{1B}["))
    }
}

/// The few things only the real `plan` process shows: exit codes as the shell sees them, colour on a
/// terminal, and the completion scripts. (Every other command test runs the command in-process.)
@Suite("plan as a process")
struct ProcessTests {
    @Test("exit codes as the shell sees them: 0 clean, 1 problems, 64 usage; --version on standard output")
    func exitCodes() throws {
        #expect(try TestSupport.runPlanProcess(["validate", "plans/"]).status == 0)
        let invalid = try TestSupport.runPlanProcess(["validate", "Tests/ActionPlanTests/Fixtures/invalid/unknown-owner.yaml"])
        #expect(invalid.status == 1)
        #expect(invalid.stdout.contains("error[AP"))
        let usage = try TestSupport.runPlanProcess(["validate", "--no-such-option", "plans/"])
        #expect(usage.status == 64)
        #expect(usage.stderr.contains("--no-such-option"))
        let version = try TestSupport.runPlanProcess(["--version"])
        #expect(version.status == 0 && !version.stdout.isEmpty)
    }

    @Test("the same command line in-process and as a process: same exit code and output")
    func inProcessMatchesProcess() throws {
        for arguments in [["overdue", "plans/rotterdam-2024-2026.yaml", "--as-of", "2025-01-01"], ["export"], ["--help"],
                          ["validate", "Tests/ActionPlanTests/Fixtures/invalid/three-duplicate-keys.yaml"]] {
            let process = try TestSupport.runPlanProcess(arguments)
            let inProcess = try TestSupport.runPlan(arguments)
            #expect(inProcess.status == process.status, "\(arguments)")
            #expect(inProcess.stdout == process.stdout, "\(arguments)")
            #expect(inProcess.stderr == process.stderr, "\(arguments)")
        }
    }

    @Test("in another working folder too: the thread of that folder answers as the process does, and the test process keeps its own")
    func inFolderMatchesProcess() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actionplan-folder-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(atPath: TestSupport.shippedPlan("rotterdam-2024-2026.yaml"), toPath: folder.appendingPathComponent("r.yaml").path)
        let before = FileManager.default.currentDirectoryPath
        func inFolder(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
            #if os(Linux)
            return try #require(InFolderRun.run(arguments, environment: ["NO_COLOR": "1"], in: folder), "ran as a process")
            #else
            return try TestSupport.runPlan(arguments, currentDirectory: folder)
            #endif
        }
        for arguments in [["overdue", "r.yaml", "--as-of", "2025-01-01"], ["validate", "nowhere.yaml"], ["list", "r.yaml", "--owner", "RIECC"]] {
            let process = try TestSupport.runPlanProcess(arguments, currentDirectory: folder)
            let thread = try inFolder(arguments)
            #expect(thread.status == process.status && thread.stdout == process.stdout && thread.stderr == process.stderr, "\(arguments)")
        }
        // Writes land in the folder; what this test process read is not an input of the next run.
        let derive = ["derive", "r.yaml", "--municipality", "Schiedam"]
        #expect(try inFolder(derive).status == 0)
        #expect(PlanLoader.load(path: folder.appendingPathComponent("schiedam-2024-2026.yaml").path).isValid)
        let refusedProcess = try TestSupport.runPlanProcess(derive, currentDirectory: folder)
        let refusedThread = try inFolder(derive)
        #expect(refusedProcess.status == 64 && refusedProcess.stderr.contains("--force"))
        #expect(refusedThread.status == refusedProcess.status && refusedThread.stderr == refusedProcess.stderr)
        #expect(FileManager.default.currentDirectoryPath == before)
        // Several relative plans may load on other threads: those run as a process.
        #expect(InFolderRun.mayLoadSeveralRelativePaths(["validate", "."], in: folder))
        #expect(InFolderRun.mayLoadSeveralRelativePaths(["budget", "r.yaml", "schiedam-2024-2026.yaml"], in: folder))
        #expect(!InFolderRun.mayLoadSeveralRelativePaths(["validate", "r.yaml", "/tmp"], in: folder))
        #expect(!InFolderRun.mayLoadSeveralRelativePaths(["derive", "r.yaml", "--municipality", "Schiedam", "--output", "schiedam-2024-2026.yaml"], in: folder))
        #expect(InFolderRun.mayLoadSeveralRelativePaths(["derive", "r.yaml", "--municipality", "schiedam-2024-2026.yaml"], in: folder))
    }

    static let script = URL(fileURLWithPath: "/usr/bin/script")

    @Test("on a terminal, diagnostics are coloured; NO_COLOR turns colour off",
          .enabled(if: FileManager.default.isExecutableFile(atPath: script.path), "needs script(1) for a terminal"))
    func colourOnTerminal() throws {
        let command = "\(TestSupport.planExecutable.path) validate Tests/ActionPlanTests/Fixtures/invalid/unknown-owner.yaml"
        let coloured = try TestSupport.runProgram(Self.script, ["-qec", command, "/dev/null"], environment: ["NO_COLOR": "", "TERM": "xterm"])
        #expect(coloured.stdout.contains("\u{1B}["))
        let plain = try TestSupport.runProgram(Self.script, ["-qec", command, "/dev/null"], environment: ["NO_COLOR": "1", "TERM": "xterm"])
        #expect(!plain.stdout.contains("\u{1B}[") && plain.stdout.contains("onbekende eigenaar"))
    }

    @Test("completion scripts for bash, zsh and fish name the subcommands and complete plan files", arguments: ["bash", "zsh", "fish"])
    func completion(_ shell: String) throws {
        let result = try TestSupport.runPlanProcess(["--generate-completion-script", shell])
        #expect(result.status == 0)
        for word in ["validate", "overdue", "report", "derive"] { #expect(result.stdout.contains(word), "\(shell): \(word)") }
        #expect(result.stdout.contains("yaml"), "\(shell): plan files are not completed")
    }
}
