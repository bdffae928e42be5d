import ActionPlan
import Testing

/// The two shipped plans load cleanly, hold every action of their source, and reconcile.
@Suite("Shipped plans")
struct ShippedPlanTests {
    private func load(_ name: String) throws -> Plan {
        let loaded = PlanLoader.load(path: TestSupport.shippedPlan(name))
        #expect(loaded.diagnostics.isEmpty, "\(TestSupport.render(loaded))")
        return try #require(loaded.plan)
    }

    @Test("Rotterdam: 5 themes, 47 actions numbered as in the source, no budgets")
    func rotterdam() throws {
        let plan = try load("rotterdam-2024-2026.yaml")
        #expect(plan.metadata.period == PlanPeriod(firstYear: 2024, lastYear: 2026))
        #expect(plan.themes.count == 5)
        #expect(plan.themes.map { $0.allActions.count } == [5, 12, 15, 8, 7])
        #expect(plan.actions.count == 47)
        let expectedIDs = zip(1...5, [5, 12, 15, 8, 7]).flatMap { theme, count in (1...count).map { "\(theme).\($0)" } }
        #expect(plan.actions.map(\.id) == expectedIDs)
        #expect(plan.actions.allSatisfy { $0.budget == nil })
        #expect(plan.declaredTotals == nil)
        #expect(plan.actions.allSatisfy { $0.schedule.kind != .noPlanning })
        #expect(plan.actions.allSatisfy { !$0.owners.isEmpty && $0.owners.filter(\.isLead).count == 1 })
    }

    @Test("Rotterdam: the planning of a few actions, as in the source")
    func rotterdamPlanning() throws {
        let plan = try load("rotterdam-2024-2026.yaml")
        let byID = Dictionary(uniqueKeysWithValues: plan.actions.map { ($0.id, $0) })
        #expect(byID["2.10"]?.schedule.text == "Q1 2024")
        #expect(byID["2.10"]?.schedule.dueDate == CalendarDate(iso: "2024-03-31"))
        #expect(byID["2.1"]?.schedule.kind == .recurring(Recurrence(timesPerYear: 3)))
        #expect(byID["2.3"]?.schedule.kind == .recurring(Recurrence(timesPerYear: 4)))
        #expect(byID["3.15"]?.schedule.kind == .recurring(Recurrence(timesPerYear: 1, firstMonth: 9, lastMonth: 11)))
        #expect(byID["5.7"]?.schedule.dueDate == CalendarDate(iso: "2025-12-31"))
        #expect(byID["3.12"]?.schedule.dueDate == CalendarDate(iso: "2025-12-31"))
        #expect(byID["2.1"]?.owners.first?.role == "voorzitter")
        #expect(byID["4.7"]?.owners.first?.key == plan.organisations.first { $0.name.contains("Capelle") }?.key)
        #expect(byID["3.6"]?.lead?.key == "aandachtsfunctionarissen")
    }

    @Test("Zuid-Limburg: 3 actielijnen and chapter 5, 7 activities, milestones, budgets")
    func zuidLimburg() throws {
        let plan = try load("zuid-limburg-2022-2025.yaml")
        #expect(plan.metadata.period == PlanPeriod(firstYear: 2022, lastYear: 2025))
        #expect(plan.themes.map(\.id) == ["1", "2", "3", "5"])
        #expect(plan.activities.map(\.id) == ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1"])
        #expect(plan.activities.map(\.actions.count) == [7, 4, 5, 4, 7, 8, 11])
        #expect(plan.actions.count == 47)
        #expect(plan.actions.allSatisfy { $0.schedule.kind != .noPlanning })
        let byID = Dictionary(uniqueKeysWithValues: plan.actions.map { ($0.id, $0) })
        // The evaluation of the overlegstructuur: "4e kwartaal van 2022/ 1e helft 2023", due at the latest.
        #expect(byID["2.2.1"]?.scheduleSource == .milestone)
        #expect(byID["2.2.1"]?.schedule.dueDate == CalendarDate(iso: "2023-06-30"))
        #expect(byID["2.1.1"]?.schedule.dueDate == CalendarDate(iso: "2023-06-30"))
    }

    @Test("Zuid-Limburg corrections: 2.2.1's whole actiehouder cell, the interne flowchart milestone, the decision text")
    func zuidLimburgCorrections() throws {
        let plan = try load("zuid-limburg-2022-2025.yaml")
        let byID = Dictionary(uniqueKeysWithValues: plan.actions.map { ($0.id, $0) })
        // 2.2.1: the cell of source line 916 verbatim, every organisation in it an owner, the gemeenten leading.
        #expect(byID["2.2.1"]?.who == "Samenwerkingspartners onder regie van de Zuid-Limburgse gemeenten Zuid-Limburgse gemeenten"
                + " i.s.m. met samenwerkingspartners Centrumgemeenten Maastricht en Heerlen")
        #expect(byID["2.2.1"]?.owners.map(\.key) == ["zl-gemeenten", "samenwerkingspartners", "centrumgemeenten"])
        #expect(byID["2.2.1"]?.lead?.key == "zl-gemeenten")
        // The "1e helft 2023: … interne flowchart" milestone: 2.1.1 (the flowchart) and 2.2.3 (making it known),
        // not 2.2.2 (the regional flowchart, undated in the source).
        let flowchart = plan.activities.flatMap(\.milestones).filter { $0.title.contains("interne flowchart") }
        #expect(Set(flowchart.flatMap(\.actionIDs)) == ["2.1.1", "2.2.3"])
        #expect(byID["2.2.2"]?.scheduleSource == .own)
        #expect(byID["2.2.2"]?.schedule.kind == .ongoing)
        // plan.adopted: the decision text, with no adoption date (06-12-2022 is the proposal's date).
        #expect(plan.metadata.adoption?.by?.hasPrefix("Besluit vast te stellen, gezien het voorstel van burgemeester en wethouders d.d. 06-12-2022") == true)
        #expect(plan.metadata.adoption?.date == nil)
    }

    @Test("Zuid-Limburg: budgets add up to the financing table's totals per year")
    func zuidLimburgTotals() throws {
        let plan = try load("zuid-limburg-2022-2025.yaml")
        let totals = BudgetTotals(plan: plan)
        let expected: [Int: Int64] = [2022: 153_000, 2023: 233_000, 2024: 208_000, 2025: 208_000]
        for (year, euros) in expected {
            #expect(totals.total(in: year) == Money(euros: euros), "total of \(year)")
        }
        #expect(plan.declaredTotals?.years.map(\.amount) == expected.keys.sorted().map { Money(euros: expected[$0]!) })
        #expect(plan.activities.filter { $0.budget?.isExistingOnly == true }.count == 4)
    }
}
