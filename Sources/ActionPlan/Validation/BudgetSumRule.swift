import ActionPlanCore
/// The plan's money adds up within what the tool can count (`Money`).
///
/// Amounts are at least zero (a negative amount is an error), so every sum a query makes of a
/// plan's budgets (per year, per theme, owner, funding source, action, over the period) is at most
/// the sum of every amount of every budget line in every year it runs. The rule adds exactly that,
/// in file order, and points at the amount with which it goes past the largest amount: when it
/// does not, no query over the plan can overflow. The declared totals are added up apart.
enum BudgetSumRule: PlanRule {
    static func check(_ contents: PlanContents) -> [Diagnostic] {
        let period = contents.plan.metadata.period
        var diagnostics: [Diagnostic] = []
        let budgets = contents.activities.compactMap(\.budget) + contents.actions.compactMap(\.budget)
        var total = Money.zero
        search: for budget in budgets {
            for line in budget.lines {
                for year in Set(line.years(period: period)).sorted() {
                    total = total + line.amount(in: year, period: period)
                    guard total.isOverflow else { continue }
                    diagnostics.append(.error(
                        .moneyOverflow, Messages.budgetOverflow(largest), at: line.location, hint: Messages.budgetOverflowHint))
                    break search
                }
            }
        }
        // Within today's limits (13-digit amounts, years 1900-2999, each declared once) this cannot
        // overflow; checked so that it stays true if a limit changes.
        if let declared = contents.plan.declaredTotals, Money.sum(declared.years.map(\.amount)) == nil {
            diagnostics.append(.error(
                .moneyOverflow, Messages.declaredOverflow(largest), at: declared.location, hint: Messages.checkDeclaredAmounts))
        }
        return diagnostics
    }

    /// The largest amount, as in the messages.
    static let largest = Money.largest.formatted(.nl)
}
