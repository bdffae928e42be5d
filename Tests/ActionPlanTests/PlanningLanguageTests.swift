import ActionPlan
import Testing

/// The planning language of real Dutch plans beyond the two shipped ones (issue 14): every phrase
/// class in Dutch and English with its kind, start and due date.
@Suite("Planning language")
struct PlanningLanguageTests {
    private static let adopted = CalendarDate(iso: "2025-02-20")!
    private static let context = PlanningParser.Context(adoptedOn: adopted, period: PlanPeriod(firstYear: 2025, lastYear: 2028))

    private func schedule(_ text: String) throws -> Schedule {
        try PlanningParser.parse(text, context: Self.context).get()
    }

    private func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    /// (phrase, start, due) of one-off items.
    @Test("points and windows in a year: months, seasons, begin/medio/eind, dates, uiterlijk and voor", arguments: [
        // months
        ("september 2025", "2025-09-01", "2025-09-30"), ("September 2025", "2025-09-01", "2025-09-30"),
        ("in september 2025", "2025-09-01", "2025-09-30"), ("sept. 2025", "2025-09-01", "2025-09-30"),
        ("February 2028", "2028-02-01", "2028-02-29"),
        // seasons (voorjaar Mar–May, zomer Jun–Aug, najaar Sep–Nov, winter Dec–Feb)
        ("Voorjaar 2025", "2025-03-01", "2025-05-31"), ("zomer 2025", "2025-06-01", "2025-08-31"),
        ("Najaar 2025", "2025-09-01", "2025-11-30"), ("in het najaar van 2025", "2025-09-01", "2025-11-30"),
        ("winter 2025", "2025-12-01", "2026-02-28"), ("winter 2025/2026", "2025-12-01", "2026-02-28"),
        ("spring 2025", "2025-03-01", "2025-05-31"), ("autumn 2025", "2025-09-01", "2025-11-30"), ("fall 2025", "2025-09-01", "2025-11-30"),
        ("summer of 2025", "2025-06-01", "2025-08-31"),
        // before a season: due the day before it starts; before the summer: before the summer recess, by 30 June
        ("Voor de zomer van 2025", "2025-01-01", "2025-06-30"), ("voor de zomer 2025", "2025-01-01", "2025-06-30"),
        ("before the summer of 2025", "2025-01-01", "2025-06-30"), ("voor het voorjaar 2025", "2025-01-01", "2025-02-28"),
        // begin / medio / eind: the first, middle or last third; the middle of a year is mid-year (May–June)
        ("Begin 2026", "2026-01-01", "2026-04-30"), ("Medio 2025", "2025-05-01", "2025-06-30"), ("Eind 2025", "2025-09-01", "2025-12-31"),
        ("half 2025", "2025-05-01", "2025-06-30"), ("einde 2025", "2025-09-01", "2025-12-31"),
        ("early 2026", "2026-01-01", "2026-04-30"), ("mid 2025", "2025-05-01", "2025-06-30"), ("mid-2025", "2025-05-01", "2025-06-30"),
        ("end of 2025", "2025-09-01", "2025-12-31"), ("by the end of 2025", "2025-09-01", "2025-12-31"),
        ("eind Q2 2025", "2025-06-01", "2025-06-30"), ("begin Q3 2025", "2025-07-01", "2025-07-31"),
        ("end of Q2 2025", "2025-06-01", "2025-06-30"), ("medio 2e helft 2025", "2025-09-01", "2025-10-31"),
        ("eind 1e helft 2025", "2025-05-01", "2025-06-30"), ("eind september 2025", "2025-09-21", "2025-09-30"),
        ("begin september 2025", "2025-09-01", "2025-09-10"), ("late September 2025", "2025-09-21", "2025-09-30"),
        // dates
        ("1 juli 2025", "2025-07-01", "2025-07-01"), ("2025-12-31", "2025-12-31", "2025-12-31"), ("31-12-2025", "2025-12-31", "2025-12-31"),
        ("1 July 2025", "2025-07-01", "2025-07-01"), ("July 1, 2025", "2025-07-01", "2025-07-01"), ("29 februari 2028", "2028-02-29", "2028-02-29"),
        // uiterlijk / by: due at the end of what follows
        ("Uiterlijk 1 juli 2025", "2025-07-01", "2025-07-01"), ("uiterlijk Q3 2025", "2025-07-01", "2025-09-30"),
        ("uiterlijk eind 2025", "2025-09-01", "2025-12-31"), ("uiterlijk in september 2025", "2025-09-01", "2025-09-30"),
        ("by 1 July 2025", "2025-07-01", "2025-07-01"), ("no later than Q3 2025", "2025-07-01", "2025-09-30"),
        // voor / vóór / before: due the day before what follows starts ("voor eind …" is by the end)
        ("vóór 1 juli 2025", "2025-01-01", "2025-06-30"), ("voor 1 juli 2025", "2025-01-01", "2025-06-30"),
        ("voor Q3 2025", "2025-01-01", "2025-06-30"), ("voor 2026", "2025-01-01", "2025-12-31"),
        ("voor eind 2025", "2025-09-01", "2025-12-31"), ("before 1 July 2025", "2025-01-01", "2025-06-30"),
        ("prior to Q3 2025", "2025-01-01", "2025-06-30"),
    ])
    func pointsAndWindows(_ text: String, _ start: String, _ due: String) throws {
        let parsed = try schedule(text)
        #expect(parsed.planningKind == .deadline)
        #expect(parsed.startDate == date(start))
        #expect(parsed.dueDate == date(due))
    }

