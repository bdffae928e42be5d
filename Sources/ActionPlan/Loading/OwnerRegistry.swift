import ActionPlanCore
/// Resolves the owner names an action writes (a key, a full name or an alias) to registry keys.
///
/// Matching ignores case, accents and repeated spaces: "Aandachtsfunctionarissen" and
/// "aandachtsfunctionarissen" are the same owner; a real typo is an error with a suggestion.
/// Building it folds every name once, so it also finds the names two entries share (`clashes`).
package struct OwnerRegistry {
    /// Two registry entries that share a key, name or alias (ignoring case and accents).
    package struct Clash {
        /// The name as the later entry writes it.
        package var name: String
        /// The later entry, which the clash is reported at.
        package var organisation: Organisation
        /// The earlier entry that already has the name.
        package var earlier: Organisation
    }

    private var organisations: [Organisation] = []
    private var byExactName: [String: String] = [:]
    /// Folded name → index in `organisations` of the first entry with that key, name or alias.
    private var byFoldedName: [String: Int] = [:]
    /// Folded short names, which resolve owners but may repeat another entry's name.
    private var byFoldedShortName: [String: String] = [:]
    private(set) var allNames: [String] = []
    /// The names two entries share, in the order of the entries.
    private(set) var clashes: [Clash] = []

    package init(organisations: [Organisation]) {
        add(organisations)
    }

    /// This registry with more entries after its own: a local plan's owners over its region's,
    /// without folding the region's names again.
    package func adding(_ more: [Organisation]) -> OwnerRegistry {
        var registry = self
        registry.add(more)
        return registry
    }

    private mutating func add(_ more: [Organisation]) {
        organisations.reserveCapacity(organisations.count + more.count)
        for organisation in more {
            let index = organisations.count
            organisations.append(organisation)
            var ownNames: Set<String> = []
            for name in [organisation.key, organisation.name] + (organisation.short.map { [$0] } ?? []) + organisation.aliases {
                if byExactName[name] == nil { byExactName[name] = organisation.key }
                allNames.append(name)
            }
            for name in [organisation.key, organisation.name] + organisation.aliases {
                let folded = TextFolding.fold(name)
                guard ownNames.insert(folded).inserted else { continue }
                if let earlier = byFoldedName[folded] {
                    clashes.append(Clash(name: name, organisation: organisation, earlier: organisations[earlier]))
                } else {
                    byFoldedName[folded] = index
                }
            }
            if let short = organisation.short {
                let folded = TextFolding.fold(short)
                if byFoldedShortName[folded] == nil { byFoldedShortName[folded] = organisation.key }
            }
        }
    }

    /// The registry key a written name stands for.
    package func key(for name: String) -> String? {
        if let key = byExactName[name] { return key }
        let folded = TextFolding.fold(name)
        if let index = byFoldedName[folded] { return organisations[index].key }
        return byFoldedShortName[folded]
    }

    /// The entries with one of these folded keys, names or aliases, in the registry's order.
    package func organisations(withFoldedNames folded: Set<String>) -> [Organisation] {
        Set(folded.compactMap { byFoldedName[$0] }).sorted().map { organisations[$0] }
    }

    /// The registry name nearest to an unknown one.
    package func suggestion(for name: String) -> String? {
        Suggestions.nearest(to: name, in: allNames)
    }
}
