import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace
extension Localizer {
    /// The label of a total the source gives for several years without a split (`budget: {total: …}`),
    /// shown as such in `plan budget` and the report, never spread over the years.
    package var notSplitOverYears: String { t("Niet per jaar verdeeld", "Not split by year") }

    /// The note under a budget for amounts still to be set (`p.m.`): counted apart, never as € 0.
    package func amountsToBeSet(_ count: Int) -> String {
        let counted = self.count(count, ("actie of activiteit", "acties en activiteiten"), ("action or activity", "actions and activities"))
        return t("Bedrag nog vast te stellen (p.m.): \(counted) (niet in de bedragen).", "Amount still to be set (p.m.): \(counted) (not in the amounts).")
    }
}
