import ActionPlan
import ArgumentParser

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one action with its planning, owners, budget, status and whole history."
    )

    @OptionGroup var options: OnePlanOptions

    @Argument(help: "The action's id.")
    var action: String

    @Option(help: "Output format: text or json.")
    var format: ValidateCommand.OutputFormat = .text

    func run() throws {
        let (tracked, asOf, language) = try options.load()
        guard let found = tracked.plan.actions.first(where: { $0.id == action }) else {
            let ids = tracked.plan.actions.map(\.id)
            throw usageFailure("the plan has no action '\(action)'; the nearest ids are: "
                + Suggestions.nearest(to: action, in: ids, count: 3).joined(separator: ", "))
        }
        let details = ActionDetails(tracked: tracked, action: found, asOf: asOf)
        switch format {
        case .json: Terminal.out(QueryJSON.details(details).rendered() + "\n")
        case .text: Terminal.out(ActionDetailsText(language: language).render(details))
        }
    }
}
