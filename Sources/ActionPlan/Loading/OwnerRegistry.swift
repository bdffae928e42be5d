import ActionPlanCore
/// Resolves the owner names an action writes (a key, a full name or an alias) to registry keys.
///
/// Matching ignores case, accents and repeated spaces: "Aandachtsfunctionarissen" and
/// "aandachtsfunctionarissen" are the same owner; a real typo is an error with a suggestion.
package struct OwnerRegistry {
    private var byExactName: [String: String] = [:]
    private var byFoldedName: [String: String] = [:]
    private(set) var allNames: [String] = []

    package init(organisations: [Organisation]) {
        for organisation in organisations {
            for name in [organisation.key, organisation.name] + (organisation.short.map { [$0] } ?? []) + organisation.aliases {
                if byExactName[name] == nil { byExactName[name] = organisation.key }
                let folded = TextFolding.fold(name)
                if byFoldedName[folded] == nil { byFoldedName[folded] = organisation.key }
                allNames.append(name)
            }
        }
    }

    /// The registry key a written name stands for.
    package func key(for name: String) -> String? {
        byExactName[name] ?? byFoldedName[TextFolding.fold(name)]
    }

    /// The registry name nearest to an unknown one.
    package func suggestion(for name: String) -> String? {
        Suggestions.nearest(to: name, in: allNames)
    }
}
