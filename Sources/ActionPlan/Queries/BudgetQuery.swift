import ActionPlanCore
import ActionPlanFiles
/// What a plan costs per year: totals over the plan period, optionally broken down by theme,
/// owner, funding source or action; the actions and activities on existing budgets counted
/// apart; declared totals against computed ones; money spent where progress records it.
public struct BudgetQuery: Sendable {
    /// How to break the totals down.
    public enum Breakdown: String, Sendable, CaseIterable {
        /// Per theme.
        case theme
        /// Per owner: an action's lead; an activity's first partner.
        case owner
        /// Per funding source.
        case funding
        /// Per action or activity that has a budget.
        case action
    }

    /// The breakdown, if any.
    public var breakdown: Breakdown?
    /// The day the question is asked for (for spending recorded up to then).
    public var asOf: CalendarDate

    /// Creates a query.
    public init(asOf: CalendarDate, breakdown: Breakdown? = nil) {
        self.asOf = asOf
        self.breakdown = breakdown
    }

    /// One report per plan, and the totals per year over all of them; an error rather than a total
    /// too large to count (validation rules that out within one plan, not over many).
    public func run(_ plans: [TrackedPlan]) throws(MoneyOverflow) -> BudgetSummary {
        let reports = plans.map(report)
        var combined: [Int: Money] = [:]
        for report in reports {
            for year in report.years { combined[year.year, default: .zero] = combined[year.year, default: .zero] + year.total }
        }
        let summary = BudgetSummary(
            plans: reports,
            combined: combined.keys.sorted().map { BudgetYear(year: $0, total: combined[$0]!, declared: nil, spent: nil) })
        if summary.containsOverflow { throw MoneyOverflow("the budget totals") }
        return summary
    }

    private func report(_ tracked: TrackedPlan) -> BudgetReport {
        let plan = tracked.plan
        let period = plan.metadata.period
        let declared = Dictionary((plan.declaredTotals?.years ?? []).map { ($0.year, $0.amount) }, uniquingKeysWith: { a, _ in a })
        var rows: [String: BudgetRow] = [:]
        var rowOrder: [String] = []
        func add(_ key: String, _ label: String, _ line: BudgetLine) {
            if rows[key] == nil {
                rows[key] = BudgetRow(key: key, label: label, amounts: [:])
                rowOrder.append(key)
            }
            for year in period.years {
                let amount = line.amount(in: year, period: period)
                if amount != .zero { rows[key]!.amounts[year, default: .zero] = rows[key]!.amounts[year, default: .zero] + amount }
            }
        }
        var existingActions = 0
        var existingActivities = 0
        var toBeSet = 0
        var unsplit = Money.zero
        var withoutBudget = 0
        var spentByYear: [Int: Money] = [:]
        // A local plan keeps the region's money apart from the municipality's own: the budget of an
        // adopted regional action (or activity) the local plan did not override is the region's.
        let isLocal = plan.base != nil
        var regionalByYear: [Int: Money] = [:]
        func addRegional(_ budget: Budget?) {
            for year in period.years {
                let amount = budget?.amount(in: year, period: period) ?? .zero
                if amount != .zero { regionalByYear[year, default: .zero] = regionalByYear[year, default: .zero] + amount }
            }
        }
        for theme in plan.themes {
            for activity in theme.activities {
                if isLocal, activity.actions.contains(where: \.origin.isRegional) { addRegional(activity.budget) }
                if activity.budget?.usesExisting == true { existingActivities += 1 }
                if activity.budget?.hasAmountToBeSet == true { toBeSet += 1 }
                unsplit = unsplit + (activity.budget?.unsplit ?? .zero)
                for line in activity.budget?.lines ?? [] where !line.isExisting {
                    switch breakdown {
                    case .theme?: add(theme.id, theme.title, line)
                    case .owner?:
                        let key = activity.partners.first ?? "-"
                        add(key, plan.organisation(key: key)?.name ?? key, line)
                    case .funding?: add(line.fundingSource ?? "-", line.fundingSource ?? "-", line)
                    case .action?: add(activity.id, activity.title + (line.label.map { " — \($0)" } ?? ""), line)
                    case nil: break
                    }
                }
            }
            for action in theme.allActions {
                // A year after the as-of date has no realised amount; a recorded 0 is 0, nothing recorded is unknown.
                for year in period.years where year <= asOf.year {
                    if let spent = tracked.progress.spent(on: action.id, year: year, asOf: asOf) {
                        spentByYear[year, default: .zero] = spentByYear[year, default: .zero] + spent
                    }
                }
                guard let budget = action.budget else {
                    let activityBudget = action.activityID.flatMap { id in theme.activities.first { $0.id == id }?.budget }
                    if activityBudget == nil { withoutBudget += 1 }
                    continue
                }
                if isLocal, action.origin.isRegional, !action.overridden.contains("budget") { addRegional(budget) }
                if budget.usesExisting { existingActions += 1 }
                if budget.hasAmountToBeSet { toBeSet += 1 }
                unsplit = unsplit + budget.unsplit
                for line in budget.lines where !line.isExisting {
                    switch breakdown {
                    case .theme?: add(theme.id, theme.title, line)
                    case .owner?:
                        let key = action.lead?.key ?? "-"
                        add(key, plan.organisation(key: key)?.name ?? key, line)
                    case .funding?: add(line.fundingSource ?? "-", line.fundingSource ?? "-", line)
                    case .action?: add(action.id, action.title, line)
                    case nil: break
                    }
                }
            }
        }
        let totals = BudgetTotals(plan: plan)
        let years = period.years.map { year in
            var budgetYear = BudgetYear(year: year, total: totals.total(in: year), declared: declared[year], spent: spentByYear[year])
            if isLocal {
                let regional = regionalByYear[year] ?? .zero
                budgetYear.regional = regional
                budgetYear.local = budgetYear.total - regional
            }
            return budgetYear
        }
        return BudgetReport(
            planID: plan.metadata.id, title: plan.metadata.title, years: years,
            rows: rowOrder.map { rows[$0]! }, breakdown: breakdown,
            existingBudgetActions: existingActions, existingBudgetActivities: existingActivities,
            actionsWithoutBudget: withoutBudget, hasDeclaredTotals: plan.declaredTotals != nil,
            amountsToBeSet: toBeSet, notSplitOverYears: unsplit)
    }
}