    @Test("ranges and lists within and across years are one window from the first start to the last end", arguments: [
        ("Q3 en Q4 2025", "2025-07-01", "2025-12-31"), ("Q3 and Q4 2025", "2025-07-01", "2025-12-31"),
        ("Q4 2024 – Q1 2025", "2024-10-01", "2025-03-31"), ("Q4 2024 - Q1 2025", "2024-10-01", "2025-03-31"),
        ("september – december 2025", "2025-09-01", "2025-12-31"), ("september t/m december 2025", "2025-09-01", "2025-12-31"),
        ("September to December 2025", "2025-09-01", "2025-12-31"), ("september 2025 - maart 2026", "2025-09-01", "2026-03-31"),
        ("2025 en 2026", "2025-01-01", "2026-12-31"), ("2025 and 2026", "2025-01-01", "2026-12-31"),
        ("1e en 2e kwartaal 2025", "2025-01-01", "2025-06-30"), ("voorjaar en zomer 2025", "2025-03-01", "2025-08-31"),
        ("H2 2025 - H1 2026", "2025-07-01", "2026-06-30"), ("2025 & 2026", "2025-01-01", "2026-12-31"),
    ])
    func ranges(_ text: String, _ start: String, _ due: String) throws {
        let parsed = try schedule(text)
        guard case .deadline(let windows) = parsed.kind else { Issue.record("'\(text)' is not a deadline"); return }
        #expect(windows.count == 1)
        #expect(parsed.startDate == date(start))
        #expect(parsed.dueDate == date(due))
    }

    @Test("alternatives with a shared year are due at the latest")
    func alternativesSharingAYear() throws {
        let parsed = try schedule("Q3/Q4 2025")
        guard case .deadline(let windows) = parsed.kind else { Issue.record("not a deadline"); return }
        #expect(windows.count == 2)
        #expect(parsed.startDate == date("2025-07-01"))
        #expect(parsed.dueDate == date("2025-12-31"))
    }

