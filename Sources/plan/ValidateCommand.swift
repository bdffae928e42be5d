import ActionPlan
import ArgumentParser

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check plan files and report every problem with its file, line and column.",
        discussion: "Exit codes: 0 no problems; 1 errors found (or warnings, with --strict); 64 usage error."
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "Plan files, or folders to search for them.", completion: .file(extensions: ["yaml", "yml"]))
    var paths: [String]

    @Flag(help: "Count warnings as problems: exit 1 when there are any.")
    var strict = false

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        let (collected, problems) = PlanFiles.collect(paths)
        // A progress file named on its own is checked with its plan.
        var files: [String] = []
        for file in collected {
            let plan = ProgressFile.isProgressFile(file) ? ProgressFile.planPath(forProgress: file) : file
            if !files.contains(plan) { files.append(plan) }
        }
        var results: [(path: String, diagnostics: [Diagnostic])] = []
        var output = ""
        let renderer = DiagnosticRenderer(colours: format == .text && Terminal.wantsColour(fileDescriptor: 1))
        for problem in problems {
            let diagnostic = Diagnostic.error(problem.message, at: SourceLocation(file: problem.path, line: 0, column: 0))
            results.append((problem.path, [diagnostic]))
            output += "\(problem.path): error: \(problem.message)\n"
        }
        for (file, loaded) in zip(files, PlanLoader.load(paths: files)) {
            results.append((file, loaded.diagnostics))
            if format == .text {
                for diagnostic in loaded.diagnostics {
                    output += renderer.render(diagnostic, source: loaded.source) + "\n"
                }
            }
            // The plan's progress file, when there is one, is checked against the plan.
            guard let plan = loaded.plan, let progress = ProgressLoader.loadBeside(planPath: file, plan: plan, today: Today.date) else {
                continue
            }
            results.append((ProgressFile.path(forPlan: file), progress.diagnostics))
            if format == .text {
                for diagnostic in progress.diagnostics {
                    output += renderer.render(diagnostic, source: progress.source) + "\n"
                }
            }
        }
        let all = results.flatMap(\.diagnostics)
        let errors = all.filter { $0.severity == .error }.count
        let warnings = all.count - errors
        switch format {
        case .json:
            Terminal.out(DiagnosticsJSON.json(files: results).rendered() + "\n")
        case .text:
            output += summary(files: files.count, progressFiles: results.count - problems.count - files.count, errors: errors, warnings: warnings,
                              filesWithProblems: results.filter { !$0.diagnostics.isEmpty }.count)
            Terminal.out(output)
        }
        if errors > 0 || (strict && warnings > 0) { throw ExitCode(1) }
    }

    private func summary(files: Int, progressFiles: Int, errors: Int, warnings: Int, filesWithProblems: Int) -> String {
        var checked = files == 1 ? "1 plan file" : "\(files) plan files"
        if progressFiles > 0 { checked += progressFiles == 1 ? " and 1 progress file" : " and \(progressFiles) progress files" }
        if errors == 0 && warnings == 0 { return "checked \(checked): no problems\n" }
        var parts: [String] = []
        if errors > 0 { parts.append(errors == 1 ? "1 error" : "\(errors) errors") }
        if warnings > 0 { parts.append(warnings == 1 ? "1 warning" : "\(warnings) warnings") }
        return "checked \(checked): " + parts.joined(separator: " and ") + "\n"
    }
}
