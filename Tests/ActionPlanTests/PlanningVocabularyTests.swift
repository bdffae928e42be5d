import ActionPlan
import Foundation
import Testing

/// The phrases of real plans (issue 21) with the date a civil servant reads in them, and the one
/// vocabulary of the planning language run through every position the grammar allows.
@Suite("Planning vocabulary")
struct PlanningVocabularyTests {
    static let context = PlanningParser.Context(
        adoptedOn: CalendarDate(iso: "2024-01-15"), period: PlanPeriod(firstYear: 2009, lastYear: 2030), language: .nl)

    struct Row: Sendable, CustomTestStringConvertible {
        var namedInIssue: Bool, phrase: String, kind: String, start: String, due: String
        var testDescription: String { phrase }
    }

    /// The rows of Fixtures/planning/real-phrases.tsv (also read by scripts/planning-acceptance.sh).
    static func rows() -> [Row] {
        let url = TestSupport.fixtures.appendingPathComponent("planning/real-phrases.tsv")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return Row(namedInIssue: cells[0] == "yes", phrase: cells[1], kind: cells[2], start: cells[3], due: cells[4])
        }
    }

    static func parse(_ text: String, context: PlanningParser.Context = context) -> Result<Schedule, PlanningParser.Failure> {
        PlanningParser.parse(text, context: context)
    }

    @Test("the table has every phrase the issue names")
    func tableIsComplete() {
        #expect(Self.rows().filter(\.namedInIssue).count == 19)
        #expect(Self.rows().count >= 60)
    }

    @Test("each phrase of real plans is accepted with its documented kind, start and due date", arguments: rows())
    func realPhrase(_ row: Row) throws {
        let schedule = try Self.parse(row.phrase).get()
        #expect(schedule.kindName == row.kind)
        switch schedule.kind {
        case .deadline:
            #expect(schedule.startDate == CalendarDate(iso: row.start))
            #expect(schedule.dueDate == CalendarDate(iso: row.due))
        case .ongoingFrom(let start):
            #expect(start == CalendarDate(iso: row.start))
        default:
            break
        }
    }

    @Test("every documented date of the table is in docs/plan-format.md's one table of real phrases")
    func documented() throws {
        let doc = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("docs/plan-format.md"), encoding: .utf8)
        for row in Self.rows() where row.namedInIssue {
            #expect(doc.contains("`\(row.phrase)`"), "docs/plan-format.md does not list '\(row.phrase)'")
        }
    }

    // MARK: one vocabulary, every position

    @Test("every range connector joins months, years and quarters of a deadline and the months of a recurrence",
          arguments: PlanningWords.rangeConnectors.sorted())
    func connector(_ connector: String) throws {
        let spelled = connector == "tm" ? "t/m" : connector
        let months = try Self.parse("september \(spelled) november 2025").get()
        #expect(months.startDate == CalendarDate(iso: "2025-09-01") && months.dueDate == CalendarDate(iso: "2025-11-30"))
        let opened = try Self.parse("van september \(spelled) november 2025").get()
        #expect(opened.dueDate == CalendarDate(iso: "2025-11-30"))
        let years = try Self.parse("2024 \(spelled) 2025").get()
        #expect(years.startDate == CalendarDate(iso: "2024-01-01") && years.dueDate == CalendarDate(iso: "2025-12-31"))
        let quarters = try Self.parse("Q3 \(spelled) Q4 2025").get()
        #expect(quarters.startDate == CalendarDate(iso: "2025-07-01") && quarters.dueDate == CalendarDate(iso: "2025-12-31"))
        let acrossYears = try Self.parse("december 2024 \(spelled) februari 2025").get()
        #expect(acrossYears.dueDate == CalendarDate(iso: "2025-02-28"))
        for recurring in ["jaarlijks in september \(spelled) november", "jaarlijks van september \(spelled) november",
                          "2x per jaar, in september \(spelled) november"] {
            let parsed = try Self.parse(recurring).get()
            guard case .recurring(let recurrence) = parsed.kind else { Issue.record("'\(recurring)' is not recurring"); continue }
            #expect(recurrence.firstMonth == 9 && recurrence.lastMonth == 11, "\(recurring)")
        }
    }

    @Test("every month form names its month as a month, a date, a recurrence, a start, a part and a range end",
          arguments: PlanningWords.months.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    func month(_ word: String, _ number: Int) throws {
        let last = CalendarDate.endOfMonth(number, of: 2025)
        let first = CalendarDate(year: 2025, month: number, day: 1)!
        #expect(try Self.parse("\(word) 2025").get().dueDate == last)
        #expect(try Self.parse("in \(word) 2025").get().dueDate == last)
        #expect(try Self.parse("1 \(word) 2025").get().dueDate == first)
        #expect(try Self.parse("uiterlijk 1 \(word) 2025").get().dueDate == first)
        #expect(try Self.parse("eind \(word) 2025").get().dueDate == last)
        #expect(try Self.parse("vanaf \(word) 2025").get().kind == .ongoingFrom(first))
        #expect(try Self.parse("januari - \(word) 2025").get().dueDate == last)
        #expect(try Self.parse("van januari tot \(word) 2025").get().dueDate == last)
        #expect(try Self.parse("jaarlijks in \(word)").get().kind == .recurring(Recurrence(timesPerYear: 1, firstMonth: number, lastMonth: number)))
    }

    @Test("every ongoing word stands alone, before a start and after one",
          arguments: PlanningWords.ongoing.sorted())
    func ongoingWord(_ word: String) throws {
        #expect(try Self.parse(word).get().kind == .ongoing)
        let from = CalendarDate(iso: "2025-01-01")!
        #expect(try Self.parse("\(word) vanaf 2025").get().kind == .ongoingFrom(from))
        #expect(try Self.parse("vanaf 2025, \(word)").get().kind == .ongoingFrom(from))
        #expect(try Self.parse("start 2025, \(word)").get().kind == .ongoingFrom(from))
        #expect(try Self.parse("2025 \(word)").get().kind == .ongoingFrom(from))
    }

    @Test("every word for a start opens an open-ended planning", arguments: PlanningWords.fromWords.map { $0.joined(separator: " ") })
    func fromWord(_ words: String) throws {
        let spelled = words == "m i v" ? "m.i.v." : words
        #expect(try Self.parse("\(spelled) Q2 2025").get().kind == .ongoingFrom(CalendarDate(iso: "2025-04-01")!))
    }

    @Test("every open-end suffix closes an open-ended planning", arguments: PlanningWords.openEndSuffixes.map { $0.joined(separator: " ") })
    func openEnd(_ words: String) throws {
        let spelled = words == "e v" ? "e.v." : words
        #expect(try Self.parse("Q2 2025 \(spelled)").get().kind == .ongoingFrom(CalendarDate(iso: "2025-04-01")!))
    }

    @Test("every qualifier of a part takes a year, a half, a quarter, a month and a season",
          arguments: PlanningWords.parts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    func part(_ word: String, _ part: PlanningWords.Part) throws {
        let yearDue = ["2025-04-30", "2025-06-30", "2025-12-31"][part.rawValue]
        #expect(try Self.parse("\(word) 2025").get().dueDate == CalendarDate(iso: yearDue))
        #expect(try Self.parse("\(word) Q2 2025").get().dueDate == CalendarDate(iso: ["2025-04-30", "2025-05-31", "2025-06-30"][part.rawValue]))
        #expect(try Self.parse("\(word) september 2025").get().dueDate == CalendarDate(iso: ["2025-09-10", "2025-09-20", "2025-09-30"][part.rawValue]))
        #expect(try Self.parse("\(word) 2e helft 2025").get().dueDate == CalendarDate(iso: ["2025-08-31", "2025-10-31", "2025-12-31"][part.rawValue]))
        #expect(try Self.parse("\(word) najaar 2025").get().dueDate == CalendarDate(iso: ["2025-09-30", "2025-10-31", "2025-11-30"][part.rawValue]))
        #expect(try Self.parse("vanaf \(word) 2025").get().planningKind == .ongoing)
        #expect(try Self.parse("uiterlijk \(word) 2025").get().dueDate == CalendarDate(iso: yearDue))
        #expect(try Self.parse("2024 - \(word) 2025").get().dueDate == CalendarDate(iso: yearDue))
        #expect(try Self.parse("begin/\(word) 2025").get().dueDate == CalendarDate(iso: part == .end ? "2025-12-31" : yearDue))
    }

    @Test("every word before a window (by, before, after, within) reads in front of a season and a date", arguments: [
        (PlanningWords.deadlineWords, "2025-06-30", "2025-08-31"), (PlanningWords.beforeWords, "2025-06-30", "2025-06-30"),
    ])
    func bounds(_ words: [[String]], _ dueDate: String, _ dueSummer: String) throws {
        for word in words.map({ $0.joined(separator: " ") }) {
            #expect(try Self.parse("\(word) 30 juni 2025").get().dueDate == CalendarDate(iso: word.contains("voor") || word.contains("before") || word.contains("prior") ? "2025-06-29" : dueDate), "\(word)")
            #expect(try Self.parse("\(word) de zomer van 2025").get().dueDate == CalendarDate(iso: dueSummer), "\(word)")
        }
    }

    @Test("every word for 'after' reads after the summer and before an undated event", arguments: PlanningWords.afterWords.map { $0.joined(separator: " ") })
    func after(_ word: String) throws {
        if word != "na afloop van" {
            #expect(try Self.parse("\(word) de zomer van 2025").get().startDate == CalendarDate(iso: "2025-09-01"), "\(word)")
            #expect(try Self.parse("\(word) het zomerreces 2025").get().dueDate == CalendarDate(iso: "2025-12-31"), "\(word)")
        }
        #expect(try Self.parse("\(word) de evaluatie").get().kind == .unscheduled, "\(word)")
    }

    @Test("every word for 'within' reads in front of a year", arguments: PlanningWords.withinWords.map { $0.joined(separator: " ") })
    func within(_ word: String) throws {
        #expect(try Self.parse("\(word) 2025").get().dueDate == CalendarDate(iso: "2025-12-31"), "\(word)")
        #expect(try Self.parse("\(word) Q3 2025").get().dueDate == CalendarDate(iso: "2025-09-30"), "\(word)")
    }

    @Test("every summer-recess word is a moment: before it is 30 June, after it 1 September, until it 30 June",
          arguments: PlanningWords.summerRecess.map { $0.joined(separator: " ") } + ["zomer", "summer"])
    func summer(_ word: String) throws {
        #expect(try Self.parse("voor het \(word) 2025").get().dueDate == CalendarDate(iso: "2025-06-30"))
        #expect(try Self.parse("na het \(word) van 2025").get().startDate == CalendarDate(iso: "2025-09-01"))
        #expect(try Self.parse("januari 2025 tot het \(word) 2025").get().dueDate == CalendarDate(iso: "2025-06-30"))
    }

    @Test("every frequency word, alone, with months and with a season (not quarterly ones)", arguments: PlanningWords.frequencyWords.keys.sorted())
    func frequency(_ word: String) throws {
        #expect(try Self.parse(word).get().planningKind == .recurring)
        // A quarterly planning limited to some months is refused: it is no longer quarterly.
        guard PlanningWords.frequencyWords[word]?.1 != .quarter else { return }
        #expect(try Self.parse("\(word) in september - november").get().planningKind == .recurring)
        #expect(try Self.parse("\(word), in het najaar").get().planningKind == .recurring)
    }

    @Test("every 'every' word with every unit", arguments: PlanningWords.every.sorted())
    func every(_ word: String) throws {
        for unit in PlanningWords.units.keys.sorted() {
            #expect(try Self.parse("\(word) \(unit)").get().planningKind == .recurring, "\(word) \(unit)")
        }
    }

    @Test("every minimum with every times word and a unit", arguments: PlanningWords.minimum.map { $0.joined(separator: " ") })
    func minimum(_ word: String) throws {
        for times in PlanningWords.times.sorted() {
            #expect(try Self.parse("\(word) 3 \(times) per jaar").get().kind == .recurring(Recurrence(timesPerYear: 3)), "\(word) 3 \(times)")
        }
    }

    @Test("every school-year word reads 1 August to 31 July", arguments: PlanningWords.schoolYear.map { $0.joined(separator: " ") })
    func schoolYear(_ word: String) throws {
        let parsed = try Self.parse("\(word) 2025-2026").get()
        #expect(parsed.startDate == CalendarDate(iso: "2025-08-01") && parsed.dueDate == CalendarDate(iso: "2026-07-31"))
        #expect(try Self.parse("\(word) 2025/'26").get().dueDate == CalendarDate(iso: "2026-07-31"))
        guard case .failure = Self.parse("\(word) 2025-2027") else { Issue.record("two years apart is no school year"); return }
    }

    @Test("every week word reads an ISO week, Monday to Sunday", arguments: PlanningWords.week.sorted())
    func week(_ word: String) throws {
        let parsed = try Self.parse("\(word) 10 van 2022").get()
        #expect(parsed.startDate == CalendarDate(iso: "2022-03-07") && parsed.dueDate == CalendarDate(iso: "2022-03-13"))
        guard case .failure = Self.parse("\(word) 53 2025") else { Issue.record("2025 has no week 53"); return }
    }

    @Test("'na vaststelling' of another thing than the plan is not yet scheduled, never the plan's adoption", arguments: [
        "na vaststelling van de begroting", "Na vaststelling van de begroting 2025", "binnen 3 maanden na vaststelling van de kadernota",
        "na goedkeuring door de gemeenteraad",
    ])
    func otherEvent(_ text: String) throws {
        switch Self.parse(text) {
        case .success(let schedule): #expect(schedule.kind == .unscheduled && schedule.text == text)
        case .failure(let failure):
            // A dated event is not undated: refused, and never read as the plan's adoption.
            #expect(text.contains("2025"), "\(failure.reason)")
        }
        #expect(try Self.parse("Na vaststelling").get().kind == .ongoingFrom(CalendarDate(iso: "2024-01-15")!))
    }

    @Test("a mistyped date after 'na' is refused with the correction, not read as an event")
    func mistypedDate() {
        guard case .failure(let failure) = Self.parse("na de zommer 2025") else { Issue.record("should be refused"); return }
        #expect(failure.hint?.contains("'na de zomer 2025'") == true, "\(failure.hint ?? "")")
        guard case .failure = Self.parse("na de zommer") else { Issue.record("'na de zommer' is a typo, not an event"); return }
    }
}

/// Hints of refused plannings: never a form of the opposite meaning, never the other language, and
/// the smallest edit that works when there is one.
@Suite("Planning hints")
struct PlanningHintTests {
    static func hint(_ text: String, language: PlanLanguage) -> String {
        let context = PlanningParser.Context(adoptedOn: nil, period: PlanPeriod(firstYear: 2025, lastYear: 2028), language: language)
        guard case .failure(let failure) = PlanningParser.parse(text, context: context) else {
            Issue.record("'\(text)' should be refused")
            return ""
        }
        return failure.hint ?? ""
    }

    /// The suggestions of a hint: the quoted phrases.
    static func suggestions(_ hint: String) -> [String] {
        hint.split(separator: "'", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
    }

    @Test("a refused 'after' phrase is never offered a 'before' form, and the other way round", arguments: [
        ("na de zomr", ["voor", "before", "uiterlijk", "by", "tot"]), ("na zomerrecess 2025", ["voor", "before", "uiterlijk", "by", "tot"]),
        ("na het zomerreces", ["voor", "before", "uiterlijk", "by", "tot"]), ("na de zomervakantie", ["voor", "before", "uiterlijk", "tot"]),
        ("na 1 juli 2025", ["voor", "before", "uiterlijk", "by", "tot"]), ("vanaf het najaar", ["voor", "before", "uiterlijk", "tot"]),
        ("voor de zomr 2025", ["na", "after", "vanaf", "from", "e.v."]), ("uiterlijk zomerreces", ["na", "after", "vanaf", "from"]),
        ("voor de zomervakantie", ["na", "after", "vanaf", "from"]), ("voor het zomerrecess 2025", ["na", "after", "vanaf"]),
    ])
    func neverOpposite(_ text: String, _ forbidden: [String]) {
        let hint = Self.hint(text, language: .nl)
        for suggestion in Self.suggestions(hint) {
            let words = suggestion.lowercased().split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
            for word in forbidden { #expect(!words.contains(word), "'\(text)' got '\(suggestion)' in: \(hint)") }
        }
    }

    @Test("a Dutch plan is never offered English forms, an English plan never Dutch ones", arguments: [
        ("Doorlopen", PlanLanguage.nl), ("Mediio 2025", .nl), ("binnenkort", .nl), ("ergens in 2025 misschien", .nl), ("na de zommer", .nl),
        ("ongoin", PlanLanguage.en), ("sometime", .en), ("mid year 2025", .en), ("after the sumer of 2025", .en),
    ])
    func sameLanguage(_ text: String, _ language: PlanLanguage) {
        let hint = Self.hint(text, language: language)
        let other = language == .nl ? PlanningParser.englishExamples : PlanningParser.dutchExamples
        let own = Set((language == .nl ? PlanningParser.dutchExamples : PlanningParser.englishExamples) + PlanningParser.neutralExamples)
        for suggestion in Self.suggestions(hint) where other.contains(suggestion) {
            #expect(own.contains(suggestion), "'\(text)' (\(language)) got '\(suggestion)' in: \(hint)")
        }
    }

    @Test("the smallest edit that works is named", arguments: [
        ("half de zomer 2025", "drop 'de'"), ("Mediio 2025", "write 'medio' for 'Mediio'"), ("na de zommer 2025", "write 'zomer' for 'zommer'"),
        ("van juli tot novmber 2024", "write 'november' for 'novmber'"), ("Q1 van het 2025", "drop 'het'"),
    ])
    func smallestEdit(_ text: String, _ expected: String) {
        let hint = Self.hint(text, language: .nl)
        #expect(hint.hasPrefix(expected), "hint was: \(hint)")
    }
}
