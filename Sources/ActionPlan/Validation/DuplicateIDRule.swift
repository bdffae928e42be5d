import ActionPlanCore
/// Theme, activity and action ids are unique in a plan; a duplicate points at both places.
enum DuplicateIDRule: PlanRule {
    static func check(_ contents: PlanContents) -> [Diagnostic] {
        let plan = contents.plan
        var diagnostics: [Diagnostic] = []
        func checkUnique(_ items: [(id: String, location: SourceLocation)], _ what: MessageText) {
            var first: [String: SourceLocation] = [:]
            for item in items {
                if let earlier = first[item.id] {
                    diagnostics.append(.error(
                        .duplicateID, Messages.duplicateID(what, item.id), at: item.location, hint: Messages.duplicateIDHint(what),
                        notes: [.init(Messages.firstUsedHere(item.id), at: earlier)]))
                } else {
                    first[item.id] = item.location
                }
            }
        }
        checkUnique(plan.themes.map { ($0.id, $0.location) }, Messages.kindTheme)
        checkUnique(contents.activities.map { ($0.id, $0.location) }, Messages.kindActivity)
        checkUnique(contents.actions.map { ($0.id, $0.location) }, Messages.kindAction)
        return diagnostics
    }
}
