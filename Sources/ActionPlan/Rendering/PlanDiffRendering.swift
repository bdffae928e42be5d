import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace
/// `plan diff` as text, Markdown and JSON; text and Markdown in the plan's language (JSON's kinds
/// are the stable English names).
package enum PlanDiffRendering {
    static func label(_ kind: PlanDiff.Change.Kind, _ l: Localizer) -> String {
        switch kind {
        case .themeAdded: return l.t("thema toegevoegd", "theme added")
        case .themeRemoved: return l.t("thema geschrapt", "theme removed")
        case .themeRenamed: return l.t("thema hernoemd", "theme renamed")
        case .added: return l.t("toegevoegd", "added")
        case .removed: return l.t("geschrapt", "removed")
        case .reworded: return l.t("anders verwoord", "reworded")
        case .rescheduled: return l.t("anders gepland", "rescheduled")
        case .reowned: return l.t("andere eigenaren", "re-owned")
        case .rebudgeted: return l.t("ander budget", "re-budgeted")
        }
    }

    static func marked(_ words: [PlanDiff.WordChange], removed: (String) -> String, added: (String) -> String) -> String {
        words.map { change in
            switch change.kind {
            case .same: return change.text
            case .removed: return removed(change.text)
            case .added: return added(change.text)
            }
        }.joined(separator: " ")
    }

    /// Text for a terminal: `[-removed-]` and `{+added+}` in reworded texts, like `git diff --word-diff`.
    /// What a change says about the municipality (`plan diff --upstream`), if anything.
    static func municipalityNote(_ change: PlanDiff.Change, _ l: Localizer) -> String? {
        guard let names = change.namesMunicipality else { return nil }
        if change.kind == .added { return names ? l.t("noemt deze gemeente", "names this municipality") : nil }
        switch (change.namedMunicipalityBefore ?? false, names) {
        case (false, true): return l.t("noemt nu deze gemeente", "now names this municipality")
        case (true, false): return l.t("noemt deze gemeente niet meer", "no longer names this municipality")
        default: return nil
        }
    }

    /// The changes as lines for a terminal; with `width`, a change longer than it wraps at spaces,
    /// its next lines indented, instead of being cut mid-word by the terminal.
    package static func text(_ diff: PlanDiff, oldName: String, newName: String, language: PlanLanguage = .en, names: [String: String]? = nil,
                             width: Int? = nil) -> String {
        let l = Localizer(language)
        func owners(_ keys: [String]) -> String { keys.map { names?[$0] ?? $0 }.joined(separator: ", ") }
        var lines = ["--- \(oldName)", "+++ \(newName)"]
        for change in diff.changes {
            let symbol = change.kind == .added || change.kind == .themeAdded ? "+" : change.kind == .removed || change.kind == .themeRemoved ? "-" : "~"
            let subject = change.kind.rawValue.hasPrefix("theme") ? "\(l.t("thema", "theme")) \(change.id)" : change.id
            var line = "\(symbol) \(subject) \(label(change.kind, l)): "
            if !change.words.isEmpty {
                line += marked(change.words, removed: { "[-\($0)-]" }, added: { "{+\($0)+}" })
            } else if change.kind == .reowned, names != nil {
                line += "\(owners(change.oldOwnerKeys)) → \(owners(change.ownerKeys))"
            } else if let old = shown(change.oldBudget, l) ?? change.old, let new = shown(change.newBudget, l) ?? change.new {
                line += "\(old) → \(new)"
            } else {
                line += change.new ?? change.old ?? ""
            }
            if change.kind == .added, !change.ownerKeys.isEmpty, names != nil {
                line += " (\(l.t("eigenaren", "owners")): \(owners(change.ownerKeys)))"
            }
            if let note = municipalityNote(change, l) { line += " — \(note)" }
            lines.append(line)
        }
        lines.append(diff.isEqual ? l.t("geen verschillen", "no differences") : l.count(diff.changes.count, ("wijziging", "wijzigingen"), ("change", "changes")))
        let visible = lines.map { TerminalText.visible($0, keepingNewlines: true) }
        guard let width, width > 20 else { return visible.joined(separator: "\n") + "\n" }
        let indent = "    "
        return visible.flatMap { line -> [String] in
            guard DisplayWidth.of(line) > width else { return [line] }
            return TableRenderer.wrap(line, to: width - indent.count).enumerated().map { ($0.offset == 0 ? "" : indent) + $0.element }
        }.joined(separator: "\n") + "\n"
    }

    /// A re-budgeted action's budget for people, in the plan's language: "bestaande middelen, 2025: € 15.000".
    private static func shown(_ budget: PlanDiff.BudgetSummary?, _ l: Localizer) -> String? {
        guard let budget else { return nil }
        let years = budget.amounts.sorted { $0.key < $1.key }.map { "\($0.key): \(l.money($0.value))" }
        let parts = (budget.usesExisting ? [l.t("bestaande middelen", "existing budgets")] : []) + years
        return parts.isEmpty ? l.t("geen bedrag", "no amount") : parts.joined(separator: ", ")
    }

    /// A Markdown table; removed words struck through, added words in bold.
    package static func markdown(_ diff: PlanDiff, oldName: String, newName: String, language: PlanLanguage = .en) -> String {
        let l = Localizer(language)
        func escape(_ text: String) -> String { MarkdownText.escaped(text) }
        var out = l.t("## Wijzigingen van \(escape(oldName)) naar \(escape(newName))\n\n", "## Changes from \(escape(oldName)) to \(escape(newName))\n\n")
        if diff.isEqual { return out + l.t("Geen verschillen.\n", "No differences.\n") }
        out += l.t("| Nr | Wijziging | Oud | Nieuw |\n| --- | --- | --- | --- |\n", "| Id | Change | Old | New |\n| --- | --- | --- | --- |\n")
        for change in diff.changes {
            let new = change.words.isEmpty ? escape(shown(change.newBudget, l) ?? change.new ?? "")
                : marked(change.words, removed: { "~~\(escape($0))~~" }, added: { "**\(escape($0))**" })
            let note = municipalityNote(change, l).map { " (\($0))" } ?? ""
            out += "| \(escape(change.id)) | \(label(change.kind, l))\(note) | \(escape(shown(change.oldBudget, l) ?? change.old ?? "")) | \(new) |\n"
        }
        return out
    }

    /// JSON.
    package static func json(_ diff: PlanDiff, oldName: String, newName: String) -> JSONValue {
        .object([
            ("old", .object([("plan", .string(diff.oldPlanID)), ("file", .string(oldName))])),
            ("new", .object([("plan", .string(diff.newPlanID)), ("file", .string(newName))])),
            ("equal", .bool(diff.isEqual)),
            ("changes", .array(diff.changes.map { change in
                .object([
                    ("kind", .string(change.kind.rawValue)),
                    ("id", .string(change.id)),
                    ("old", .optional(change.old)),
                    ("new", .optional(change.new)),
                    ("words", .array(change.words.map { .object([("kind", .string($0.kind.rawValue)), ("text", .string($0.text))]) })),
                ] + (change.namesMunicipality.map { [("names_municipality", JSONValue.bool($0))] } ?? [])
                  + (change.namedMunicipalityBefore.map { [("named_municipality_before", JSONValue.bool($0))] } ?? []))
            })),
        ])
    }
}
