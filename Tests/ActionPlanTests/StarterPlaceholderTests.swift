import ActionPlan
import Testing

/// A starter from `plan init` is never mistaken for a plan: every TODO left in it is an error.
@Suite("Starter placeholders")
struct StarterPlaceholderTests {
    private func starter(_ language: PlanLanguage) -> String {
        PlanStarter(id: "ci-2025-2028", title: "CI plan", region: "CI", period: PlanPeriod(firstYear: 2025, lastYear: 2028), language: language)
            .yaml(schemaPath: "schema/plan.schema.json", today: CalendarDate(iso: "2025-01-02")!)
    }

    @Test("the starter as written fails, with an error at every TODO", arguments: [PlanLanguage.nl, .en])
    func asWritten(_ language: PlanLanguage) {
        let loaded = TestSupport.load(starter(language))
        #expect(!loaded.isValid)
        let placeholders = loaded.diagnostics.filter { $0.code.number == 214 }
        // The organisation's key and name, the theme's and the action's title, the owner.
        #expect(placeholders.count == 5, "\(TestSupport.render(loaded))")
        #expect(placeholders.allSatisfy { $0.severity == .error })
        #expect(loaded.diagnostics.contains { $0.message.contains("placeholder (TODO)") })
    }

    @Test("with only the planning filled in it still fails; with every TODO filled in it passes --strict")
    func filledIn() {
        let planningOnly = starter(.nl).replacingOccurrences(of: "planning: TODO", with: "planning: Doorlopend")
        #expect(!TestSupport.load(planningOnly).isValid)
        let filled = planningOnly.replacingOccurrences(of: "  TODO:\n", with: "  VAR:\n")
            .replacingOccurrences(of: "owners: [TODO]", with: "owners: [VAR]")
            .replacingOccurrences(of: "\"TODO: de volledige naam\"", with: "VeiligheidsAlliantie")
            .replacingOccurrences(of: "\"TODO: de titel van het thema\"", with: "Samenwerking")
            .replacingOccurrences(of: "\"TODO: de tekst van de actie\"", with: "Overleg.")
        let loaded = TestSupport.load(filled)
        #expect(loaded.isValid && loaded.diagnostics.isEmpty, "\(TestSupport.render(loaded))")
    }

    @Test("TODO inside a text is no placeholder: only a value that is TODO or starts with 'TODO:'")
    func onlyWholePlaceholders() {
        let loaded = TestSupport.load("""
            plan: {id: p, title: "Plan TODO-lijst", region: R, period: 2025-2028, language: nl}
            organisations: {VAR: {name: V}}
            themes:
              - id: "1"
                title: "Werk de TODO-lijst af"
                actions:
                  - {id: "1.1", title: "Actie: TODO's opruimen.", planning: Doorlopend, owners: [VAR]}
            """)
        #expect(loaded.diagnostics.isEmpty, "\(TestSupport.render(loaded))")
    }
}
