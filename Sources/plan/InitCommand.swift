import ActionPlan
import ArgumentParser
import Foundation

/// `plan init`: a commented starter plan for a plan writer.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented starter plan: the metadata, a registry, one theme with one action, and planning examples.",
        discussion: """
            Fill in the places marked TODO (each one left is an error), then check the file with plan validate. \
            When a schema/ folder is found near the file, its first line points an editor with YAML support \
            (VS Code's YAML extension) to the JSON Schema; otherwise write one with plan schema --output DIR.
            Exit codes: 0 written; 1 the file could not be written; 64 a bad argument or an existing file without --force.
            """
    )

    @Option(help: "The plan's id: letters, digits, '-', '_' and '.', such as haaglanden-2025-2028.")
    var id: String

    @Option(help: "The plan's title.")
    var title: String

    @Option(help: "The region or organisation that owns the plan.")
    var region: String

    @Option(help: "The first and last year, such as 2025-2028.")
    var period: PlanPeriodArgument

    @Option(help: "The language of the plan's texts: nl or en.")
    var language: PlanLanguage = .nl

    @Option(help: "The file to write.", completion: .file(extensions: ["yaml", "yml"]))
    var output: String

    @Flag(help: "Overwrite the output file if it exists.")
    var force = false

    @Option(help: "Language of the messages: nl or en (default: --language, the plan's).")
    var lang: PlanLanguage?

    func validate() throws {
        let problems = PlanStarter(id: id, title: title, region: region, period: period.period, language: language).problems
        if let first = problems.first { throw ValidationError(first) }
    }

    func run() throws {
        let starter = PlanStarter(id: id, title: title, region: region, period: period.period, language: language)
        Terminal.speak(lang ?? language)
        let folder = URL(fileURLWithPath: output).absoluteURL.standardized.deletingLastPathComponent().path
        let schema = SchemaReference.path(for: .plan, inFolder: folder)
        let text = starter.yaml(schemaPath: schema, today: Today.date)
        // Checked and written like every output: only a regular file, never a device, a read-only file or an input.
        try Open.write(Array(text.utf8), to: output, existing: force ? .replace : .refuse,
                       existsAdvice: Terminal.text(Messages.forceOrOtherOutput))
        Terminal.out(TerminalText.visible(Terminal.text(Messages.initWrote(output))) + "\n")
        if schema == nil {
            let folder = PathText.join(PathText.folder(of: output), "schema")
            Terminal.out(TerminalText.visible(Terminal.text(Messages.initNoSchema(folder))) + "\n")
        }
    }
}

/// A plan period on the command line: `2025-2028`.
struct PlanPeriodArgument: ExpressibleByArgument {
    let period: PlanPeriod

    init?(argument: String) {
        let parts = argument.split(whereSeparator: { $0 == "-" || $0 == "–" || $0 == "/" })
        guard parts.count == 2, parts.allSatisfy({ $0.count == 4 && $0.allSatisfy(\.isNumber) }),
              let first = Int(parts[0]), let last = Int(parts[1]), first <= last, (1900...2999).contains(first), last <= 2999
        else { return nil }
        period = PlanPeriod(firstYear: first, lastYear: last)
    }

    static var defaultValueDescription: String { "2025-2028" }
}