    /// (phrase, times a year, first month, last month).
    @Test("frequencies in words and numbers, alone or with a season or month", arguments: [
        ("Halfjaarlijks", 2, 1, 12), ("halfjaarlijks", 2, 1, 12), ("elk half jaar", 2, 1, 12), ("half-yearly", 2, 1, 12),
        ("twice a year", 2, 1, 12), ("every six months", 2, 1, 12), ("semi-annually", 2, 1, 12),
        ("Per kwartaal", 4, 1, 12), ("Elk kwartaal", 4, 1, 12), ("ieder kwartaal", 4, 1, 12), ("quarterly", 4, 1, 12), ("every quarter", 4, 1, 12),
        ("Maandelijks", 12, 1, 12), ("elke maand", 12, 1, 12), ("monthly", 12, 1, 12), ("every month", 12, 1, 12),
        ("Wekelijks", 52, 1, 12), ("weekly", 52, 1, 12), ("elke week", 52, 1, 12),
        ("twee keer per jaar", 2, 1, 12), ("2 keer per jaar", 2, 1, 12), ("2x per jaar", 2, 1, 12), ("tweemaal per jaar", 2, 1, 12),
        ("minimaal drie keer per jaar", 3, 1, 12), ("two times a year", 2, 1, 12), ("three times a year", 3, 1, 12),
        ("2x per maand", 24, 1, 12), ("1x per kwartaal", 4, 1, 12), ("twice a month", 24, 1, 12),
        ("Jaarlijks in september", 1, 9, 9), ("jaarlijks, in september", 1, 9, 9), ("yearly in September", 1, 9, 9),
        ("jaarlijks in september – november", 1, 9, 11), ("elk najaar", 1, 9, 11), ("every autumn", 1, 9, 11), ("ieder voorjaar", 1, 3, 5),
        ("2 keer per jaar, in het voorjaar", 2, 3, 5), ("twice a year, in spring", 2, 3, 5), ("maandelijks, in het najaar", 3, 9, 11),
        ("monthly in summer", 3, 6, 8),
    ])
    func frequencies(_ text: String, _ times: Int, _ first: Int, _ last: Int) throws {
        let parsed = try schedule(text)
        #expect(parsed.kind == .recurring(Recurrence(timesPerYear: times, firstMonth: first, lastMonth: last)))
        #expect(parsed.planningKind == .recurring)
        let obligations = parsed.obligations(in: PlanPeriod(firstYear: 2025, lastYear: 2026))
        #expect(obligations.count == 2)
        #expect(obligations.first?.window.start == CalendarDate(year: 2025, month: first, day: 1))
        #expect(obligations.first?.dueDate == CalendarDate.endOfMonth(last, of: 2025))
    }

    @Test("open-ended phrases are ongoing from their start", arguments: [
        ("Vanaf 2025", "2025-01-01"), ("vanaf 2026", "2026-01-01"), ("2025 e.v.", "2025-01-01"), ("2026 e.v.", "2026-01-01"),
        ("2025 en verder", "2025-01-01"), ("vanaf Q2 2025", "2025-04-01"), ("vanaf september 2025", "2025-09-01"),
        ("Doorlopend vanaf medio 2025", "2025-05-01"), ("from 2025", "2025-01-01"), ("2025 onwards", "2025-01-01"),
        ("from Q2 2025 onwards", "2025-04-01"), ("ongoing from 1 July 2025", "2025-07-01"), ("since 2025", "2025-01-01"),
        ("per 1 januari 2026", "2026-01-01"), ("m.i.v. 1 juli 2025", "2025-07-01"), ("met ingang van 2026", "2026-01-01"),
        ("as of 1 July 2025", "2025-07-01"),
    ])
    func openEnded(_ text: String, _ from: String) throws {
        let parsed = try schedule(text)
        #expect(parsed.kind == .ongoingFrom(date(from)))
        #expect(parsed.planningKind == .ongoing)
        #expect(parsed.dueDate == nil)
        #expect(parsed.ongoingStart(planStart: date("2025-01-01")) == date(from))
        // Stale counts from its own start, not the plan's.
        #expect(!parsed.isStale(asOf: date(from).adding(months: 6), lastProgress: nil, planStart: date("2025-01-01")))
        #expect(parsed.isStale(asOf: date(from).adding(months: 6).adding(days: 1), lastProgress: nil, planStart: date("2025-01-01")))
    }

