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
                        .registryClash, Messages.organisationTwice(organisation.key), at: organisation.location,
                        hint: Messages.organisationTwiceHint, notes: [.init(Messages.definedHere(other.key), at: other.location)]))
                } else if let other = owner[folded] {
                    diagnostics.append(.error(
                        .registryClash, Messages.nameOfTwo(name, other.key, organisation.key), at: organisation.location,
                        hint: Messages.nameOfTwoHint, notes: [.init(Messages.isHere(other.key), at: other.location)]))
                } else {
                    owner[folded] = organisation
                }
            }
        }
        return diagnostics
    }
}
