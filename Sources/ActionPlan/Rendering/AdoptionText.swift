import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace
/// `plan adopt --suggest` for people: one line per regional action that names the municipality and
/// is not adopted, then the command that adopts them.
package enum AdoptionText {
    /// The suggestions, in the local plan's language.
    package static func suggestions(_ suggestions: [AdoptionSuggestion], localPath: String, language: PlanLanguage, names: OwnerNames = OwnerNames()) -> String {
        let l = Localizer(language)
        guard !suggestions.isEmpty else {
            return TerminalText.visible(l.t("Geen regionale acties die deze gemeente noemen en nog niet zijn overgenomen.",
                                            "No regional actions that name this municipality and are not adopted.")) + "\n"
        }
        var lines = [l.t("Regionale acties die deze gemeente noemen en nog niet zijn overgenomen:",
                         "Regional actions that name this municipality and are not adopted:")]
        for suggestion in suggestions {
            let title = suggestion.action.title.count > 60 ? String(suggestion.action.title.prefix(59)) + "…" : suggestion.action.title
            lines.append("  \(suggestion.action.id)  \(title) (\(l.t("als", "as")) \(suggestion.namedAs.map { names.name($0) }.joined(separator: ", ")))")
        }
        lines.append(l.t("Overnemen: plan adopt \(localPath) ", "Adopt them: plan adopt \(localPath) ") + suggestions.map(\.action.id).joined(separator: " "))
        return lines.map { TerminalText.visible($0) }.joined(separator: "\n") + "\n"
    }
}
