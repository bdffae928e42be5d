import Foundation

/// The planning-phrase grammar: reads the planning text of the sources ("Doorlopend",
/// "Minimaal 3x per jaar", "4e kwartaal van 2022/ 1e helft 2023") and its English equivalents
/// into a `Schedule`.
///
/// The grammar works on words, not regular expressions: phrases are short, but a large plan has
/// tens of thousands of them and this runs for each.
public enum PlanningParser {
    /// Why a planning text was not understood.
    public struct Failure: Error, Sendable, Equatable {
        /// What is wrong, for the diagnostic's message.
        public var reason: String
        /// How to fix it, when something more specific than the list of accepted forms helps.
        public var hint: String?
    }

    /// The accepted forms, for hints and documentation.
    public static let acceptedForms: [String] = [
        "Doorlopend, Gehele looptijd …, ongoing",
        "2024, in 2025",
        "Q1 2024, 1e kwartaal 2024, 4e kwartaal van 2022",
        "1e helft 2023, 2e helft van 2023, H1 2023, first half of 2023",
        "2024 - 2025, 2024/2025, 2024 t/m 2025",
        "alternatives joined by '/': 4e kwartaal van 2022/ 1e helft 2023",
        "Jaarlijks, yearly; Jaarlijks, in het najaar (voorjaar, zomer), yearly in autumn",
        "Minimaal 3x per jaar, at least 4 times a year",
        "- or empty for no planning",
    ]

    /// The hint listing the accepted forms.
    public static var acceptedFormsHint: String {
        "write one of the accepted forms:\n" + acceptedForms.map { "  " + $0 }.joined(separator: "\n")
            + "\nor give the planning explicitly: {text: …, kind: deadline, due: YYYY-MM-DD}"
    }

    /// Parses a planning text.
    public static func parse(_ text: String) -> Result<Schedule, Failure> {
        let words = tokenize(text)
        var reader = WordReader(words: words, original: text.trimmingCharacters(in: .whitespaces))
        do {
            let kind = try reader.schedule()
            return .success(Schedule(text: text, kind: kind))
        } catch let failure as Failure {
            return .failure(failure)
        } catch {
            return .failure(Failure(reason: "unknown planning '\(text)'", hint: nil))
        }
    }

    /// Splits a text into lowercase words: runs of letters, runs of digits, and the punctuation
    /// that matters (`-`, `/`, `,`). Accents are dropped, dashes unified, the PDF artefact `^`
    /// (`1^e helft`) ignored, and `t/m` read as one word.
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
                default: break
                }
            }
        }
        flush()
        // Join "t / m" into "tm" (tot en met), and "tot en met" likewise.
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
}

/// Reads words from the front of a tokenised planning text.
private struct WordReader {
    let words: [String]
    /// The text as written, for messages.
    let original: String
    var position = 0

    var atEnd: Bool { position >= words.count }
    var next: String? { atEnd ? nil : words[position] }
    func peek(_ offset: Int) -> String? { position + offset < words.count ? words[position + offset] : nil }

    mutating func take(_ word: String) -> Bool {
        guard next == word else { return false }
        position += 1
        return true
    }

    mutating func take(anyOf options: Set<String>) -> String? {
        guard let word = next, options.contains(word) else { return nil }
        position += 1
        return word
    }

    /// Takes a sequence of words if all of them come next.
    mutating func take(sequence: [String]) -> Bool {
        for (offset, word) in sequence.enumerated() where peek(offset) != word { return false }
        position += sequence.count
        return true
    }

    func failure(_ reason: String, hint: String? = nil) -> PlanningParser.Failure {
        PlanningParser.Failure(reason: reason, hint: hint)
    }

    var unknown: PlanningParser.Failure { failure("unknown planning '\(original)'") }

    // MARK: The grammar

    mutating func schedule() throws -> Schedule.Kind {
        if atEnd || (words == ["-"]) { return .unscheduled }
        if let kind = ongoing() { return kind }
        if let kind = try recurring() { return kind }
        return try deadline()
    }

    mutating func ongoing() -> Schedule.Kind? {
        let single: Set = ["doorlopend", "ongoing", "continuous", "continu", "permanent", "structureel"]
        if words.count == 1, single.contains(words[0]) { return .ongoing }
        if take(sequence: ["gehele", "looptijd"]) || take(sequence: ["hele", "looptijd"]) { return .ongoing }
        _ = take(anyOf: ["for", "during", "throughout", "over"])
        _ = take(anyOf: ["the"])
        if take(anyOf: ["whole", "entire"]) != nil, take(sequence: ["plan", "period"]) || take(sequence: ["period"]) {
            return atEnd ? .ongoing : nil
        }
        position = 0
        return nil
    }

