/// Messages about budgets and declared totals (AP5xx).
extension Messages {
    package static func amountWithoutYears(_ text: String) -> MessageText {
        MessageText(nl: "de begroting '\(text)' is een bedrag zonder jaren", en: "the budget '\(text)' is an amount without its years")
    }

    /// The three ways to say which years an amount is for, with the writer's own amount.
    package static func amountWithoutYearsHint(_ amount: String, firstYear: Int) -> MessageText {
        MessageText(
            nl: "voor één jaar: budget: {amounts: {\(firstYear): \(amount)}}\n"
                + "voor elk jaar van het plan: budget: {per_year: \(amount)}\n"
                + "voor de hele periode, niet over de jaren verdeeld: budget: {total: \(amount)}",
            en: "for one year: budget: {amounts: {\(firstYear): \(amount)}}\n"
                + "for every plan year: budget: {per_year: \(amount)}\n"
                + "for the whole period, not split over years: budget: {total: \(amount)}")
    }

    package static func badBudget(_ text: String) -> MessageText {
        MessageText(nl: "een begroting moet 'existing', 'p.m.', een structureel bedrag of bedragen per jaar zijn, maar is '\(text)'",
                    en: "a budget should be 'existing', 'p.m.', a structural amount or amounts per year, found '\(text)'")
    }

    package static let badBudgetHint: MessageText = {
        let forms = ["budget: p.m.", "budget: \"structureel € 50.000 per jaar\"", "budget: {amounts: {2024: \"€ 25.000\"}}",
                     "budget: {per_year: \"€ 8.000\", years: 2022-2025}", "budget: {total: \"€ 2 miljoen\", years: 2025-2028}"]
        return MessageText(nl: "budget: existing\n" + forms.map { "of: " + $0 }.joined(separator: "\n"),
                           en: "budget: existing\n" + forms.map { "or: " + $0 }.joined(separator: "\n"))
    }()

    package static let emptyBudgetList = MessageText(nl: "de lijst van de begroting is leeg", en: "the budget list is empty")
    package static let emptyBudgetListHint = MessageText(nl: "schrijf 'budget: existing' of laat 'budget' weg",
                                                         en: "write 'budget: existing' or leave 'budget' out")

    package static let existingHint = MessageText(nl: "schrijf existing: true voor een regel over bestaande budgetten",
                                                  en: "write existing: true for a line on existing budgets (bestaande budgetten)")

    package static let budgetLineWithoutForm = MessageText(
        nl: "een begrotingsregel heeft 'existing: true', 'amounts', 'per_year' of 'total' nodig",
        en: "a budget line needs 'existing: true', 'amounts', 'per_year' or 'total'")

    package static let budgetLineWithoutFormHint = MessageText(
        nl: "amounts: {2024: \"€ 25.000\"}, of per_year: \"€ 8.000\" met years: 2022-2025, of total: \"€ 2 miljoen\" met years: 2025-2028",
        en: "amounts: {2024: \"€ 25.000\"}, or per_year: \"€ 8.000\" with years: 2022-2025, or total: \"€ 2 miljoen\" with years: 2025-2028")

    package static let budgetLineTwoForms = MessageText(
        nl: "een begrotingsregel heeft één van 'existing', 'amounts', 'per_year' en 'total'",
        en: "a budget line has one of 'existing', 'amounts', 'per_year' and 'total'")

    package static let budgetLineTwoFormsHint = MessageText(nl: "maak er een lijst van regels van, één voor elk",
                                                            en: "split it into a list of lines, one for each")

    package static let yearsWithoutPerYear = MessageText(nl: "'years' hoort bij 'per_year' of 'total'", en: "'years' belongs with 'per_year' or 'total'")
    package static let yearsWithoutPerYearHint = MessageText(nl: "schrijf voor bedragen in genoemde jaren: amounts: {2023: …, 2024: …}",
                                                             en: "for amounts in named years, write amounts: {2023: …, 2024: …}")
}
