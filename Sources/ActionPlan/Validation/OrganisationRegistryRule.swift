import ActionPlanCore
/// A key, name or alias names one organisation: two entries that share one (ignoring case and
/// accents) make owners ambiguous.
enum OrganisationRegistryRule: PlanRule {
    static func check(_ contents: PlanContents) -> [Diagnostic] {
        let plan = contents.plan
        var diagnostics: [Diagnostic] = []
        var owner: [String: Organisation] = [:]
        for organisation in plan.organisations {
            var ownNames: Set<String> = []
            for name in [organisation.key, organisation.name] + organisation.aliases {
                let folded = TextFolding.fold(name)
                guard ownNames.insert(folded).inserted else { continue }
                if let other = owner[folded], other.key == organisation.key {
                    diagnostics.append(.error(
                        .registryClash, "organisation '\(organisation.key)' is defined twice", at: organisation.location,
                        hint: "a local plan uses the regional plan's organisations as they are; give a local one another key",
                        notes: [.init("'\(other.key)' is defined here", at: other.location)]))
                } else if let other = owner[folded] {
                    diagnostics.append(.error(
                        .registryClash, "'\(name)' names both '\(other.key)' and '\(organisation.key)'", at: organisation.location,
                        hint: "a key, name or alias may belong to one organisation only (case and accents do not count)",
                        notes: [.init("'\(other.key)' is here", at: other.location)]))
                } else {
                    owner[folded] = organisation
                }
            }
        }
        return diagnostics
    }
}
