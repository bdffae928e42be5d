/// Messages about plannings: phrases and the explicit form (AP3xx).
extension Messages {
    package static func noPlanningGiven(_ text: String) -> MessageText {
        MessageText(nl: "geen planning opgegeven ('\(text)')", en: "no planning given ('\(text)')")
    }

    package static func noPlanningGivenHint(_ text: String) -> MessageText {
        MessageText(nl: "schrijf de planning uit de bron, of de uitgeschreven vorm {text: \"\(text)\", kind: ongoing}",
                    en: "write the planning of the source, or the explicit form {text: \"\(text)\", kind: ongoing}")
    }

    package static func planningShouldBeText(found: MessageText) -> MessageText {
        MessageText(nl: "een planning moet een tekst zijn, zoals 'Doorlopend' of 'Q1 2024', maar is \(found.nl)",
                    en: "a planning should be a text such as 'Doorlopend' or 'Q1 2024', found \(found.en)")
    }

    package static let planningShouldBeTextHint = MessageText(
        nl: "schrijf één planning als tekst; alternatieven komen in één tekst met '/' ertussen: 4e kwartaal 2022/ 1e helft 2023",
        en: "write one planning as text; alternatives go in one text joined by '/': 4e kwartaal 2022/ 1e helft 2023")

    // MARK: the explicit form (AP304)

    package static func badTimesPerYear(_ raw: String) -> MessageText {
        MessageText(nl: "'times_per_year' moet een heel getal vanaf 1 zijn, maar is '\(raw)'",
                    en: "'times_per_year' should be a whole number from 1, found '\(raw)'")
    }

    package static let badTimesPerYearHint = MessageText(nl: "hoe vaak per jaar minstens, bijvoorbeeld 3", en: "how many times a year at least, such as 3")

    package static func badDueInYear(_ raw: String) -> MessageText {
        MessageText(nl: "'due_in_year' moet een dag van het jaar zijn in de vorm MM-DD, maar is '\(raw)'",
                    en: "'due_in_year' should be a day of the year written MM-DD, found '\(raw)'")
    }

    package static let badDueInYearHint = MessageText(
        nl: "de laatste dag van de maand waarin het klaar moet zijn, de maand eerst: 11-30 voor 30 november",
        en: "the last day of the month it is due in, month first: 11-30 for 30 November")

    package static let deadlineWithoutDue = MessageText(nl: "in een uitgeschreven planning met een einddatum ontbreekt 'due'",
                                                        en: "an explicit deadline planning is missing 'due'")
    package static let deadlineWithoutDueHint = MessageText(nl: "voeg toe: 'due: JJJJ-MM-DD'", en: "add 'due: YYYY-MM-DD'")

    package static func startsAfterDue(first: String, due: String) -> MessageText {
        MessageText(nl: "de planning begint (\(first)) na de einddatum (\(due))", en: "the planning starts (\(first)) after it is due (\(due))")
    }

    package static let startsAfterDueHint = MessageText(nl: "kijk de datums na: 'start' is de eerste dag, 'due' de laatste",
                                                        en: "check the dates: 'start' is the first day, 'due' the last")

    package static let dueInYearNotLastDay = MessageText(nl: "'due_in_year' moet de laatste dag van een maand zijn, zoals 11-30",
                                                         en: "'due_in_year' must be the last day of a month, such as 11-30")

    package static func unknownPlanningKind(_ kind: String) -> MessageText {
        MessageText(nl: "onbekende soort planning '\(kind)'", en: "unknown planning kind '\(kind)'")
    }

    package static let planningKindsAre = MessageText(nl: "de soorten zijn: ongoing, deadline, recurring, unscheduled",
                                                      en: "the kinds are: ongoing, deadline, recurring, unscheduled")
}

/// Messages about planning phrases that are not understood (AP302, AP306).
extension Messages {
    package static func unknownPlanning(_ text: String) -> MessageText {
        MessageText(nl: "onbekende planning '\(text)'", en: "unknown planning '\(text)'")
    }

    package static func acceptedPlanningForms(_ documentation: String) -> MessageText {
        MessageText(
            nl: "schrijf de planning in een van de vormen uit \(documentation), zoals Doorlopend, Q1 2025, eind 2025, "
                + "Jaarlijks, Minimaal 3x per jaar, vanaf 2025 of nog te bepalen; "
                + "of schrijf haar uit: {text: …, kind: deadline, due: JJJJ-MM-DD}",
            en: "write the planning in one of the forms listed in \(documentation), such as Doorlopend, Q1 2025, eind 2025, "
                + "Jaarlijks, Minimaal 3x per jaar, vanaf 2025 or nog te bepalen; "
                + "or give it explicitly: {text: …, kind: deadline, due: YYYY-MM-DD}")
    }