    @Test("not yet scheduled is a kind of its own, never due", arguments: [
        "Nog te bepalen", "nog te bepalen", "nader te bepalen", "n.t.b.", "N.T.B.", "ntb", "PM", "p.m.", "n.n.b.", "nog niet bekend",
        "to be determined", "TBD", "t.b.d.", "not yet scheduled",
    ])
    func notYetScheduled(_ text: String) throws {
        let parsed = try schedule(text)
        #expect(parsed.kind == .unscheduled)
        #expect(parsed.planningKind == .unscheduled)
        #expect(parsed.kindName == "unscheduled")
        #expect(parsed.dueDate == nil)
        #expect(parsed.obligations(in: PlanPeriod(firstYear: 2025, lastYear: 2028)).isEmpty)
        #expect(!parsed.isPastDue(asOf: date("2040-01-01")))
    }

    @Test("relative to adoption: due counted from plan.adopted.on", arguments: [
        ("binnen 3 maanden na vaststelling", "2025-05-20"), ("Binnen 3 maanden na vaststelling van het plan", "2025-05-20"),
        ("binnen drie maanden na vaststelling", "2025-05-20"), ("3 maanden na vaststelling", "2025-05-20"),
        ("binnen 6 weken na vaststelling", "2025-04-03"), ("binnen een jaar na vaststelling", "2026-02-20"),
        ("within 3 months of adoption", "2025-05-20"), ("within 6 weeks after adoption", "2025-04-03"),
        ("within 30 days of adoption", "2025-03-22"),
    ])
    func withinAfterAdoption(_ text: String, _ due: String) throws {
        let parsed = try schedule(text)
        #expect(parsed.planningKind == .deadline)
        #expect(parsed.startDate == Self.adopted)
        #expect(parsed.dueDate == date(due))
    }

    @Test("after adoption without a term: ongoing from the adoption date", arguments: [
        "Na vaststelling", "na vaststelling", "Direct na vaststelling", "vanaf vaststelling", "after adoption", "from adoption",
        "na vaststelling van het uitvoeringsplan",
    ])
    func afterAdoption(_ text: String) throws {
        #expect(try schedule(text).kind == .ongoingFrom(Self.adopted))
    }

    @Test("a plan adopted before its period: the deadline starts on the period's first day")
    func adoptedBeforePeriod() throws {
        let context = PlanningParser.Context(adoptedOn: date("2024-11-15"), period: PlanPeriod(firstYear: 2025, lastYear: 2028))
        let parsed = try PlanningParser.parse("binnen 3 maanden na vaststelling", context: context).get()
        #expect(parsed.startDate == date("2025-01-01"))
        #expect(parsed.dueDate == date("2025-02-15"))
    }

    @Test("relative to adoption without an adoption date is refused with a hint")
    func adoptionWithoutDate() {
        guard case .failure(let failure) = PlanningParser.parse("binnen 3 maanden na vaststelling") else {
            Issue.record("should not parse without an adoption date")
            return
        }
        #expect(failure.reason.contains("no adoption date"))
        #expect(failure.hint?.contains("adopted") == true)
    }

