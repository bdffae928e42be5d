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

    /// The amount over the whole plan period.
    public func total(period: PlanPeriod) -> Money {
        period.years.reduce(.zero) { $0 + amount(in: $1, period: period) }
    }

    /// Whether every line runs on existing budgets (no extra money).
    package var isExistingOnly: Bool { lines.allSatisfy(\.isExisting) }

    /// Whether some line runs on existing budgets.
    public var usesExisting: Bool { lines.contains(where: \.isExisting) }
}

/// One line of a budget.
package struct BudgetLine: Sendable, Hashable {
    /// What the money is for.
    package enum Allocation: Sendable, Hashable {
        /// Existing budgets (bestaande budgetten / middelen): no extra money.
        case existing
        /// Amounts for named years.
        case amounts([YearAmount])
        /// The same amount every year of a range (the plan period when not given).
        case perYear(Money, years: ClosedRange<Int>?)
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

    /// The years the line puts money in.
    package func years(period: PlanPeriod) -> [Int] {
        switch allocation {
        case .existing: return []
        case .amounts(let amounts): return amounts.map(\.year)
        case .perYear(_, let years): return Array(years ?? period.years)
        }
    }

    /// The amount in a year.
    package func amount(in year: Int, period: PlanPeriod) -> Money {
        switch allocation {
        case .existing:
            return .zero
        case .amounts(let amounts):
            return amounts.reduce(.zero) { $1.year == year ? $0 + $1.amount : $0 }
        case .perYear(let amount, let years):
            return (years ?? period.years).contains(year) ? amount : .zero
        }
    }
}
