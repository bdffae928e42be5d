import ActionPlan
import ArgumentParser

// The typed values of the command line. Each is checked once, by ArgumentParser, with a message of
// its own; commands receive the parsed value and never look at the text again.

/// A usage message for a value that cannot be read; ArgumentParser shows it after the value and option.
struct ArgumentMessage: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension CalendarDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(iso: argument) }

    /// Reads a date option (`--as-of`, `--date`, `--since`, …).
    static func parseArgument(_ text: String) throws -> CalendarDate {
        guard let date = CalendarDate(iso: text) else {
            throw ArgumentMessage("write a day as YYYY-MM-DD, for example 2025-01-01")
        }
        return date
    }
}

extension PlanLanguage: ExpressibleByArgument {}

extension StatusWord: ExpressibleByArgument {
    public init?(argument: String) { self.init(word: argument) }
    public static var allValueStrings: [String] { allCases.flatMap { [$0.rawValue, $0.dutch] } }
}

extension BudgetQuery.Breakdown: ExpressibleByArgument {}

/// An amount of money typed on the command line: `1250`, `1250.50` or `€ 1.250,50`.
struct MoneyArgument: ExpressibleByArgument {
    let money: Money
    init?(argument: String) {
        guard case .success(let money) = MoneyParser.parse(argument) else { return nil }
        self.money = money
    }

    static func parseArgument(_ text: String) throws -> Money {
        switch MoneyParser.parse(text) {
        case .success(let money): return money
        case .failure: throw ArgumentMessage("write an amount as 1250, 1250.50 or '€ 1.250,50'")
        }
    }
}

/// Whole numbers with a documented range (see the README's table of limits).
enum BoundedNumber {
    /// `--stale-after`: months without progress, 1 to 120 (ten years).
    static let staleAfterMonths = 1...120
    /// `--within`: days ahead, 0 to 3660 (ten years).
    static let withinDays = 0...3660
    /// `--year`: a budget year, 1900 to 2200 (the plan period is checked as well).
    static let budgetYear = 1900...2200

    static func parse(_ text: String, in range: ClosedRange<Int>, unit: String) throws -> Int {
        guard let value = Int(text), range.contains(value) else {
            throw ArgumentMessage("write a whole number of \(unit) from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }
}

/// The output formats of the queries.
enum QueryFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv, markdown
}

/// The output formats of commands that print text for people or JSON.
enum TextFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// The CSV field delimiter.
enum CSVDelimiter: String, ExpressibleByArgument, CaseIterable {
    case comma = ",", semicolon = ";", tab = "\t"

    init?(argument: String) {
        switch argument {
        case ",", "comma": self = .comma
        case ";", "semicolon": self = .semicolon
        case "\t", "tab", "\\t": self = .tab
        default: return nil
        }
    }

    static var allValueStrings: [String] { [",", ";", "tab"] }
    var character: Character { Character(rawValue) }
}
