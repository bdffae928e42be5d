import ActionPlanCore
import ActionPlanFiles
import Foundation

/// Writes a starter local plan for one municipality from a regional plan (`plan derive`).
///
/// The local plan adopts the regional actions in which the municipality takes part: those of which
/// one of its roles is an owner (the registry's municipal roles by default: "aandachtsfunctionarissen",
/// "(Centrum)gemeenten"), and those of which the municipality itself is an owner (its own registry
/// entry, such as `gemeente-capelle` on action 4.7 of the Rotterdam plan).
package struct LocalPlanDerivation: Sendable {
    /// The regional plan.
    package var regional: Plan
    /// The municipality's name as it should read ("Maassluis", "'s-Hertogenbosch"), trimmed.
    package var municipality: String
    /// The regional owners (roles and groups) the municipality stands in for.
    package var roles: [String]
    /// The municipality's own entry in the regional registry, when the region names it.
    package var existingMunicipality: Organisation?
    /// The language of the comments written.
    package var language: PlanLanguage

    /// Prepares a derivation; `roles` defaults to the municipal roles of the registry;
    /// `municipalityKey` is the registry key of the municipality's own entry, when it has one
    /// (found through the workspace's owner lookup, see `Workspace.deriveLocalPlan`).
    package init(regional: Plan, municipality: String, roles: [String]? = nil, municipalityKey: String? = nil, language: PlanLanguage? = nil) {
        self.regional = regional
        self.municipality = municipality.trimmingCharacters(in: .whitespacesAndNewlines)
        self.roles = roles ?? Self.municipalRoles(of: regional)
        existingMunicipality = municipalityKey.flatMap { regional.organisation(key: $0) }
        self.language = language ?? regional.metadata.language
    }

    /// The registry's municipal roles: roles and groups named after municipalities or their
    /// aandachtsfunctionarissen ("aandachtsfunctionarissen", "(Centrum)gemeenten").
    package static func municipalRoles(of plan: Plan) -> [String] {
        plan.organisations.filter { organisation in
            guard organisation.kind == .role || organisation.kind == .group else { return false }
            let words = TextFolding.fold(([organisation.key, organisation.name] + organisation.aliases).joined(separator: " "))
            return words.contains("gemeente") || words.contains("aandachtsfunctionaris") || words.contains("aandachtfunctionaris")
        }.map(\.key)
    }

    /// The names under which a municipality may stand in a registry: as given, and as "Gemeente X".
    package static func registryNames(of municipality: String) -> [String] {
        let name = bareName(municipality)
        return [name, "Gemeente \(name)"]
    }

    /// A municipality's name without a leading "Gemeente " (so "Gemeente X" is never doubled), trimmed.
    package static func bareName(_ municipality: String) -> String {
        let name = municipality.trimmingCharacters(in: .whitespacesAndNewlines)
        guard TextFolding.fold(name).hasPrefix("gemeente "), name.count > "gemeente ".count else { return name }
        return String(name.dropFirst("gemeente ".count)).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The owners whose actions are adopted: the roles, and the municipality's own entry.
    package var adoptedOwners: [String] { roles + (existingMunicipality.map { [$0.key] } ?? []) }

    /// The regional actions the roles or the municipality itself take part in, in plan order.
    package var selectedActions: [Action] {
        let owners = Set(adoptedOwners)
        return regional.actions.filter { action in action.owners.contains { owners.contains($0.key) } }
    }

    /// The local plan's id: the municipality's key and the period.
    package var planID: String {
        let period = regional.metadata.period
        return "\(slug)-\(period.firstYear)-\(period.lastYear)"
    }

    /// A short key for the municipality: lowercase letters, digits and hyphens.
    package var slug: String {
        let folded = TextFolding.fold(municipality)
        var out = ""
        for character in folded {
            if character.isLetter || character.isNumber { out.append(character) } else if out.last != "-", !out.isEmpty { out.append("-") }
        }
        while out.last == "-" { out.removeLast() }
        return out.isEmpty ? "gemeente" : out
    }

    /// The local owner that stands in for a regional role.
    package func localKey(for role: String) -> String {
        let words = TextFolding.fold(role + " " + (regional.organisation(key: role)?.name ?? ""))
        return words.contains("aandacht") ? "\(slug)-aandachtsfunctionaris" : (existingMunicipality?.key ?? "gemeente-\(slug)")
    }

    /// The file's text, its comments in the derivation's language. `basePath` is the regional plan's
    /// path as the local file names it (relative to the local file's folder, or absolute);
    /// `regionalBytes` the regional plan's bytes when read already (its schema comment is looked at).
    package func yaml(basePath: String, baseVersion: String, snapshot: String, today: CalendarDate, regionalBytes: [UInt8]? = nil) -> String {
        let q = QuotedText.quoted
        let l = Localizer(language)
        let period = regional.metadata.period
        let title = l.t("Lokaal actieplan mensenhandel \(municipality) \(period.firstYear)-\(period.lastYear)",
                        "Local action plan against human trafficking \(municipality) \(period.firstYear)-\(period.lastYear)")
        let example = localKey(for: roles.first ?? "gemeenten")
        var lines: [String] = SchemaReference.lines(SchemaReference.path(for: .localPlan, besideFileAt: basePath, neighbourOnDisk: regional.path,
                                                                                 neighbourBytes: regionalBytes.map { Data($0) })) + [
            l.t("# Lokaal actieplan mensenhandel voor \(Self.commentText(municipality)), afgeleid van:", "# Local action plan for \(Self.commentText(municipality)), derived from:"),
            "#   \(Self.commentText(regional.metadata.title))",
            l.t("# met `plan derive` op \(today). Vul aan waar TODO staat; `plan validate` controleert het bestand.",
                "# with `plan derive` on \(today). Fill in where it says TODO; `plan validate` checks the file."),
            l.t("# De regionale acties blijven zoals de regio ze heeft vastgesteld: pas lokaal alleen planning,",
                "# The regional actions stay as the region adopted them: change only their planning, owners,"),
            l.t("# eigenaren, budget en notities aan (onder 'overrides'), en voeg eigen acties toe onder 'themes'.",
                "# budget and notes locally (under 'overrides'), and add local actions under 'themes'."),
            "",
            "plan:",
            "  id: \(q(planID))",
            "  title: \(q(title))",
            "  region: \(q("Gemeente \(municipality)"))",
            l.t("  # periode en taal zijn die van het regionale plan, tenzij hier opgegeven",
                "  # period and language are those of the regional plan unless given here"),
            l.t("  # TODO: adopted: {by: \"college van B&W\", on: JJJJ-MM-DD}", "  # TODO: adopted: {by: \"the municipal executive\", on: YYYY-MM-DD}"),
            "",
            "extends:",
            l.t("  plan: \(q(basePath))   # relatief aan de map van dit bestand", "  plan: \(q(basePath))   # relative to the folder of this file"),
            l.t("  # Het regionale plan zoals het was toen dit bestand werd afgeleid; `plan diff --upstream` vergelijkt ermee,",
                "  # The regional plan as it was when this file was derived; `plan diff --upstream` compares with it,"),
            l.t("  # `plan diff --upstream --accept` neemt de wijzigingen van de regio over (versie en kopie samen).",
                "  # `plan diff --upstream --accept` accepts the region's changes (version and snapshot together)."),
            "  version: \(q(baseVersion))",
            "  snapshot: \(q(snapshot))",
            "",
            l.t("# De regionale acties waaraan deze gemeente deelneemt (als \(Self.commentText(adoptedOwners.joined(separator: ", ")))).",
                "# The regional actions this municipality takes part in (as \(Self.commentText(adoptedOwners.joined(separator: ", ")))))."),
            l.t("# Schrap de acties die de gemeente niet oppakt; voeg andere toe met hun regionale nummer.",
                "# Remove the ones the municipality does not take on; add others by their regional id."),
            "adopt:",
            "  actions:",
        ]
        for action in selectedActions {
            let title = action.title.count > 70 ? String(action.title.prefix(69)) + "…" : action.title
            lines.append("    - \(q(action.id))   # \(Self.commentText(title))")
        }
        lines += ["", l.t("# Lokale mensen en organisaties. TODO: vervang de namen door de echte.",
                          "# Local people and organisations. TODO: replace the names by the real ones."), "organisations:"]
        let organisationsLine = lines.count - 1
        var added: Set<String> = existingMunicipality.map { [$0.key] } ?? []
        if let existing = existingMunicipality {
            lines.append(l.t("  # '\(Self.commentText(existing.key))' (\(Self.commentText(existing.name))) staat al in het regionale register.",
                             "  # '\(Self.commentText(existing.key))' (\(Self.commentText(existing.name))) is in the regional registry already."))
        }
        for role in roles {
            let key = localKey(for: role)
            guard added.insert(key).inserted else { continue }
            let isOfficial = key.hasSuffix("-aandachtsfunctionaris")
            lines.append("  \(q(key)):")
            lines.append("    name: \(q(isOfficial ? l.t("Gemeente \(municipality), aandachtsfunctionaris mensenhandel", "Gemeente \(municipality), human trafficking officer") : "Gemeente \(municipality)"))")
            lines.append("    kind: \(isOfficial ? "person" : "organisation")")
        }
        if lines.count == organisationsLine + 1 || lines[(organisationsLine + 1)...].allSatisfy({ $0.hasPrefix("  #") }) {
            lines[organisationsLine] = "organisations: {}"
        }
        lines += ["", l.t("# Wie de regionale rollen hier vervult.", "# Who stands in locally for the regional roles."), "roles:"]
        for role in roles { lines.append("  \(q(role)): \(q(localKey(for: role)))") }
        lines += [
            "",
            l.t("# Lokale wijzigingen van overgenomen acties, op regionaal nummer. Bijvoorbeeld:",
                "# Local changes to adopted actions, by regional id. For example:"),
            "#   \"2.4\":",
            "#     planning: Q2 2025",
            "#     owners: [\(Self.commentText(example)), VAR]",
            l.t("#     notes: \"Lokaal uitgevoerd met de wijkteams\"", "#     notes: \"Carried out locally with the neighbourhood teams\""),
            "overrides: {}",
            "",
            l.t("# Lokale thema's en acties. Lokale nummers beginnen met L, zodat ze nooit botsen met de regionale:",
                "# Local themes and actions. Local ids start with L so they never clash with the regional ones:"),
            "#   - id: \"L1\"",
            l.t("#     title: Lokale aanpak", "#     title: Local approach"),
            "#     actions:",
            "#       - id: \"L1.1\"",
            "#         title: …",
            "#         planning: 2025",
            "#         owners: [\(example)]",
            "themes: []",
            "",
        ]
        return lines.joined(separator: "\n")
    }

    /// Text from the regional plan made safe for one comment line (`QuotedText.comment`).
    package static func commentText(_ text: String) -> String {
        QuotedText.comment(text)
    }
}
