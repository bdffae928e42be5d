import ActionPlan
import Testing

/// Every phrase of the brief's planning table, Dutch and English, with its schedule and due dates.
@Suite("Planning phrases")
struct PlanningParserTests {
    private func schedule(_ text: String) throws -> Schedule {
        try PlanningParser.parse(text).get()
    }

    private func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    @Test("ongoing phrases have no due date", arguments: [
        "Doorlopend", "doorlopend", "Doorlopend.", "Gehele looptijd uitvoeringsplan mensenhandel.",
        "Gehele looptijd", "ongoing", "Ongoing", "continuous", "for the whole plan period",
    ])
    func ongoing(_ text: String) throws {
        let parsed = try schedule(text)
        #expect(parsed.kind == .ongoing)
        #expect(parsed.dueDate == nil)
        #expect(parsed.text == text)
    }

    @Test("a year is due on 31 December", arguments: ["2024", "in 2024", "In 2024."])
    func year(_ text: String) throws {
        let parsed = try schedule(text)
        #expect(parsed.startDate == date("2024-01-01"))
        #expect(parsed.dueDate == date("2024-12-31"))
    }

    @Test("a quarter is due on its last day", arguments: [
        ("Q1 2024", "2024-01-01", "2024-03-31"),
        ("Q2 2024", "2024-04-01", "2024-06-30"),
        ("q3 2024", "2024-07-01", "2024-09-30"),
        ("4e kwartaal 2022", "2022-10-01", "2022-12-31"),
        ("4e kwartaal van 2022", "2022-10-01", "2022-12-31"),
        ("1e kwartaal 2025", "2025-01-01", "2025-03-31"),
        ("eerste kwartaal 2025", "2025-01-01", "2025-03-31"),
        ("3rd quarter 2025", "2025-07-01", "2025-09-30"),
        ("first quarter of 2025", "2025-01-01", "2025-03-31"),
    ])
    func quarter(_ text: String, _ start: String, _ due: String) throws {
        let parsed = try schedule(text)
        #expect(parsed.startDate == date(start))
        #expect(parsed.dueDate == date(due))
    }

    @Test("a half year is due on 30 June or 31 December", arguments: [
        ("1e helft 2023", "2023-06-30"),
        ("1^e helft 2023", "2023-06-30"),
        ("1 ^e helft 2023", "2023-06-30"),
        ("1e helft van 2023", "2023-06-30"),
        ("2e helft 2023", "2023-12-31"),
        ("H1 2023", "2023-06-30"),
        ("H2 2023", "2023-12-31"),
        ("first half of 2023", "2023-06-30"),
        ("second half 2023", "2023-12-31"),
    ])
    func half(_ text: String, _ due: String) throws {
        #expect(try schedule(text).dueDate == date(due))
    }

    @Test("a range of years is due at the end of the last", arguments: [
        "2024 - 2025", "2024 – 2025", "2024/2025", "2024-2025", "2024 t/m 2025", "2024 tot en met 2025", "2024 to 2025",
    ])
    func range(_ text: String) throws {
        let parsed = try schedule(text)
        #expect(parsed.startDate == date("2024-01-01"))
        #expect(parsed.dueDate == date("2025-12-31"))
        guard case .deadline(let windows) = parsed.kind else { Issue.record("not a deadline"); return }
        #expect(windows.count == 1)
    }

    @Test("alternatives are due at the latest of them")
    func alternatives() throws {
        let parsed = try schedule("4e kwartaal van 2022/ 1e helft 2023")
        guard case .deadline(let windows) = parsed.kind else { Issue.record("not a deadline"); return }
        #expect(windows.count == 2)
        #expect(parsed.startDate == date("2022-10-01"))
        #expect(parsed.dueDate == date("2023-06-30"))
    }

    @Test("yearly items recur once in every plan year", arguments: ["Jaarlijks", "jaarlijks.", "yearly", "annually", "every year"])
    func yearly(_ text: String) throws {
        let parsed = try schedule(text)
        #expect(parsed.kind == .recurring(Recurrence(timesPerYear: 1)))
        let obligations = parsed.obligations(in: PlanPeriod(firstYear: 2024, lastYear: 2026))
        #expect(obligations.map(\.dueDate) == [date("2024-12-31"), date("2025-12-31"), date("2026-12-31")])
        #expect(obligations.map(\.year) == [2024, 2025, 2026])
    }

    @Test("yearly in autumn is due on 30 November", arguments: [
        "Jaarlijks, in het najaar", "jaarlijks in het najaar", "Jaarlijks, najaar", "yearly, in autumn", "yearly in the autumn",
    ])
    func autumn(_ text: String) throws {
        let parsed = try schedule(text)
        #expect(parsed.kind == .recurring(Recurrence(timesPerYear: 1, firstMonth: 9, lastMonth: 11)))
        let obligations = parsed.obligations(in: PlanPeriod(firstYear: 2024, lastYear: 2024))
        #expect(obligations.first?.window == DateWindow(start: date("2024-09-01"), end: date("2024-11-30")))
    }

    @Test("at least N times a year", arguments: [
        ("Minimaal 3x per jaar", 3), ("minimaal 3 x per jaar", 3), ("Minimaal 4x per jaar", 4),
        ("Minimaal 1x per jaar", 1), ("minimaal 2 keer per jaar", 2), ("minstens 3x per jaar", 3),
        ("at least 4x per year", 4), ("at least 4 times a year", 4), ("3x per jaar", 3), ("4 times a year", 4),
    ])
    func atLeast(_ text: String, _ times: Int) throws {
        let parsed = try schedule(text)
        #expect(parsed.kind == .recurring(Recurrence(timesPerYear: times)))
        let obligations = parsed.obligations(in: PlanPeriod(firstYear: 2024, lastYear: 2026))
        #expect(obligations.count == 3)
        #expect(obligations.allSatisfy { $0.requiredOccurrences == times })
    }

    @Test("a dash or nothing is no planning", arguments: ["-", "", "  ", "–"])
    func none(_ text: String) throws {
        #expect(try schedule(text).kind == .noPlanning)
        #expect(try schedule(text).planningKind == .noPlanning)
        #expect(try schedule(text).kindName == "none")
    }

    @Test("unknown phrases are refused with a reason", arguments: [
        "Binnenkort", "Q5 2024", "2026 - 2024", "5e kwartaal 2024", "3e helft 2024",
        "Jaarlijks, in de winter", "Q1", "Q3 en Q4", "31 februari 2025", "2025-02-30", "Q4 2025 – Q1 2025", "3x per", "1 juli",
    ])
    func unknown(_ text: String) {
        guard case .failure(let failure) = PlanningParser.parse(text) else {
            Issue.record("'\(text)' should not parse")
            return
        }
        #expect(!failure.reason.isEmpty)
    }

    @Test("the general hint names a few forms and the documentation")
    func hint() {
        #expect(PlanningParser.acceptedFormsHint.en.contains("Minimaal 3x per jaar"))
        #expect(PlanningParser.acceptedFormsHint.en.contains("Doorlopend"))
        #expect(PlanningParser.acceptedFormsHint.en.contains("docs/plan-format.md"))
        #expect(PlanningParser.acceptedFormsHint.nl.contains("Minimaal 3x per jaar") && PlanningParser.acceptedFormsHint.nl.contains("schrijf"))
    }
}
