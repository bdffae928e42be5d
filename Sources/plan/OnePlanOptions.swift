import ActionPlan
import ArgumentParser

/// The options of the commands about one plan (`show`, `report`): the plan, its progress, the day and the language.
struct OnePlanOptions: ParsableArguments {
    @Argument(help: "The plan file.", completion: .file(extensions: ["yaml", "yml"]))
    var plan: String

    @Option(name: .customLong("as-of"), help: "Answer as on this day (YYYY-MM-DD; default today).")
    var asOfText: String?

    @Option(help: "The progress file (default: beside the plan).", completion: .file(extensions: ["yaml", "yml"]))
    var progress: String?

    @Option(help: "Language of the output: nl or en (default: the plan's language).")
    var lang: String?

    func validate() throws {
        if let asOfText, CalendarDate(iso: asOfText) == nil {
            throw ValidationError("'\(asOfText)' is not a date: write --as-of as YYYY-MM-DD, for example 2025-01-01")
        }
    }

    /// The plan with its progress, the day and the language; errors are printed and end the command.
    func load() throws -> (tracked: TrackedPlan, asOf: CalendarDate, language: PlanLanguage) {
        var options = try QueryOptions.parse([plan] + (progress.map { ["--progress", $0] } ?? []))
        options.asOfText = asOfText
        options.lang = lang
        let plans = try options.loadPlans()
        return (plans[0], options.asOf, options.language(for: plans))
    }
}
