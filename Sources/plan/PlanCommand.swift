import ActionPlan
import ArgumentParser

@main
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Keep regional and local action plans as YAML files, check them, and answer questions about them.",
        discussion: """
            Exit codes: 0 success; 1 problems found (validation errors, or warnings with --strict), \
            or a plan could not be used; 64 a usage error (unknown option, bad argument).
            """,
        version: ActionPlanVersion.current,
        subcommands: [
            ValidateCommand.self, ExportCommand.self, OverdueCommand.self, WorkloadCommand.self, BudgetCommand.self,
            StatusCommand.self, ListCommand.self, ShowCommand.self, LogCommand.self, DeriveCommand.self, DiffCommand.self, ReportCommand.self, CalendarCommand.self,
            InitCommand.self, SchemaCommand.self,
        ]
    )
}
