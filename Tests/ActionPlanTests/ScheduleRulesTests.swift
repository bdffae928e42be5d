import ActionPlan
import Testing

/// The due, overdue, behind and stale rules on schedules and obligations.
@Suite("Due and overdue rules")
struct ScheduleRulesTests {
    private func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }
    private func schedule(_ text: String) -> Schedule { try! PlanningParser.parse(text).get() }
    private let period = PlanPeriod(firstYear: 2024, lastYear: 2026)

    @Test("the due day itself is not late; the day after is")
    func dueDay() {
        let q1 = schedule("Q1 2024")
        #expect(!q1.isPastDue(asOf: date("2024-03-31")))
        #expect(q1.isPastDue(asOf: date("2024-04-01")))
    }

    @Test("year ends: 31 December is due, 1 January is late")
    func yearEnd() {
        let year = schedule("2024")
        #expect(!year.isPastDue(asOf: date("2024-12-31")))
        #expect(year.isPastDue(asOf: date("2025-01-01")))
    }

    @Test("ongoing items are never past due")
    func ongoingNeverDue() {
        #expect(!schedule("Doorlopend").isPastDue(asOf: date("2030-01-01")))
    }

    @Test("a past year without enough occurrences is overdue; with enough it is met")
    func pastYear() {
        let obligation = schedule("Minimaal 3x per jaar").obligations(in: period)[0]
        #expect(obligation.standing(asOf: date("2025-01-01"), found: 2) == .overdue(found: 2))
        #expect(obligation.standing(asOf: date("2025-01-01"), found: 3) == .onTrack)
    }

    @Test("the current year is behind below N times the elapsed fraction, rounded down")
    func behind() {
        let obligation = schedule("Minimaal 4x per jaar").obligations(in: period)[0] // 2024, a leap year
        // 1 July 2024: 182 of 366 days elapsed; 4 × 182/366 = 1.99 → 1 expected.
        #expect(obligation.expectedOccurrences(asOf: date("2024-07-01")) == 1)
        #expect(obligation.standing(asOf: date("2024-07-01"), found: 0) == .behind(found: 0, expected: 1))
        #expect(obligation.standing(asOf: date("2024-07-01"), found: 1) == .onTrack)
        // 31 December: 365 of 366 days → 3 expected; three occurrences are not behind, and not yet overdue.
        #expect(obligation.standing(asOf: date("2024-12-31"), found: 3) == .onTrack)
        #expect(obligation.standing(asOf: date("2025-01-01"), found: 3) == .overdue(found: 3))
    }

    @Test("1 January expects nothing yet")
    func firstDay() {
        let obligation = schedule("Minimaal 3x per jaar").obligations(in: period)[1]
        #expect(obligation.expectedOccurrences(asOf: date("2025-01-01")) == 0)
        #expect(obligation.standing(asOf: date("2025-01-01"), found: 0) == .onTrack)
    }

    @Test("a plan not yet started has only upcoming obligations")
    func notStarted() {
        let obligations = schedule("Jaarlijks").obligations(in: period)
        #expect(obligations.allSatisfy { $0.standing(asOf: date("2023-06-01"), found: 0) == .upcoming })
    }

    @Test("recurring obligations exist only inside the plan period")
    func insidePeriod() {
        let obligations = schedule("Minimaal 3x per jaar").obligations(in: period)
        #expect(obligations.compactMap(\.year) == [2024, 2025, 2026])
    }

    @Test("leap day: 29 February 2024 is a date, 29 February 2025 is not")
    func leapDay() {
        #expect(CalendarDate(iso: "2024-02-29") != nil)
        #expect(CalendarDate(iso: "2025-02-29") == nil)
        #expect(CalendarDate(iso: "2024-02-30") == nil)
        #expect(date("2024-02-28").adding(days: 1) == date("2024-02-29"))
        #expect(date("2024-02-29").adding(days: 1) == date("2024-03-01"))
        #expect(date("2023-08-31").adding(months: 6) == date("2024-02-29"))
    }

    @Test("an ongoing item is stale after six months without progress, counted from the plan start")
    func stale() {
        let ongoing = schedule("Doorlopend")
        let start = period.start
        #expect(!ongoing.isStale(asOf: date("2024-07-01"), lastProgress: nil, planStart: start))
        #expect(ongoing.isStale(asOf: date("2024-07-02"), lastProgress: nil, planStart: start))
        #expect(!ongoing.isStale(asOf: date("2024-12-01"), lastProgress: date("2024-09-01"), planStart: start))
        #expect(!schedule("Q1 2024").isStale(asOf: date("2026-01-01"), lastProgress: nil, planStart: start))
    }

    @Test("autumn: behind counts the fraction of the autumn window")
    func autumnWindow() {
        let obligation = schedule("Jaarlijks, in het najaar").obligations(in: period)[0]
        #expect(obligation.dueDate == date("2024-11-30"))
        #expect(obligation.standing(asOf: date("2024-08-01"), found: 0) == .upcoming)
        #expect(obligation.standing(asOf: date("2024-11-30"), found: 0) == .onTrack)
        #expect(obligation.standing(asOf: date("2024-12-01"), found: 0) == .overdue(found: 0))
    }
}
