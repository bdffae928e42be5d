import ActionPlan
import ArgumentParser

/// The options every query shares: the plans, the date, the output format and language.
struct QueryOptions: ParsableArguments {
    @Argument(help: "Plan files, or folders to search for them.", completion: .file(extensions: ["yaml", "yml"]))
    var paths: [String]

    @Option(name: .customLong("as-of"), help: "Answer as on this day (YYYY-MM-DD; default today).", transform: CalendarDate.parseArgument)
    var asOfDate: CalendarDate?

    @Option(help: "Output format: table, json, csv or markdown.")
    var format: QueryFormat = .table

    @Option(help: "Language of the output: nl or en (default: the language of the first plan).")
    var lang: PlanLanguage?

    @Option(help: "The CSV field delimiter: ',' (default) or ';' (default with --excel).")
    var delimiter: CSVDelimiter?

    @Flag(help: "Draw tables with every column at full width, however wide the terminal.")
    var wide = false

    @Flag(help: "Write CSV for Excel (Dutch locale by double-click): byte-order mark, ';', decimal commas, ids kept as text. For English-locale Excel add --delimiter ','.")
    var excel = false

    @Option(help: "The progress file, when one plan is given (default: the file beside each plan).", completion: .file(extensions: ["yaml", "yml"]))
    var progress: String?

    /// The plans with their progress; problems are printed and end the command, so no partial answer is given.
    func open() throws -> Workspace {
        try Open.workspace(paths, progress: progress, lang: lang)
    }

    /// The as-of date: the option, or today.
    func asOf(_ workspace: Workspace) -> CalendarDate { asOfDate ?? workspace.today }

    /// The renderer of tabular views in the plans' language.
    func views(_ workspace: Workspace) -> QueryViews {
        QueryViews(language: workspace.language(lang), asOf: asOf(workspace), names: OwnerNames(workspace.plans.map(\.plan)))
    }

    /// What a filtered answer is about, for its title: the owner by display name (marked when only what it
    /// leads is shown) and, for one plan, its region.
    func about(_ workspace: Workspace, owner: OwnerMatch?, lead: Bool) -> [String] {
        let l = Localizer(workspace.language(lang))
        var parts: [String] = []
        if let owner, let plan = workspace.plans.first(where: { owner.key(in: $0.plan.metadata.id) != nil })?.plan,
           let key = owner.key(in: plan.metadata.id) {
            parts.append(OwnerNames([plan]).name(key, plan: plan.metadata.id) + (lead ? " (\(l.t("trekker", "lead")))" : ""))
        }
        if workspace.plans.count == 1 { parts.append(workspace.plans[0].plan.metadata.region) }
        return parts
    }

    /// Prints the answer: the JSON, or the tabular views (built only when they are what is asked for).
    /// CSV gets `sheet`, the one-table form for spreadsheets, when the view has one.
    func emit(json: () -> JSONValue, tables: () -> [Tabular], sheet: (() -> Tabular)? = nil) {
        if excel {
            Terminal.out(CSVRenderer(delimiter: (delimiter ?? .semicolon).character, excel: true).render(sheet.map { [$0()] } ?? tables()))
            return
        }
        switch format {
        case .json:
            Terminal.out(json().rendered() + "\n")
        case .csv:
            Terminal.out(CSVRenderer(delimiter: (delimiter ?? .comma).character).render(sheet.map { [$0()] } ?? tables()))
        case .markdown:
            // Sized for a document: mailed Markdown ends up in Word through pandoc, where equal columns split words.
            Terminal.out(MarkdownRenderer(documentTables: true).render(tables()))
        case .table:
            Terminal.out(TableRenderer(width: Terminal.width, colours: Terminal.wantsColour(fileDescriptor: 1), wide: wide).render(tables()))
        }
    }
}
