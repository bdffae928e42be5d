import ActionPlan
import ArgumentParser
import Foundation

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the progress report (voortgangsrapportage) of one plan, as self-contained HTML, Markdown or Word.",
        discussion: "Word (docx) needs pandoc and rsvg-convert on PATH. Exit codes: 0 written; 1 the plan or its progress has errors, pandoc is missing or failed, or the file could not be written; 64 usage error."
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case html, markdown, docx }

    @OptionGroup var options: OnePlanOptions

    /// Caught only to say that the report is of one plan.
    @Argument(help: .hidden) var morePlans: [String] = []

    @Option(help: "Report the progress since this day (YYYY-MM-DD; default a year before --as-of).", transform: CalendarDate.parseArgument)
    var since: CalendarDate?

    @Option(help: "Output format: html, markdown or docx (Word; needs --output).")
    var format: OutputFormat = .html

    @Option(help: "The file to write (default: standard output).", completion: .file(extensions: ["html", "md"]))
    var output: String?

    func validate() throws {
        if !morePlans.isEmpty {
            throw ValidationError("plan report writes the report of one plan: give one plan file, not \(morePlans.count + 1)")
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: options.plan, isDirectory: &isFolder), isFolder.boolValue {
            throw ValidationError("'\(options.plan)' is a folder: plan report writes the report of one plan, so give one plan file")
        }
        if format == .docx && output == nil {
            throw ValidationError("a Word report is not written to the terminal: give --output FILE.docx")
        }
    }

    func run() throws {
        let (tracked, asOf, language) = try options.open()
        let from = since ?? asOf.adding(months: -12)
        let data = try ReportData(tracked: tracked, asOf: asOf, since: from, language: language)
        let bytes: Data
        switch format {
        case .html: bytes = Data(HTMLReport.render(data).utf8)
        case .markdown: bytes = Data(MarkdownReport.render(data).utf8)
        case .docx:
            do {
                bytes = try WordReport.render(data, converter: DocxConverter.locate(path: Terminal.environment("PATH")))
            } catch {
                Terminal.err("plan: \(error)\n")
                throw ExitCode(1)
            }
        }
        guard let output else {
            Terminal.out(String(decoding: bytes, as: UTF8.self))
            return
        }
        try Open.write(Array(bytes), to: output)
        Terminal.out("wrote \(output)\n")
    }
}
