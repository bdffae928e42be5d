import ActionPlanCore
/// A key, name or alias names one organisation: two entries that share one (ignoring case and
/// accents) make owners ambiguous. The registry finds the shared names as it is built.
enum OrganisationRegistryRule: PlanRule {
    static func check(_ contents: PlanContents) -> [Diagnostic] {
        contents.registry.clashes.map { clash in
            let organisation = clash.organisation, other = clash.earlier
            if other.key == organisation.key {
                return .error(
                    .registryClash, Messages.organisationTwice(organisation.key), at: organisation.location,
                    hint: Messages.organisationTwiceHint, notes: [.init(Messages.definedHere(other.key), at: other.location)])
            }
            return .error(
                .registryClash, Messages.nameOfTwo(clash.name, other.key, organisation.key), at: organisation.location,
                hint: Messages.nameOfTwoHint, notes: [.init(Messages.isHere(other.key), at: other.location)])
        }
    }
}
