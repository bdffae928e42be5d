import ActionPlanCore
import ActionPlanFiles
/// Which owners of several plans are one owner, and how to tell apart those that are not.
///
/// Each plan has its own registry. Two plans' owners are one owner only when their full names match
/// (case, accents and spaces folded: `Nederlandse Arbeidsinspectie` in both plans) or when one plan is a
/// local plan of the other (the local plan takes the region's registry, key for key). The same key in two
/// unrelated plans is two owners: Rotterdam's `RIEC` (Regionaal Informatie- en Expertise Centrum
/// Rotterdam) is not Zuid-Limburg's `RIEC` (… Limburg). Roles and groups (`aandachtsfunctionarissen`) are
/// the people of one region, so they are one owner only within a plan and its local plans, whatever their names.
///
/// Owners that stay apart but would be shown by the same display name are labelled with their plan's region:
/// `RIEC (Zuid-Limburg)`, `RIEC (Regio Rotterdam)`.
package struct OwnerIdentities: Sendable {
    /// One owner across the plans.
    package struct Identity: Sendable, Hashable {
        /// The plan whose registry first names it.
        package var planID: String
        /// Its key in that registry.
        package var key: String
        /// The full name.
        package var name: String
        /// The name people read (see `Organisation.displayName`).
        package var displayName: String
        /// The region of the plan whose registry first names it.
        package var region: String
    }

    /// The owners, in the order the plans name them.
    package private(set) var identities: [Identity] = []
    private var byPlanKey: [String: [String: Int]] = [:]

    /// The owners of these plans.
    package init(_ plans: [Plan]) {
        var byFamilyKey: [String: Int] = [:]
        var byName: [String: Int] = [:]
        for plan in plans {
            let planID = plan.metadata.id
            // A local plan and its regional plan are one family: the same key is the same owner.
            let family = plan.base?.planID ?? planID
            var keys: [String: Int] = [:]
            for organisation in plan.organisations {
                let folded = TextFolding.fold(organisation.name)
                let sharesByName = organisation.kind == .organisation || organisation.kind == .person
                let index: Int
                if let known = byFamilyKey[family + "\u{0}" + organisation.key] {
                    index = known
                    // An owner of a regional plan is named after the regional plan, however its local plans come first.
                    if planID == family {
                        identities[index].planID = planID
                        identities[index].region = plan.metadata.region
                    }
                } else if sharesByName, let known = byName[folded] {
                    index = known
                } else {
                    index = identities.count
                    identities.append(Identity(planID: planID, key: organisation.key, name: organisation.name,
                                               displayName: organisation.displayName, region: plan.metadata.region))
                }
                byFamilyKey[family + "\u{0}" + organisation.key] = index
                if sharesByName, byName[folded] == nil { byName[folded] = index }
                keys[organisation.key] = index
            }
            byPlanKey[planID] = keys
        }
    }

    /// The names to show for some of the owners (indices into `identities`): the display name, with the
    /// plan's region added where two of them would otherwise read alike (`RIEC (Zuid-Limburg)`).
    package func shownNames(_ indices: [Int]) -> [Int: String] {
        let alike = Dictionary(grouping: indices, by: { TextFolding.fold(identities[$0].displayName) })
        var names: [Int: String] = [:]
        for group in alike.values {
            for index in group {
                let identity = identities[index]
                names[index] = group.count > 1 ? "\(identity.displayName) (\(identity.region))" : identity.displayName
            }
        }
        return names
    }

    /// The owner a plan's registry key stands for (an index into `identities`).
    package func index(of key: String, in planID: String) -> Int? {
        byPlanKey[planID]?[key]
    }
}
