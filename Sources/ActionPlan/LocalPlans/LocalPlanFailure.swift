import ActionPlanCore
import ActionPlanFiles
/// Why `plan derive` or accepting a regional change wrote nothing (or stopped part-way, leaving a
/// consistent local plan and snapshot behind). Messages are in the language of the command.
package enum LocalPlanFailure: Error, Sendable {
    /// Something given is wrong (an empty municipality, an output that is an input, an existing file
    /// without `--force`): a usage error.
    case usage(String)
    /// The local plan would be left with errors (or a file it needs has them): the diagnostics
    /// `plan validate` would give, and what to do about them (from the message catalogue, shown in
    /// `language`, the local plan's).
    case invalid(FileDiagnostics, advice: MessageText, language: PlanLanguage)
    /// A file could not be written or read.
    case failed(String)
}

extension Workspace {
    /// The local plan a handle names (for nil, the first plan: the only one, when one was opened), or
    /// a usage failure when the workspace has no such plan.
    func localPlan(_ handle: PlanHandle?) throws(LocalPlanFailure) -> (tracked: TrackedPlan, progressPath: String) {
        guard let opened = opened(handle) else { throw .usage(Messages.noLocalPlanOpen.text(in: .en)) }
        return opened
    }
}