    mutating func recurring() throws -> Schedule.Kind? {
        let start = position
        if take(anyOf: ["jaarlijks", "yearly", "annually", "annual"]) != nil
            || take(sequence: ["every", "year"]) || take(sequence: ["elk", "jaar"]) || take(sequence: ["ieder", "jaar"])
            || take(sequence: ["once", "a", "year"]) || take(sequence: ["once", "per", "year"]) {
            _ = take(",")
            if atEnd { return .recurring(Recurrence(timesPerYear: 1)) }
            _ = take(anyOf: ["in"])
            _ = take(anyOf: ["het", "de", "the"])
            guard let season = take(anyOf: Set(Self.seasons.keys)), atEnd else {
                throw failure("unknown season in '\(original)'",
                              hint: "the seasons are voorjaar, zomer and najaar (spring, summer, autumn): Jaarlijks, in het najaar")
            }
            let months = Self.seasons[season]!
            return .recurring(Recurrence(timesPerYear: 1, firstMonth: months.0, lastMonth: months.1))
        }
        position = start
        let hasMinimum = take(anyOf: ["minimaal", "minstens"]) != nil || take(sequence: ["ten", "minste"])
            || take(sequence: ["at", "least"])
        guard let count = next, count.allSatisfy(\.isNumber), count.count <= 3 else {
            if hasMinimum {
                throw failure("expected a number of times in '\(original)'", hint: "write the number in digits: Minimaal 3x per jaar")
            }
            position = start
            return nil
        }
        let times = Int(count)!
        position += 1
        let hasTimesWord = take(anyOf: ["x", "keer", "maal", "times", "time"]) != nil
        guard hasTimesWord || hasMinimum else {
            position = start
            return nil
        }
        _ = take(anyOf: ["per", "a", "each", "in", "het", "elk", "ieder"])
        guard take(anyOf: ["jaar", "year"]) != nil, atEnd else {
            if hasMinimum || hasTimesWord {
                throw failure("expected 'per jaar' or 'per year' in '\(original)'", hint: "write it as Minimaal 3x per jaar or at least 3 times a year")
            }
            position = start
            return nil
        }
        guard times >= 1 else { throw failure("'\(original)' asks for no occurrences at all", hint: "a recurring planning needs at least 1x per jaar") }
        return .recurring(Recurrence(timesPerYear: times))
    }

    static let seasons: [String: (Int, Int)] = [
        "voorjaar": (3, 5), "lente": (3, 5), "spring": (3, 5),
        "zomer": (6, 8), "summer": (6, 8),
        "najaar": (9, 11), "herfst": (9, 11), "autumn": (9, 11), "fall": (9, 11),
    ]

    mutating func deadline() throws -> Schedule.Kind {
        var windows = [try window()]
        while !atEnd {
            guard take(anyOf: ["/", "of", "or", ","]) != nil else {
                throw unknown
            }
            windows.append(try window())
        }
        return .deadline(windows)
    }

    mutating func window() throws -> DateWindow {
        _ = take(anyOf: ["in", "uiterlijk", "by", "voor", "before"])
        if let first = year() {
            let save = position
            if take(anyOf: ["-", "/", "tm", "to", "until", "tot"]) != nil {
                if let last = year() {
                    guard last >= first else {
                        throw failure("the range '\(original)' ends before it starts", hint: "write the first year first: \(last) - \(first)")
                    }
                    return DateWindow(start: .startOfYear(first), end: .endOfYear(last))
                }
                position = save
            }
            return .year(first)
        }
        if take("q") {
            guard let number = smallNumber(), (1...4).contains(number) else {
                throw failure("'\(original)' is not a quarter", hint: "a year has four quarters: Q1 to Q4, or 1e to 4e kwartaal")
            }
            _ = take("-")
            return try quarter(number)
        }
        if take("h") {
            guard let number = smallNumber(), (1...2).contains(number) else {
                throw failure("'\(original)' is not a half year", hint: "a year has two halves: H1 and H2, or 1e and 2e helft")
            }
            _ = take("-")
            return try half(number)
        }
        if take(anyOf: ["kwartaal", "quarter"]) != nil {
            guard let number = smallNumber() else { throw unknown }
            return try quarter(number)
        }
        guard let ordinal = ordinal() else { throw unknown }
        if take(anyOf: ["kwartaal", "quarter"]) != nil { return try quarter(ordinal) }
        if take(anyOf: ["helft", "half", "halfjaar"]) != nil { return try half(ordinal) }
        throw unknown
    }

    mutating func quarter(_ number: Int) throws -> DateWindow {
        guard (1...4).contains(number) else {
            throw failure("'\(original)' is not a quarter", hint: "a year has four quarters: Q1 to Q4, or 1e to 4e kwartaal")
        }
        let year = try yearAfterOptionalOf()
        let first = (number - 1) * 3 + 1
        return DateWindow(start: CalendarDate(year: year, month: first, day: 1)!, end: .endOfMonth(first + 2, of: year))
    }

    mutating func half(_ number: Int) throws -> DateWindow {
        guard (1...2).contains(number) else {
            throw failure("'\(original)' is not a half year", hint: "a year has two halves: H1 and H2, or 1e and 2e helft")
        }
        let year = try yearAfterOptionalOf()
        let first = number == 1 ? 1 : 7
        return DateWindow(start: CalendarDate(year: year, month: first, day: 1)!, end: .endOfMonth(first + 5, of: year))
    }

    mutating func yearAfterOptionalOf() throws -> Int {
        _ = take(anyOf: ["van", "of", "in"])
        guard let year = year() else {
            throw failure("'\(original)' needs a year", hint: "add the year with four digits: Q1 2024, 1e helft 2023")
        }
        return year
    }

    /// A four-digit year from 1900 to 2999.
    mutating func year() -> Int? {
        guard let word = next, word.count == 4, word.allSatisfy(\.isNumber), let value = Int(word),
              (1900...2999).contains(value) else { return nil }
        position += 1
        return value
    }

    mutating func smallNumber() -> Int? {
        guard let word = next, word.count <= 2, word.allSatisfy(\.isNumber) else { return nil }
        position += 1
        return Int(word)
    }

    /// "1e", "2de", "3rd", "eerste", "fourth" …
    mutating func ordinal() -> Int? {
        if let number = smallNumber() {
            _ = take(anyOf: ["e", "ste", "de", "st", "nd", "rd", "th"])
            return number
        }
        let words: [String: Int] = [
            "eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "laatste": 4,
            "first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4,
        ]
        guard let word = next, let value = words[word] else { return nil }
        position += 1
        return value
    }
}
