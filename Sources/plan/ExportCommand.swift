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
        let workspace = try Open.onePlan(file, readsProgress: false)
        Terminal.out(PlanExport.json(workspace.plans[0].plan).rendered() + "\n")
    }
}
