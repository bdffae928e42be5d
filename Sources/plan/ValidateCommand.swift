import ActionPlan
import ArgumentParser

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check plan files and their progress files, and report every problem with its file, line and column.",
        discussion: """
            A plan's progress file (beside it) is checked with it; a progress file named among the files is \
            checked with its plan; --progress names a progress file kept elsewhere.
            Exit codes: 0 no problems; 1 errors found (or warnings, with --strict); 64 usage error.
            """
    )

    @Argument(help: "Plan files, or folders to search for them.", completion: .file(extensions: ["yaml", "yml"]))
    var paths: [String]

    @Flag(help: "Count warnings as problems: exit 1 when there are any.")
    var strict = false

    @Option(help: "Output format: text or json.")
    var format: TextFormat = .text

    @Option(help: "The progress file of the one plan given, when it is not beside the plan.")
    var progress: String?

    @Option(help: "Language of the messages: nl or en (default: each plan's language).")
    var lang: PlanLanguage?

    func run() throws {
        Terminal.speak(lang)
        var report = Workspace.check(paths, progress: progress, today: Today.date)
        // What validate says about all the files is in the first plan's language (each file's
        // diagnostics are in their own plan's).
        Terminal.speak(lang ?? FileDiagnostics.language(of: report.files))
        report.files = report.files.map { $0.localized(lang) }
        report.missing = report.missing.map { $0.localized(to: Terminal.language) }
        if let usage = report.usage { throw usageFailure(usage.text) }
        switch format {
        case .json:
            Terminal.out(DiagnosticsJSON.json(report).rendered() + "\n")
        case .text:
            let renderer = DiagnosticRenderer(colours: Terminal.wantsColour(fileDescriptor: 1))
            var output = report.missing.map(renderer.render).joined()
            for file in report.files {
                for diagnostic in file.diagnostics { output += renderer.render(diagnostic, source: file.source) + "\n" }
            }
            Terminal.out(output + report.summary(in: Terminal.language))
        }
        if report.errors > 0 || (strict && report.warnings > 0) { throw ExitCode(1) }
    }
}
