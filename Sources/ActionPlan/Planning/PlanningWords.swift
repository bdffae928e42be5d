/// The words of the planning language: the tokeniser and the vocabularies (months, seasons,
/// numbers, frequencies) the grammar reads with.
enum PlanningWords {
    /// Splits a text into lowercase words: runs of letters, runs of digits, and the punctuation
    /// that matters (`-`, `/`, `,`, `&`). Accents are dropped ("vóór" is "voor"), dashes unified,
    /// full stops and the PDF artefact `^` (`1^e helft`) ignored, and `t/m` and "tot en met" read as
    /// one word.
    static func tokenize(_ text: String) -> [String] {
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

    /// Month names and abbreviations, Dutch and English.
    static let months: [String: Int] = [
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

    /// A season of the year: its first month and how many months it lasts (winter runs into the
    /// next year).
    struct Season: Hashable {
        var firstMonth: Int
        var isWinter: Bool { firstMonth == 12 }
    }

    /// Season names, Dutch and English: voorjaar March–May, zomer June–August, najaar
    /// September–November, winter December to February of the next year.
    static let seasons: [String: Season] = [
        "voorjaar": Season(firstMonth: 3), "lente": Season(firstMonth: 3), "spring": Season(firstMonth: 3),
        "zomer": Season(firstMonth: 6), "summer": Season(firstMonth: 6),
        "najaar": Season(firstMonth: 9), "herfst": Season(firstMonth: 9), "autumn": Season(firstMonth: 9), "fall": Season(firstMonth: 9),
        "winter": Season(firstMonth: 12),
    ]

    /// Numbers written as words.
    static let numbers: [String: Int] = [
        "een": 1, "eén": 1, "one": 1, "twee": 2, "two": 2, "drie": 3, "three": 3, "vier": 4, "four": 4,
        "vijf": 5, "five": 5, "zes": 6, "six": 6, "zeven": 7, "seven": 7, "acht": 8, "eight": 8,
        "negen": 9, "nine": 9, "tien": 10, "ten": 10, "elf": 11, "eleven": 11, "twaalf": 12, "twelve": 12,
    ]

    /// Words that are a number and "times" in one: "tweemaal", "twice".
    static let multiples: [String: Int] = [
        "eenmaal": 1, "eens": 1, "once": 1, "tweemaal": 2, "twice": 2, "driemaal": 3, "thrice": 3, "viermaal": 4,
    ]

    /// Ordinals: "eerste", "fourth", "laatste" …
    static let ordinals: [String: Int] = [
        "eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "laatste": 4,
        "first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4,
    ]

    /// The unit a frequency counts per.
    enum Unit { case year, quarter, month, week }

    /// Unit words: "per jaar", "a month".
    static let units: [String: Unit] = [
        "jaar": .year, "year": .year, "kwartaal": .quarter, "quarter": .quarter,
        "maand": .month, "month": .month, "week": .week,
    ]

    /// Frequency adverbs: "halfjaarlijks" is twice a year.
    static let frequencyWords: [String: (Int, Unit)] = [
        "jaarlijks": (1, .year), "yearly": (1, .year), "annually": (1, .year), "annual": (1, .year),
        "halfjaarlijks": (2, .year), "semiannually": (2, .year), "semiannual": (2, .year),
        "kwartaallijks": (1, .quarter), "driemaandelijks": (1, .quarter), "quarterly": (1, .quarter),
        "maandelijks": (1, .month), "monthly": (1, .month),
        "wekelijks": (1, .week), "weekly": (1, .week),
    ]

    /// Frequencies that mean two different things, with the unambiguous forms to write instead.
    static let ambiguous: [String: String] = [
        "tweejaarlijks": "write '2x per jaar' for twice a year, or name the years ('2025 en 2027') for once every two years",
        "biannual": "write 'twice a year', or name the years ('2025 and 2027') for once every two years",
        "biannually": "write 'twice a year', or name the years ('2025 and 2027') for once every two years",
        "biennial": "name the years ('2025 and 2027'), or write 'twice a year' if that is meant",
        "tweemaandelijks": "write '2x per maand' for twice a month, or '6x per jaar' for once every two months",
        "bimonthly": "write 'twice a month', or '6 times a year' for once every two months",
        "tweewekelijks": "write '2x per week' for twice a week, or '26x per jaar' for once every two weeks",
        "biweekly": "write 'twice a week', or '26 times a year' for once every two weeks",
    ]

    /// Phrases for "not yet scheduled", as word sequences.
    static let notYetScheduled: [[String]] = [
        ["nog", "te", "bepalen"], ["nader", "te", "bepalen"], ["n", "t", "b"], ["ntb"], ["n", "n", "b"], ["nnb"],
        ["nog", "niet", "bekend"], ["nog", "niet", "gepland"], ["pm"], ["p", "m"],
        ["tbd"], ["t", "b", "d"], ["tba"], ["to", "be", "determined"], ["to", "be", "decided"], ["to", "be", "scheduled"],
        ["not", "yet", "scheduled"],
    ]
}
