import ActionPlanCore
/// Every theme and activity holds at least one action.
enum EmptyThemeRule: PlanRule {
    static func check(_ contents: PlanContents) -> [Diagnostic] {
        let plan = contents.plan
        var diagnostics: [Diagnostic] = []
        for theme in plan.themes where theme.allActions.isEmpty {
            diagnostics.append(.warning(
                .nothingInside, "theme '\(theme.id)' has no actions", at: theme.location,
                hint: "add the theme's actions under 'actions:', or remove the theme"))
        }
        for activity in contents.activities where activity.actions.isEmpty {
            diagnostics.append(.warning(
                .nothingInside, "activity '\(activity.id)' has no actions", at: activity.location,
                hint: "add the activity's actions under 'actions:'"))
        }
        return diagnostics
    }
}