    package static func closestPlanningForms(_ list: String, documentation: String) -> MessageText {
        MessageText(nl: "de vormen die er het dichtst bij liggen, zijn \(list); alle vormen staan in \(documentation)",
                    en: "the closest accepted forms are \(list); all forms are listed in \(documentation)")
    }

    package static func dropWord(_ word: String, _ candidate: String) -> MessageText {
        MessageText(nl: "laat '\(word)' weg: '\(candidate)'", en: "drop '\(word)': '\(candidate)'")
    }

    package static func replaceWord(_ word: String, by replacement: String, _ candidate: String) -> MessageText {
        MessageText(nl: "schrijf '\(replacement)' in plaats van '\(word)': '\(candidate)'", en: "write '\(replacement)' for '\(word)': '\(candidate)'")
    }

    package static func planningTooLong(_ length: Int) -> MessageText {
        MessageText(nl: "de planning is \(length) tekens lang: te lang voor een planning",
                    en: "the planning is \(length) characters long: too long for a planning phrase")
    }

    package static let planningTooLongHint = MessageText(
        nl: "schrijf de planning uit de bron kort, zoals Doorlopend of Q1 2025; zet de uitleg in 'notes'",
        en: "write the source's planning as a short phrase, such as Doorlopend or Q1 2025; put the explanation in 'notes'")

    package static let planningPlaceholder = MessageText(nl: "de planning is nog een invultekst (TODO)", en: "the planning is still a placeholder (TODO)")

    package static func planningPlaceholderHint(_ documentation: String) -> MessageText {
        MessageText(nl: "schrijf de planning uit de bron, zoals Doorlopend, Q1 2025, Jaarlijks of Nog te bepalen; alle vormen staan in \(documentation)",
                    en: "write the planning of the source, such as Doorlopend, Q1 2025, Jaarlijks or Nog te bepalen; all forms are listed in \(documentation)")
    }

    // MARK: years and terms

    package static func needsYear(_ text: String) -> MessageText {
        MessageText(nl: "bij '\(text)' hoort een jaartal", en: "'\(text)' needs a year")
    }

    package static func addYearHint(_ completed: String) -> MessageText {
        MessageText(nl: "zet het jaartal erbij, met vier cijfers: '\(completed)'", en: "add the year with four digits: '\(completed)'")
    }

    package static let addYearDutchHint = MessageText(nl: "zet het jaartal erbij, met vier cijfers, zoals Q1 2025, september 2025",
                                                      en: "add the year with four digits, such as Q1 2025, september 2025")
    package static let addYearEnglishHint = MessageText(nl: "zet het jaartal erbij, met vier cijfers, zoals Q1 2025, September 2025",
                                                        en: "add the year with four digits, such as Q1 2025, September 2025")

    package static func needsTerm(_ text: String) -> MessageText {
        MessageText(nl: "bij '\(text)' hoort een aantal dagen, weken of maanden", en: "'\(text)' needs a number of days, weeks or months")
    }

    package static let needsTermHint = MessageText(nl: "schrijf het zo: binnen 3 maanden na vaststelling", en: "write it as: binnen 3 maanden na vaststelling")

    package static func needsAdoptionDate(_ text: String) -> MessageText {
        MessageText(nl: "'\(text)' telt vanaf de vaststelling van het plan, maar het plan heeft geen datum van vaststelling",
                    en: "'\(text)' counts from the plan's adoption, but the plan has no adoption date")
    }

    package static let needsAdoptionDateHint = MessageText(
        nl: "zet de datum waarop het plan is vastgesteld onder 'plan': adopted: {on: JJJJ-MM-DD}, of schrijf de planning als datum",
        en: "add the date the plan was adopted under 'plan': adopted: {on: YYYY-MM-DD}, or write the planning as a date")

    // MARK: how often

    package static func ambiguousFrequency(_ text: String) -> MessageText {
        MessageText(nl: "'\(text)' is dubbelzinnig: het kan twee keer per periode betekenen of één keer per twee perioden",
                    en: "'\(text)' is ambiguous: it can mean twice per period or once every two periods")
    }

