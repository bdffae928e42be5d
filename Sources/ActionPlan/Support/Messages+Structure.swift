/// Messages about the structure of a plan or progress file: keys, texts, years, dates and amounts
/// (AP2xx, AP501). `what` is the part of the file, named by `Messages.subject`.
extension Messages {
    // MARK: what was found instead

    package static let foundNothing = MessageText(nl: "leeg", en: "nothing")
    package static let foundMapping = MessageText(nl: "een lijst van sleutels met waarden", en: "a mapping of keys")
    package static let foundList = MessageText(nl: "een lijst", en: "a list")

    package static func foundText(_ text: String) -> MessageText {
        MessageText(nl: "de tekst '\(text)'", en: "the text '\(text)'")
    }

    // MARK: keys (AP201, AP202, AP203)

    package static func shouldBeMapping(_ what: MessageText, found: MessageText) -> MessageText {
        MessageText(nl: "\(what.nl) moet een lijst van sleutels met waarden zijn, maar is \(found.nl)",
                    en: "\(what.en) should be a mapping of keys, found \(found.en)")
    }

    package static func keyShouldBeWord(_ what: MessageText, found: MessageText) -> MessageText {
        MessageText(nl: "een sleutel in \(what.nl) moet een woord zijn, maar is \(found.nl)",
                    en: "a key in \(what.en) should be a word, found \(found.en)")
    }

    package static func unknownKey(_ key: String, in what: MessageText) -> MessageText {
        MessageText(nl: "onbekende sleutel '\(key)' in \(what.nl)", en: "unknown key '\(key)' in \(what.en)")
    }

    package static func didYouMean(_ word: String) -> MessageText {
        MessageText(nl: "bedoelt u '\(word)'?", en: "did you mean '\(word)'?")
    }

    package static func keysAre(_ what: MessageText, _ keys: String) -> MessageText {
        MessageText(nl: "de sleutels van \(what.nl) zijn: \(keys)", en: "the keys of \(what.en) are: \(keys)")
    }

    package static func missingKey(_ key: String, in what: MessageText) -> MessageText {
        MessageText(nl: "in \(what.nl) ontbreekt '\(key)'", en: "\(what.en) is missing '\(key)'")
    }

    /// What to write for a missing key.
    package static func addKey(_ key: String) -> MessageText {
        let what: MessageText? = switch key {
        case "plan": MessageText(nl: "'plan:' met het kenmerk, de titel, de regio, de periode en de taal van het plan",
                                 en: "'plan:' with the plan's id, title, region, period and language")
        case "organisations": MessageText(nl: "'organisations:' met de eigenaren die het plan noemt", en: "'organisations:' with the owners the plan names")
        case "themes": MessageText(nl: "'themes:' met de thema's van het plan en hun acties", en: "'themes:' with the plan's themes and their actions")
        case "id": MessageText(nl: "'id:' met het nummer zoals in de bron, tussen aanhalingstekens: id: \"1.1\"",
                               en: "'id:' with the id as numbered in the source, quoted: id: \"1.1\"")
        case "title": MessageText(nl: "'title:' met de tekst zoals in de bron", en: "'title:' with the text as in the source")
        case "region": MessageText(nl: "'region:' met de regio of organisatie van het plan", en: "'region:' with the region or organisation that owns the plan")
        case "period": MessageText(nl: "'period:' met het eerste en het laatste jaar: period: 2024-2026", en: "'period:' with the first and last year: period: 2024-2026")
        case "language": MessageText(nl: "'language: nl' of 'language: en'", en: "'language: nl' or 'language: en'")
        case "owners": MessageText(nl: "'owners:' met eerst de trekker, dan de partners: owners: [VAR, RIEC]",
                                   en: "'owners:' with the lead first, then the partners: owners: [VAR, RIEC]")
        case "actions": MessageText(nl: "'actions:' met de acties als lijst", en: "'actions:' with the actions as a list")
        case "planning": MessageText(nl: "'planning:' zoals in de bron, bijvoorbeeld 1e helft 2023", en: "'planning:' as in the source, such as 1e helft 2023")
        case "name": MessageText(nl: "'name:' met de volledige naam van de organisatie", en: "'name:' with the organisation's full name")
        case "org": MessageText(nl: "'org:' met de sleutel, naam of andere naam van een organisatie", en: "'org:' with the key, name or alias of an organisation")
        case "text": MessageText(nl: "'text:' met de planning zoals de bron die schrijft", en: "'text:' with the planning as the source writes it")
        case "kind": MessageText(nl: "'kind:' ongoing, deadline of recurring", en: "'kind:' ongoing, deadline or recurring")
        case "from": MessageText(nl: "'from:' met het eerste jaar", en: "'from:' with the first year")
        case "until": MessageText(nl: "'until:' met het laatste jaar", en: "'until:' with the last year")
        default: nil
        }
        let text = what ?? .same("'\(key):'")
        return MessageText(nl: "voeg toe: \(text.nl)", en: "add \(text.en)")
    }

