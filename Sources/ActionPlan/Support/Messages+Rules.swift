/// Messages of the rules over a whole plan: the period, money that adds up, ids, empty themes,
/// milestones, the registry (AP305, AP406, AP503–AP506, AP6xx).
extension Messages {
    // MARK: the plan period (AP305, AP503)

    /// "the planning of action '1.1'".
    package static func planningOf(_ what: MessageText) -> MessageText {
        MessageText(nl: "de planning van \(what.nl)", en: "the planning of \(what.en)")
    }

    package static func startsAfterPeriod(_ what: MessageText, planning: String, period: String) -> MessageText {
        MessageText(nl: "\(what.nl) ('\(planning)') begint na de periode van het plan \(period)",
                    en: "\(what.en) ('\(planning)') starts after the plan period \(period)")
    }

    package static func outsidePeriod(_ what: MessageText, planning: String, period: String) -> MessageText {
        MessageText(nl: "\(what.nl) ('\(planning)') valt buiten de periode van het plan \(period)",
                    en: "\(what.en) ('\(planning)') lies outside the plan period \(period)")
    }

    package static let checkYearOrPeriod = MessageText(nl: "kijk het jaar na, of de periode van het plan", en: "check the year, or the plan's period")

    package static func budgetAmountOutsidePeriod(_ what: MessageText, year: Int, period: String) -> MessageText {
        MessageText(nl: "de begroting van \(what.nl) heeft een bedrag voor \(year), buiten de periode van het plan \(period)",
                    en: "the budget of \(what.en) has an amount for \(year), outside the plan period \(period)")
    }

    package static func budgetRunsOutsidePeriod(_ what: MessageText, years: String, period: String) -> MessageText {
        MessageText(nl: "de begroting van \(what.nl) loopt \(years), buiten de periode van het plan \(period)",
                    en: "the budget of \(what.en) runs \(years), outside the plan period \(period)")
    }

    package static let budgetYearsWithinPeriodHint = MessageText(nl: "begrotingsjaren moeten binnen de periode van het plan liggen",
                                                                 en: "budget years must lie within the plan period")

    package static func declaredTotalOutsidePeriod(_ year: Int, period: String) -> MessageText {
        MessageText(nl: "er is een opgegeven totaal voor \(year), buiten de periode van het plan \(period)",
                    en: "a declared total is given for \(year), outside the plan period \(period)")
    }

    package static let declaredTotalOutsidePeriodHint = MessageText(nl: "opgegeven totalen zijn voor de jaren van de periode van het plan",
                                                                    en: "declared totals are for the years of the plan period")

    // MARK: declared totals (AP504, AP505)

    package static func declaredTotalDiffers(_ year: Int, declared: MessageText, computed: MessageText) -> MessageText {
        MessageText(nl: "het opgegeven totaal voor \(year) is \(declared.nl), maar de begrotingen tellen op tot \(computed.nl)",
                    en: "the declared total for \(year) is \(declared.en), but the budgets add up to \(computed.en)")
    }

    package static func declaredTotalDiffersHint(_ year: Int, difference: MessageText) -> MessageText {
        MessageText(nl: "het verschil is \(difference.nl); kijk de bedragen van \(year) na, of het opgegeven totaal",
                    en: "the difference is \(difference.en); check the amounts of \(year), or the declared total")
    }

    package static func declaredTotalMissing(_ year: Int, computed: MessageText) -> MessageText {
        MessageText(nl: "geen opgegeven totaal voor \(year), terwijl de begrotingen optellen tot \(computed.nl)",
                    en: "no declared total for \(year), though the budgets add up to \(computed.en)")
    }

    package static func declaredTotalMissingHint(_ year: Int) -> MessageText {
        MessageText(nl: "zet \(year) bij 'declared_totals', of kijk de begrotingen na", en: "add \(year) to 'declared_totals', or check the budgets")
    }

    // MARK: money that cannot be counted (AP506)

    package static func budgetOverflow(_ largest: String) -> MessageText {
        MessageText(nl: "met dit bedrag tellen de begrotingen van het plan op tot meer dan \(largest), het hoogste bedrag dat dit programma kan tellen",
                    en: "with this amount the budgets of the plan add up to more than \(largest), the most this tool can count")
    }

    package static let budgetOverflowHint = MessageText(
        nl: "kijk het bedrag na, en de jaren waarvoor het geldt: een bedrag per jaar telt één keer voor elk jaar van de reeks",
        en: "check the amount, and the years it is given for: an amount per year counts once for every year of its range")

    package static func declaredOverflow(_ largest: String) -> MessageText {
        MessageText(nl: "de opgegeven totalen tellen op tot meer dan \(largest), het hoogste bedrag dat dit programma kan tellen",
                    en: "the declared totals add up to more than \(largest), the most this tool can count")
    }

    package static let checkDeclaredAmounts = MessageText(nl: "kijk de opgegeven bedragen na", en: "check the declared amounts")

