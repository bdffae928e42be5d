import ActionPlan
import ArgumentParser

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print the whole resolved plan as JSON: schedules parsed, owners resolved, budgets per year.",
        discussion: "Exit codes: 0 success; 1 the plan has errors (they are printed, no JSON); 64 usage error."
    )

    @Argument(help: "The plan file.", completion: .file(extensions: ["yaml", "yml"]))
    var file: String

    func run() throws {
        let loaded = PlanLoader.load(path: file)
        guard loaded.isValid, let plan = loaded.plan else {
            let renderer = DiagnosticRenderer(colours: Terminal.wantsColour(fileDescriptor: 2))
            Terminal.err(loaded.diagnostics.filter { $0.severity == .error }
                .map { renderer.render($0, source: loaded.source) }.joined(separator: "\n"))
            Terminal.err("plan: '\(file)' has errors; fix them first (plan validate \(file))\n")
            throw ExitCode(1)
        }
        Terminal.out(PlanExport.json(plan).rendered() + "\n")
    }
}
