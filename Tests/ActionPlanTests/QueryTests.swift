import ActionPlan
import Foundation
import Testing

/// The queries on the shipped plans and on small plans with progress, through the public API.
@Suite("Queries")
struct QueryTests {
    private func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    private func shipped(_ name: String, progress: [ProgressEntry] = []) throws -> TrackedPlan {
        let loaded = PlanLoader.load(path: TestSupport.shippedPlan(name))
        return TrackedPlan(plan: try #require(loaded.plan), progress: PlanProgress(entries: progress))
    }

    private var rotterdam: TrackedPlan { get throws { try shipped("rotterdam-2024-2026.yaml") } }

    private func overdue(_ plan: TrackedPlan, _ asOf: String, configure: (inout OverdueQuery) -> Void = { _ in }) -> [OverdueItem] {
        var query = OverdueQuery(asOf: date(asOf))
        configure(&query)
        return query.run([plan])
    }

    @Test("Rotterdam on 1 January 2025: the 2024 deadlines late; the 2024 recurring obligations missed, as history apart")
    func rotterdam2025() throws {
        let items = overdue(try rotterdam, "2025-01-01")
        let deadlines = items.filter { $0.reason == .deadline }.map(\.actionID)
        #expect(deadlines == ["2.10", "2.12", "3.14", "4.1", "4.2", "5.4"])
        #expect(items.count == 6)
        #expect(items.first?.actionID == "2.10", "oldest due first: Q1 2024")
        #expect(items.allSatisfy { $0.reason == .deadline })
        let missed = OverdueQuery(asOf: date("2025-01-01")).missed([try rotterdam])
        #expect(Set(missed.map(\.actionID)) == ["1.1", "2.1", "2.2", "2.3", "2.4", "2.5", "3.15"])
        #expect(missed.allSatisfy { $0.reason == .missed && $0.daysLate(asOf: date("2025-01-01")) == 0 })
        let platform = try #require(missed.first { $0.actionID == "2.2" })
        #expect(platform.year == 2024 && platform.found == 0 && platform.required == 3)
        #expect(platform.due == date("2024-12-31"))
        #expect(platform.owners.first?.key == "VAR" && platform.owners.first?.isLead == true)
    }

    @Test("Rotterdam on 1 January 2026: the ranges ending in 2025 join; the missed years: 2025's, or with all years 2024's too")
    func rotterdam2026() throws {
        let items = overdue(try rotterdam, "2026-01-01")
        let deadlines = Set(items.filter { $0.reason == .deadline }.map(\.actionID))
        #expect(deadlines == ["2.10", "2.12", "3.14", "4.1", "4.2", "5.4", "1.4", "3.8", "3.12", "4.6", "5.7"])
        #expect(!items.contains { $0.reason == .recurrence || $0.reason == .missed })
        var query = OverdueQuery(asOf: date("2026-01-01"))
        #expect(query.missed([try rotterdam]).map(\.year) == Array(repeating: 2025, count: 7), "the last completed plan year")
        query.allYears = true
        #expect(query.missed([try rotterdam]).count == 14)
        #expect(query.missed([try rotterdam]).compactMap(\.year).first == 2024)
    }

    @Test("Zuid-Limburg on 1 January 2024: the milestones of 2023 are late (not 2.2.2, the regional flowchart, which has no date)")
    func zuidLimburg2024() throws {
        let items = overdue(try shipped("zuid-limburg-2022-2025.yaml"), "2024-01-01")
        #expect(items.map(\.actionID).sorted() == ["2.1.1", "2.2.1", "2.2.3", "2.2.4", "2.2.5"])
        #expect(items.allSatisfy { $0.due == date("2023-06-30") })
    }

    @Test("the due day itself is not late")
    func dueDay() throws {
        #expect(!overdue(try rotterdam, "2024-03-31").contains { $0.actionID == "2.10" })
        #expect(overdue(try rotterdam, "2024-04-01").contains { $0.actionID == "2.10" && $0.reason == .deadline })
    }

    @Test("a plan not yet started has nothing overdue, behind or stale")
    func notStarted() throws {
        #expect(overdue(try rotterdam, "2023-06-01") { $0.includeStale = true }.isEmpty)
    }

    @Test("the first plan year: on 1 July 2024 the meetings are behind, not yet overdue")
    func behindInFirstYear() throws {
        let items = overdue(try rotterdam, "2024-07-01")
        let behind = items.filter { $0.reason == .behind }
        #expect(Set(behind.map(\.actionID)) == ["2.1", "2.2", "2.3"])
        #expect(behind.first { $0.actionID == "2.3" }?.required == 1, "4 × 182/366 rounded down")
    }

    @Test("one meeting held takes the network meeting off the behind list in July")
    func occurrenceCounts() throws {
        let plan = try shipped("rotterdam-2024-2026.yaml", progress: [
            ProgressEntry(actionID: "2.3", date: date("2024-03-12"), isOccurrence: true),
        ])
        #expect(!overdue(plan, "2024-07-01").contains { $0.actionID == "2.3" })
    }

    @Test("'Minimaal 4x per jaar' with three occurrences is missed for that year, with the count")
    func threeOfFour() throws {
        let meetings = ["2024-02-01", "2024-05-01", "2024-09-01"].map {
            ProgressEntry(actionID: "2.3", date: date($0), isOccurrence: true)
        }
        let item = try #require(OverdueQuery(asOf: date("2025-01-01")).missed([try shipped("rotterdam-2024-2026.yaml", progress: meetings)])
            .first { $0.actionID == "2.3" })
        #expect(item.reason == .missed && item.found == 3 && item.required == 4 && item.year == 2024)
    }

