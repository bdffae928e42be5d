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
                        .moneyOverflow, "with this amount the budgets of the plan add up to more than \(largest), the most this tool can count",
                        at: line.location,
                        hint: "check the amount, and the years it is given for: an amount per year counts once for every year of its range"))
                    break search
                }
            }
        }
        // Within today's limits (13-digit amounts, years 1900-2999, each declared once) this cannot
        // overflow; checked so that it stays true if a limit changes.
        if let declared = contents.plan.declaredTotals, Money.sum(declared.years.map(\.amount)) == nil {
            diagnostics.append(.error(
                .moneyOverflow, "the declared totals add up to more than \(largest), the most this tool can count",
                at: declared.location, hint: "check the declared amounts"))
        }
        return diagnostics
    }

    /// The largest amount, as in the messages.
    static let largest = Money.largest.formatted(.nl)
}
