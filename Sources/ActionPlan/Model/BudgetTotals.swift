/// The money of a plan per year: the sum of every budget of its activities and actions.
package struct BudgetTotals: Sendable {
    /// The computed total per plan year.
    package let perYear: [Int: Money]

    /// Sums the budgets of a plan.
    package init(plan: Plan) {
        self.init(period: plan.metadata.period, activities: plan.activities, actions: plan.actions)
    }

    package init(period: PlanPeriod, activities: [Activity], actions: [Action]) {
        var perYear: [Int: Money] = [:]
        let budgets = activities.compactMap(\.budget) + actions.compactMap(\.budget)
        for budget in budgets {
            for line in budget.lines {
                for year in Set(line.years(period: period)) {
                    perYear[year, default: .zero] = perYear[year, default: .zero] + line.amount(in: year, period: period)
                }
            }
        }
        self.perYear = perYear
    }

    /// The total of a year.
    package func total(in year: Int) -> Money { perYear[year] ?? .zero }
}
