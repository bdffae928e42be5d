import ActionPlan
import ArgumentParser
import Foundation

struct LettersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "letters",
        abstract: "Write one letter per owner: what it leads (late, due soon, without progress, this year's obligations), apart from what it takes part in, and how to report back.",
        discussion: """
            One file per owner with something to report, named after the owner's display name (RIEC.md). \
            Word (docx) is made by pandoc, as the report's. \
            Exit codes: 0 written; 1 a plan has errors, pandoc is missing or failed, or a file could not be written; 64 usage error.
            """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case markdown, html, docx }

    @OptionGroup var options: DocumentOptions

    @Option(help: "The folder to write the letters to (made when missing).", completion: .directory)
    var output: String

    @Option(help: "Only the letter to this owner (a key, name or alias); repeat for more.")
    var owner: [String] = []

    @Option(help: "Letters as markdown, html or docx (Word; needs pandoc).")
    var format: OutputFormat = .markdown

    @Option(name: .customLong("reply-by"), help: "The day owners are asked to answer by (YYYY-MM-DD).", transform: CalendarDate.parseArgument)
    var replyBy: CalendarDate?

    @Option(help: "What falls due within this many days is asked about as due soon (0-3660; default 120, until the next meeting).",
            transform: { try BoundedNumber.parse($0, in: BoundedNumber.withinDays, unit: "days") })
    var within = 120

    @Option(help: "Who signs the letters and receives the answers (default: the platform secretariat).")
    var from: String?

    @Flag(help: "Also write letters to owners with nothing to report.")
    var all = false

    func run() throws {
        let workspace = try Open.workspace(options.paths, progress: options.progress, lang: options.lang)
        let asOf = options.asOfDate ?? workspace.today
        var query = OwnerLetterQuery(asOf: asOf)
        query.withinDays = within
        query.everyone = all
        if !owner.isEmpty {
            query.owners = try owner.map { name in try Open.lookup { () throws(LookupFailure) in try workspace.ownerMatch(named: name) } }
        }
        let letters = query.run(workspace.plans)
        let writer = OwnerLetterText(language: workspace.language(options.lang), secretary: from)
        let converter: DocxConverter? = format == .docx ? try Open.docx { () throws(DocxConverter.Failure) in try DocxConverter.locate(withImages: false) } : nil
        do {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        } catch {
            Terminal.err(TerminalText.visible("plan: cannot make the folder \(output): \(error.localizedDescription)") + "\n")
            throw ExitCode(1)
        }
        let names = OwnerLetterText.fileNames(letters.map(\.name), extension: format == .markdown ? "md" : format.rawValue)
        for (letter, name) in zip(letters, names) {
            let document = writer.document(letter, asOf: asOf, replyBy: replyBy)
            let bytes: [UInt8]
            switch format {
            case .markdown: bytes = Array(document.markdown.utf8)
            case .html: bytes = Array(document.html.utf8)
            case .docx: bytes = try Open.docx { () throws(DocxConverter.Failure) in Array(try document.docx(converter: converter!)) }
            }
            let path = (output as NSString).appendingPathComponent(name)
            try Open.write(bytes, to: path)
        }
        Terminal.out(TerminalText.visible(Terminal.text(letters.isEmpty ? Messages.noLetters("\(asOf)")
            : Messages.wroteLetters(letters.count, folder: output, names: names.joined(separator: ", ")))) + "\n")
    }
}
