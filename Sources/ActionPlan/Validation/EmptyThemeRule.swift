import ActionPlanCore
/// Every theme and activity holds at least one action. One whose actions were written but could not
/// be read is not empty: their own problems are reported, never a second, false one.
enum EmptyThemeRule: PlanRule {
    static func check(_ contents: PlanContents) -> [Diagnostic] {
        let plan = contents.plan
        var diagnostics: [Diagnostic] = []
        for theme in plan.themes where theme.allActions.isEmpty && theme.unreadableEntries == 0
            && theme.activities.allSatisfy({ $0.unreadableEntries == 0 }) {
            diagnostics.append(.warning(
                .nothingInside, Messages.themeWithoutActions(theme.id), at: theme.location, hint: Messages.themeWithoutActionsHint))
        }
        for activity in contents.activities where activity.actions.isEmpty && activity.unreadableEntries == 0 {
            diagnostics.append(.warning(
                .nothingInside, Messages.activityWithoutActions(activity.id), at: activity.location, hint: Messages.activityWithoutActionsHint))
        }
        return diagnostics
    }
}
