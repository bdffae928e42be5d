import ActionPlan
import ArgumentParser
import Foundation

struct AgendaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda",
        abstract: "Write the platform meeting's paper: per theme what changed since the last meeting, what is late, what falls due before the next one, what has had no progress, and this year's recurring obligations.",
        discussion: """
            News is selected on the day it was recorded, so news logged today about something that happened \
            long ago is still news. Word (docx) is made by pandoc, as the report's, and needs --output. \
            Exit codes: 0 written; 1 a plan has errors, pandoc is missing or failed, or the file could not be written; 64 usage error.
            """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case table, markdown, html, docx, json }

    @OptionGroup var options: DocumentOptions

    @Option(help: "The day of the last meeting: news recorded from this day on (YYYY-MM-DD).", transform: CalendarDate.parseArgument)
    var since: CalendarDate

    @Option(help: "The day of the next meeting: what falls due up to it (YYYY-MM-DD; default four months after --as-of).",
            transform: CalendarDate.parseArgument)
    var until: CalendarDate?

    @Option(help: "Output format: table, markdown, html, docx (Word; needs --output) or json.")
    var format: OutputFormat = .table

    @Option(help: "The file to write (default: standard output).", completion: .file(extensions: ["md", "html", "docx", "json"]))
    var output: String?

    func validate() throws {
        if format == .docx && output == nil { throw ValidationError("a Word paper is not written to the terminal: give --output FILE.docx") }
        if let until, since > until { throw ValidationError("--since (\(since)) is after --until (\(until))") }
    }

    func run() throws {
        let workspace = try Open.workspace(options.paths, progress: options.progress, lang: options.lang)
        let asOf = options.asOfDate ?? workspace.today
        let agenda = AgendaQuery(asOf: asOf, since: since, until: until).run(workspace.plans)
        let document = { AgendaText(language: workspace.language(options.lang), names: OwnerNames(workspace.plans.map(\.plan))).document(agenda) }
        let bytes: [UInt8]
        switch format {
        case .table: bytes = Array(document().text(width: Terminal.width, colours: output == nil && Terminal.wantsColour(fileDescriptor: 1)).utf8)
        case .markdown: bytes = Array(document().markdown.utf8)
        case .html: bytes = Array(document().html.utf8)
        case .json: bytes = Array((QueryJSON.agenda(agenda).rendered() + "\n").utf8)
        case .docx:
            let converter = try Open.docx { () throws(DocxConverter.Failure) in try DocxConverter.locate(withImages: false) }
            bytes = try Open.docx { () throws(DocxConverter.Failure) in Array(try document().docx(converter: converter)) }
        }
        guard let output else {
            Terminal.out(String(decoding: bytes, as: UTF8.self))
            return
        }
        try Open.write(bytes, to: output)
        Terminal.out(TerminalText.visible(Terminal.text(Messages.wrote(output))) + "\n")
    }
}
