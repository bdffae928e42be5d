/// Messages about a plan's metadata and organisations (AP2xx) and its declared totals.
extension Messages {
    /// A text from the file, quoted: `'2024–2026'`.
    package static func quoted(_ text: String) -> MessageText { .same("'\(text)'") }

    // MARK: the plan (AP208, AP209, AP210, AP215)

    package static func unknownLanguage(_ text: String) -> MessageText {
        MessageText(nl: "onbekende taal '\(text)'", en: "unknown language '\(text)'")
    }

    package static let unknownLanguageHint = MessageText(nl: "schrijf nl of en", en: "write nl or en")

    package static func badPlanID(_ value: String) -> MessageText {
        MessageText(nl: "het kenmerk van het plan '\(value)' mag alleen letters, cijfers, '-', '_' en '.' bevatten",
                    en: "the plan's id '\(value)' may hold only letters, digits, '-', '_' and '.'")
    }

    package static let badPlanIDHint = MessageText(nl: "bijvoorbeeld rotterdam-2024-2026", en: "for example rotterdam-2024-2026")

    package static func badPeriod(found: MessageText) -> MessageText {
        MessageText(nl: "de periode van het plan moet twee jaartallen zijn, zoals 2024-2026, maar is \(found.nl)",
                    en: "the plan's period should be two years such as 2024-2026, found \(found.en)")
    }

    package static let badPeriodHint = MessageText(nl: "schrijf het eerste en het laatste jaar met '-' ertussen: 2024-2026",
                                                   en: "write the first and the last year joined by '-': 2024-2026")

    package static func periodBackwards(first: Int, last: Int) -> MessageText {
        MessageText(nl: "de periode van het plan eindigt (\(last)) voordat hij begint (\(first))",
                    en: "the plan's period ends (\(last)) before it starts (\(first))")
    }

    package static let firstYearFirstHint = MessageText(nl: "schrijf het eerste jaar eerst", en: "write the first year first")

    package static func periodTooLong(first: Int, last: Int, maximum: Int) -> MessageText {
        MessageText(nl: "de periode van het plan \(first)-\(last) is \(last - first + 1) jaar; een plan loopt hoogstens \(maximum) jaar",
                    en: "the plan's period \(first)-\(last) is \(last - first + 1) years; a plan runs at most \(maximum) years")
    }

    package static let periodTooLongHint = MessageText(nl: "kijk de jaren na; een langer programma schrijft u als meer plannen",
                                                       en: "check the years; a longer programme is written as several plans")

    // MARK: organisations (AP212, AP213)

    package static func organisationKeyNotAWord(found: MessageText) -> MessageText {
        MessageText(nl: "de sleutel van een organisatie moet een kort woord zijn, zoals VAR, maar is \(found.nl)",
                    en: "an organisation's key should be a short word such as VAR, found \(found.en)")
    }

    package static let organisationKeyEmpty = MessageText(nl: "de sleutel van een organisatie is leeg", en: "an organisation's key is empty")

    package static let organisationKeyHint = MessageText(nl: "schrijf een korte sleutel voor de organisatie, zoals VAR of RIEC",
                                                         en: "write a short key for the organisation, such as VAR or RIEC")

    package static func unknownOrganisationKind(_ kind: String, key: String) -> MessageText {
        MessageText(nl: "onbekende soort '\(kind)' voor organisatie '\(key)'", en: "unknown kind '\(kind)' for organisation '\(key)'")
    }

    package static func organisationKindsAre(_ kinds: String) -> MessageText {
        MessageText(nl: "de soorten zijn: \(kinds)", en: "the kinds are: \(kinds)")
    }

    // MARK: years (AP211)

    package static let addYearsHint = MessageText(nl: "voeg toe: 'years: {2022: …, 2023: …}'", en: "add 'years: {2022: …, 2023: …}'")

    package static func yearTwice(_ year: Int, in what: MessageText) -> MessageText {
        MessageText(nl: "\(year) staat twee keer in \(what.nl)", en: "\(year) appears twice in \(what.en)")
    }

    package static func yearFirstAppears(_ year: Int) -> MessageText {
        MessageText(nl: "\(year) staat hier voor het eerst", en: "\(year) first appears here")
    }
}