    @Test("occurrences count in the year they happened")
    func occurrenceYear() throws {
        let plan = try shipped("rotterdam-2024-2026.yaml", progress: [
            ProgressEntry(actionID: "1.1", date: date("2025-02-01"), isOccurrence: true),
        ])
        var query = OverdueQuery(asOf: date("2026-01-01"))
        query.allYears = true
        #expect(query.missed([plan]).filter { $0.actionID == "1.1" }.map(\.year) == [2024])
    }

    @Test("done and dropped items are never overdue")
    func doneAndDropped() throws {
        let plan = try shipped("rotterdam-2024-2026.yaml", progress: [
            ProgressEntry(actionID: "2.10", date: date("2024-06-01"), status: .done),
            ProgressEntry(actionID: "4.1", date: date("2024-10-01"), status: .dropped),
        ])
        let ids = overdue(plan, "2025-01-01").map(\.actionID)
        #expect(!ids.contains("2.10") && !ids.contains("4.1"))
        #expect(ids.contains("4.2"))
    }

    @Test("ongoing items are stale without progress for six months, only with --stale")
    func stale() throws {
        let plan = try shipped("rotterdam-2024-2026.yaml", progress: [
            ProgressEntry(actionID: "1.2", date: date("2024-05-01"), note: "kennisbank bijgewerkt"),
        ])
        #expect(!overdue(plan, "2024-07-02").contains { $0.reason == .stale })
        let stale = overdue(plan, "2024-07-02") { $0.includeStale = true }.filter { $0.reason == .stale }
        #expect(stale.count == 28, "29 ongoing actions, one with recent progress")
        #expect(!stale.contains { $0.actionID == "1.2" })
        #expect(stale.allSatisfy { $0.due == nil && $0.since == date("2024-01-01") })
    }

    @Test("the last plan year counts, the year after does not create obligations")
    func afterThePlan() throws {
        var query = OverdueQuery(asOf: date("2027-06-01"))
        query.allYears = true
        let items = query.missed([try rotterdam])
        #expect(items.compactMap(\.year).max() == 2026)
        #expect(items.filter { $0.actionID == "2.2" }.count == 3)
        query.allYears = false
        #expect(query.missed([try rotterdam]).allSatisfy { $0.year == 2026 })
    }

    @Test("a leap day as-of date works")
    func leapDay() throws {
        let items = overdue(try rotterdam, "2024-02-29")
        #expect(items.filter { $0.reason == .behind }.map(\.actionID).sorted() == [])
        #expect(!items.contains { $0.reason == .deadline })
    }

    @Test("--within lists what falls due soon as upcoming")
    func within() throws {
        let items = overdue(try rotterdam, "2024-03-15") { $0.withinDays = 30 }
        #expect(items.contains { $0.actionID == "2.10" && $0.reason == .upcoming })
    }

    @Test("--owner narrows to actions the owner leads or joins")
    func ownerFilter() throws {
        let items = overdue(try rotterdam, "2025-01-01") { $0.owner = "RIEC" }
        #expect(Set(items.map(\.actionID)) == ["4.1", "4.2"])
        var query = OverdueQuery(asOf: date("2025-01-01"))
        query.owner = "RIEC"
        #expect(Set(query.missed([try rotterdam]).map(\.actionID)) == ["1.1", "2.1", "2.2"])
    }

    @Test("workload: every action has one lead; VAR leads most and holds the meetings")
    func workload() throws {
        let loads = try WorkloadQuery(asOf: date("2025-01-01")).run([try rotterdam])
        #expect(loads.reduce(0) { $0 + $1.lead } == 47)
        let varLoad = try #require(loads.first)
        #expect(varLoad.key == "VAR")
        #expect(varLoad.recurringPerYear == 3 + 4 + 1, "Platform 3x, netwerk 4x, lokaal actieplan 1x")
        #expect(varLoad.overdue > 0 && varLoad.open == varLoad.lead + varLoad.partner)
    }