    @Test("ambiguous frequencies are refused with the unambiguous forms", arguments: [
        "tweejaarlijks", "Tweejaarlijks", "twee-jaarlijks", "tweemaandelijks", "tweewekelijks", "biannual", "bi-annually", "bimonthly", "biweekly",
    ])
    func ambiguous(_ text: String) {
        guard case .failure(let failure) = PlanningParser.parse(text) else {
            Issue.record("'\(text)' should be refused")
            return
        }
        #expect(failure.reason.contains("ambiguous"))
        #expect(failure.hint?.contains("per") == true || failure.hint?.contains("a year") == true || failure.hint?.contains("a month") == true
                || failure.hint?.contains("a week") == true)
    }

    @Test("an unknown phrase names the smallest edit, else the closest accepted forms (not the whole list) and the documentation", arguments: [
        ("Mediio 2025", "medio 2025"), ("Doorlopen", "Doorlopend"), ("halfjaarlijk", "Halfjaarlijks"), ("Nog te bepalne", "Nog te bepalen"),
        ("Najaaar 2025", "najaar 2025"), ("vanaff 2025", "vanaf 2025"),
    ])
    func closestForms(_ text: String, _ expected: String) {
        guard case .failure(let failure) = PlanningParser.parse(text) else {
            Issue.record("'\(text)' should not parse")
            return
        }
        let hint = failure.hint ?? ""
        #expect(hint.contains(expected), "hint was: \(hint)")
        if hint.hasPrefix("the closest") {
            #expect(hint.contains("docs/plan-format.md"))
            #expect(hint.components(separatedBy: "', '").count <= 3)
        } else {
            #expect(hint.hasPrefix("write '") || hint.hasPrefix("drop '"), "hint was: \(hint)")
        }
    }

    @Test("every example the hints offer parses", arguments: PlanningParser.examples)
    func examplesParse(_ text: String) {
        #expect((try? PlanningParser.parse(text, context: Self.context).get()) != nil)
    }

    @Test("the forms that worked before and were undocumented still work", arguments: [
        ("2 keer per jaar", PlanningKind.recurring), ("2x per jaar", .recurring), ("Continu", .ongoing), ("uiterlijk Q3 2025", .deadline),
    ])
    func undocumentedForms(_ text: String, _ kind: PlanningKind) throws {
        #expect(try schedule(text).planningKind == kind)
    }
}

/// Not-yet-scheduled actions through the queries and the CLI: listed, counted, never overdue.
@Suite("Not yet scheduled")
struct NotYetScheduledTests {
    private let fixture = "Tests/ActionPlanTests/Fixtures/valid/new-dutch-phrases.yaml"