    // MARK: ids, empty themes and milestones (AP601, AP602, AP603)

    package static let kindTheme = MessageText(nl: "thema", en: "theme")
    package static let kindActivity = MessageText(nl: "activiteit", en: "activity")
    package static let kindAction = MessageText(nl: "actie", en: "action")

    package static func duplicateID(_ kind: MessageText, _ id: String) -> MessageText {
        MessageText(nl: "het nummer '\(id)' staat twee keer bij een \(kind.nl)", en: "duplicate \(kind.en) id '\(id)'")
    }

    package static func duplicateIDHint(_ kind: MessageText) -> MessageText {
        MessageText(nl: "geef elk\(kind.nl == "thema" ? "" : "e") \(kind.nl) een eigen nummer, zoals in de bron",
                    en: "give each \(kind.en) its own id, as numbered in the source")
    }

    package static func firstUsedHere(_ id: String) -> MessageText {
        MessageText(nl: "'\(id)' staat hier voor het eerst", en: "'\(id)' is first used here")
    }

    package static func themeWithoutActions(_ id: String) -> MessageText {
        MessageText(nl: "thema '\(id)' heeft geen acties", en: "theme '\(id)' has no actions")
    }

    package static let themeWithoutActionsHint = MessageText(nl: "zet de acties van het thema onder 'actions:', of haal het thema weg",
                                                             en: "add the theme's actions under 'actions:', or remove the theme")

    package static func activityWithoutActions(_ id: String) -> MessageText {
        MessageText(nl: "activiteit '\(id)' heeft geen acties", en: "activity '\(id)' has no actions")
    }

    package static let activityWithoutActionsHint = MessageText(nl: "zet de acties van de activiteit onder 'actions:'",
                                                                en: "add the activity's actions under 'actions:'")

    package static func milestoneUnknownAction(_ id: String, activity: String) -> MessageText {
        MessageText(nl: "de mijlpaal noemt actie '\(id)', maar dat is geen actie van activiteit '\(activity)'",
                    en: "the milestone names action '\(id)', which is not an action of activity '\(activity)'")
    }

    package static let milestoneOwnActivityHint = MessageText(nl: "een mijlpaal noemt acties van haar eigen activiteit",
                                                              en: "a milestone names actions of its own activity")

    package static func milestoneOtherActivityHint(_ id: String, other: String) -> MessageText {
        MessageText(nl: "actie '\(id)' hoort bij activiteit '\(other)'; een mijlpaal noemt acties van haar eigen activiteit",
                    en: "action '\(id)' belongs to activity '\(other)'; a milestone names actions of its own activity")
    }

    package static func nearestActionsOfActivity(_ activity: String, _ ids: String) -> MessageText {
        MessageText(nl: "de acties van activiteit '\(activity)' die er het dichtst bij liggen: \(ids)",
                    en: "the actions of activity '\(activity)' nearest to it are: \(ids)")
    }

    // MARK: the registry (AP406)

    package static func organisationTwice(_ key: String) -> MessageText {
        MessageText(nl: "organisatie '\(key)' is twee keer beschreven", en: "organisation '\(key)' is defined twice")
    }

    package static let organisationTwiceHint = MessageText(
        nl: "een lokaal plan gebruikt de organisaties van het regionale plan zoals ze zijn; geef een lokale organisatie een andere sleutel",
        en: "a local plan uses the regional plan's organisations as they are; give a local one another key")

    package static func definedHere(_ key: String) -> MessageText {
        MessageText(nl: "'\(key)' is hier beschreven", en: "'\(key)' is defined here")
    }

    package static func nameOfTwo(_ name: String, _ first: String, _ second: String) -> MessageText {
        MessageText(nl: "'\(name)' is een naam van zowel '\(first)' als '\(second)'", en: "'\(name)' names both '\(first)' and '\(second)'")
    }

    package static let nameOfTwoHint = MessageText(
        nl: "een sleutel, naam of andere naam mag bij maar één organisatie horen (hoofdletters en accenten tellen niet mee)",
        en: "a key, name or alias may belong to one organisation only (case and accents do not count)")

    package static func isHere(_ key: String) -> MessageText {
        MessageText(nl: "'\(key)' staat hier", en: "'\(key)' is here")
    }

    // MARK: plans read together (AP604)

    package static func planIDTwice(_ id: String, earlier: String) -> MessageText {
        MessageText(nl: "dit plan heeft het kenmerk '\(id)', en '\(earlier)' ook; plannen die samen gelezen worden, moeten elk een eigen kenmerk hebben",
                    en: "this plan has the id '\(id)', and so has '\(earlier)'; two plans read together must have different ids")
    }

    package static let planIDTwiceHint = MessageText(
        nl: "elk plan heeft een eigen kenmerk onder 'plan:'; is een van de bestanden een kopie? Laat het weg, of geef het een eigen kenmerk",
        en: "each plan has its own id under 'plan:'; is one of the files a copy? leave it out, or give it its own id")
}
