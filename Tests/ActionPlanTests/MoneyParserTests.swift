import ActionPlan
import Testing

/// Amounts as plan writers type them: exact cents, strict about what is not an amount.
@Suite("Money")
struct MoneyParserTests {
    @Test("accepted forms", arguments: [
        ("25000", 2_500_000), ("25000.5", 2_500_050), ("25000.05", 2_500_005), ("0", 0),
        ("€ 50.000,00", 5_000_000), ("€ 50.000", 5_000_000), ("€ 8000,00", 800_000), ("€8000", 800_000),
        ("€ 1.234.567,89", 123_456_789), ("€ 135.000,-", 13_500_000), ("EUR 40.000", 4_000_000),
        ("8000,5", 800_050), ("\u{A0}€\u{A0}10.000 ", 1_000_000),
    ] as [(String, Int64)])
    func accepted(_ text: String, _ cents: Int64) throws {
        #expect(try MoneyParser.parse(text).get() == Money(cents: cents))
    }

    @Test("refused forms with their reason", arguments: [
        ("-5", MoneyParser.Failure.negative), ("€ -5", .negative), ("50.000", .tooManyDecimals),
        ("12.345", .tooManyDecimals), ("25000.555", .tooManyDecimals), ("€ 50.00.0", .malformed),
        ("12abc", .malformed), ("", .malformed), ("€", .malformed), ("1,2,3", .malformed),
        ("1e5", .malformed), ("0x10", .malformed), ("€ 1.5", .malformed), ("1,234.56", .malformed),
        ("99999999999999", .tooLarge), ("€ 5,", .malformed), ("5.", .malformed),
    ])
    func refused(_ text: String, _ reason: MoneyParser.Failure) {
        #expect(MoneyParser.parse(text) == .failure(reason))
    }

    @Test("the decimal form has at most two decimals and no trailing zeros")
    func decimalForm() {
        #expect(Money(cents: 15_300_000).decimalString == "153000")
        #expect(Money(cents: 123_450).decimalString == "1234.5")
        #expect(Money(cents: 123_405).decimalString == "1234.05")
        #expect(Money(cents: -1_205).decimalString == "-12.05")
    }
}