    @Test("budget of Zuid-Limburg: the financing table per year, by theme adding up, existing budgets counted apart")
    func budget() throws {
        let plan = try shipped("zuid-limburg-2022-2025.yaml")
        let summary = try BudgetQuery(asOf: date("2024-01-01"), breakdown: .theme).run([plan])
        let report = try #require(summary.plans.first)
        #expect(report.years.map(\.total) == [153_000, 233_000, 208_000, 208_000].map { Money(euros: $0) })
        #expect(report.years.allSatisfy { $0.difference == .zero })
        #expect(report.total == Money(euros: 802_000))
        #expect(report.rows.reduce(Money.zero) { $0 + $1.total } == report.total)
        #expect(report.existingBudgetActivities == 7)
        #expect(report.actionsWithoutBudget == 0)
    }

    @Test("status: per theme counts without progress; recurring obligations of this year")
    func status() throws {
        let statuses = StatusQuery(asOf: date("2025-01-01")).run([try rotterdam])
        let status = try #require(statuses.first)
        // Without progress: the 6 deadlines of 2024 late, the 29 ongoing and 7 recurring in progress, the 5 later deadlines not started.
        #expect(status.themes.map(\.actions) == [5, 12, 15, 8, 7])
        #expect(status.total[.late] == 6 && status.total[.inProgress] == 36 && status.total[.notStarted] == 5)
        #expect(status.recurring.count == 7)
        #expect(status.recurring.allSatisfy { $0.year == 2025 && $0.occurrences == 0 })
    }

    @Test("status follows progress: started and done")
    func statusWithProgress() throws {
        let plan = try shipped("rotterdam-2024-2026.yaml", progress: [
            ProgressEntry(actionID: "1.4", date: date("2024-03-01"), status: .started),
            ProgressEntry(actionID: "1.4", date: date("2024-11-01"), status: .done),
            ProgressEntry(actionID: "1.2", date: date("2024-03-01"), status: .started),
        ])
        let theme = try #require(StatusQuery(asOf: date("2025-01-01")).run([plan]).first?.themes.first)
        #expect(theme.actions == 5 && theme[.done] == 1)
        #expect(theme[.notStarted] + theme[.late] + theme[.inProgress] == 4)
        #expect(theme[.inProgress] == 4, "1.1 recurs, 1.2, 1.3 and 1.5 are ongoing: all under way")
    }

    @Test("status, workload, show and the report agree on late actions: both shipped plans on 1 March 2025",
          arguments: ["rotterdam-2024-2026", "zuid-limburg-2022-2025"])
    func standingsAgree(_ name: String) throws {
        let plan = TestSupport.shippedPlan("\(name).yaml")
        let example = TestSupport.packageRoot.appendingPathComponent("examples/\(name).voorbeeld.progress.yaml").path
        let hasExample = FileManager.default.fileExists(atPath: example)
        let workspace = try Workspace.open([plan], progress: hasExample ? example : nil, readsProgress: hasExample, today: date("2026-11-24"))
        let tracked = workspace.plans[0]
        let asOf = date("2025-03-01")
        let total = try #require(StatusQuery(asOf: asOf).run([tracked]).first).total
        let report = try ReportData(tracked: tracked, asOf: asOf, since: date("2024-03-01"), language: .nl).totals
        for standing in ActionStanding.allCases { #expect(total[standing] == report[standing, default: 0], "\(standing)") }
        #expect(total.actions == tracked.plan.actions.count)
        let late = tracked.plan.actions.filter { tracked.standing(of: $0, asOf: asOf) == .late }
        #expect(total[.late] == late.count && !late.isEmpty)
        // Late is the lead's: the owners counted late are the leads of late actions; the partners apart.
        let loads = try WorkloadQuery(asOf: asOf).run([tracked])
        #expect(Set(loads.filter { $0.overdue > 0 }.map(\.key)) == Set(late.compactMap { $0.lead?.key }))
        #expect(Set(loads.filter { $0.overdueAsPartner > 0 }.map(\.key)) == Set(late.flatMap { $0.owners.filter { !$0.isLead }.map(\.key) }))
        let overdueIDs = Set(OverdueQuery(asOf: asOf).run([tracked]).map(\.actionID))
        #expect(overdueIDs == Set(late.map(\.id)))
        if hasExample { #expect(total[.done] + total[.dropped] > 0, "the example progress is used") }
    }

    @Test("list: by owner, lead, kind, and a search ignoring accents")
    func list() throws {
        let plan = try rotterdam
        var query = ActionListQuery(asOf: date("2025-01-01"))
        query.owner = "RIEC"
        #expect(query.run([plan]).count == 11)
        query = ActionListQuery(asOf: date("2025-01-01"))
        query.lead = "RIEC"
        #expect(query.run([plan]).map(\.action.id) == ["4.1", "4.2"])
        query = ActionListQuery(asOf: date("2025-01-01"))
        query.kind = .recurring
        #expect(query.run([plan]).count == 7)
        query = ActionListQuery(asOf: date("2025-01-01"))
        query.search = "zorgcoordinator"
        let found = query.run([try shipped("zuid-limburg-2022-2025.yaml")])
        #expect(found.contains { $0.action.id == "3.1.1" })
    }
}
