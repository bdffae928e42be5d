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
    package static func text(_ diff: PlanDiff, oldName: String, newName: String, language: PlanLanguage = .en) -> String {
        let l = Localizer(language)
        var lines = ["--- \(oldName)", "+++ \(newName)"]
        for change in diff.changes {
            let symbol = change.kind == .added || change.kind == .themeAdded ? "+" : change.kind == .removed || change.kind == .themeRemoved ? "-" : "~"
            let subject = change.kind.rawValue.hasPrefix("theme") ? "\(l.t("thema", "theme")) \(change.id)" : change.id
            var line = "\(symbol) \(subject) \(label(change.kind, l)): "
            if !change.words.isEmpty {
                line += marked(change.words, removed: { "[-\($0)-]" }, added: { "{+\($0)+}" })
            } else if let old = change.old, let new = change.new {
                line += "\(old) → \(new)"
            } else {
                line += change.new ?? change.old ?? ""
            }
            lines.append(line)
        }
        lines.append(diff.isEqual ? l.t("geen verschillen", "no differences") : l.count(diff.changes.count, ("wijziging", "wijzigingen"), ("change", "changes")))
        return lines.map { TerminalText.visible($0, keepingNewlines: true) }.joined(separator: "\n") + "\n"
    }

    /// A Markdown table; removed words struck through, added words in bold.
    package static func markdown(_ diff: PlanDiff, oldName: String, newName: String, language: PlanLanguage = .en) -> String {
        let l = Localizer(language)
        func escape(_ text: String) -> String { MarkdownText.escaped(text) }
        var out = l.t("## Wijzigingen van \(escape(oldName)) naar \(escape(newName))\n\n", "## Changes from \(escape(oldName)) to \(escape(newName))\n\n")
        if diff.isEqual { return out + l.t("Geen verschillen.\n", "No differences.\n") }
        out += l.t("| Nr | Wijziging | Oud | Nieuw |\n| --- | --- | --- | --- |\n", "| Id | Change | Old | New |\n| --- | --- | --- | --- |\n")
        for change in diff.changes {
            let new = change.words.isEmpty ? escape(change.new ?? "")
                : marked(change.words, removed: { "~~\(escape($0))~~" }, added: { "**\(escape($0))**" })
            out += "| \(escape(change.id)) | \(label(change.kind, l)) | \(escape(change.old ?? "")) | \(new) |\n"
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
                ])
            })),
        ])
    }
}