    package static let ambiguousTweejaarlijks = MessageText(
        nl: "schrijf '2x per jaar' voor twee keer per jaar, of noem de jaren ('2025 en 2027') voor één keer per twee jaar",
        en: "write '2x per jaar' for twice a year, or name the years ('2025 en 2027') for once every two years")
    package static let ambiguousBiannual = MessageText(
        nl: "schrijf 'twice a year', of noem de jaren ('2025 and 2027') voor één keer per twee jaar",
        en: "write 'twice a year', or name the years ('2025 and 2027') for once every two years")
    package static let ambiguousBiennial = MessageText(
        nl: "noem de jaren ('2025 and 2027'), of schrijf 'twice a year' als dat bedoeld is",
        en: "name the years ('2025 and 2027'), or write 'twice a year' if that is meant")
    package static let ambiguousTweemaandelijks = MessageText(
        nl: "schrijf '2x per maand' voor twee keer per maand, of '6x per jaar' voor één keer per twee maanden",
        en: "write '2x per maand' for twice a month, or '6x per jaar' for once every two months")
    package static let ambiguousBimonthly = MessageText(
        nl: "schrijf 'twice a month', of '6 times a year' voor één keer per twee maanden",
        en: "write 'twice a month', or '6 times a year' for once every two months")
    package static let ambiguousTweewekelijks = MessageText(
        nl: "schrijf '2x per week' voor twee keer per week, of '26x per jaar' voor één keer per twee weken",
        en: "write '2x per week' for twice a week, or '26x per jaar' for once every two weeks")
    package static let ambiguousBiweekly = MessageText(
        nl: "schrijf 'twice a week', of '26 times a year' voor één keer per twee weken",
        en: "write 'twice a week', or '26 times a year' for once every two weeks")

    package static func expectedTimes(_ text: String) -> MessageText {
        MessageText(nl: "in '\(text)' ontbreekt hoe vaak", en: "expected a number of times in '\(text)'")
    }

    package static func expectedPerYear(_ text: String) -> MessageText {
        MessageText(nl: "in '\(text)' ontbreekt 'per jaar' of 'per year'", en: "expected 'per jaar' or 'per year' in '\(text)'")
    }

    package static let timesPerYearHint = MessageText(nl: "schrijf het als Minimaal 3x per jaar of at least 3 times a year",
                                                      en: "write it as Minimaal 3x per jaar or at least 3 times a year")

    package static func quarterlyInPart(_ text: String) -> MessageText {
        MessageText(nl: "'\(text)' beperkt een planning per kwartaal tot een deel van het jaar",
                    en: "'\(text)' limits a quarterly planning to part of the year")
    }

    package static let quarterlyInPartHint = MessageText(nl: "schrijf hoe vaak in dat deel, zoals 2x per jaar, in het najaar",
                                                         en: "write how many times in that part, such as 2x per jaar, in het najaar")

    package static func noOccurrences(_ text: String) -> MessageText {
        MessageText(nl: "'\(text)' vraagt om geen enkele keer", en: "'\(text)' asks for no occurrences at all")
    }

    package static let noOccurrencesHint = MessageText(nl: "een terugkerende planning is minstens 1x per jaar",
                                                       en: "a recurring planning needs at least 1x per jaar")

    package static func moreThanDaily(_ text: String) -> MessageText {
        MessageText(nl: "'\(text)' vraagt om meer dan één keer per dag", en: "'\(text)' asks for more than one occurrence a day")
    }

    package static let moreThanDailyHint = MessageText(nl: "schrijf Doorlopend voor werk dat steeds doorgaat",
                                                       en: "write Doorlopend for work that goes on all the time")

    // MARK: months and seasons

    package static func pastYearEnd(_ text: String) -> MessageText {
        MessageText(nl: "'\(text)' loopt over het einde van het jaar heen", en: "'\(text)' runs past the end of the year")
    }

    package static let pastYearEndHint = MessageText(nl: "noem maanden binnen één jaar, zoals september – november",
                                                     en: "name months within one year, such as september – november")

    package static func unknownSeason(_ text: String) -> MessageText {
        MessageText(nl: "onbekend seizoen of onbekende maand in '\(text)'", en: "unknown season or month in '\(text)'")
    }

    package static let unknownSeasonHint = MessageText(
        nl: "de seizoenen zijn voorjaar, zomer en najaar, of noem een maand: Jaarlijks, in het najaar; jaarlijks in september",
        en: "the seasons are voorjaar, zomer and najaar (spring, summer, autumn), or name a month: Jaarlijks, in het najaar; jaarlijks in september")

