import ActionPlanCore
import ActionPlanFiles
/// The words for the query results, beside the queries (the localizer itself is in Model).
extension Localizer {
    /// The name of an overdue reason.
    package func reason(_ reason: OverdueItem.Reason) -> String {
        switch reason {
        case .deadline: return t("termijn voorbij", "deadline")
        case .recurrence: return t("herhaling gemist", "recurrence")
        case .behind: return t("achter op schema", "behind")
        case .stale: return t("geen voortgang", "stale")
        case .upcoming: return t("binnenkort", "upcoming")
        case .missed: return t("niet gehaald", "missed")
        }
    }
}
