/// The words of the planning language: the tokeniser and every vocabulary the grammar reads with,
/// each list once and named. The grammar never spells a word list of its own: a connector, month
/// form or qualifier accepted in one position is accepted in every position where its kind of word
/// can stand (the table test in `PlanningVocabularyTests` runs each list through each position).
package enum PlanningWords {
    /// Splits a text into lowercase words: runs of letters, runs of digits, and the punctuation
    /// that matters (`-`, `/`, `,`, `&`). Accents are dropped ("vóór" is "voor"), dashes unified,
    /// full stops and the PDF artefact `^` (`1^e helft`) ignored, and `t/m` and "tot en met" read as
    /// one word.
    package static func tokenize(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var currentIsDigits = false
        func flush() {
            if !current.isEmpty { words.append(current) }
            current = ""
        }
        for character in TextFolding.fold(text) {
            if character.isLetter {
                if currentIsDigits { flush() }
                currentIsDigits = false
                current.append(character)
            } else if character.isASCII, character.isNumber {
                if !currentIsDigits { flush() }
                currentIsDigits = true
                current.append(character)
            } else {
                flush()
                switch character {
                case "-", "–", "—", "‐", "‑": words.append("-")
                case "/": words.append("/")
                case ",": words.append(",")
                case "&", "+": words.append("en")
                default: break
                }
            }
        }
        flush()
        var joined: [String] = []
        var index = 0
        while index < words.count {
            if index + 2 < words.count, words[index] == "t", words[index + 1] == "/", words[index + 2] == "m" {
                joined.append("tm"); index += 3
            } else if index + 2 < words.count, words[index] == "tot", words[index + 1] == "en", words[index + 2] == "met" {
                joined.append("tm"); index += 3
            } else {
                joined.append(words[index]); index += 1
            }
        }
        return joined
    }

    // MARK: calendar words

    /// Month names and abbreviations, Dutch and English.
    package static let months: [String: Int] = [
        "januari": 1, "january": 1, "jan": 1,
        "februari": 2, "february": 2, "feb": 2,
        "maart": 3, "march": 3, "mrt": 3, "mar": 3,
        "april": 4, "apr": 4,
        "mei": 5, "may": 5,
        "juni": 6, "june": 6, "jun": 6,
        "juli": 7, "july": 7, "jul": 7,
        "augustus": 8, "august": 8, "aug": 8,
        "september": 9, "sept": 9, "sep": 9,
        "oktober": 10, "october": 10, "okt": 10, "oct": 10,
        "november": 11, "nov": 11,
        "december": 12, "dec": 12,
    ]

    /// A season of the year: its first month (winter runs into the next year).
    package struct Season: Hashable {
        package var firstMonth: Int
        package var isWinter: Bool { firstMonth == 12 }
        package var isSummer: Bool { firstMonth == 6 }
    }

    /// Season names, Dutch and English: voorjaar March–May, zomer June–August, najaar
    /// September–November, winter December to February of the next year.
    package static let seasons: [String: Season] = [
        "voorjaar": Season(firstMonth: 3), "lente": Season(firstMonth: 3), "spring": Season(firstMonth: 3),
        "zomer": Season(firstMonth: 6), "summer": Season(firstMonth: 6),
        "najaar": Season(firstMonth: 9), "herfst": Season(firstMonth: 9), "autumn": Season(firstMonth: 9), "fall": Season(firstMonth: 9),
        "winter": Season(firstMonth: 12),
    ]

    /// The summer recess of councils, parliament and schools, as a moment plans count from:
    /// "voor het zomerreces", "na de zomervakantie", "summer recess".
    package static let summerRecess: [[String]] = [
        ["zomerreces"], ["zomervakantie"], ["zomerpauze"], ["summer", "recess"], ["summer", "holidays"], ["summer", "holiday"],
        ["summer", "break"],
    ]

    /// The month the summer recess starts (the last council and parliament meetings are late June or
    /// early July) and the last month it runs: "voor de zomer" is due by 30 June, "na de zomer" starts 1 September.
    package static let summerRecessMonths = (first: 7, last: 8)

    /// A school year: 1 August to 31 July of the next year ("schooljaar 2025-2026").
    package static let schoolYear: [[String]] = [["schooljaar"], ["school", "year"], ["academic", "year"], ["studiejaar"]]

    /// An ISO week ("week 10 van 2022").
    package static let week: Set<String> = ["week", "wk"]

    /// Quarter and half-year words, singular and plural ("1e en 2e kwartaal", "Q3 and Q4").
    package static let quarter: Set<String> = ["kwartaal", "quarter"]
    package static let quarters: Set<String> = ["kwartaal", "quarter", "kwartalen", "quarters"]
    package static let half: Set<String> = ["helft", "half", "halfjaar", "jaarhelft"]
    package static let halves: Set<String> = ["helft", "half", "halfjaar", "jaarhelft", "helften", "halves"]

    // MARK: qualifiers

    /// Begin, middle or end of a period ("begin 2026", "medio 2025", "eind Q2 2025").
    package enum Part: Int, CaseIterable { case begin = 0, middle = 1, end = 2 }

    /// The qualifiers of a part of a period. "half" is one too ("half 2025", "begin/half 2026"), when a
    /// year or period follows (else it is a half year: "1e half").
    package static let parts: [String: Part] = [
        "begin": .begin, "start": .begin, "beginning": .begin, "early": .begin, "aanvang": .begin,
        "medio": .middle, "midden": .middle, "mid": .middle, "halverwege": .middle, "middle": .middle, "midst": .middle,
        "half": .middle,
        "eind": .end, "einde": .end, "end": .end, "late": .end, "ultimo": .end, "eindje": .end,
    ]

    /// Suffixes of ordinals written with digits ("1e", "2de", "3rd").
    package static let ordinalSuffixes: Set<String> = ["e", "ste", "de", "st", "nd", "rd", "th"]

    /// Ordinals: "eerste", "fourth", "laatste" …
    package static let ordinals: [String: Int] = [
        "eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "laatste": 4,
        "first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4,
    ]

    /// Articles, skipped before a window ("de zomer", "the end").
    package static let articles: Set<String> = ["het", "de", "the"]

    /// Words between a period and its year ("4e kwartaal van 2022", "summer of 2025", "week 10 in 2022").
    package static let yearPrepositions: Set<String> = ["van", "of", "in"]

    /// Words that open a range: "van juli tot november 2024", "from July to November 2024".
    package static let rangeOpeners: Set<String> = ["van", "from", "vanaf"]

    /// Words that join two windows into one: "2024 - 2025", "september t/m november", "Q3 en Q4",
    /// "September through November". The same list joins the months of a recurring planning.
    package static let rangeConnectors: Set<String> = ["-", "tm", "tot", "to", "until", "till", "through", "thru", "en", "and"]

    /// The connectors that stop where a moment begins: "januari tot zomer 2024" ends when the summer
    /// recess starts; "januari t/m zomer 2024" includes the summer.
    package static let untilConnectors: Set<String> = ["tot", "to", "until", "till"]

    /// Words between alternatives: "4e kwartaal van 2022/ 1e helft 2023", "Q1 2025 of Q2 2025".
    package static let alternatives: Set<String> = ["/", "of", "or", ","]

    /// Before a window: due by its end ("uiterlijk Q3 2025", "by 1 July 2025").
    package static let deadlineWords: [[String]] = [
        ["uiterlijk"], ["by"], ["deadline"], ["no", "later", "than"], ["not", "later", "than"],
    ]

    /// Before a window: due the day before it starts ("vóór 1 juli 2025", "before the summer of 2025").
    package static let beforeWords: [[String]] = [["voor"], ["before"], ["prior", "to"]]

    /// Before a moment: after it ("na de zomer 2025", "after the summer recess of 2025"), and before
    /// an event ("na vaststelling van de begroting").
    package static let afterWords: [[String]] = [["na", "afloop", "van"], ["na"], ["after"], ["following"], ["zodra"], ["as", "soon", "as"]]

    /// Before a window, meaning in it: "in 2025", "tijdens de zomer", "in de loop van 2025".
    package static let withinWords: [[String]] = [
        ["in", "de", "loop", "van"], ["in", "the", "course", "of"], ["gedurende"], ["in"], ["op"], ["on"], ["during"],
        ["tijdens"], ["rond"], ["around"], ["omstreeks"],
    ]

    // MARK: ongoing and open-ended

    /// The whole plan period in one word ("Doorlopend", "permanent"); also joined to a start
    /// ("doorlopend vanaf 2025", "vanaf 2025, doorlopend", "start 2025, doorlopend").
    package static let ongoing: Set<String> = [
        "doorlopend", "continu", "permanent", "structureel", "ongoing", "continuous", "continuously", "permanently", "structural",
    ]

    /// The whole plan period in several words ("Gehele looptijd uitvoeringsplan …", "for the whole plan period").
    package static let wholePeriod: [[String]] = [
        ["gehele", "looptijd"], ["hele", "looptijd"], ["for", "the", "whole", "plan", "period"], ["for", "the", "entire", "plan", "period"],
        ["the", "whole", "plan", "period"], ["the", "entire", "plan", "period"], ["during", "the", "whole", "plan", "period"],
        ["throughout", "the", "plan", "period"], ["over", "the", "whole", "plan", "period"], ["for", "the", "whole", "period"],
        ["whole", "plan", "period"], ["entire", "plan", "period"],
    ]

    /// Before the start of an open-ended planning ("vanaf 2025", "m.i.v. 1 juli 2025", "as of 2026").
    package static let fromWords: [[String]] = [
        ["vanaf"], ["from"], ["since"], ["sinds"], ["m", "i", "v"], ["met", "ingang", "van"], ["as", "of"], ["starting", "from"],
        ["starting"],
    ]

    /// After the start of an open-ended planning ("2025 e.v.", "2025 onwards").
    package static let openEndSuffixes: [[String]] = [
        ["e", "v"], ["en", "verder"], ["en", "later"], ["onwards"], ["onward"], ["and", "beyond"], ["and", "later"], ["and", "after"],
    ]

    // MARK: frequencies

    /// Numbers written as words.
    package static let numbers: [String: Int] = [
        "een": 1, "eén": 1, "one": 1, "twee": 2, "two": 2, "drie": 3, "three": 3, "vier": 4, "four": 4,
        "vijf": 5, "five": 5, "zes": 6, "six": 6, "zeven": 7, "seven": 7, "acht": 8, "eight": 8,
        "negen": 9, "nine": 9, "tien": 10, "ten": 10, "elf": 11, "eleven": 11, "twaalf": 12, "twelve": 12,
    ]

    /// Words that are a number and "times" in one: "tweemaal", "twice".
    package static let multiples: [String: Int] = [
        "eenmaal": 1, "eens": 1, "once": 1, "tweemaal": 2, "twice": 2, "driemaal": 3, "thrice": 3, "viermaal": 4,
    ]

    /// "minimaal 3x per jaar", "at least 4 times a year".
    package static let minimum: [[String]] = [["minimaal"], ["minstens"], ["min"], ["ten", "minste"], ["tenminste"], ["at", "least"]]

    /// "3x", "3 keer", "three times".
    package static let times: Set<String> = ["x", "keer", "maal", "times", "time"]

    /// Between a count and its unit: "3x per jaar", "twice a year", "2 keer in het jaar".
    package static let per: Set<String> = ["per", "a", "an", "each", "in", "het", "elk", "elke", "ieder", "iedere", "every", "een"]

    /// "elk kwartaal", "every month", "eens per jaar".
    package static let every: Set<String> = ["elk", "elke", "ieder", "iedere", "every", "each", "per", "eens", "once"]

    /// The unit a frequency counts per.
    package enum Unit { case year, quarter, month, week }

    /// Unit words: "per jaar", "a month".
    package static let units: [String: Unit] = [
        "jaar": .year, "year": .year, "kwartaal": .quarter, "quarter": .quarter,
        "maand": .month, "month": .month, "week": .week,
    ]

    /// Half a year as a unit: "elk half jaar", "every six months", "2x per halfjaar".
    package static let halfYearUnit: [[String]] = [
        ["halfjaar"], ["half", "jaar"], ["halve", "jaar"], ["zes", "maanden"], ["six", "months"], ["6", "maanden"], ["6", "months"],
    ]

    /// Frequency adverbs: "halfjaarlijks" is twice a year.
    package static let frequencyWords: [String: (Int, Unit)] = [
        "jaarlijks": (1, .year), "yearly": (1, .year), "annually": (1, .year), "annual": (1, .year),
        "halfjaarlijks": (2, .year), "semiannually": (2, .year), "semiannual": (2, .year),
        "kwartaallijks": (1, .quarter), "driemaandelijks": (1, .quarter), "quarterly": (1, .quarter),
        "maandelijks": (1, .month), "monthly": (1, .month),
        "wekelijks": (1, .week), "weekly": (1, .week),
    ]

    /// Twice a year in several words: "half-yearly", "semi-annually".
    package static let halfYearly: [[String]] = [
        ["half", "-", "yearly"], ["half", "yearly"], ["semi", "-", "annually"], ["semi", "annually"], ["semi", "-", "annual"],
        ["semi", "annual"],
    ]

    /// Frequencies that mean two different things, with the unambiguous forms to write instead.
    package static let ambiguous: [String: MessageText] = [
        "tweejaarlijks": Messages.ambiguousTweejaarlijks, "biannual": Messages.ambiguousBiannual, "biannually": Messages.ambiguousBiannual,
        "biennial": Messages.ambiguousBiennial, "tweemaandelijks": Messages.ambiguousTweemaandelijks, "bimonthly": Messages.ambiguousBimonthly,
        "tweewekelijks": Messages.ambiguousTweewekelijks, "biweekly": Messages.ambiguousBiweekly,
    ]

    /// The prefixes that make an ambiguous frequency when written apart ("twee-jaarlijks", "bi-annually").
    package static let ambiguousPrefixes: Set<String> = ["bi", "semi", "twee"]

    // MARK: relative to adoption and other events

    /// The plan's adoption, and other events ("na vaststelling", "after approval").
    package static let adoption: Set<String> = ["vaststelling", "adoption", "goedkeuring", "approval"]

    /// "direct na vaststelling", "immediately after adoption".
    package static let promptly: Set<String> = ["direct", "meteen", "immediately", "kort", "shortly", "snel", "zo", "soon"]

    /// Before a term: "binnen 3 maanden na vaststelling".
    package static let within: Set<String> = ["binnen", "within", "uiterlijk"]

    /// Between a term and the adoption: "3 maanden na vaststelling", "within 3 months of adoption".
    package static let afterAdoption: Set<String> = ["na", "after", "of", "following", "from", "vanaf"]

    /// The units of a term counted from adoption, in days or in months.
    package static let termUnits: [String: (days: Int, months: Int)] = [
        "dag": (1, 0), "dagen": (1, 0), "day": (1, 0), "days": (1, 0),
        "week": (7, 0), "weken": (7, 0), "weeks": (7, 0),
        "maand": (0, 1), "maanden": (0, 1), "month": (0, 1), "months": (0, 1),
        "jaar": (0, 12), "year": (0, 12), "years": (0, 12),
    ]

    /// Words after "vaststelling" that still mean this plan ("na vaststelling van het uitvoeringsplan door de RVO");
    /// any other word names another event ("van de begroting"), which the plan does not date.
    package static let thisPlan: Set<String> = ["van", "het", "dit", "de", "of", "the", "this", "door", "by", "rvo", "raad", "council"]

    /// Whether a word names this plan ("plan", "uitvoeringsplan", "actieplan").
    package static func namesThisPlan(_ word: String) -> Bool { thisPlan.contains(word) || word.hasSuffix("plan") }

    // MARK: not yet scheduled

    /// Phrases for "not yet scheduled", as word sequences.
    package static let notYetScheduled: [[String]] = [
        ["nog", "te", "bepalen"], ["nader", "te", "bepalen"], ["n", "t", "b"], ["ntb"], ["n", "n", "b"], ["nnb"],
        ["nog", "niet", "bekend"], ["nog", "niet", "gepland"], ["pm"], ["p", "m"],
        ["tbd"], ["t", "b", "d"], ["tba"], ["to", "be", "determined"], ["to", "be", "decided"], ["to", "be", "scheduled"],
        ["not", "yet", "scheduled"],
    ]

    /// The placeholder `plan init` writes.
    package static let placeholder = ["todo"]

    // MARK: what a phrase says about time

    /// Words that date a phrase: a phrase holding one is about a date, never an undated event.
    package static var dateWords: Set<String> {
        var words = Set(months.keys).union(seasons.keys).union(quarters).union(halves).union(week)
        words.formUnion(summerRecess.flatMap { $0 })
        words.formUnion(schoolYear.flatMap { $0 })
        words.formUnion(["q", "h", "jaar", "year"])
        return words
    }

    /// The direction a word gives a phrase: by or before a moment, or after or from it. A hint never
    /// offers a form of the opposite direction ("na de zomer" is never "voor de zomer").
    package enum Direction { case byOrBefore, afterOrFrom }

    package static func direction(of words: [String]) -> Direction? {
        let joined = words
        func has(_ sequences: [[String]]) -> Bool {
            sequences.contains { sequence in
                guard sequence.count <= joined.count else { return false }
                return (0...(joined.count - sequence.count)).contains { Array(joined[$0..<($0 + sequence.count)]) == sequence }
            }
        }
        let after = has(afterWords) || has(fromWords) || has(openEndSuffixes)
        let before = has(beforeWords) || has(deadlineWords) || joined.contains { untilConnectors.contains($0) && $0 != "to" }
        switch (before, after) {
        case (true, false): return .byOrBefore
        case (false, true): return .afterOrFrom
        default: return nil
        }
    }

    /// Words that carry no meaning of their own, which a hint may propose to drop ("drop 'van'").
    package static let fillers: Set<String> = ["van", "de", "het", "in", "op", "the", "of", ",", "-", "on"]
}
