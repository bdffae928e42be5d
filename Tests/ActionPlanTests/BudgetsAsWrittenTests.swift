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

    @Test("the report shows the unsplit total as such and counts p.m. apart; its budget tables add up (Markdown, HTML)")
    func report() throws {
        let plan = try #require(try TestSupport.loadFixture("valid/budgets-as-plans-write-them.yaml").plan)
        let data = try ReportData(tracked: TrackedPlan(plan: plan), asOf: CalendarDate(iso: "2025-06-01")!,
                                  since: CalendarDate(iso: "2025-01-01")!, language: .nl)
        let markdown = MarkdownReport.render(data)
        let budget = try #require(markdown.range(of: "## 6. Budget")).upperBound
        let section = markdown[budget..<(try #require(markdown.range(of: "## 7. ")).lowerBound)]
        let rows = section.split(separator: "\n").filter { $0.hasPrefix("| ") }
        // Both tables name the € 2 miljoen over 2025-2027 as such, in no year's column.
        let unsplit = rows.filter { $0.lowercased().contains("niet per jaar verdeeld") }
        #expect(unsplit.count == 2, "\(section)")
        #expect(unsplit.allSatisfy { $0.hasSuffix("|  |  |  |  | € 2.000.000 |") }, "\(unsplit)")
        // Per theme: the rows' totals add up to the plan's total (€ 2.200.000 in the years + € 2.000.000 unsplit).
        let perTheme = try #require(section.range(of: "### Per thema"))
        let themeRows = section[perTheme.upperBound...].split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| Thema") && !$0.hasPrefix("|--") }
        func total(_ row: Substring) -> Int {
            Int(row.split(separator: "|").last!.filter(\.isNumber)) ?? -1
        }
        let parts = themeRows.dropLast()
        #expect(parts.reduce(0) { $0 + total($1) } == total(try #require(themeRows.last)), "\(themeRows)")
        #expect(total(try #require(themeRows.last)) == 4_200_000)
        // p.m.: counted apart, never as € 0.
        #expect(section.contains("Bedrag nog vast te stellen (p.m.): 2 acties en activiteiten (niet in de bedragen)."))
        let html = HTMLReport.render(data)
        #expect(html.lowercased().components(separatedBy: "niet per jaar verdeeld").count - 1 == 2)
        #expect(html.contains("Bedrag nog vast te stellen (p.m.): 2 acties en activiteiten (niet in de bedragen)."))
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
