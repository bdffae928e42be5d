import ActionPlan
import ArgumentParser

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one action with its planning, owners, budget, status and whole history."
    )

    @Argument(help: "The plan file.")
    var plan: String

    @Argument(help: "The action's id.")
    var action: String

    @Option(name: .customLong("as-of"), help: "Show the status as on this day (YYYY-MM-DD; default today).")
    var asOfText: String?

    @Option(help: "The progress file (default: beside the plan).")
    var progress: String?

    @Option(help: "Output format: text or json.")
    var format: ValidateCommand.OutputFormat = .text

    @Option(help: "Language of the output: nl or en (default: the plan's language).")
    var lang: String?

    func validate() throws {
        if let asOfText, CalendarDate(iso: asOfText) == nil {
            throw ValidationError("'\(asOfText)' is not a date: write --as-of as YYYY-MM-DD, for example 2025-01-01")
        }
    }

    func run() throws {
        let options = try QueryOptions.forOnePlan(plan, progress: progress, asOf: asOfText, lang: lang)
        let plans = try options.loadPlans()
        guard let tracked = plans.first, let found = tracked.plan.actions.first(where: { $0.id == action }) else {
            let ids = plans.first?.plan.actions.map(\.id) ?? []
            throw usageFailure("the plan has no action '\(action)'; the nearest ids are: "
                + Suggestions.nearest(to: action, in: ids, count: 3).joined(separator: ", "))
        }
        let details = ActionDetails(tracked: tracked, action: found, asOf: options.asOf)
        switch format {
        case .json: Terminal.out(QueryJSON.details(details).rendered() + "\n")
        case .text: Terminal.out(ActionDetailsText(language: options.language(for: plans)).render(details))
        }
    }
}
