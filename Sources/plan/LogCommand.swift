import ActionPlan
import ArgumentParser

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Append a progress entry for an action to the plan's progress file.",
        discussion: """
            The entry goes to the progress file beside the plan (plans/x.progress.yaml for plans/x.yaml), \
            created when it does not exist. What is in the file is never rewritten: the entry is appended \
            atomically, and two people logging at once both land.
            Exit codes: 0 written; 1 nothing written (the plan has errors, or writing failed); 64 usage error \
            (an unknown action id, a bad date or amount).
            """
    )

    @Argument(help: "The plan file.", completion: .file(extensions: ["yaml", "yml"]))
    var plan: String

    @Argument(help: "The action's id, as in the plan (e.g. 2.2).")
    var action: String

    @Option(help: "A note: what happened.")
    var note: String?

    @Option(help: "A new status: planned, started, done or dropped (gepland, gestart, afgerond, vervallen).")
    var status: String?

    @Flag(help: "Record an occurrence of a recurring action (a meeting held) on --date.")
    var occurred = false

    @Option(help: "Money spent, e.g. 1250 or '€ 1.250,00'.")
    var spent: String?

    @Option(help: "The budget year the money counts for (default: the year of --date).")
    var year: Int?

    @Option(help: "The day it happened (YYYY-MM-DD; default today).")
    var date: String?

    @Option(help: "The progress file (default: beside the plan).", completion: .file(extensions: ["yaml", "yml"]))
    var progress: String?

    func validate() throws {
        if let date, CalendarDate(iso: date) == nil {
            throw ValidationError("'\(date)' is not a date: write --date as YYYY-MM-DD, for example 2025-02-10")
        }
        if let status, ActionStatus(word: status) == nil {
            throw ValidationError("unknown status '\(status)': write planned, started, done or dropped")
        }
        if let spent, case .failure = MoneyParser.parse(spent) {
            throw ValidationError("'\(spent)' is not an amount: write 1250, 1250.50 or '€ 1.250,50'")
        }
        if note == nil && status == nil && !occurred && spent == nil {
            throw ValidationError("nothing to log: give --note, --status, --occurred or --spent")
        }
        if year != nil && spent == nil {
            throw ValidationError("--year belongs with --spent")
        }
    }

    func run() throws {
        let loaded = PlanLoader.load(path: plan)
        guard loaded.isValid, let planModel = loaded.plan else {
            Diagnostics.printErrors(loaded.diagnostics, source: loaded.source)
            Terminal.err("plan: '\(plan)' has errors; fix them first (plan validate \(plan)); nothing was written\n")
            throw ExitCode(1)
        }
        let today = Today.date
        let day = date.flatMap(CalendarDate.init(iso:)) ?? today
        guard let target = planModel.actions.first(where: { $0.id == action }) else {
            let nearest = Suggestions.nearest(to: action, in: planModel.actions.map(\.id), count: 3)
            throw usageFailure("the plan has no action '\(action)'; the nearest ids are: \(nearest.joined(separator: ", ")). Nothing was written.")
        }
        let period = planModel.metadata.period
        guard period.contains(day) else {
            throw usageFailure("\(day) lies outside the plan period \(period.firstYear)-\(period.lastYear). Nothing was written.")
        }
        guard day <= today else {
            throw usageFailure("\(day) is after today (\(today)): log what has happened. Nothing was written.")
        }
        if occurred, case .recurring = target.schedule.kind {} else if occurred {
            throw usageFailure("action '\(action)' is not recurring ('\(target.schedule.text)'), so it has no occurrences; log a --status or a --note. Nothing was written.")
        }
        if let year, !period.years.contains(year) {
            throw usageFailure("the budget year \(year) lies outside the plan period \(period.firstYear)-\(period.lastYear). Nothing was written.")
        }
        let entry = ProgressEntry(
            actionID: action, date: day, status: status.flatMap(ActionStatus.init(word:)), isOccurrence: occurred,
            spent: spent.flatMap { try? MoneyParser.parse($0).get() }, spentYear: year, note: note)
        let path = progress ?? ProgressFile.path(forPlan: plan)
        do {
            try ProgressWriter.append(entry, to: path, planFileName: plan.split(separator: "/").last.map(String.init) ?? plan)
        } catch let failure as ProgressWriter.Failure {
            Terminal.err("plan: \(failure.description); nothing was written\n")
            throw ExitCode(1)
        }
        Terminal.out("logged \(action) on \(day) in \(path)\n")
    }
}
