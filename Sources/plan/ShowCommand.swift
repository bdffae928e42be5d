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
    var format: TextFormat = .text

    func run() throws {
        let (tracked, asOf, language) = try options.open()
        let found = try Open.lookup { () throws(LookupFailure) in try Workspace.action(action, in: tracked.plan) }
        let details = ActionDetails(tracked: tracked, action: found, asOf: asOf)
        switch format {
        case .json: Terminal.out(QueryJSON.details(details).rendered() + "\n")
        case .text: Terminal.out(ActionDetailsText(language: language, width: Terminal.width).render(details))
        }
    }
}
