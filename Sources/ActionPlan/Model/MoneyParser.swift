/// Reads amounts as plan writers type them, strictly.
///
/// Accepted: plain numbers with at most two decimals and a point (`25000`, `25000.5`), and the
/// Dutch form with an optional euro sign, points between thousands and a decimal comma
/// (`€ 50.000,00`, `€ 8000,00`, `€ 50.000`, `€50.000,-`), the word euro after the amount (`500.000 euro`),
/// and millions and thousands as plans write them (`€ 2 miljoen`, `€ 1,5 mln`, `2,25 mio euro`, `€ 50 duizend`),
/// exact to the cent or refused. Anything else is refused with a reason; Foundation's `Decimal(string:)`
/// would accept `12abc` as 12, so nothing here uses it.
package enum MoneyParser {
    /// Why a text is not an amount.
    package enum Failure: Error, Sendable, Equatable {
        /// A minus sign: budgets are never negative.
        case negative
        /// More than two digits after the decimal separator (`50.000` read as a plain number).
        case tooManyDecimals
        /// Not an amount at all.
        case malformed
        /// More than a trillion euros.
        case tooLarge
    }

    /// The words for a million and a thousand after an amount, with the power of ten they stand for.
    static let multipliers: [(word: String, power: Int)] = [
        ("miljoen", 6), ("million", 6), ("mln.", 6), ("mln", 6), ("mio.", 6), ("mio", 6), ("duizend", 3), ("thousand", 3),
    ]

    /// The words for the currency after an amount: `500.000 euro`.
    static let currencyWords = ["euro", "eur", "EUR", "Euro"]

    /// The amount the text stands for.
    package static func parse(_ raw: some StringProtocol) -> Result<Money, Failure> {
        var text = Substring(raw).drop(while: { $0 == " " || $0 == "\u{A0}" })
        while let last = text.last, last == " " || last == "\u{A0}" { text = text.dropLast() }
        // "500.000 euro", "€ 2 miljoen euro": the currency as a word after the amount.
        var euroWord = false
        for word in currencyWords where text.hasSuffix(" " + word) || text.hasSuffix("\u{A0}" + word) {
            text = text.dropLast(word.count + 1)
            while let last = text.last, last == " " || last == "\u{A0}" { text = text.dropLast() }
            euroWord = true
            break
        }
        for (word, power) in multipliers where text.lowercased().hasSuffix(word) {
            let number = text.dropLast(word.count)
            guard let last = number.last, last == " " || last == "\u{A0}" || last.isNumber else { continue }
            return scaled(number, power: power)
        }
        if euroWord, text.first != "€", !text.hasPrefix("EUR") { text = "€" + text }
        if text.first == "-" || text.first == "−" { return .failure(.negative) }
        var dutch = false
        if text.first == "€" {
            dutch = true
            text = text.dropFirst()
        } else if text.hasPrefix("EUR") {
            dutch = true
            text = text.dropFirst(3)
        }
        text = text.drop(while: { $0 == " " || $0 == "\u{A0}" })
        if text.first == "-" || text.first == "−" { return .failure(.negative) }
        if text.hasSuffix(",-") {
            dutch = true
            text = text.dropLast(2)
        }
        if text.contains(",") { dutch = true }
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }) else {
            return .failure(.malformed)
        }
        let integerPart: Substring
        let fraction: Substring
        if dutch {
            let pieces = text.split(separator: ",", omittingEmptySubsequences: false)
            guard pieces.count <= 2 else { return .failure(.malformed) }
            fraction = pieces.count == 2 ? pieces[1] : ""
            if pieces.count == 2, fraction.isEmpty { return .failure(.malformed) }
            let groups = pieces[0].split(separator: ".", omittingEmptySubsequences: false)
            if groups.count > 1 {
                // Points separate thousands: 1-3 digits, then groups of exactly three.
                guard let first = groups.first, (1...3).contains(first.count),
                      groups.dropFirst().allSatisfy({ $0.count == 3 }) else {
                    return .failure(groups.count == 2 && groups[1].count > 3 ? .tooManyDecimals : .malformed)
                }
            }
            integerPart = Substring(groups.joined())
        } else {
            let pieces = text.split(separator: ".", omittingEmptySubsequences: false)
            guard pieces.count <= 2 else { return .failure(.malformed) }
            integerPart = pieces[0]
            fraction = pieces.count == 2 ? pieces[1] : ""
            if pieces.count == 2, fraction.isEmpty { return .failure(.malformed) }
        }
        guard !integerPart.isEmpty, !integerPart.contains("."), !fraction.contains(".") else { return .failure(.malformed) }
        guard fraction.count <= 2 else { return .failure(.tooManyDecimals) }
        guard integerPart.count <= 13 else { return .failure(.tooLarge) }
        var cents: Int64 = 0
        for digit in integerPart { cents = cents * 10 + Int64(digit.wholeNumberValue!) }
        cents *= 100
        if fraction.count == 1 { cents += Int64(fraction.first!.wholeNumberValue!) * 10 }
        if fraction.count == 2 { cents += Int64(Int(fraction)!) }
        return .success(Money(cents: cents))
    }

    /// "€ 1,5" of "€ 1,5 mln": a number with at most one decimal separator (comma, or a point that is not
    /// between thousands), times 10^power, in whole cents or refused as too precise.
    static func scaled(_ raw: Substring, power: Int) -> Result<Money, Failure> {
        var text = raw.drop(while: { $0 == " " || $0 == "\u{A0}" || $0 == "€" })
        if text.hasPrefix("EUR") { text = text.dropFirst(3) }
        text = text.drop(while: { $0 == " " || $0 == "\u{A0}" })
        while let last = text.last, last == " " || last == "\u{A0}" { text = text.dropLast() }
        if text.first == "-" || text.first == "−" { return .failure(.negative) }
        let pieces = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "," || $0 == "." })
        guard (1...2).contains(pieces.count), let whole = pieces.first, !whole.isEmpty,
              pieces.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return .failure(.malformed) }
        let fraction = pieces.count == 2 ? pieces[1] : ""
        if pieces.count == 2, fraction.isEmpty { return .failure(.malformed) }
        // "1.500 mln" could be 1500 or 1,5 million: refused rather than guessed.
        if pieces.count == 2, text.contains("."), fraction.count == 3 { return .failure(.malformed) }
        // Exact to the cent: at most power + 2 decimals ("€ 1,23456789 mln" is € 1.234.567,89).
        guard fraction.count <= power + 2 else { return .failure(.tooManyDecimals) }
        guard whole.count + power <= 13 else { return .failure(.tooLarge) }
        var cents: Int64 = 0
        for digit in whole { cents = cents * 10 + Int64(digit.wholeNumberValue!) }
        for _ in 0..<(power + 2) { cents *= 10 }
        var unit: Int64 = 1
        for _ in 0..<(power + 2) { unit *= 10 }
        for digit in fraction {
            unit /= 10
            cents += Int64(digit.wholeNumberValue!) * unit
        }
        return .success(Money(cents: cents))
    }
}