    // MARK: texts (AP203, AP204, AP214)

    package static func shouldBeText(_ what: MessageText, found: MessageText) -> MessageText {
        MessageText(nl: "\(what.nl) moet een tekst zijn, maar is \(found.nl)", en: "\(what.en) should be a text, found \(found.en)")
    }

    package static let shouldBeTextHint = MessageText(
        nl: "een tekst die met '[', '{' of '-' begint, moet tussen aanhalingstekens",
        en: "a text that starts with '[', '{' or '-' must be quoted")

    package static func shouldBeTextList(_ what: MessageText, found: MessageText) -> MessageText {
        MessageText(nl: "\(what.nl) moet een lijst van teksten zijn, maar is \(found.nl)", en: "\(what.en) should be a list of texts, found \(found.en)")
    }

    package static func shouldBeList(_ what: MessageText, found: MessageText) -> MessageText {
        MessageText(nl: "\(what.nl) moet een lijst zijn, maar is \(found.nl)", en: "\(what.en) should be a list, found \(found.en)")
    }

    package static let startEntriesHint = MessageText(nl: "begin elke regel met '- '", en: "start each entry with '- '")

    package static func isEmpty(_ what: MessageText) -> MessageText {
        MessageText(nl: "\(what.nl) is leeg", en: "\(what.en) is empty")
    }

    package static func isEmptyHint(_ what: MessageText) -> MessageText {
        MessageText(nl: "schrijf \(what.nl) na de dubbele punt", en: "write the \(what.en.replacingOccurrences(of: "the ", with: "")) after the colon")
    }

    package static func placeholder(_ what: MessageText, _ value: String) -> MessageText {
        MessageText(nl: "\(what.nl) is nog de invultekst '\(value)' van plan init", en: "\(what.en) is still the placeholder '\(value)' of plan init")
    }

    package static func placeholderHint(_ what: MessageText) -> MessageText {
        MessageText(nl: "schrijf \(what.nl) zoals in het brondocument", en: "write \(what.en) as in the source document")
    }

    // MARK: true or false, years and dates (AP205, AP206, AP207)

    package static func shouldBeBoolean(_ what: MessageText, found: String) -> MessageText {
        MessageText(nl: "\(what.nl) moet true of false zijn, maar is '\(found)'", en: "\(what.en) should be true or false, found '\(found)'")
    }

    package static func shouldBeYear(_ what: MessageText, found: String) -> MessageText {
        MessageText(nl: "\(what.nl) moet een jaartal zijn, zoals 2024, maar is '\(found)'", en: "\(what.en) should be a year such as 2024, found '\(found)'")
    }

