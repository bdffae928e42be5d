import Foundation

/// Writes a starter local plan for one municipality from a regional plan (`plan derive`).
public struct LocalPlanDerivation: Sendable {
    /// The regional plan.
    public var regional: Plan
    /// The municipality's name as it should read ("Maassluis", "'s-Hertogenbosch").
    public var municipality: String
    /// The regional owners (roles and groups) the municipality stands in for.
    public var roles: [String]

    /// Prepares a derivation; `roles` defaults to the municipal roles of the registry.
    public init(regional: Plan, municipality: String, roles: [String]? = nil) {
        self.regional = regional
        self.municipality = municipality
        self.roles = roles ?? Self.municipalRoles(of: regional)
    }

    /// The registry's municipal roles: roles and groups named after municipalities or their
    /// aandachtsfunctionarissen ("aandachtsfunctionarissen", "(Centrum)gemeenten").
    public static func municipalRoles(of plan: Plan) -> [String] {
        plan.organisations.filter { organisation in
            guard organisation.kind == .role || organisation.kind == .group else { return false }
            let words = TextFolding.fold(([organisation.key, organisation.name] + organisation.aliases).joined(separator: " "))
            return words.contains("gemeente") || words.contains("aandachtsfunctionaris") || words.contains("aandachtfunctionaris")
        }.map(\.key)
    }

    /// The regional actions the roles take part in, in plan order.
    public var selectedActions: [Action] {
        regional.actions.filter { action in action.owners.contains { roles.contains($0.key) } }
    }

    /// A short key for the municipality: lowercase letters, digits and hyphens.
    public var slug: String {
        let folded = TextFolding.fold(municipality)
        var out = ""
        for character in folded {
            if character.isLetter || character.isNumber { out.append(character) } else if out.last != "-", !out.isEmpty { out.append("-") }
        }
        while out.last == "-" { out.removeLast() }
        return out.isEmpty ? "gemeente" : out
    }

    /// The local owner that stands in for a regional role.
    public func localKey(for role: String) -> String {
        let words = TextFolding.fold(role + " " + (regional.organisation(key: role)?.name ?? ""))
        return words.contains("aandacht") ? "\(slug)-aandachtsfunctionaris" : (existingMunicipality?.key ?? "gemeente-\(slug)")
    }

    /// The municipality's own entry in the regional registry, when the region already names it
    /// ("Gemeente Capelle a/d IJssel"): the local plan then uses it rather than adding a second one.
    public var existingMunicipality: Organisation? {
        let wanted = [TextFolding.fold("Gemeente \(municipality)"), TextFolding.fold(municipality)]
        return regional.organisations.first { organisation in
            organisation.kind == .organisation
                && ([organisation.key, organisation.name] + organisation.aliases).contains { wanted.contains(TextFolding.fold($0)) }
        }
    }

    /// The file's text. `basePath` is the regional plan's path relative to the local file's folder.
    public func yaml(basePath: String, baseVersion: String, snapshot: String, today: CalendarDate) -> String {
        let q = QuotedText.quoted
        let period = regional.metadata.period
        var lines: [String] = [
            SchemaReference.line(SchemaReference.path(for: .localPlan, besideFileAt: basePath, neighbourOnDisk: regional.path)),
            "# Lokaal actieplan mensenhandel voor \(municipality), afgeleid van:",
            "#   \(regional.metadata.title)",
            "# met `plan derive` op \(today). Vul aan waar TODO staat; `plan validate` controleert het bestand.",
            "# De regionale acties blijven zoals de regio ze heeft vastgesteld: pas lokaal alleen planning,",
            "# eigenaren, budget en notities aan (onder 'overrides'), en voeg eigen acties toe onder 'themes'.",
            "",
            "plan:",
            "  id: \(q("\(slug)-\(period.firstYear)-\(period.lastYear)"))",
            "  title: \(q("Lokaal actieplan mensenhandel \(municipality) \(period.firstYear)-\(period.lastYear)"))",
            "  region: \(q("Gemeente \(municipality)"))",
            "  # period and language are those of the regional plan unless given here",
            "  # TODO: adopted: {by: \"college van B&W\", on: YYYY-MM-DD}",
            "",
            "extends:",
            "  plan: \(q(basePath))",
            "  # The regional plan as it was when this file was derived; `plan diff --upstream` compares with it.",
            "  version: \(q(baseVersion))",
            "  snapshot: \(q(snapshot))",
            "",
            "# The regional actions this municipality takes part in (as \(roles.joined(separator: ", "))).",
            "# Remove the ones the municipality does not take on; add others by their regional id.",
            "adopt:",
            "  actions:",
        ]
        for action in selectedActions {
            let title = action.title.count > 70 ? String(action.title.prefix(69)) + "…" : action.title
            lines.append("    - \(q(action.id))   # \(title.replacingOccurrences(of: "\n", with: " "))")
        }
        lines += ["", "# Local people and organisations. TODO: replace the names by the real ones.", "organisations:"]
        let organisationsLine = lines.count - 1
        var added: Set<String> = existingMunicipality.map { [$0.key] } ?? []
        if let existing = existingMunicipality {
            lines.append("  # '\(existing.key)' (\(existing.name)) is in the regional registry already.")
        }
        for role in roles {
            let key = localKey(for: role)
            guard added.insert(key).inserted else { continue }
            let isOfficial = key.hasSuffix("-aandachtsfunctionaris")
            lines.append("  \(q(key)):")
            lines.append("    name: \(q(isOfficial ? "Gemeente \(municipality), aandachtsfunctionaris mensenhandel" : "Gemeente \(municipality)"))")
            lines.append("    kind: \(isOfficial ? "person" : "organisation")")
        }
        if lines.count == organisationsLine + 1 || lines[(organisationsLine + 1)...].allSatisfy({ $0.hasPrefix("  #") }) {
            lines[organisationsLine] = "organisations: {}"
        }
        lines += ["", "# Who stands in locally for the regional roles.", "roles:"]
        for role in roles { lines.append("  \(q(role)): \(q(localKey(for: role)))") }
        lines += [
            "",
            "# Local changes to adopted actions, by regional id. For example:",
            "#   \"2.4\":",
            "#     planning: Q2 2025",
            "#     owners: [\(localKey(for: roles.first ?? "gemeenten")), VAR]",
            "#     notes: \"Lokaal uitgevoerd met de wijkteams\"",
            "overrides: {}",
            "",
            "# Local themes and actions. Local ids start with L so they never clash with the regional ones:",
            "#   - id: \"L1\"",
            "#     title: Lokale aanpak",
            "#     actions:",
            "#       - id: \"L1.1\"",
            "#         title: …",
            "#         planning: 2025",
            "#         owners: [\(localKey(for: roles.first ?? "gemeenten"))]",
            "themes: []",
            "",
        ]
        return lines.joined(separator: "\n")
    }
}
