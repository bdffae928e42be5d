import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace
extension Localizer {
    /// The word for a standing, as Dutch and English progress reports write it: *afgerond, loopt,
    /// vertraagd, nog niet gestart, vervallen*; done, in progress, late, not started, dropped.
    package func standing(_ standing: ActionStanding) -> String {
        switch standing {
        case .done: return t("afgerond", "done")
        case .inProgress: return t("loopt", "in progress")
        case .late: return t("vertraagd", "late")
        case .notStarted: return t("nog niet gestart", "not started")
        case .dropped: return t("vervallen", "dropped")
        }
    }

    /// A planning with the revised planning in force beside it: `2025 → nieuwe planning Q3 2025`.
    package func planning(_ adopted: String, replan: String?) -> String {
        guard let replan else { return adopted }
        return adopted + " → " + t("nieuwe planning ", "new planning ") + replan
    }
}

extension String {
    /// The text with its first letter a capital (a standing as a column header: "Nog niet gestart").
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
