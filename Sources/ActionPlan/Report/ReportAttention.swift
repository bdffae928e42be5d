import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace
extension ReportData {
    /// The attention points that are late: a deadline passed, a past year's recurrence missed, or
    /// this year's recurrence behind schedule. Listed one by one.
    var lateItems: [OverdueItem] {
        attention.filter { $0.reason == .deadline || $0.reason == .recurrence || $0.reason == .behind }
    }

    /// The ongoing actions nobody reported on for a long time. Summarised per theme, since a plan
    /// without progress would otherwise fill pages with rows that all say the same.
    var staleItems: [OverdueItem] {
        attention.filter { $0.reason == .stale }
    }
}
