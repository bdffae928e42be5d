import ActionPlanCore
/// Theme, activity and action ids are unique in a plan; a duplicate points at both places.
enum DuplicateIDRule: PlanRule {
    static func check(_ contents: PlanContents) -> [Diagnostic] {
        let plan = contents.plan
        var diagnostics: [Diagnostic] = []
        func checkUnique(_ items: [(id: String, location: SourceLocation)], _ what: String) {
            var first: [String: SourceLocation] = [:]
            for item in items {
                if let earlier = first[item.id] {
                    diagnostics.append(.error(
                        .duplicateID, "duplicate \(what) id '\(item.id)'", at: item.location,
                        hint: "give each \(what) its own id, as numbered in the source",
                        notes: [.init("'\(item.id)' is first used here", at: earlier)]))
                } else {
                    first[item.id] = item.location
                }
            }
        }
        checkUnique(plan.themes.map { ($0.id, $0.location) }, "theme")
        checkUnique(contents.activities.map { ($0.id, $0.location) }, "activity")
        checkUnique(contents.actions.map { ($0.id, $0.location) }, "action")
        return diagnostics
    }
}
