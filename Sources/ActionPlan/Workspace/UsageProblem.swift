import ActionPlanCore
import ActionPlanFiles
/// Arguments that do not fit the files they name: the caller's mistake, not a file's (the CLI's usage
/// error, exit 64). ``Workspace/open(_:progress:readsProgress:today:)`` and
/// ``Workspace/check(_:progress:today:)`` report it before reading any plan.
public enum UsageProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// A progress file was named, but the paths hold this many plans instead of exactly one.
    case progressNeedsOnePlan(plans: Int)

    /// What is wrong and what to give instead, in one line.
    public var description: String {
        switch self {
        case .progressNeedsOnePlan:
            return text.en
        }
    }

    /// The same in both languages, from the catalogue.
    package var text: MessageText {
        switch self {
        case .progressNeedsOnePlan: Messages.progressOfOnePlan
        }
    }
}
