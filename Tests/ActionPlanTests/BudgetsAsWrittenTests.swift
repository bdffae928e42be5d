import ActionPlan
import Testing

/// Budgets as real plans write them: exact to the cent, an amount still to be set counted apart,
/// a structural amount in every plan year, a total for several years shown as such.
@Suite("Budgets as plans write them")
struct BudgetsAsWrittenTests {
    @Test("amounts with euro, miljoen, mln, mio and duizend are exact to the cent", arguments: [
        ("500.000 euro", 50_000_000), ("500000 euro", 50_000_000), ("€ 500.000,50 euro", 50_000_050), ("€ 2 miljoen", 200_000_000),
        ("€ 1,5 mln", 150_000_000), ("€ 1,5 mln.", 150_000_000), ("2,25 mio euro", 225_000_000), ("€ 50 duizend", 5_000_000),
        ("€ 1,23456789 miljoen", 123_456_789), ("1.5 million", 150_000_000), ("€2miljoen", 200_000_000), ("EUR 3 mln", 300_000_000),
    ] as [(String, Int64)])
    func amounts(_ text: String, _ cents: Int64) throws {
        #expect(try MoneyParser.parse(text).get() == Money(cents: cents))
    }

    @Test("what cannot be exact, or could mean two amounts, is refused", arguments: [
        ("€ 1,234567891 miljoen", MoneyParser.Failure.tooManyDecimals), ("€ 1.500 mln", .malformed), ("€ -2 miljoen", .negative),
        ("twee miljoen", .malformed), ("€ 1,5,5 mln", .malformed), ("€ 99999999 miljoen", .tooLarge),
    ])
    func refused(_ text: String, _ failure: MoneyParser.Failure) {
        #expect(MoneyParser.parse(text) == .failure(failure))
    }

    @Test("p.m., € 2 miljoen and structureel € 50.000 per jaar load with exact amounts")
    func fixture() throws {
        let loaded = try TestSupport.loadFixture("valid/budgets-as-plans-write-them.yaml")
        #expect(loaded.diagnostics.isEmpty, "\(TestSupport.render(loaded))")
        let plan = try #require(loaded.plan)
        let period = plan.metadata.period
        func budget(_ id: String) throws -> Budget { try #require(plan.actions.first { $0.id == id }?.budget) }
        // p.m.: an amount still to be set, not zero money.
        #expect(try budget("1.1").hasAmountToBeSet && budget("1.1").total(period: period) == .zero)
        #expect(try budget("1.1").lines.first?.allocation == .toBeSet)
        // structureel € 50.000 per jaar: that amount in every plan year.
        for year in period.years { #expect(try budget("1.2").amount(in: year, period: period) == Money(cents: 5_000_000)) }
        #expect(try budget("1.2").total(period: period) == Money(cents: 20_000_000))
        #expect(try budget("1.2").lines.first?.text == "structureel € 50.000 per jaar")
        // 500.000 euro, € 1,5 mln, and a year still to be set.
        #expect(try budget("1.3").amount(in: 2025, period: period) == Money(cents: 50_000_000))
        #expect(try budget("1.3").amount(in: 2026, period: period) == Money(cents: 150_000_000))
        #expect(try budget("1.3").hasAmountToBeSet)
        // € 2 miljoen over 2025-2027, not split: in the total, in no year.
        #expect(try budget("1.4").unsplit == Money(cents: 200_000_000))
        #expect(try period.years.allSatisfy { try budget("1.4").amount(in: $0, period: period) == .zero })
        #expect(try budget("1.4").total(period: period) == Money(cents: 200_000_000))
    }

    @Test("the budget query counts p.m. apart and shows the unsplit total as such, not spread over the years")
    func query() throws {
        let loaded = try TestSupport.loadFixture("valid/budgets-as-plans-write-them.yaml")
        let summary = try BudgetQuery(asOf: CalendarDate(iso: "2025-06-01")!).run([TrackedPlan(plan: try #require(loaded.plan))])
        let report = try #require(summary.plans.first)
        #expect(report.amountsToBeSet == 2)
        #expect(report.notSplitOverYears == Money(cents: 200_000_000))
        #expect(report.years.map(\.total) == [55_000_000, 155_000_000, 5_000_000, 5_000_000].map { Money(cents: $0) })
        #expect(report.total == Money(cents: 420_000_000))
        let table = try TestSupport.runPlan(["budget", "Tests/ActionPlanTests/Fixtures/valid/budgets-as-plans-write-them.yaml", "--as-of", "2025-06-01"])
        #expect(table.stdout.contains("Niet per jaar verdeeld") && table.stdout.contains("€ 2.000.000"))
        #expect(table.stdout.contains("p.m."))
    }

    @Test("a bare amount as the budget is refused once, with the three forms that say its years, in the writer's amount")
    func bareAmount() {
        let loaded = TestSupport.load("""
            plan: {id: p, title: T, region: R, period: 2025-2026, language: nl}
            organisations: {VAR: {name: V}}
            themes:
              - {id: "1", title: T, actions: [{id: "1.1", title: A., planning: Q1 2025, owners: [VAR], budget: "€ 1,5 mln"}]}
            """)
        #expect(loaded.diagnostics.count == 1)
        let hint = loaded.diagnostics.first?.hint ?? ""
        #expect(hint.contains("{amounts: {2025: \"€ 1,5 mln\"}}") && hint.contains("{per_year: \"€ 1,5 mln\"}") && hint.contains("{total: \"€ 1,5 mln\"}"), "\(hint)")
    }

    @Test("a structural text whose amount is not one gives one diagnostic, about the amount")
    func badStructural() {
        let loaded = TestSupport.load("""
            plan: {id: p, title: T, region: R, period: 2025-2026, language: nl}
            organisations: {VAR: {name: V}}
            themes:
              - {id: "1", title: T, actions: [{id: "1.1", title: A., planning: Q1 2025, owners: [VAR], budget: "structureel € vijftig per jaar"}]}
            """)
        #expect(loaded.diagnostics.count == 1, "\(TestSupport.render(loaded))")
        #expect(loaded.diagnostics.first?.message.contains("not an amount") == true)
    }
}
