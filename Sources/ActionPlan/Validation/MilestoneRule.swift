import ActionPlanCore
/// A milestone names actions of its own activity.
enum MilestoneRule: PlanRule {
    static func check(_ contents: PlanContents) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let activityOfAction = Dictionary(
            contents.actions.compactMap { action in action.activityID.map { (action.id, $0) } }, uniquingKeysWith: { a, _ in a })
        for activity in contents.activities {
            let own = Set(activity.actions.map(\.id))
            for milestone in activity.milestones {
                for (index, actionID) in milestone.actionIDs.enumerated() where !own.contains(actionID) {
                    let location = index < milestone.actionIDLocations.count ? milestone.actionIDLocations[index] : milestone.location
                    let hint: MessageText
                    if diagnostics.count >= LoadLimits.maximumDiagnosticsPerFile {
                        // Past what is shown: no search for the nearest ids (each costs a pass over the actions).
                        hint = Messages.milestoneOwnActivityHint
                    } else if let other = activityOfAction[actionID] {
                        hint = Messages.milestoneOtherActivityHint(actionID, other: other)
                    } else {
                        let nearest = Suggestions.nearest(to: actionID, in: activity.actions.map(\.id), count: 3)
                        hint = nearest.isEmpty ? Messages.activityWithoutActions(activity.id)
                            : Messages.nearestActionsOfActivity(activity.id, nearest.joined(separator: ", "))
                    }
                    diagnostics.append(.error(.milestoneUnknownAction, Messages.milestoneUnknownAction(actionID, activity: activity.id),
                                              at: location, hint: hint))
                }
            }
        }
        return diagnostics
    }
}