    package static func yearRangeHint(_ value: String) -> MessageText {
        MessageText(nl: "voor hetzelfde bedrag in elk jaar van een reeks jaren schrijft u per_year: … met years: \(value)",
                    en: "for the same amount in each year of a range, write per_year: … with years: \(value)")
    }

    package static let fourDigitYearHint = MessageText(nl: "schrijf het jaartal met vier cijfers", en: "write the year with four digits")

    package static func noSuchMonth(_ value: String, month: Int) -> MessageText {
        MessageText(nl: "'\(value)' is geen datum: maand \(month) bestaat niet", en: "'\(value)' is not a date: there is no month \(month)")
    }

    package static func noSuchDay(_ value: String, month: Int, year: Int, days: Int, day: Int) -> MessageText {
        MessageText(nl: "'\(value)' is geen datum: \(dutchMonths[month - 1]) \(year) heeft \(days) dagen (dag \(day) bestaat niet)",
                    en: "'\(value)' is not a date: \(englishMonths[month - 1]) \(year) has \(days) days (day \(day) does not exist)")
    }

    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July",
                                "August", "September", "October", "November", "December"]
    static let dutchMonths = ["januari", "februari", "maart", "april", "mei", "juni", "juli",
                              "augustus", "september", "oktober", "november", "december"]

    package static let writeDatesHint = MessageText(nl: "schrijf een datum als JJJJ-MM-DD", en: "write dates as YYYY-MM-DD")
    package static let checkTheDay = MessageText(nl: "kijk de dag na", en: "check the day")

    package static func shouldBeDate(_ what: MessageText, found: String) -> MessageText {
        MessageText(nl: "\(what.nl) moet een datum zijn in de vorm JJJJ-MM-DD, maar is '\(found)'",
                    en: "\(what.en) should be a date written YYYY-MM-DD, found '\(found)'")
    }

    package static let dateExampleHint = MessageText(nl: "bijvoorbeeld 2024-03-31", en: "for example 2024-03-31")

    // MARK: amounts (AP501)

    package static func negativeAmount(_ what: MessageText, _ value: String) -> MessageText {
        MessageText(nl: "\(what.nl) is negatief: '\(value)'", en: "\(what.en) is negative: '\(value)'")
    }

    package static let negativeAmountHint = MessageText(nl: "een begroting is een bedrag dat nodig is, nooit minder dan nul",
                                                        en: "budgets are amounts needed, never below zero")

    package static func tooManyDecimals(_ what: MessageText, _ value: String) -> MessageText {
        MessageText(nl: "\(what.nl) '\(value)' heeft meer dan twee decimalen", en: "\(what.en) '\(value)' has more than two decimals")
    }

    package static let tooManyDecimalsHint = MessageText(
        nl: "schrijf duizendtallen als 50000 of \"€ 50.000\", en centen met twee decimalen: 50000.00 of \"€ 50.000,00\"",
        en: "write thousands as 50000 or \"€ 50.000\", and cents with two decimals: 50000.00 or \"€ 50.000,00\"")

    package static func amountTooLarge(_ what: MessageText, _ value: String) -> MessageText {
        MessageText(nl: "\(what.nl) '\(value)' is te groot", en: "\(what.en) '\(value)' is too large")
    }

    package static let amountTooLargeHint = MessageText(nl: "bedragen zijn in euro's", en: "amounts are in euros")

    package static func notAnAmount(_ what: MessageText, _ value: String) -> MessageText {
        MessageText(nl: "\(what.nl) is geen bedrag: '\(value)'", en: "\(what.en) is not an amount: '\(value)'")
    }

    package static let notAnAmountHint = MessageText(
        nl: "schrijf een bedrag als 50000, 50000.00, \"€ 50.000\", \"€ 50.000,00\", \"500.000 euro\" of \"€ 1,5 miljoen\"",
        en: "write an amount as 50000, 50000.00, \"€ 50.000\", \"€ 50.000,00\", \"500.000 euro\" or \"€ 1,5 miljoen\"")
}
