import ActionPlan
import ArgumentParser
import Foundation

struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "Write deadlines, milestones and recurring obligations as an iCalendar file for Outlook and Thunderbird.",
        discussion: """
            One all-day event on each deadline and milestone, and at the end of each plan year's window of a \
            recurring obligation. Event ids stay the same between runs, so importing again updates events.
            Exit codes: 0 written; 1 a plan has errors or the file could not be written; 64 usage error.
            """
    )

    @Argument(help: "Plan files, or folders to search for them.")
    var paths: [String]

    @Option(help: "Only events of actions this owner leads or takes part in (a key, name or alias).")
    var owner: String?

    @Option(help: "Only events on or after this day (YYYY-MM-DD).")
    var from: String?

    @Option(help: "Only events on or before this day (YYYY-MM-DD).")
    var until: String?

    @Option(name: .customLong("as-of"), help: "The day written as each event's time stamp (YYYY-MM-DD; default today).")
    var asOfText: String?

    @Option(help: "Language of the descriptions: nl or en (default: the language of the first plan).")
    var lang: String?

    @Option(help: "The file to write (default: standard output).")
    var output: String?

    func validate() throws {
        for (name, value) in [("--from", from), ("--until", until), ("--as-of", asOfText)] {
            if let value, CalendarDate(iso: value) == nil {
                throw ValidationError("'\(value)' is not a date: write \(name) as YYYY-MM-DD, for example 2025-01-01")
            }
        }
        if let lang, PlanLanguage(rawValue: lang) == nil {
            throw ValidationError("unknown language '\(lang)': write --lang nl or --lang en")
        }
    }

    func run() throws {
        let plans = try loadPlans()
        let tracked = plans.map { TrackedPlan(plan: $0) }
        let language = lang.flatMap(PlanLanguage.init(rawValue:)) ?? plans.first?.metadata.language ?? .en
        var calendar = PlanCalendar(language: language)
        calendar.owner = try QueryOptions.resolveOwner(owner, in: tracked)
        calendar.from = from.flatMap(CalendarDate.init(iso:))
        calendar.until = until.flatMap(CalendarDate.init(iso:))
        let name = plans.count == 1 ? plans[0].metadata.title : (language == .nl ? "Actieplannen" : "Action plans")
        let text = ICalendarWriter(stamp: asOfText.flatMap(CalendarDate.init(iso:)) ?? Today.date, name: name)
            .render(calendar.events(plans))
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
        Terminal.err("wrote \(output)\n")
    }

    /// Loads every plan; any problem is printed and ends the command with exit 1.
    private func loadPlans() throws -> [Plan] {
        let (files, problems) = PlanFiles.collect(paths)
        var failed = !problems.isEmpty
        for problem in problems { Terminal.err("\(problem.path): error: \(problem.message)\n") }
        var plans: [Plan] = []
        for (file, loaded) in zip(files, PlanLoader.load(paths: files)) {
            guard let plan = loaded.plan, loaded.isValid else {
                failed = true
                Diagnostics.printErrors(loaded.diagnostics, source: loaded.source)
                Terminal.err("\(file): has errors; fix them first (plan validate \(file))\n")
                continue
            }
            plans.append(plan)
        }
        if failed { throw ExitCode(1) }
        return plans
    }
}