    @Test("plan list --kind unscheduled lists them")
    func listed() throws {
        let result = try TestSupport.runPlan(["list", fixture, "--kind", "unscheduled", "--format", "csv"])
        #expect(result.status == 0)
        for planning in ["Nog te bepalen", "n.t.b.", "PM"] { #expect(result.stdout.contains(planning)) }
        #expect(!result.stdout.contains("Doorlopend"))
        let none = try TestSupport.runPlan(["list", fixture, "--kind", "none", "--format", "csv"])
        #expect(none.status == 0)
        #expect(!none.stdout.contains("Nog te bepalen"))
    }

    @Test("an unknown --kind is a usage error naming the kinds")
    func unknownKind() throws {
        let result = try TestSupport.runPlan(["list", fixture, "--kind", "someday"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("unscheduled"))
    }

    @Test("status counts them; overdue never lists them")
    func countedNeverOverdue() throws {
        let loaded = try TestSupport.loadFixture("valid/new-dutch-phrases.yaml")
        let plan = try #require(loaded.plan)
        let tracked = TrackedPlan(plan: plan)
        let asOf = CalendarDate(iso: "2028-12-31")!
        #expect(StatusQuery(asOf: asOf).run([tracked]).first?.unscheduled == 3)
        let unscheduledIDs = Set(plan.actions.filter { $0.schedule.planningKind == .unscheduled }.map(\.id))
        #expect(unscheduledIDs.count == 3)
        var overdue = OverdueQuery(asOf: asOf)
        overdue.includeStale = true
        #expect(overdue.run([tracked]).allSatisfy { !unscheduledIDs.contains($0.actionID) })
        let json = try TestSupport.runPlan(["status", fixture, "--as-of", "2025-06-01", "--format", "json"])
        #expect(json.stdout.contains("\"unscheduled\": 3") || json.stdout.contains("\"unscheduled\":3"))
        let table = try TestSupport.runPlan(["status", fixture, "--as-of", "2025-06-01"])
        #expect(table.stdout.contains("Nog niet gepland"))
    }

    @Test("a plan without an adoption date refuses plannings counted from it")
    func adoptionDiagnostic() throws {
        let loaded = try TestSupport.loadFixture("invalid/planning-after-adoption-without-date.yaml")
        #expect(!loaded.isValid)
        #expect(loaded.diagnostics.contains { $0.message.contains("no adoption date") })
    }
}

/// The export of every new planning form: the JSON contract of kinds, starts and due dates.
@Suite("Planning language export")
struct PlanningLanguageExportTests {
    @Test("plan export of the new Dutch and English phrases matches its golden file", arguments: ["new-dutch-phrases", "new-english-phrases"])
    func export(_ name: String) throws {
        let result = try TestSupport.runPlan(["export", "Tests/ActionPlanTests/Fixtures/valid/\(name).yaml", "--as-of", "2025-03-01"])
        #expect(result.status == 0, "\(result.stderr)")
        try TestSupport.assertGolden(result.stdout, "export-\(name).json")
    }
}

/// The format reference and the grammar agree: every phrase in the first column of the planning
/// tables of docs/plan-format.md parses.
@Suite("Planning reference")
struct PlanningReferenceTests {
    static func documentedPhrases() throws -> [String] {
        let text = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("docs/plan-format.md"), encoding: .utf8)
        guard let start = text.range(of: "## Planning"), let end = text.range(of: "Anything else is an error") else { return [] }
        var phrases: [String] = []
        for line in text[start.upperBound..<end.lowerBound].split(separator: "\n") where line.hasPrefix("| `") {
            let firstCell = line.dropFirst(2).prefix { $0 != "|" }
            let spans = firstCell.split(separator: "`", omittingEmptySubsequences: false)
            phrases += stride(from: 1, to: spans.count, by: 2).map { String(spans[$0]) }
        }
        return phrases
    }

    @Test("every documented phrase parses")
    func documented() throws {
        let phrases = try Self.documentedPhrases()
        #expect(phrases.count > 100)
        let context = PlanningParser.Context(adoptedOn: CalendarDate(iso: "2025-02-20"), period: PlanPeriod(firstYear: 2022, lastYear: 2030))
        for phrase in phrases {
            let text = phrase.replacingOccurrences(of: "…", with: "")
            if case .failure(let failure) = PlanningParser.parse(text, context: context) {
                Issue.record("documented phrase '\(phrase)' does not parse: \(failure.reason)")
            }
        }
    }
}

/// Hostile planning texts are refused quickly.
@Suite("Planning language: hostile input")
struct PlanningHostileTests {
    @Test("a very long unknown planning is refused in well under a second")
    func longText() {
        let text = String(repeating: "blabla medio kwartaal ", count: 20_000)
        // Processor time, not the wall clock: on a shared machine the wall clock made this fail at 1.04 s.
        let elapsed = TestSupport.threadCPUTime {
            guard case .failure = PlanningParser.parse(text) else { Issue.record("should not parse"); return }
        }
        #expect(elapsed < .seconds(1))
    }
}

/// The explicit planning form knows the new kinds too.
@Suite("Explicit planning: new kinds")
struct ExplicitPlanningKindTests {
    private func plan(_ planning: String) -> LoadedPlan {
        TestSupport.load("""
            plan: {id: p, title: T, region: R, period: 2025-2028, language: nl}
            organisations: {VAR: {name: VeiligheidsAlliantie}}
            themes:
              - id: "1"
                title: T
                actions:
                  - id: "1.1"
                    title: A.
                    planning: \(planning)
                    owners: [VAR]
            """)
    }

    @Test("kind: unscheduled keeps the text and is never due")
    func unscheduled() throws {
        let loaded = plan("{text: \"zie toelichting\", kind: unscheduled}")
        #expect(loaded.isValid, "\(TestSupport.render(loaded))")
        let schedule = try #require(loaded.plan?.actions.first?.schedule)
        #expect(schedule.planningKind == .unscheduled && schedule.text == "zie toelichting")
    }

    @Test("kind: ongoing with a start is open-ended from that day")
    func ongoingFrom() throws {
        let loaded = plan("{text: \"na de zomer\", kind: ongoing, start: 2025-09-01}")
        #expect(loaded.isValid, "\(TestSupport.render(loaded))")
        #expect(loaded.plan?.actions.first?.schedule.kind == .ongoingFrom(CalendarDate(iso: "2025-09-01")!))
    }
}
