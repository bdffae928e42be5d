import ActionPlan
import ArgumentParser
import Foundation

struct DeriveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "derive",
        abstract: "Write a starter local plan for one municipality from a regional plan.",
        discussion: """
            The local plan adopts the regional actions in which the municipality takes part: those of its \
            roles (default: the municipal roles of the registry) and those of its own registry entry (by key, \
            name or alias). It maps the roles to the municipality, names the regional plan relative to the \
            file written, and records the regional plan's version and a snapshot of it, so `plan diff \
            --upstream` can show later what changed. It never writes onto a plan it reads; --force replaces \
            only an earlier local plan for the same municipality over the same regional plan.
            Exit codes: 0 written; 1 the regional plan has errors or the file could not be written; 64 usage \
            error (an empty municipality, an unknown role, an existing file without --force, an output that \
            is an input).
            """
    )

    @Argument(help: "The regional plan file.", completion: .file(extensions: ["yaml", "yml"]))
    var regional: String

    @Option(help: "The municipality's name, e.g. Maassluis.")
    var municipality: String

    @Option(name: .customLong("role"), help: "A regional owner the municipality stands in for (repeatable).")
    var roles: [String] = []

    @Option(help: "The file to write (default: <municipality>-<period>.yaml in the current folder).", completion: .file(extensions: ["yaml", "yml"]))
    var output: String?

    @Flag(help: "Replace an earlier local plan for the same municipality.")
    var force = false

    @Option(help: "Language of the comments and messages: nl or en (default: the plan's).")
    var lang: PlanLanguage?

    func run() throws {
        let workspace = try Open.workspace([regional], readsProgress: false, lang: lang)
        let request = LocalPlanDerivationRequest(municipality: municipality, roles: roles, output: output, force: force, language: lang)
        let derived = try Open.localPlan { () throws(LocalPlanFailure) in try workspace.deriveLocalPlan(request) }
        Terminal.out(TerminalText.visible(derived.summary) + "\n")
    }
}
