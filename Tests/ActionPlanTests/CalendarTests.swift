import ActionPlan
import Foundation
import Testing

/// `plan calendar`: Rotterdam's calendar against a golden file, stable UIDs, the owner and date
/// filters, and RFC 5545 folding and escaping.
@Suite("Calendar")
struct CalendarTests {
    static func plan(_ name: String) throws -> Plan {
        try #require(PlanLoader.load(path: TestSupport.shippedPlan(name)).plan)
    }

    @Test("Rotterdam's calendar, through the CLI, matches its golden file")
    func golden() throws {
        let result = try TestSupport.runPlan(["calendar", "plans/rotterdam-2024-2026.yaml", "--as-of", "2025-03-01"])
        #expect(result.status == 0, "\(result.stderr)")
        try TestSupport.assertGolden(result.stdout, "calendar/rotterdam-2024-2026.ics")
        let again = try TestSupport.runPlan(["calendar", "plans/rotterdam-2024-2026.yaml", "--as-of", "2025-03-01"])
        #expect(again.stdout == result.stdout, "the same plans give the same file")
    }

    @Test("events: deadlines on their due date, recurring obligations per plan year, milestones; stable UIDs")
    func events() throws {
        let events = PlanCalendar(language: .nl).events([try Self.plan("rotterdam-2024-2026.yaml")])
        let deadline = try #require(events.first { $0.uid == "rotterdam-2024-2026/2.10/deadline@actionplan.calendar" })
        #expect(deadline.date == CalendarDate(iso: "2024-03-31"))
        #expect(deadline.summary.hasPrefix("2.10 Opzetten en onderhouden digitale community"))
        let autumn = events.filter { $0.uid.hasPrefix("rotterdam-2024-2026/3.15/") }
        #expect(autumn.map(\.date.description) == ["2024-11-30", "2025-11-30", "2026-11-30"])
        #expect(events.map(\.date) == events.map(\.date).sorted())
        let limburg = PlanCalendar(language: .nl).events([try Self.plan("zuid-limburg-2022-2025.yaml")])
        #expect(limburg.contains { $0.kind == .milestone })
    }

    @Test("--owner, --from and --until filter the events")
    func filters() throws {
        var calendar = PlanCalendar(language: .nl, owner: "RIEC")
        calendar.from = CalendarDate(iso: "2024-01-01")
        calendar.until = CalendarDate(iso: "2024-12-31")
        let events = calendar.events([try Self.plan("rotterdam-2024-2026.yaml")])
        #expect(!events.isEmpty)
        #expect(events.allSatisfy { $0.date.year == 2024 })
        #expect(events.contains { $0.summary.hasPrefix("4.1 ") })
        #expect(!events.contains { $0.summary.hasPrefix("2.10 ") }, "2.10 is VAR's alone")
    }

    @Test("owners by display name in the description")
    func displayNames() throws {
        let events = PlanCalendar(language: .nl).events([try Self.plan("zuid-limburg-2022-2025.yaml")])
        let text = events.map(\.description).joined(separator: "\n")
        #expect(text.contains("Gemeenten Zuid-Limburg"))
        #expect(!text.contains("zl-gemeenten"))
    }

    @Test("escaping: backslash, semicolon, comma and line breaks; control characters shown as \\u{…}")
    func escaping() {
        #expect(ICalendarWriter.escape("a\\b;c,d\ne\r\nf") == "a\\\\b\\;c\\,d\\ne\\nf")
        // Shown, not dropped: a calendar shows what the plan holds (the backslash of \u{1B} escaped as TEXT requires).
        #expect(ICalendarWriter.escape("x\u{1B}[31my\u{7}") == "x\\\\u{1B}[31my\\\\u{7}")
    }

    @Test("folding at 75 octets, continuation lines start with a space, UTF-8 sequences whole")
    func folding() {
        let ascii = "SUMMARY:" + String(repeating: "a", count: 200)
        let folded = ICalendarWriter.fold(ascii).components(separatedBy: "\r\n")
        #expect(folded.allSatisfy { $0.utf8.count <= 75 })
        #expect(folded.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(folded.map { String($0.drop(while: { _ in false })) }.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined() == ascii)
        // Every position of a two- and a four-byte character against the fold.
        for prefix in 0..<4 {
            for character in ["ë", "€", "😀"] {
                let line = "DESCRIPTION:" + String(repeating: "x", count: prefix) + String(repeating: character, count: 60)
                let parts = ICalendarWriter.fold(line).components(separatedBy: "\r\n")
                #expect(parts.allSatisfy { $0.utf8.count <= 75 })
                let unfolded = parts.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined()
                #expect(unfolded == line, "folding keeps every character whole")
            }
        }
        #expect(ICalendarWriter.fold("SHORT:ok") == "SHORT:ok")
    }

    @Test("a calendar: CRLF, VCALENDAR around all-day VEVENTs, DTSTAMP from the given day")
    func writer() {
        let event = CalendarEvent(uid: "p/1/deadline@actionplan.calendar", date: CalendarDate(iso: "2024-12-31")!, kind: .deadline,
                                  summary: "1 Iets, met; tekens", description: "Eigenaren: VAR\nPlanning: 2024", planID: "p")
        let text = ICalendarWriter(stamp: CalendarDate(iso: "2025-03-01")!, name: "Plan").render([event])
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(text.hasSuffix("END:VEVENT\r\nEND:VCALENDAR\r\n"))
        #expect(text.contains("\r\nDTSTAMP:20250301T000000Z\r\nDTSTART;VALUE=DATE:20241231\r\nDTEND;VALUE=DATE:20250101\r\n"))
        #expect(text.contains("\r\nSUMMARY:1 Iets\\, met\\; tekens\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    @Test("the CLI: --output writes the file; a bad --from is a usage error")
    func cli() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("actionplan-\(UUID().uuidString).ics").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try TestSupport.runPlan(["calendar", "plans/", "--owner", "RIEC", "--from", "2025-01-01", "--as-of", "2025-03-01",
                                              "--output", path])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("BEGIN:VEVENT"))
        #expect(!text.contains("DTSTART;VALUE=DATE:2024"))
        let bad = try TestSupport.runPlan(["calendar", "plans/", "--from", "morgen"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("The value 'morgen' is invalid for '--from <from>': write a day as YYYY-MM-DD"))
    }
}
