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

    @Flag(help: "With --owner: only events of actions (and activities) that owner leads.")
    var lead = false

    @Option(help: "Only events on or after this day (YYYY-MM-DD).", transform: CalendarDate.parseArgument)
    var from: CalendarDate?

    @Option(help: "Only events on or before this day (YYYY-MM-DD).", transform: CalendarDate.parseArgument)
    var until: CalendarDate?

    @Option(name: .customLong("as-of"), help: "The day written as each event's time stamp, and up to which revised plannings (plan log --replan) move due dates (YYYY-MM-DD; default today).",
            transform: CalendarDate.parseArgument)
    var asOf: CalendarDate?

    @Option(help: "Language of the descriptions: nl or en (default: the language of the first plan).")
    var lang: PlanLanguage?

    @Option(help: "The file to write (default: standard output).")
    var output: String?

    func validate() throws {
        if lead && owner == nil { throw ValidationError(LeadOption.needsOwner) }
    }

    func run() throws {
        let workspace = try Open.workspace(paths, lang: lang)
        // A regional action adopted by a local plan given with it is one event, with the regional plan.
        let tracked = workspace.countedOnce.plans
        let plans = tracked.map(\.plan)
        let language = workspace.language(lang)
        var calendar = PlanCalendar(language: language)
        calendar.owner = try Open.lookup { () throws(LookupFailure) in try workspace.ownerMatch(ifNamed: owner) }
        calendar.leadOnly = lead
        calendar.from = from
        calendar.until = until
        let name = plans.count == 1 ? plans[0].metadata.title : (language == .nl ? "Actieplannen" : "Action plans")
        var writer = ICalendarWriter(stamp: asOf ?? workspace.today, name: name)
        writer.language = language
        let events = calendar.events(tracked, asOf: asOf ?? workspace.today)
        let text = writer.render(events)
        let more = writer.omittedLine(ICalendarWriter.omitted(events)).map { $0 + "\n" } ?? ""
        guard let output else {
            Terminal.out(text)
            Terminal.err(more)
            return
        }
        try Open.write(Array(text.utf8), to: output)
        Terminal.err(TerminalText.visible(Terminal.text(Messages.wrote(output))) + "\n" + more)
    }
}
