import ActionPlan
import ArgumentParser
import Foundation

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Append a progress entry for an action to the plan's progress file.",
        discussion: """
            The entry goes to the progress file beside the plan (plans/x.progress.yaml for plans/x.yaml), \
            created when it does not exist. What is in the file is never rewritten: the entry is appended \
            atomically, and two people logging at once both land. An entry that would make the file fail \
            `plan validate` is refused with the same message, and nothing is written.
            Every entry records the day it happened (--date) and the day it was written down (recorded:, today). \
            --replan records a revised planning ("Q3 2025", the plan's planning words, within the plan period) on top \
            of the adopted one, which is never changed: the action is due by the new date; the last replan counts.
            Status words: planned (gepland), started (gestart), done (afgerond), dropped (vervallen), and \
            reopened (heropend) to open a done or dropped action again.
            Exit codes: 0 written; 1 nothing written (the entry was refused, the plan has errors, or writing \
            failed); 64 usage error (an unknown action id, a bad date, amount or status).
            """
    )

    @Argument(help: "The plan file.", completion: .file(extensions: ["yaml", "yml"]))
    var plan: String

    @Argument(help: "The action's id, as in the plan (e.g. 2.2).")
    var action: String

    @Option(help: "A note: what happened.")
    var note: String?

    @Option(help: "A new status: planned, started, done, dropped or reopened (gepland, gestart, afgerond, vervallen, heropend).")
    var status: StatusWord?

    @Option(help: "A revised planning for a one-off action, e.g. 'Q3 2025' or 'eind 2025' (the plan's planning words).")
    var replan: String?

    @Flag(help: "Record an occurrence of a recurring action (a meeting held) on --date.")
    var occurred = false

    @Option(help: "Money spent, e.g. 1250 or '€ 1.250,00'.", transform: MoneyArgument.parseArgument)
    var spent: Money?

    @Option(help: "The budget year the money counts for (default: the year of --date).",
            transform: { try BoundedNumber.parse($0, in: BoundedNumber.budgetYear, unit: "years") })
    var year: Int?

    @Option(help: "The day it happened (YYYY-MM-DD; default today).", transform: CalendarDate.parseArgument)
    var date: CalendarDate?

    @Option(help: "The progress file (default: beside the plan).", completion: .file(extensions: ["yaml", "yml"]))
    var progress: String?

    @Option(help: "Withdraw the entries of this action dated on this day (YYYY-MM-DD), e.g. a wrong one; with --note, --status, --occurred or --spent the new entry is the correction.",
            transform: CalendarDate.parseArgument)
    var retract: CalendarDate?

    @Option(help: "Who reported it: an owner (key, name or alias) or any text, e.g. 'Jan de Vries (RIEC)'.")
    var by: String?

    @Option(help: "Language of the messages: nl or en (default: the plan's language).")
    var lang: PlanLanguage?

    @Flag(name: .customLong("allow-duplicate"), help: "Record the entry even if it repeats an earlier one (the same entry, or an occurrence on the same day).")
    var allowDuplicate = false

    func validate() throws {
        if note == nil && status == nil && !occurred && spent == nil && replan == nil && retract == nil {
            throw ValidationError("nothing to log: give --note, --status, --occurred, --spent, --replan or --retract")
        }
        if let by, by.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--by names who reported it: give a name")
        }
        if year != nil && spent == nil {
            throw ValidationError("--year belongs with --spent")
        }
    }

    func run() throws {
        let workspace = try Open.onePlan(plan, progress: progress, readsProgress: false, lang: lang)
        var request = ProgressLogRequest(
            actionID: action, date: date, status: status, occurred: occurred, spent: spent, year: year, note: note,
            replan: replan, allowDuplicate: allowDuplicate)
        request.retracts = retract
        request.reportedBy = by.map { $0.trimmingCharacters(in: .whitespaces) }
        request.language = lang
        do {
            let (entry, path) = try workspace.log(request)
            let logged = Messages.logged(entry.actionID, date: "\(entry.date)", withdrew: entry.retracts.map { "\($0)" }, path: path)
            Terminal.out(TerminalText.visible(Terminal.text(logged)) + "\n")
        } catch {
            switch error {
            case .lookup(let failure):
                throw usageFailure(Terminal.text(failure.text) + Terminal.text(Messages.nothingWrittenSentence))
            case .refused(let file):
                Open.printRefusal(file.localized(lang))
                throw ExitCode(1)
            case .writeFailed(let message):
                Terminal.err(TerminalText.visible("plan: \(message)" + Terminal.text(Messages.nothingWrittenClause)) + "\n")
                throw ExitCode(1)
            }
        }
    }
}
