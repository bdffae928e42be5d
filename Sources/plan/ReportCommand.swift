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

    @Option(help: "Report the progress since this day (YYYY-MM-DD; default a year before --as-of).")
    var since: String?

    @Option(help: "Output format: html or markdown.")
    var format: OutputFormat = .html

    @Option(help: "The file to write (default: standard output).", completion: .file(extensions: ["html", "md"]))
    var output: String?

    func validate() throws {
        if let since, CalendarDate(iso: since) == nil {
            throw ValidationError("'\(since)' is not a date: write --since as YYYY-MM-DD, for example 2024-01-01")
        }
    }

    func run() throws {
        let (tracked, asOf, language) = try options.load()
        let from = since.flatMap(CalendarDate.init(iso:)) ?? asOf.adding(months: -12)
        let data = ReportData(tracked: tracked, asOf: asOf, since: from, language: language)
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
