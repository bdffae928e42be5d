import ActionPlan
import ArgumentParser

/// The options of the commands about one plan (`show`, `report`): the plan, its progress, the day and the language.
struct OnePlanOptions: ParsableArguments {
    @Argument(help: "The plan file.", completion: .file(extensions: ["yaml", "yml"]))
    var plan: String

    @Option(name: .customLong("as-of"), help: "Answer as on this day (YYYY-MM-DD; default today).", transform: CalendarDate.parseArgument)
    var asOf: CalendarDate?

    @Option(help: "The progress file (default: beside the plan).", completion: .file(extensions: ["yaml", "yml"]))
    var progress: String?

    @Option(help: "Language of the output: nl or en (default: the plan's language).")
    var lang: PlanLanguage?

    /// The plan with its progress, the day and the language; problems are printed and end the command.
    func open() throws -> (tracked: TrackedPlan, asOf: CalendarDate, language: PlanLanguage) {
        let workspace = try Open.onePlan(plan, progress: progress, lang: lang)
        return (workspace.plans[0], asOf ?? workspace.today, workspace.language(lang))
    }
}
