import ActionPlanCore
import ActionPlanFiles
import Foundation

/// One progress entry to record with `plan log`.
public struct ProgressLogRequest: Sendable {
    /// The action's id.
    package var actionID: String
    /// The day it happened (default: today).
    package var date: CalendarDate?
    /// A status word, `reopened` included.
    package var status: StatusWord?
    /// Whether it records an occurrence (a meeting held).
    package var occurred: Bool
    /// Money spent.
    package var spent: Money?
    /// The budget year of the money spent.
    package var year: Int?
    /// A note.
    package var note: String?
    /// A revised planning ("Q3 2025"): the new date the action is due by, in the plan's planning words.
    package var replan: String?
    /// Whether to record an entry that repeats an earlier one (same entry, or an occurrence on the same day).
    package var allowDuplicate: Bool
    /// The day whose entries of the action this entry withdraws; alone, the entry is dated that day and
    /// only withdraws; with a status, occurrence, amount or note it records the correction as well.
    package var retracts: CalendarDate?
    /// The language of what a refusal or a failed write says (default: the plan's).
    package var language: PlanLanguage?
    /// Who reported it: an owner of the registry or any text.
    package var reportedBy: String?

    /// Creates a request.
    public init(
        actionID: String, date: CalendarDate? = nil, status: StatusWord? = nil, occurred: Bool = false, spent: Money? = nil,
        year: Int? = nil, note: String? = nil, replan: String? = nil, allowDuplicate: Bool = false
    ) {
        self.replan = replan
        self.actionID = actionID
        self.date = date
        self.status = status
        self.occurred = occurred
        self.spent = spent
        self.year = year
        self.note = note
        self.allowDuplicate = allowDuplicate
    }
}

/// Why `plan log` wrote nothing.
public enum ProgressLogFailure: Error, Sendable {
    /// The request names something the plan does not hold (an action id): a usage error.
    case lookup(LookupFailure)
    /// The progress file would not pass validation with the entry (or does not pass it now): the
    /// diagnostics `plan validate` would give for the file with the entry added.
    case refused(FileDiagnostics)
    /// The file could not be written.
    case writeFailed(String)
}

extension Workspace {
    /// Appends a progress entry to the progress file of the plan whose id is `planID` (the first plan
    /// when nil: the only one, when one was opened), keeping the
    /// file valid by construction: under the writer's lock the file with the entry added is decoded
    /// exactly as every query decodes it, and nothing is written when that gives an error anywhere,
    /// or a warning about the new entry (a repeat) unless the request allows duplicates.
    /// The append never rewrites what is there. Returns the entry written and the file's path.
    /// Throws ``ProgressLogFailure/lookup(_:)`` when no plan has that id or the plan has no such action.
    public func log(_ request: ProgressLogRequest, plan planID: String? = nil) throws(ProgressLogFailure) -> (entry: ProgressEntry, path: String) {
        var handle: PlanHandle?
        if let planID {
            do { handle = try self.plan(id: planID) } catch { throw .lookup(error) }
        }
        guard let (tracked, path) = opened(handle) else { throw .lookup(LookupFailure(Messages.noPlanToLogTo)) }
        let plan = tracked.plan
        do { _ = try Workspace.action(request.actionID, in: plan) } catch { throw .lookup(error) }
        // The revised planning is parsed as the file will be read; one that does not parse is written
        // nowhere: the check below refuses it with the diagnostic the file would get.
        let replan = request.replan.map { text in
            let context = PlanningParser.Context(adoptedOn: plan.metadata.adoption?.date, period: plan.metadata.period)
            return (try? PlanningParser.parse(text, context: context).get()) ?? Schedule(text: text, kind: .noPlanning)
        }
        // Every entry carries the day it is written down (from the clock) beside the day it happened.
        var entry = ProgressEntry(
            actionID: request.actionID, date: request.date ?? today, status: request.status?.status, isOccurrence: request.occurred,
            spent: request.spent, spentYear: request.year, note: request.note, reopens: request.status == .reopened,
            replan: replan, recorded: today)
        entry.retracts = request.retracts
        entry.reportedBy = request.reportedBy
        // An entry that only withdraws is dated the day it withdraws.
        if let day = request.retracts, entry.isRetractionOnly, request.date == nil { entry.date = day }
        let checkCommand = CheckCommand(plan: plan.path, progress: path == ProgressFile.path(forPlan: plan.path) ? nil : path)
        do {
            try ProgressWriter.append(entry, to: path, planFileName: PathText.fileName(of: plan.path)) { after, before in
                let checked = ProgressLoader.load(bytes: after, path: path, plan: plan, today: today)
                // The entry starts after the old text (and the line break added when it lacked one).
                var firstNewLine = before.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
                if let last = before.last, last != UInt8(ascii: "\n") { firstNewLine += 1 }
                let blocking = checked.diagnostics.filter { diagnostic in
                    diagnostic.severity == .error || (!request.allowDuplicate && diagnostic.location.line >= firstNewLine)
                }
                if !blocking.isEmpty {
                    throw ProgressLogFailure.refused(FileDiagnostics(
                        path: path, kind: .progress, diagnostics: blocking, source: checked.source, checkCommand: checkCommand,
                        language: plan.metadata.language))
                }
            }
        } catch let failure as ProgressLogFailure {
            throw failure
        } catch let failure as ProgressWriter.Failure {
            throw .writeFailed(failure.text.text(in: request.language ?? plan.metadata.language))
        } catch {
            // The writer throws only its own failures and the check's; this is a last resort in plain words.
            throw .writeFailed(Messages.outputFailed(.same("'\(path)'"), reason: "?").text(in: request.language ?? plan.metadata.language))
        }
        return (entry, path)
    }
}
