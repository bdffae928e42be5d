import ActionPlan
import Foundation
import Testing

/// One standing per action, from the evidence (issue 17): the hand-counted figures of Rotterdam with
/// the example progress, past years as history, late is the lead's, unknown spending is not zero,
/// due soon, revised plannings and recorded days.
@Suite("Standing")
struct StandingTests {
    private static func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }
    static let example = TestSupport.packageRoot.appendingPathComponent("examples/rotterdam-2024-2026.voorbeeld.progress.yaml").path
    static let marchFirst = date("2025-03-01")

    /// Rotterdam with the example progress (read as on `today`).
    static func rotterdam(today: CalendarDate = date("2025-12-31")) throws -> TrackedPlan {
        let workspace = try Workspace.open([TestSupport.shippedPlan("rotterdam-2024-2026.yaml")], progress: example, today: today)
        return workspace.plans[0]
    }

    /// A folder holding a copy of the Rotterdam plan (`r.yaml`) and of the example progress beside it.
    static func folderWithExample() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("actionplan-standing-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: TestSupport.shippedPlan("rotterdam-2024-2026.yaml"), toPath: url.appendingPathComponent("r.yaml").path)
        try FileManager.default.copyItem(atPath: example, toPath: url.appendingPathComponent("r.progress.yaml").path)
        return url
    }

    // MARK: The five standings, hand-counted

    /// Counted by hand from plans/rotterdam-2024-2026.yaml and the example progress on 1 March 2025:
    /// - not started: the deadlines without any entry, 3.8 (2025), 3.12 (2024/2025), 4.6 (2025), 5.7 (2024 – 2025);
    /// - late: the 2024 deadlines still open, 2.12 (started), 3.14 and 5.4; no recurring action (2025's pace
    ///   asks for 0 meetings by 1 March, and 2.1's and 2.3's 2024 shortfalls are history);
    /// - done: 2.10 and 4.2; dropped: 4.1;
    /// - in progress: the other 37 — the 29 Doorlopend actions, the 7 recurring ones, 1.4 (started).
    static let handCounted: [ActionStanding: [Int]] = [
        .notStarted: [0, 0, 2, 1, 1], .inProgress: [5, 10, 12, 5, 5], .late: [0, 1, 1, 0, 1], .done: [0, 1, 0, 1, 0], .dropped: [0, 0, 0, 1, 0],
    ]

    @Test("Rotterdam with the example progress on 1 March 2025: the hand-counted standings, per theme")
    func rotterdamCounts() throws {
        let tracked = try Self.rotterdam()
        let status = try #require(StatusQuery(asOf: Self.marchFirst).run([tracked]).first)
        for (standing, perTheme) in Self.handCounted {
            #expect(status.themes.map { $0[standing] } == perTheme, "\(standing)")
        }
        #expect(status.total[.notStarted] == 4 && status.total[.inProgress] == 37 && status.total[.late] == 3)
        #expect(status.total[.done] == 2 && status.total[.dropped] == 1 && status.total.actions == 47)
        let standings = Dictionary(uniqueKeysWithValues: tracked.plan.actions.map { ($0.id, tracked.standing(of: $0, asOf: Self.marchFirst)) })
        #expect(Set(standings.filter { $0.value == .notStarted }.keys) == ["3.8", "3.12", "4.6", "5.7"])
        #expect(Set(standings.filter { $0.value == .late }.keys) == ["2.12", "3.14", "5.4"])
        #expect(standings["2.2"] == .inProgress && standings["1.1"] == .inProgress, "held 3 of 3 in 2024; the published monitor")
    }

    @Test("no action with an ongoing or recurring schedule, or with a progress entry, is not started")
    func evidenceIsProgress() throws {
        let tracked = try Self.rotterdam()
        for action in tracked.plan.actions where tracked.standing(of: action, asOf: Self.marchFirst) == .notStarted {
            #expect(action.schedule.planningKind == .deadline, "\(action.id)")
            #expect(tracked.progress.entries(for: action.id, asOf: Self.marchFirst).isEmpty, "\(action.id)")
        }
        // Before the plan starts nothing has begun.
        let before = tracked.plan.actions.filter { tracked.standing(of: $0, asOf: Self.date("2023-12-31")) != .notStarted }
        #expect(before.isEmpty)
    }

    @Test("the report's first sentence and the status JSON agree (CLI), with the Dutch words")
    func reportAgreesWithStatus() throws {
        let data = try ReportData(tracked: try Self.rotterdam(), asOf: Self.marchFirst, since: Self.date("2025-01-01"), language: .nl)
        let markdown = MarkdownReport.render(data)
        let sentence = "Van de 47 acties zijn er 2 afgerond, lopen er 37, zijn er 3 vertraagd, zijn er 4 nog niet gestart en is er 1 vervallen."
        #expect(markdown.contains(sentence))
        let english = MarkdownReport.render(try ReportData(tracked: try Self.rotterdam(), asOf: Self.marchFirst, since: Self.date("2025-01-01"), language: .en))
        #expect(english.contains("Of the 47 actions, 2 are done, 37 in progress, 3 late, 4 not started and 1 dropped."))
        let result = try TestSupport.runPlan(["status", "plans/rotterdam-2024-2026.yaml", "--progress", "examples/rotterdam-2024-2026.voorbeeld.progress.yaml",
                                              "--as-of", "2025-03-01", "--format", "json"], currentDirectory: TestSupport.packageRoot)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let total = try #require(((json["plans"] as? [[String: Any]])?.first?["total"]) as? [String: Int])
        #expect(total == ["actions": 47, "not_started": 4, "in_progress": 37, "late": 3, "done": 2, "dropped": 1])
        for theme in try #require(((json["plans"] as? [[String: Any]])?.first?["themes"]) as? [[String: Any]]) {
            let counts = ActionStanding.allCases.map { theme[$0.rawValue] as? Int ?? -1 }
            #expect(counts.reduce(0, +) == theme["actions"] as? Int, "the five counts add up to the actions")
        }
    }

    @Test("list, show and export give each action its standing in JSON", arguments: ["list", "show", "export"])
    func standingInJSON(_ command: String) throws {
        var arguments = [command, "plans/rotterdam-2024-2026.yaml"]
        if command == "show" { arguments.append("2.12") }
        arguments += ["--progress", "examples/rotterdam-2024-2026.voorbeeld.progress.yaml", "--as-of", "2025-03-01"]
        if command != "export" { arguments += ["--format", "json"] }
        let result = try TestSupport.runPlan(arguments, currentDirectory: TestSupport.packageRoot)
        #expect(result.status == 0, "\(result.stderr)")
        let words = Set(ActionStanding.allCases.map(\.rawValue))
        let found = result.stdout.components(separatedBy: "\"standing\": \"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(found.count == (command == "show" ? 1 : 47))
        #expect(Set(found).isSubset(of: words))
        if command == "show" { #expect(found == ["late"]) }
        if command != "show" { #expect(found.filter { $0 == "not_started" }.count == 4) }
    }

    // MARK: Past years are history

    @Test("logging 2.1's three 2025 meetings clears its late standing; the 2024 shortfall stays, once, as history")
    func meetingsClearLate() throws {
        let folder = try Self.folderWithExample()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("r.yaml").path
        let december = Self.date("2025-12-15")
        var workspace = try Workspace.open([plan], today: december)
        #expect(workspace.plans[0].standing(of: try Workspace.action("2.1", in: workspace.plans[0].plan), asOf: december) == .late,
                "0 of 3 on 15 December is behind")
        for day in ["2025-02-06", "2025-06-12", "2025-10-09"] {
            _ = try workspace.log(ProgressLogRequest(actionID: "2.1", date: Self.date(day), occurred: true))
        }
        workspace = try Workspace.open([plan], today: december)
        let tracked = workspace.plans[0]
        let action = try Workspace.action("2.1", in: tracked.plan)
        #expect(tracked.standing(of: action, asOf: december) == .inProgress)
        var query = OverdueQuery(asOf: december)
        #expect(!query.run([tracked]).contains { $0.actionID == "2.1" })
        let history = query.missed([tracked]).filter { $0.actionID == "2.1" }
        #expect(history.count == 1)
        #expect(history.first?.year == 2024 && history.first?.found == 1 && history.first?.required == 3)
        #expect(history.first?.reason == .missed && history.first?.daysLate(asOf: december) == 0)
        query.allYears = true
        #expect(query.missed([tracked]).filter { $0.actionID == "2.1" }.count == 1)

        // The CLI: late list without 2.1, history with it once, no day count; the report likewise.
        let json = try TestSupport.runPlan(["overdue", "r.yaml", "--as-of", "2025-12-15", "--format", "json"], currentDirectory: folder)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let items = try #require(object["items"] as? [[String: Any]])
        let missed = try #require(object["missed_in_past_years"] as? [[String: Any]])
        #expect(!items.contains { $0["id"] as? String == "2.1" })
        let row = missed.filter { $0["id"] as? String == "2.1" }
        #expect(row.count == 1 && row.first?["reason"] as? String == "missed" && row.first?["days_late"] is NSNull)
        let report = try TestSupport.runPlan(["report", "r.yaml", "--as-of", "2025-12-15", "--format", "markdown"], currentDirectory: folder)
        #expect(report.status == 0, "\(report.stderr)")
        let lines = report.stdout.split(separator: "\n").filter { $0.contains("2.1 Overleg Regionale Tafel") }
        // Missed obligations are bold in the report's Markdown (and so in Word), as they are red in HTML.
        #expect(lines.filter { $0.contains("| 2024 |") || $0.contains("| **2024** |") }.count == 1, "the 2024 shortfall once, as history")
        let late = report.stdout.split(separator: "\n").filter { $0.contains("achter op schema") || $0.contains("herhaling gemist") }
        #expect(!late.contains { $0.contains("2.1 Overleg Regionale Tafel") }, "2.1 is not late, and no day count grows for ever")
        #expect(report.stdout.contains("Niet gehaald in eerdere jaren"))
    }

    @Test("a year's shortfall is late in its own year and history from the next")
    func shortfallBecomesHistory() throws {
        let tracked = try Self.rotterdam()
        let action = try Workspace.action("2.1", in: tracked.plan)
        // On 15 December 2024: 1 of 3, 2 expected by now: late, behind.
        let late = tracked.lateItems(of: action, asOf: Self.date("2024-12-15"))
        #expect(late.map(\.reason) == [.behind])
        #expect(tracked.standing(of: action, asOf: Self.date("2024-12-15")) == .late)
        #expect(tracked.lateItems(of: action, asOf: Self.date("2025-01-02")).isEmpty)
        #expect(tracked.missedYears(of: action, asOf: Self.date("2025-01-02")).map(\.year) == [2024])
    }

    // MARK: Late is the lead's

    @Test("Belastingdienst, OM and Gemeente Dordrecht are not late on 1 March 2025 (workload JSON); VAR leads 2 late and joins 1")
    func lateIsTheLeads() throws {
        let result = try TestSupport.runPlan(["workload", "plans/rotterdam-2024-2026.yaml", "--progress", "examples/rotterdam-2024-2026.voorbeeld.progress.yaml",
                                              "--as-of", "2025-03-01", "--format", "json"], currentDirectory: TestSupport.packageRoot)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let owners = try #require(json["owners"] as? [[String: Any]])
        func load(_ key: String) -> [String: Any]? { owners.first { $0["key"] as? String == key } }
        for key in ["Belastingdienst", "OM", "gemeente-dordrecht"] {
            #expect(load(key)?["overdue"] as? Int == 0, "\(key)")
            #expect(load(key)?["overdue_as_partner"] as? Int == 0, "\(key)")
        }
        #expect(load("VAR")?["overdue"] as? Int == 2 && load("VAR")?["overdue_as_partner"] as? Int == 1)
        #expect(load("regio-groningen")?["overdue"] as? Int == 1)
        #expect(load("ESSM")?["overdue"] as? Int == 0 && load("ESSM")?["overdue_as_partner"] as? Int == 1)
        // Each late action is the lead's exactly once.
        #expect(owners.reduce(0) { $0 + ($1["overdue"] as? Int ?? 0) } == 3)
    }

    // MARK: Unknown is not zero

    @Test("the Zuid-Limburg report without progress prints no € 0 realised; the spent row says unknown")
    func unknownSpendingInReport() throws {
        let plan = try #require(PlanLoader.load(path: TestSupport.shippedPlan("zuid-limburg-2022-2025.yaml")).plan)
        let data = try ReportData(tracked: TrackedPlan(plan: plan), asOf: Self.date("2023-06-01"), since: Self.date("2023-01-01"), language: .nl)
        #expect(data.budget.years.allSatisfy { $0.spent == nil })
        for text in [MarkdownReport.render(data), HTMLReport.render(data)] {
            let spentLines = text.split(separator: "\n").filter { $0.contains("Besteed (realisatie)") }
            #expect(!spentLines.isEmpty)
            #expect(spentLines.allSatisfy { !$0.contains("€ 0") && !$0.contains("€&nbsp;0") }, "\(spentLines)")
            #expect(spentLines.allSatisfy { $0.contains("—") })
            #expect(text.contains("niet geregistreerd"))
        }
    }

    @Test("a recorded 0 stays 0, nothing recorded is unknown, and a year after the as-of date has no realised amount")
    func spendingRecordedZeroUnknownFuture() throws {
        let plan = try #require(PlanLoader.load(path: TestSupport.shippedPlan("zuid-limburg-2022-2025.yaml")).plan)
        let action = try #require(plan.actions.first)
        let progress = PlanProgress(entries: [
            ProgressEntry(actionID: action.id, date: Self.date("2022-05-01"), spent: .zero),
            ProgressEntry(actionID: action.id, date: Self.date("2023-03-01"), spent: Money(cents: 50_000), spentYear: 2024),
        ])
        let report = try BudgetQuery(asOf: Self.date("2023-06-01")).run([TrackedPlan(plan: plan, progress: progress)]).plans[0]
        let spent = Dictionary(uniqueKeysWithValues: report.years.map { ($0.year, $0.spent) })
        #expect(spent[2022] == .some(.zero), "a recorded 0 is 0")
        #expect(spent[2023] == .some(nil), "nothing recorded: unknown")
        #expect(spent[2024] == .some(nil), "after the as-of date: no realised amount, even when money was booked for it")
        #expect(report.spentTotal == .zero)
        let csv = try TestSupport.runPlan(["budget", "plans/zuid-limburg-2022-2025.yaml", "--format", "csv"], currentDirectory: TestSupport.packageRoot)
        #expect(!csv.stdout.contains("Besteed"), "no spending recorded: no spent row at all")
    }

    @Test("budget table and CSV: a year without recorded spending is '—' in the table and an empty CSV cell")
    func unknownSpendingInTables() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actionplan-spent-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(atPath: TestSupport.shippedPlan("zuid-limburg-2022-2025.yaml"), toPath: folder.appendingPathComponent("z.yaml").path)
        let plan = try #require(PlanLoader.load(path: TestSupport.shippedPlan("zuid-limburg-2022-2025.yaml")).plan)
        let id = try #require(plan.actions.first?.id)
        try Data("- action: \"\(id)\"\n  date: 2022-05-01\n  spent: 1000\n".utf8).write(to: folder.appendingPathComponent("z.progress.yaml"))
        let csv = try TestSupport.runPlan(["budget", "z.yaml", "--as-of", "2023-06-01", "--format", "csv"], currentDirectory: folder)
        #expect(csv.status == 0, "\(csv.stderr)")
        let spentRow = try #require(csv.stdout.split(whereSeparator: \.isNewline).first { $0.contains("Besteed") })
        #expect(spentRow.hasSuffix(",Besteed (realisatie),1000,,,,1000"), "\(spentRow)")
        let table = try TestSupport.runPlan(["budget", "z.yaml", "--as-of", "2023-06-01", "--wide"], currentDirectory: folder)
        let tableRow = try #require(table.stdout.split(separator: "\n").first { $0.hasPrefix("Besteed") })
        #expect(tableRow.contains("—") && !tableRow.contains("€ 0 "))
        let json = try TestSupport.runPlan(["budget", "z.yaml", "--as-of", "2023-06-01", "--format", "json"], currentDirectory: folder)
        #expect(json.stdout.contains("\"spent\": null"))
    }

    // MARK: Due soon

    @Test("overdue --within 30 on 15 December lists the yearly monitor with 0 of 1, and the deadlines of 31 December")
    func dueSoon() throws {
        var query = OverdueQuery(asOf: Self.date("2025-12-15"))
        query.withinDays = 30
        let items = query.run([try Self.rotterdam()])
        let monitor = try #require(items.first { $0.actionID == "1.1" })
        #expect(monitor.reason == .upcoming && monitor.found == 0 && monitor.required == 1 && monitor.due == Self.date("2025-12-31"))
        let soon = Set(items.filter { $0.reason == .upcoming && $0.year == nil }.map(\.actionID))
        #expect(soon == ["1.4", "3.8", "3.12", "4.6", "5.7"], "the five deadlines of 31 December 2025")
        query.withinDays = nil
        #expect(!query.run([try Self.rotterdam()]).contains { $0.actionID == "1.1" }, "not late before its due date")
    }

    // MARK: A revised planning

    @Test("a replanned action is absent from overdue before its new due date and present after it; the last replan counts")
    func replan() throws {
        let folder = try Self.folderWithExample()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("r.yaml").path
        let today = Self.date("2025-06-01")
        let workspace = try Workspace.open([plan], today: today)
        let written = try workspace.log(ProgressLogRequest(actionID: "5.4", date: Self.date("2025-02-10"), note: "vertraagd", replan: "Q3 2025"))
        #expect(written.entry.recorded == today)
        func overdue(_ asOf: String) throws -> [OverdueItem] {
            OverdueQuery(asOf: Self.date(asOf)).run(try Workspace.open([plan], today: today).plans)
        }
        #expect(try overdue("2025-02-09").contains { $0.actionID == "5.4" }, "late before the replan was decided")
        #expect(try !overdue("2025-03-01").contains { $0.actionID == "5.4" })
        #expect(try !overdue("2025-09-30").contains { $0.actionID == "5.4" }, "the new due day itself is not late")
        let late = try #require(try overdue("2025-10-01").first { $0.actionID == "5.4" })
        #expect(late.reason == .deadline && late.due == Self.date("2025-09-30") && late.replan == "Q3 2025" && late.planning == "2024")
        #expect(late.daysLate(asOf: Self.date("2025-10-01")) == 1)

        // A second replan: the last counts.
        _ = try workspace.log(ProgressLogRequest(actionID: "5.4", date: Self.date("2025-05-01"), replan: "eind 2025"))
        #expect(try !overdue("2025-10-01").contains { $0.actionID == "5.4" })
        #expect(try overdue("2026-01-01").first { $0.actionID == "5.4" }?.replan == "eind 2025")
        let tracked = try Workspace.open([plan], today: today).plans[0]
        let action = try Workspace.action("5.4", in: tracked.plan)
        #expect(tracked.standing(of: action, asOf: Self.date("2025-06-01")) == .inProgress)
        #expect(tracked.plan.actions.first { $0.id == "5.4" }?.schedule.text == "2024", "the adopted planning is never changed")

        // show, the report and CSV show both plannings.
        let show = try TestSupport.runPlan(["show", "r.yaml", "5.4", "--as-of", "2025-06-01"], currentDirectory: folder)
        #expect(show.stdout.contains("2024 → nieuwe planning eind 2025"))
        let list = try TestSupport.runPlan(["list", "r.yaml", "--as-of", "2025-06-01", "--format", "csv"], currentDirectory: folder)
        #expect(list.stdout.contains("2024 → nieuwe planning eind 2025,2025-12-31,loopt"), "\(list.stdout)")
        let report = try TestSupport.runPlan(["report", "r.yaml", "--as-of", "2025-06-01", "--format", "markdown"], currentDirectory: folder)
        #expect(report.stdout.contains("2024 → nieuwe planning eind 2025"))
    }

    @Test("the calendar puts a replanned action on its new due date, with the same UID, and names both plannings")
    func replanInCalendar() throws {
        let folder = try Self.folderWithExample()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("r.yaml").path
        _ = try Workspace.open([plan], today: Self.date("2025-06-01"))
            .log(ProgressLogRequest(actionID: "5.4", date: Self.date("2025-02-10"), replan: "Q3 2025"))
        let plans = try Workspace.open([plan], today: Self.date("2025-06-01")).plans
        let calendar = PlanCalendar(language: .nl)
        let before = try #require(calendar.events(plans, asOf: Self.date("2025-02-09")).first { $0.summary.hasPrefix("5.4 ") })
        let after = try #require(calendar.events(plans, asOf: Self.date("2025-03-01")).first { $0.summary.hasPrefix("5.4 ") })
        #expect(before.date == Self.date("2024-12-31") && after.date == Self.date("2025-09-30"))
        #expect(before.uid == after.uid, "importing again moves the event")
        #expect(after.description.contains("Planning: 2024 → nieuwe planning Q3 2025"))
        let ics = try TestSupport.runPlan(["calendar", "r.yaml", "--as-of", "2025-06-01"], currentDirectory: folder)
        #expect(ics.status == 0, "\(ics.stderr)")
        #expect(ics.stdout.contains("DTSTART;VALUE=DATE:20250930"))
    }

    @Test("a replan is refused like a plan's planning: outside the period, not understood, recurring, before its date, after done")
    func replanRefusals() throws {
        let folder = try Self.folderWithExample()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = FileManager.default.contents(atPath: folder.appendingPathComponent("r.progress.yaml").path)
        let cases: [(String, String, String)] = [
            ("5.4", "Q3 2027", "AP305"), ("5.4", "Q5 2025", "AP302"), ("2.1", "Q3 2025", "AP711"), ("2.10", "Q3 2026", "AP711"),
            ("5.4", "Jaarlijks", "AP711"),
        ]
        for (id, text, code) in cases {
            let result = try TestSupport.runPlan(["log", "r.yaml", id, "--replan", text, "--date", "2025-02-10"], currentDirectory: folder)
            #expect(result.status == 1, "\(id) \(text)")
            #expect(result.stderr.contains("[\(code)]"), "\(id) \(text): \(result.stderr)")
        }
        #expect(FileManager.default.contents(atPath: folder.appendingPathComponent("r.progress.yaml").path) == before)
    }

    // MARK: When an entry was recorded

    @Test("plan log writes recorded: today beside the event date; old entries without it stay valid")
    func recorded() throws {
        let folder = try Self.folderWithExample()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try TestSupport.runPlan(["log", "r.yaml", "1.2", "--note", "terug in de tijd", "--date", "2024-03-01"], currentDirectory: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOf: folder.appendingPathComponent("r.progress.yaml"), encoding: .utf8)
        #expect(text.hasSuffix("- action: \"1.2\"\n  date: 2024-03-01\n  recorded: \(TestSupport.today)\n  note: \"terug in de tijd\"\n"), "\(text)")
        let validate = try TestSupport.runPlan(["validate", "r.yaml"], currentDirectory: folder)
        #expect(validate.status == 0, "\(validate.stdout)\(validate.stderr)")
    }

    @Test("the report's changes since a date select on recorded when present: back-dated news counts")
    func sinceSelectsOnRecorded() throws {
        let plan = try #require(PlanLoader.load(path: TestSupport.shippedPlan("rotterdam-2024-2026.yaml")).plan)
        let progress = PlanProgress(entries: [
            ProgressEntry(actionID: "1.2", date: Self.date("2024-02-01"), note: "oud nieuws, vandaag vastgelegd", recorded: Self.date("2025-02-20")),
            ProgressEntry(actionID: "1.3", date: Self.date("2024-02-01"), note: "oud nieuws, toen vastgelegd"),
        ])
        let data = try ReportData(tracked: TrackedPlan(plan: plan, progress: progress), asOf: Self.marchFirst,
                                  since: Self.date("2025-02-01"), language: .nl)
        let notes = data.changes.flatMap(\.entries).compactMap(\.entry.note)
        #expect(notes == ["oud nieuws, vandaag vastgelegd"])
    }

    @Test("a progress file with revised plannings and recorded days reads without a problem")
    func replanFixture() throws {
        let plan = try #require(try TestSupport.loadFixture("progress/plan.yaml").plan)
        let data = try Data(contentsOf: TestSupport.fixtures.appendingPathComponent("progress/replan.progress.yaml"))
        let loaded = ProgressLoader.load(bytes: [UInt8](data), path: "replan.progress.yaml", plan: plan, today: Self.date("2026-06-30"))
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map(\.message))")
        let tracked = TrackedPlan(plan: plan, progress: loaded.progress)
        let action = try #require(plan.actions.first { $0.id == "1.2" })
        #expect(tracked.schedule(of: action, asOf: Self.date("2025-03-01")).dueDate == Self.date("2025-06-30"))
        #expect(tracked.schedule(of: action, asOf: Self.date("2025-07-01")).dueDate == Self.date("2025-12-31"))
        #expect(loaded.progress.entries.map(\.recorded) == [Self.date("2025-01-05"), nil, Self.date("2025-06-01")])
    }
}

extension TestSupport {
    /// Today by the clock, as the built `plan` takes it (entries it writes are recorded on this day).
    static var today: CalendarDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
