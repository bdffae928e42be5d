import ActionPlan
import ArgumentParser

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two versions of a plan (or, with --upstream, in a local plan's base).",
        discussion: "Exit codes: 0 no differences; 1 differences (like diff); 2 a plan could not be loaded; 64 usage error."
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json, markdown }

    @Argument(help: "The old and the new version; with --upstream, the local plan.", completion: .file(extensions: ["yaml", "yml"]))
    var files: [String]

    @Flag(help: "Compare the base a local plan was derived from (its snapshot) with the base as it is now.")
    var upstream = false

    @Option(help: "Output format: text, json or markdown.")
    var format: OutputFormat = .text

    func validate() throws {
        if upstream && files.count != 1 { throw ValidationError("--upstream takes one local plan") }
        if !upstream && files.count != 2 { throw ValidationError("give two plan files: the old version and the new one") }
    }

    func run() throws {
        let oldPath: String, newPath: String
        if upstream {
            let local = try load(files[0])
            guard let base = local.base else { throw usageFailure("'\(files[0])' extends no regional plan") }
            guard let snapshot = base.snapshotPath else {
                throw usageFailure("'\(files[0])' records no snapshot of its base; derive it again with plan derive")
            }
            oldPath = snapshot
            newPath = base.path
        } else {
            oldPath = files[0]
            newPath = files[1]
        }
        let diff = PlanDiff(old: try load(oldPath), new: try load(newPath))
        switch format {
        case .text: Terminal.out(PlanDiffRendering.text(diff, oldName: oldPath, newName: newPath))
        case .markdown: Terminal.out(PlanDiffRendering.markdown(diff, oldName: oldPath, newName: newPath))
        case .json: Terminal.out(PlanDiffRendering.json(diff, oldName: oldPath, newName: newPath).rendered() + "\n")
        }
        if !diff.isEqual { throw ExitCode(1) }
    }

    private func load(_ path: String) throws -> Plan {
        let workspace = try Open.workspace([path], readsProgress: false, failureCode: 2)
        guard workspace.plans.count == 1 else { throw usageFailure("'\(path)' holds \(workspace.plans.count) plans; give one plan file") }
        return workspace.plans[0].plan
    }
}
