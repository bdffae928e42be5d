import ActionPlanCore
/// The totals per year printed in the source agree with the sum of the budgets in the file.
enum DeclaredTotalsRule: PlanRule {
    static func check(_ contents: PlanContents) -> [Diagnostic] {
        let plan = contents.plan
        guard let declared = plan.declaredTotals else { return [] }
        let totals = BudgetTotals(period: plan.metadata.period, activities: contents.activities, actions: contents.actions)
        // An amount as each language writes it: € 153.000 and €153,000.
        func money(_ amount: Money) -> MessageText { MessageText(nl: amount.formatted(.nl), en: amount.formatted(.en)) }
        var diagnostics: [Diagnostic] = []
        for year in declared.years where plan.metadata.period.years.contains(year.year) {
            let computed = totals.total(in: year.year)
            // A total too large to count is reported by BudgetSumRule; there is no difference to show.
            guard computed != year.amount, !computed.isOverflow, !year.amount.isOverflow else { continue }
            let difference = year.amount - computed
            diagnostics.append(.error(
                .declaredTotalDiffers, Messages.declaredTotalDiffers(year.year, declared: money(year.amount), computed: money(computed)),
                at: year.location, hint: Messages.declaredTotalDiffersHint(year.year, difference: money(difference))))
        }
        let declaredYears = Set(declared.years.map(\.year))
        for year in plan.metadata.period.years where !declaredYears.contains(year) && totals.total(in: year) != .zero
            && !totals.total(in: year).isOverflow {
            diagnostics.append(.warning(
                .declaredTotalMissing, Messages.declaredTotalMissing(year, computed: money(totals.total(in: year))),
                at: declared.location, hint: Messages.declaredTotalMissingHint(year)))
        }
        return diagnostics
    }
}
