import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace
extension ReportData {
    /// The attention points that are late: a (revised) deadline passed, or this plan year's
    /// recurrence behind schedule or past due. Listed one by one.
    var lateItems: [OverdueItem] {
        attention.filter(\.reason.isLate)
    }

    /// The ongoing actions nobody reported on for a long time. Summarised per theme, since a plan
    /// without progress would otherwise fill pages with rows that all say the same.
    var staleItems: [OverdueItem] {
        attention.filter { $0.reason == .stale }
    }
}
