import Foundation
/// An amount of euros, exact to the cent: stored as whole cents, never as floating point.
///
/// Sums never wrap around. An amount that does not fit (past about 92 million billion euros) is
/// `Money.overflow`, and stays so through every further sum: a total is either right or marked as
/// too large, never a wrong number. Validation reports the budget or progress entry where a plan's
/// sums overflow, and the queries refuse to answer with an overflowed total (`MoneyOverflow`).
public struct Money: Sendable, Hashable, Comparable, AdditiveArithmetic, CustomStringConvertible {
    /// The amount in cents; `Int64.min` marks an overflowed amount.
    public var cents: Int64

    /// Creates an amount from cents (`Int64.min` is `Money.overflow`).
    public init(cents: Int64) { self.cents = cents }

    /// Creates an amount from whole euros.
    package init(euros: Int64) {
        let (cents, overflow) = euros.multipliedReportingOverflow(by: 100)
        self.cents = overflow ? .min : cents
    }

    /// Zero euros.
    public static let zero = Money(cents: 0)

    /// An amount too large to count: the result of a sum that did not fit.
    package static let overflow = Money(cents: .min)

    /// The largest amount that can be counted.
    package static let largest = Money(cents: .max)

    /// Whether this is the result of a sum that did not fit.
    package var isOverflow: Bool { cents == .min }

    /// The sum, or `Money.overflow` when it does not fit (or either amount is already overflowed).
    public static func + (lhs: Money, rhs: Money) -> Money {
        guard !lhs.isOverflow, !rhs.isOverflow else { return .overflow }
        let (sum, overflow) = lhs.cents.addingReportingOverflow(rhs.cents)
        return overflow ? .overflow : Money(cents: sum)
    }

    /// The difference, or `Money.overflow` when it does not fit.
    public static func - (lhs: Money, rhs: Money) -> Money {
        guard !lhs.isOverflow, !rhs.isOverflow else { return .overflow }
        let (difference, overflow) = lhs.cents.subtractingReportingOverflow(rhs.cents)
        return overflow ? .overflow : Money(cents: difference)
    }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.cents < rhs.cents }

    /// The sum, or nil when it does not fit.
    package func adding(_ other: Money) -> Money? {
        let sum = self + other
        return sum.isOverflow ? nil : sum
    }

    /// The sum of amounts, or nil when it does not fit.
    package static func sum(_ amounts: some Sequence<Money>) -> Money? {
        var total = Money.zero
        for amount in amounts {
            total = total + amount
            if total.isOverflow { return nil }
        }
        return total
    }

    /// The amount as a plain decimal number of euros with at most two decimals: `153000`,
    /// `1234.5`, `-12.05`. This is the form of money in JSON and CSV. An overflowed amount has no
    /// number: it reads `overflow`.
    package var decimalString: String {
        if isOverflow { return "overflow" }
        let sign = cents < 0 ? "-" : ""
        let magnitude = cents.magnitude
        let euros = magnitude / 100
        let rest = magnitude % 100
        if rest == 0 { return "\(sign)\(euros)" }
        if rest % 10 == 0 { return "\(sign)\(euros).\(rest / 10)" }
        return "\(sign)\(euros).\(rest < 10 ? "0" : "")\(rest)"
    }

    /// The plain decimal form.
    public var description: String { decimalString }
}

/// A total that does not fit in the amounts the tool can count; a query answers with this error
/// rather than with a wrong number.
public struct MoneyOverflow: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
    /// What was being added up ("the budget totals", "the budget led by VAR").
    public var what: String

    /// Creates the error.
    package init(_ what: String) { self.what = what }

    /// The message.
    public var description: String {
        // Validation rules this out within one plan and its progress, so it comes from adding up many plans.
        "\(what) add up to more than \(Money.largest.formatted(.nl)), the most this tool can count; ask about fewer plans at a time"
    }

    public var errorDescription: String? { description }
}
