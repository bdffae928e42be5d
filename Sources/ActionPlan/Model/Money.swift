/// An amount of euros, exact to the cent: stored as whole cents, never as floating point.
public struct Money: Sendable, Hashable, Comparable, AdditiveArithmetic, CustomStringConvertible {
    /// The amount in cents.
    public var cents: Int64

    /// Creates an amount from cents.
    public init(cents: Int64) { self.cents = cents }

    /// Creates an amount from whole euros.
    public init(euros: Int64) { self.cents = euros * 100 }

    /// Zero euros.
    public static let zero = Money(cents: 0)

    public static func + (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents &+ rhs.cents) }
    public static func - (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents &- rhs.cents) }
    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.cents < rhs.cents }

    /// The amount as a plain decimal number of euros with at most two decimals: `153000`,
    /// `1234.5`, `-12.05`. This is the form of money in JSON and CSV.
    public var decimalString: String {
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
