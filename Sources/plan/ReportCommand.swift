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

    @Option(help: "The as-of date of the previous report (YYYY-MM-DD): per theme the counts then and now, and what was done, became late, was replanned or dropped since (also the default --since).",
            transform: CalendarDate.parseArgument)
    var previous: CalendarDate?

    @Option(help: "The Vooruitblik (outlook) looks ahead to this day (YYYY-MM-DD; default six months after --as-of).",
            transform: CalendarDate.parseArgument)
    var until: CalendarDate?

    @Option(help: "Output format: html, markdown or docx (Word; needs --output). Default: from the --output file's extension (.docx, .md), else html.")
    var format: OutputFormat?

    @Option(help: "The file to write (default: standard output).", completion: .file(extensions: ["html", "md", "docx"]))
    var output: String?

    @Option(help: "The adviser's text (Markdown, e.g. PLAN-ID.verslag-2025.md; docs/report.md): key message, introduction, decision, a paragraph per theme, an explanation per action.",
            completion: .file(extensions: ["md"]))
    var text: String?

    @Option(name: .customLong("text-template"), help: "Write a skeleton of the adviser's text to this file (every theme, the late actions under it) and stop; never overwrites a file.",
            completion: .file(extensions: ["md"]))
    var textTemplate: String?

    /// The format given, else the one the output file's name asks for: a report written to `x.docx` is
    /// Word, not HTML under a Word name.
    var resolvedFormat: OutputFormat {
        if let format { return format }
        switch output.map({ URL(fileURLWithPath: $0).pathExtension.lowercased() }) {
        case "docx": return .docx
        case "md", "markdown": return .markdown
        default: return .html
        }
    }

    func validate() throws {
        if !morePlans.isEmpty {
            throw ValidationError("plan report writes the report of one plan: give one plan file, not \(morePlans.count + 1)")
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: options.plan, isDirectory: &isFolder), isFolder.boolValue {
            throw ValidationError("'\(options.plan)' is a folder: plan report writes the report of one plan, so give one plan file")
        }
        if textTemplate != nil && (output != nil || text != nil) {
            throw ValidationError("--text-template writes only the skeleton of the adviser's text; fill it in, then make the report with --text FILE")
        }
        if resolvedFormat == .docx && output == nil && textTemplate == nil {
            throw ValidationError("a Word report is not written to the terminal: give --output FILE.docx")
        }
    }

    func run() throws {
        let (tracked, asOf, language) = try options.open()
        if let since, since > asOf {
            throw usageFailure(Messages.sinceAfterAsOf("\(since)", asOf: "\(asOf)"))
        }
        if let previous, previous >= asOf {
            throw usageFailure(Messages.previousNotBeforeAsOf("\(previous)", asOf: "\(asOf)"))
        }
        if let until, until <= asOf {
            throw usageFailure(Messages.untilNotAfterAsOf("\(until)", asOf: "\(asOf)"))
        }
        let from = since ?? previous ?? asOf.adding(months: -12)
        let narrative = try text.map { try readNarrative($0, plan: tracked.plan) } ?? ReportNarrative()
        let data = try ReportData(tracked: tracked, asOf: asOf, since: from, language: language, narrative: narrative,
                                  previous: previous, until: until)
        if let textTemplate {
            try write(Array(ReportNarrativeTemplate.render(data).utf8), to: textTemplate, existing: .refuse)
            return
        }
        let bytes: Data
        switch resolvedFormat {
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
        Terminal.out(TerminalText.visible(Terminal.text(Messages.wrote(output))) + "\n")
    }

    private func write(_ bytes: [UInt8], to path: String, existing: OutputFile.Existing) throws {
        try Open.write(bytes, to: path, existing: existing)
        Terminal.out(TerminalText.visible(Terminal.text(Messages.wrote(path))) + "\n")
    }

    /// The adviser's text; its problems are printed and end the command (exit 1).
    private func readNarrative(_ path: String, plan: Plan) throws -> ReportNarrative {
        let result = ReportNarrativeReader.load(path: path, plan: plan)
        let renderer = DiagnosticRenderer(colours: Terminal.wantsColour(fileDescriptor: 2))
        for diagnostic in result.diagnostics {
            Terminal.err(renderer.render(diagnostic.localized(to: Terminal.language), source: result.source) + "\n")
        }
        if result.diagnostics.containsErrors {
            Terminal.err(TerminalText.visible(Terminal.text(Messages.reportTextHasErrors(path))) + "\n")
            throw ExitCode(1)
        }
        return result.narrative
    }
}