/// The budget reports of several plans and their combined totals.
public struct BudgetSummary: Sendable, Hashable {
    /// One report per plan, in the order given.
    public var plans: [BudgetReport]
    /// The totals per year over all plans.
    public var combined: [BudgetYear]

    /// Whether some total, or a sum a renderer makes of them, is too large to count.
    var containsOverflow: Bool {
        let years = combined + plans.flatMap(\.years)
        let sums: [Money?] = [Money.sum(combined.map(\.total)), Money.sum(plans.flatMap(\.years).compactMap(\.declared))]
            + plans.map { Money.sum($0.years.compactMap(\.spent)) }
        return years.contains { $0.total.isOverflow || $0.declared?.isOverflow == true || $0.spent?.isOverflow == true || $0.difference?.isOverflow == true }
            || plans.contains { $0.total.isOverflow || $0.declaredTotal?.isOverflow == true || $0.rows.contains { $0.total.isOverflow } }
            || sums.contains(nil)
    }
}

/// The budget of one plan.
public struct BudgetReport: Sendable, Hashable {
    /// The plan's id.
    public var planID: String
    /// The plan's title.
    public var title: String
    /// Every plan year with its total.
    public var years: [BudgetYear]
    /// The breakdown rows, in plan order.
    public var rows: [BudgetRow]
    /// The breakdown asked for.
    public var breakdown: BudgetQuery.Breakdown?
    /// Actions whose own budget runs (partly) on existing budgets.
    package var existingBudgetActions: Int
    /// Activities whose budget runs (partly) on existing budgets.
    package var existingBudgetActivities: Int
    /// Actions with no budget of their own and none from their activity.
    package var actionsWithoutBudget: Int
    /// Whether the plan declares totals.
    package var hasDeclaredTotals: Bool
    /// Actions and activities with an amount still to be set (`p.m.`): counted apart, never as zero.
    package var amountsToBeSet = 0
    /// The totals for several years the plan does not split over them (`total:`): in the grand total,
    /// in no year.
    public var notSplitOverYears = Money.zero

    /// The grand total: the years' totals and the totals not split over years.
    public var total: Money { years.reduce(.zero) { $0 + $1.total } + notSplitOverYears }
    /// The money recorded as spent over the years that have any; nil when none has (unknown, not zero).
    package var spentTotal: Money? {
        let known = years.compactMap(\.spent)
        return known.isEmpty ? nil : known.reduce(.zero, +)
    }

    /// The declared grand total, when the plan declares totals.
    public var declaredTotal: Money? {
        hasDeclaredTotals ? years.reduce(.zero) { $0 + ($1.declared ?? .zero) } : nil
    }
}

/// One year of a budget.
public struct BudgetYear: Sendable, Hashable {
    /// The year.
    public var year: Int
    /// The computed total.
    public var total: Money
    /// The declared total, when the plan declares one for the year.
    public var declared: Money?
    /// The money recorded as spent for the year; nil when nothing was recorded (unknown, which is
    /// not zero) and for years after the as-of date.
    public var spent: Money?
    /// For a local plan: the municipality's own money (local actions and local overrides' budgets).
    package var local: Money?
    /// For a local plan: the region's money in the adopted regional actions it did not override.
    package var regional: Money?

    /// Declared minus computed, when declared.
    package var difference: Money? { declared.map { $0 - total } }
}

/// One breakdown row: amounts per year.
public struct BudgetRow: Sendable, Hashable {
    /// What the row groups by (a theme id, owner key, funding source or action id).
    public var key: String
    /// Its readable name.
    public var label: String
    /// The amounts per year (years without money are absent).
    public var amounts: [Int: Money]

    /// The row's total.
    public var total: Money { amounts.values.reduce(.zero, +) }
}
