import ActionPlan
import ArgumentParser
import Foundation

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the progress report (voortgangsrapportage) of a plan, as self-contained HTML or as Markdown.",
        discussion: "Exit codes: 0 written; 1 the plan or its progress has errors, or the file could not be written; 64 usage error."
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case html, markdown }

    @Argument(help: "The plan file.")
    var plan: String

    @Option(name: .customLong("as-of"), help: "The report's date (YYYY-MM-DD; default today).")
    var asOfText: String?

    @Option(help: "Report the progress since this day (YYYY-MM-DD; default a year before --as-of).")
    var since: String?

    @Option(help: "Output format: html or markdown.")
    var format: OutputFormat = .html

    @Option(help: "The file to write (default: standard output).")
    var output: String?

    @Option(help: "Language of the report: nl or en (default: the plan's language).")
    var lang: String?

    @Option(help: "The progress file (default: beside the plan).")
    var progress: String?

    func validate() throws {
        for (name, value) in [("--as-of", asOfText), ("--since", since)] {
            if let value, CalendarDate(iso: value) == nil {
                throw ValidationError("'\(value)' is not a date: write \(name) as YYYY-MM-DD, for example 2025-01-01")
            }
        }
    }

    func run() throws {
        let options = try QueryOptions.forOnePlan(plan, progress: progress, asOf: asOfText, lang: lang)
        let plans = try options.loadPlans()
        let asOf = options.asOf
        let from = since.flatMap(CalendarDate.init(iso:)) ?? asOf.adding(months: -12)
        let data = ReportData(tracked: plans[0], asOf: asOf, since: from, language: options.language(for: plans))
        let text = format == .html ? HTMLReport.render(data) : MarkdownReport.render(data)
        guard let output else {
            Terminal.out(text)
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            Terminal.err("plan: cannot write '\(output)': \(error.localizedDescription)\n")
            throw ExitCode(1)
        }
        Terminal.out("wrote \(output)\n")
    }
}
