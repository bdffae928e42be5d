import ActionPlan
import ArgumentParser

struct AdoptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "adopt",
        abstract: "Add regional actions (or every action of a theme) to an existing local plan.",
        discussion: """
            Only the 'adopt: actions' list of the local plan changes: one line per action, in the region's \
            order, with its title as a comment; every other byte stays as written. The result is checked \
            before the file is replaced. --suggest lists the regional actions that name the municipality \
            (its own registry entry, or a role or group it maps) and that the local plan does not adopt.
            Exit codes: 0 written, nothing to add, or suggestions listed; 1 the plan has errors or the \
            file could not be written; 64 usage error (an unknown id, no ids and no --suggest).
            """
    )

    @Argument(help: "The local plan file.", completion: .file(extensions: ["yaml", "yml"]))
    var local: String

    @Argument(help: "Regional action ids (e.g. 3.16), or theme ids for every action of the theme.")
    var ids: [String] = []

    @Flag(help: "List the regional actions that name the municipality and are not adopted.")
    var suggest = false

    @Option(help: "Language of the messages: nl or en (default: the plan's).")
    var lang: PlanLanguage?

    func validate() throws {
        if suggest && !ids.isEmpty { throw ValidationError("give ids to adopt, or --suggest, not both") }
        if !suggest && ids.isEmpty { throw ValidationError("give the ids of the regional actions to adopt, or --suggest") }
    }

    func run() throws {
        let workspace = try Open.onePlan(local, readsProgress: false, lang: lang)
        let language = workspace.language(lang)
        if suggest {
            let suggestions = try Open.localPlan { () throws(LocalPlanFailure) in try workspace.adoptionSuggestions() }
            Terminal.out(AdoptionText.suggestions(suggestions, localPath: local, language: language, names: OwnerNames(workspace.plans.map(\.plan))))
            return
        }
        let adopted = try Open.localPlan { () throws(LocalPlanFailure) in try workspace.adopt(ids) }
        Terminal.err(TerminalText.visible(adopted.summary) + "\n")
    }
}
