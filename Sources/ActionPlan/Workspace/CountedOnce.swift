import ActionPlanCore
import ActionPlanFiles
import Foundation

extension Workspace {
    /// The plans as the counting queries (workload, status, budget) see them: when a regional plan
    /// and local plans that extend it are both in the workspace, an adopted regional action is one
    /// action, counted with the regional plan; the local plans keep only their own additions (and
    /// leave out adopted activities, whose budgets are the region's). `leftOut` is how many adopted
    /// actions were left out of local plans, so the output can say so.
    public var countedOnce: (plans: [TrackedPlan], leftOut: Int) {
        let present = Set(plans.map { PathText.canonical($0.plan.path) })
        var leftOut = 0
        let counted = plans.map { tracked -> TrackedPlan in
            guard let base = tracked.plan.base, present.contains(PathText.canonical(base.path)) else { return tracked }
            var copy = tracked
            copy.plan.themes = tracked.plan.themes.compactMap { theme in
                var kept = theme
                kept.activities = theme.activities.filter { activity in
                    let adopted = activity.actions.contains { $0.origin.isRegional }
                    if adopted { leftOut += activity.actions.count { $0.origin.isRegional } }
                    return !adopted
                }
                leftOut += theme.actions.count { $0.origin.isRegional }
                kept.actions = theme.actions.filter { !$0.origin.isRegional }
                return kept.allActions.isEmpty ? nil : kept
            }
            return copy
        }
        return (counted, leftOut)
    }
}

extension ActionOrigin {
    /// Whether the action was adopted from a regional plan.
    public var isRegional: Bool {
        if case .regional = self { return true }
        return false
    }
}
