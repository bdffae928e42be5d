import ActionPlan
import ArgumentParser

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print the whole resolved plan as JSON: schedules parsed, owners resolved, budgets per year, each action's standing.",
        discussion: "Exit codes: 0 success; 1 the plan has errors (they are printed, no JSON); 64 usage error."
    )

    @Argument(help: "The plan file.", completion: .file(extensions: ["yaml", "yml"]))
    var file: String

    @Option(name: .customLong("as-of"), help: "The day each action's standing is given for (YYYY-MM-DD; default today).",
            transform: CalendarDate.parseArgument)
    var asOf: CalendarDate?

    @Option(help: "The progress file (default: beside the plan).", completion: .file(extensions: ["yaml", "yml"]))
    var progress: String?

    @Option(help: "Language of the messages: nl or en (default: the plan's language).")
    var lang: PlanLanguage?

    func run() throws {
        let workspace = try Open.onePlan(file, progress: progress, lang: lang)
        Terminal.out(PlanExport.json(workspace.plans[0], asOf: asOf ?? workspace.today).rendered() + "\n")
    }
}
