/// The money an action or activity needs: one or more budget lines.
public struct Budget: Sendable, Hashable {
    /// The lines, in order.
    package var lines: [BudgetLine]
    /// Where the budget is written.
    package var location: SourceLocation

    /// Creates a budget.
    package init(lines: [BudgetLine], location: SourceLocation) {
        self.lines = lines
        self.location = location
    }

    /// The amount in a year, over all lines.
    public func amount(in year: Int, period: PlanPeriod) -> Money {
        lines.reduce(.zero) { $0 + $1.amount(in: year, period: period) }
    }

    /// The amount over the whole plan period: the years' amounts and the totals not split over years.
    public func total(period: PlanPeriod) -> Money {
        period.years.reduce(.zero) { $0 + amount(in: $1, period: period) } + unsplit
    }

    /// The totals for several years that the source does not split over them (`total:`).
    package var unsplit: Money { lines.reduce(.zero) { $0 + $1.unsplit } }

    /// Whether every line runs on existing budgets (no extra money).
    package var isExistingOnly: Bool { lines.allSatisfy(\.isExisting) }

    /// Whether some line runs on existing budgets.
    public var usesExisting: Bool { lines.contains(where: \.isExisting) }

    /// Whether some amount is still to be set (`p.m.`): the budget or a year's amount.
    package var hasAmountToBeSet: Bool { lines.contains(where: \.hasAmountToBeSet) }
}

/// One line of a budget.
package struct BudgetLine: Sendable, Hashable {
    /// What the money is for.
    package enum Allocation: Sendable, Hashable {
        /// Existing budgets (bestaande budgetten / middelen): no extra money.
        case existing
        /// Amounts for named years.
        case amounts([YearAmount])
        /// The same amount every year of a range (the plan period when not given); also a structural
        /// amount as the source writes it ("structureel € 50.000 per jaar").
        case perYear(Money, years: ClosedRange<Int>?)
        /// An amount still to be set (`p.m.`, pro memorie): counted apart like existing budgets, never as zero.
        case toBeSet
        /// A total for several years (the plan period when not given) that the source does not split
        /// over them: shown as such, never spread.
        case total(Money, years: ClosedRange<Int>?)
    }

    /// What the line is for ("Opleiden en trainen professionals").
    package var label: String?
    /// The money.
    package var allocation: Allocation
    /// The funding source ("DU VO").
    package var fundingSource: String?
    /// The source's budget cell, verbatim.
    package var text: String?
    /// Free notes.
    package var notes: String?
    /// Where the line is written.
    package var location: SourceLocation

    /// Creates a budget line.
    package init(
        label: String? = nil, allocation: Allocation, fundingSource: String? = nil, text: String? = nil,
        notes: String? = nil, location: SourceLocation
    ) {
        self.label = label
        self.allocation = allocation
        self.fundingSource = fundingSource
        self.text = text
        self.notes = notes
        self.location = location
    }

    /// Whether the line runs on existing budgets.
    package var isExisting: Bool {
        if case .existing = allocation { return true }
        return false
    }

    /// Whether an amount of the line is still to be set: the line, or a year's amount.
    package var hasAmountToBeSet: Bool {
        switch allocation {
        case .toBeSet: return true
        case .amounts(let amounts): return amounts.contains(where: \.isToBeSet)
        default: return false
        }
    }

    /// The line's total that is not split over years (`total:`), zero for other lines.
    package var unsplit: Money {
        if case .total(let amount, _) = allocation { return amount }
        return .zero
    }

    /// The years the line puts money in (none for a total not split over years).
    package func years(period: PlanPeriod) -> [Int] {
        switch allocation {
        case .existing, .toBeSet, .total: return []
        case .amounts(let amounts): return amounts.map(\.year)
        case .perYear(_, let years): return Array(years ?? period.years)
        }
    }

    /// The amount in a year (a total not split over years is in no year).
    package func amount(in year: Int, period: PlanPeriod) -> Money {
        switch allocation {
        case .existing, .toBeSet, .total:
            return .zero
        case .amounts(let amounts):
            return amounts.reduce(.zero) { $1.year == year ? $0 + $1.amount : $0 }
        case .perYear(let amount, let years):
            return (years ?? period.years).contains(year) ? amount : .zero
        }
    }
}