    package static func winterAcrossYear(_ text: String) -> MessageText {
        MessageText(nl: "een jaarlijkse planning in de winter loopt in '\(text)' over de jaarwisseling heen",
                    en: "a yearly planning in winter runs across the turn of the year in '\(text)'")
    }

    package static let winterAcrossYearHint = MessageText(
        nl: "noem de maanden binnen één jaar, zoals jaarlijks in december, of jaarlijks in januari – februari",
        en: "name the months within one year, such as jaarlijks in december, or jaarlijks in januari – februari")

    // MARK: ranges

    package static func rangeBackwards(_ text: String) -> MessageText {
        MessageText(nl: "de reeks '\(text)' eindigt voordat zij begint", en: "the range '\(text)' ends before it starts")
    }

    package static func firstYearFirst(_ first: Int, _ second: Int) -> MessageText {
        MessageText(nl: "schrijf het eerste jaar eerst: \(first) - \(second)", en: "write the first year first: \(first) - \(second)")
    }

    package static let earliestFirstHint = MessageText(nl: "schrijf het vroegste eerst, zoals Q4 2024 – Q1 2025",
                                                       en: "write the earliest first, such as Q4 2024 – Q1 2025")

    package static func openRange(_ text: String) -> MessageText {
        MessageText(nl: "'\(text)' zegt waar het begint, maar niet waar het eindigt", en: "'\(text)' says where it starts but not where it ends")
    }

    package static let openRangeEnglishHint = MessageText(
        nl: "schrijf 'from … onwards' voor doorlopend vanaf dan, of 'from … to …' voor een periode",
        en: "write 'from … onwards' for ongoing from then, or 'from … to …' for a window")
    package static let openRangeDutchHint = MessageText(
        nl: "schrijf 'vanaf …' voor doorlopend vanaf dan, of 'van … tot …' voor een periode",
        en: "write 'vanaf …' for ongoing from then, or 'van … tot …' for a window")

    package static func afterOnlySeason(_ text: String) -> MessageText {
        MessageText(nl: "'\(text)' kan alleen na een seizoen of het zomerreces (na de zomer 2025)",
                    en: "'\(text)' is read only after a season or the summer recess (na de zomer 2025)")
    }

    package static let afterOnlySeasonHint = MessageText(
        nl: "schrijf 'vanaf …' voor doorlopend vanaf een datum, of de periode zelf, zoals najaar 2025",
        en: "write 'vanaf …' for ongoing from a date, or the window itself, such as najaar 2025")

    // MARK: quarters, halves, weeks, school years and dates

    package static func notAQuarter(_ text: String) -> MessageText {
        MessageText(nl: "'\(text)' is geen kwartaal", en: "'\(text)' is not a quarter")
    }

    package static let notAQuarterHint = MessageText(nl: "een jaar heeft vier kwartalen: Q1 tot en met Q4, of 1e tot en met 4e kwartaal",
                                                     en: "a year has four quarters: Q1 to Q4, or 1e to 4e kwartaal")

    package static func notAHalf(_ text: String) -> MessageText {
        MessageText(nl: "'\(text)' is geen halfjaar", en: "'\(text)' is not a half year")
    }

    package static let notAHalfHint = MessageText(nl: "een jaar heeft twee helften: H1 en H2, of 1e en 2e helft",
                                                  en: "a year has two halves: H1 and H2, or 1e and 2e helft")

    package static func notAWeek(_ text: String) -> MessageText {
        MessageText(nl: "'\(text)' is geen week", en: "'\(text)' is not a week")
    }

    package static let notAWeekHint = MessageText(nl: "een jaar heeft de weken 1 tot en met 52 (soms 53), zoals week 10 2022",
                                                  en: "a year has weeks 1 to 52 (some 53), such as week 10 2022")

    package static func notASchoolYear(_ text: String) -> MessageText {
        MessageText(nl: "'\(text)' is geen schooljaar", en: "'\(text)' is not a school year")
    }

    package static let notASchoolYearHint = MessageText(nl: "noem beide jaren: schooljaar 2025-2026", en: "name both years: schooljaar 2025-2026")

    package static func planningNotADate(_ text: String) -> MessageText {
        MessageText(nl: "'\(text)' is geen datum", en: "'\(text)' is not a date")
    }

    package static let checkDayAndMonthHint = MessageText(nl: "kijk de dag en de maand na, zoals 1 juli 2025",
                                                          en: "check the day and the month, such as 1 juli 2025")
    package static let writeDateHint = MessageText(nl: "schrijf een datum als 1 juli 2025 of 2025-07-01", en: "write a date as 1 juli 2025 or 2025-07-01")
}
