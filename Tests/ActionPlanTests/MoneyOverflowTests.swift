import ActionPlan
import Foundation
import Testing

/// Sums of money never wrap around: an overflow is a diagnostic in validation, an error in a
/// query, and never a wrong (negative) number.
@Suite("Money sums never wrap")
struct MoneyOverflowTests {
    private let largest = Money(cents: .max)

    @Test("a sum that does not fit is overflow, and stays overflow")
    func arithmetic() {
        #expect((largest + Money(cents: 1)).isOverflow)
        #expect((largest + Money(cents: 1) - Money(cents: 5)).isOverflow)
        #expect((Money.overflow + .zero).isOverflow)
        #expect((Money(cents: -2) - largest).isOverflow)
        #expect(largest.adding(Money(cents: 1)) == nil)
        #expect(Money(cents: 1).adding(Money(cents: 2)) == Money(cents: 3))
        #expect(Money.sum(Array(repeating: Money(euros: 9_999_999_999_999), count: 9_300)) == nil)
        #expect(Money.sum([Money(euros: 1), Money(euros: 2)]) == Money(euros: 3))
        #expect(Money(euros: .max).isOverflow)
    }

    @Test("an overflowed amount is never shown as a number")
    func rendering() {
        #expect(Localizer(.nl).money(.overflow) == "te groot om te tellen")
        #expect(Localizer(.en).money(.overflow) == "too large to count")
        #expect(JSONValue.money(.overflow) == .null)
        #expect(Money.overflow.decimalString == "overflow")
    }

    @Test("nine large amounts over a long period: validate points at the amount that tips the total over")
    func validation() throws {
        let result = try TestSupport.runPlan(["validate", "Tests/ActionPlanTests/Fixtures/invalid/budget-sum-overflow.yaml"])
        #expect(result.status == 1)
        try TestSupport.assertGolden(result.stdout, "money/validate-budget-sum-overflow.nl.txt")
    }

    @Test("plans that fit one by one but not together: budget and workload answer with an error", arguments: ["budget", "workload"])
    func queryOverManyPlans(_ command: String) throws {
        let result = try TestSupport.runPlan([command, "Tests/ActionPlanTests/Fixtures/overflow/", "--as-of", "2025-01-01", "--format", "json"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        try TestSupport.assertGolden(result.stderr, "money/\(command)-over-many-plans.txt")
    }

    @Test("9,300 large amounts spent: the progress file gets an error at the entry that tips it over")
    func spent() throws {
        var yaml = ""
        for index in 1...9_300 {
            yaml += "- {action: \"1.3\", date: 2025-01-01, spent: 9999999999999.99, year: 2025, note: \"n\(index)\"}\n"
        }
        let loaded = ProgressLoader.load(bytes: Array(yaml.utf8), path: "spent.progress.yaml",
                                         plan: try ProgressTests.fixturePlan(), today: CalendarDate(iso: "2026-01-01")!)
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.location.line == 9_224)
        let renderer = DiagnosticRenderer()
        try TestSupport.assertGolden(errors.map { renderer.render($0, source: loaded.source) }.joined(), "money/progress-spent-overflow.txt")
    }
}
