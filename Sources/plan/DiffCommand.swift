import ActionPlan
import ArgumentParser

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two versions of a plan (or, with --upstream, in a local plan's base).",
        discussion: """
            With --upstream --accept, the changes are shown and then accepted: the local plan records the \
            regional plan's version and names a fresh snapshot of it, both or neither; nothing else in the \
            file changes. It is refused when the local plan would then have errors (fix those first).
            Exit codes: 0 no differences (with --accept: accepted, or nothing to accept); 1 differences (like \
            diff; with --accept: refused or not written); 2 a plan could not be loaded; 64 usage error.
            """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json, markdown }

    @Argument(help: "The old and the new version; with --upstream, the local plan.", completion: .file(extensions: ["yaml", "yml"]))
    var files: [String]

    @Flag(help: "Compare the base a local plan was derived from (its snapshot) with the base as it is now.")
    var upstream = false

    @Flag(help: "With --upstream: accept the region's changes (record the new version and refresh the snapshot).")
    var accept = false

    @Option(help: "Output format: text, json or markdown.")
    var format: OutputFormat = .text

    @Option(help: "Language of the output: nl or en (default: the plan's).")
    var lang: PlanLanguage?

    func validate() throws {
        if upstream && files.count != 1 { throw ValidationError("--upstream takes one local plan") }
        if !upstream && files.count != 2 { throw ValidationError("give two plan files: the old version and the new one") }
        if accept && !upstream { throw ValidationError("--accept goes with --upstream LOCAL") }
    }

    func run() throws {
        if upstream {
            let workspace = try Open.workspace([files[0]], readsProgress: false, failureCode: 2, lang: lang)
            let changes = try Open.localPlan(invalidCode: 2) { () throws(LocalPlanFailure) in try workspace.upstreamChanges(withoutSnapshot: accept) }
            let language = lang ?? changes.language
            if let problem = changes.snapshotProblem {
                // Accepting still works without the snapshot: the regional plan is taken as it is now.
                let l = Localizer(language)
                Terminal.err(TerminalText.visible(l.text(Messages.snapshotUnreadableAccepting(problem.path))) + "\n")
            } else {
                show(changes.diff, oldName: changes.snapshotPath, newName: changes.basePath, language: language, names: changes.names)
            }
            // The local choices the change invalidates (an adopted action that no longer names the
            // municipality among them), before anything is accepted.
            let renderer = DiagnosticRenderer(colours: Terminal.wantsColour(fileDescriptor: 2))
            // Not "the regional plan has changed" (AP804): the diff above is what that warning points to.
            for warning in changes.warnings.localized(language).diagnostics where warning.code != .baseChanged {
                Terminal.err(renderer.render(warning, source: changes.warnings.source) + "\n")
            }
            guard accept else {
                if !changes.diff.isEqual { throw ExitCode(1) }
                return
            }
            // The progress that will no longer fit, before anything is written: kept, shown as history.
            let history = workspace.progressKeptAsHistory()
            if !history.isEmpty {
                let count = history.reduce(0) { $0 + $1.diagnostics.count }
                Terminal.err(TerminalText.visible(Localizer(language).text(Messages.keptAsHistoryAfterAccepting(count))) + "\n")
                for file in history.map({ $0.localized(language) }) {
                    for diagnostic in file.diagnostics { Terminal.err(renderer.render(diagnostic, source: file.source) + "\n") }
                }
            }
            let accepted = try Open.localPlan { () throws(LocalPlanFailure) in try workspace.acceptUpstream() }
            Terminal.err(TerminalText.visible(accepted.summary) + "\n")
            return
        }
        let old = try load(files[0]), new = try load(files[1])
        let diff = PlanDiff(old: old, new: new)
        show(diff, oldName: files[0], newName: files[1], language: lang ?? new.metadata.language)
        if !diff.isEqual { throw ExitCode(1) }
    }

    private func show(_ diff: PlanDiff, oldName: String, newName: String, language: PlanLanguage, names: [String: String]? = nil) {
        switch format {
        case .text: Terminal.out(PlanDiffRendering.text(diff, oldName: oldName, newName: newName, language: language, names: names, width: Terminal.width))
        case .markdown: Terminal.out(PlanDiffRendering.markdown(diff, oldName: oldName, newName: newName, language: language))
        case .json: Terminal.out(PlanDiffRendering.json(diff, oldName: oldName, newName: newName).rendered() + "\n")
        }
    }

    private func load(_ path: String) throws -> Plan {
        try Open.onePlan(path, readsProgress: false, failureCode: 2, lang: lang).plans[0].plan
    }
}
