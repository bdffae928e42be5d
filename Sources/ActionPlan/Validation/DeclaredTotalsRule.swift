import ActionPlanCore
/// The totals per year printed in the source agree with the sum of the budgets in the file.
enum DeclaredTotalsRule: PlanRule {
    static func check(_ contents: PlanContents) -> [Diagnostic] {
        let plan = contents.plan
        guard let declared = plan.declaredTotals else { return [] }
        let totals = BudgetTotals(period: plan.metadata.period, activities: contents.activities, actions: contents.actions)
        let language = plan.metadata.language
        func money(_ amount: Money) -> String { amount.formatted(language) }
        var diagnostics: [Diagnostic] = []
        for year in declared.years where plan.metadata.period.years.contains(year.year) {
            let computed = totals.total(in: year.year)
            // A total too large to count is reported by BudgetSumRule; there is no difference to show.
            guard computed != year.amount, !computed.isOverflow, !year.amount.isOverflow else { continue }
            let difference = year.amount - computed
            diagnostics.append(.error(
                .declaredTotalDiffers, "the declared total for \(year.year) is \(money(year.amount)), but the budgets add up to \(money(computed))",
                at: year.location,
                hint: "the difference is \(money(difference)); check the amounts of \(year.year), or the declared total"))
        }
        let declaredYears = Set(declared.years.map(\.year))
        for year in plan.metadata.period.years where !declaredYears.contains(year) && totals.total(in: year) != .zero
            && !totals.total(in: year).isOverflow {
            diagnostics.append(.warning(
                .declaredTotalMissing, "no declared total for \(year), though the budgets add up to \(money(totals.total(in: year)))",
                at: declared.location, hint: "add \(year) to 'declared_totals', or check the budgets"))
        }
        return diagnostics
    }
}
