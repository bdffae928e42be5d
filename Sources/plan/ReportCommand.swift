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

    @OptionGroup var options: OnePlanOptions

    @Option(help: "Report the progress since this day (YYYY-MM-DD; default a year before --as-of).", transform: CalendarDate.parseArgument)
    var since: CalendarDate?

    @Option(help: "Output format: html or markdown.")
    var format: OutputFormat = .html

    @Option(help: "The file to write (default: standard output).")
    var output: String?

    func run() throws {
        let (tracked, asOf, language) = try options.open()
        let from = since ?? asOf.adding(months: -12)
        let data = try ReportData(tracked: tracked, asOf: asOf, since: from, language: language)
        let text = format == .html ? HTMLReport.render(data) : MarkdownReport.render(data)
        guard let output else {
            Terminal.out(text)
            return
        }
        do {
            try OutputFile.check(output, existing: .replace).write(Array(text.utf8))
        } catch {
            Terminal.err("plan: \(error)\n")
            throw ExitCode(1)
        }
        Terminal.out("wrote \(output)\n")
    }
}
