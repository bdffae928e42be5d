import ActionPlan
import ArgumentParser

struct OverdueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overdue",
        abstract: "List what is overdue or behind schedule, oldest due first, with owners.",
        discussion: "Recurring obligations missed in completed plan years are history: listed apart (the last completed year; --all-years for all), never late now. "
            + "Exit codes: 0 success (also when items are overdue); 1 a plan has errors or a path names no plans; 64 usage error."
    )

    @OptionGroup var options: QueryOptions

    @Flag(help: "Also list ongoing items without recorded progress for longer than --stale-after.")
    var stale = false

    @Option(name: .customLong("stale-after"), help: "Months without progress after which an ongoing item is stale (1-120).",
            transform: { try BoundedNumber.parse($0, in: BoundedNumber.staleAfterMonths, unit: "months") })
    var staleAfter = 6

    @Option(help: "Only items this owner leads or takes part in (a key, name or alias).")
    var owner: String?

    @Option(help: "Also list what falls due within this many days (0-3660).",
            transform: { try BoundedNumber.parse($0, in: BoundedNumber.withinDays, unit: "days") })
    var within: Int?

    @Flag(name: .customLong("all-years"), help: "List the recurring obligations missed in every completed plan year, not only the last one.")
    var allYears = false

    @Flag(help: "With --owner: only the actions that owner leads.")
    var lead = false

    func validate() throws {
        if lead && owner == nil { throw ValidationError(LeadOption.needsOwner) }
    }

    func run() throws {
        let workspace = try options.open()
        var query = OverdueQuery(asOf: options.asOf(workspace))
        query.includeStale = stale
        query.staleAfterMonths = staleAfter
        query.owner = try Open.lookup { () throws(LookupFailure) in try workspace.ownerMatch(ifNamed: owner) }
        query.withinDays = within
        query.leadOnly = lead
        query.allYears = allYears
        let items = query.run(workspace.plans)
        // Past years' shortfalls are history: a list of their own, never late now.
        let missed = query.missed(workspace.plans)
        let about = options.about(workspace, owner: query.owner, lead: lead)
        let views = { options.views(workspace) }
        let plans = workspace.plans.count
        options.emit(json: { QueryJSON.overdue(items, missed: missed, asOf: query.asOf) },
                     tables: { [views().overdue(items, plans: plans, about: about)] + (missed.isEmpty ? [] : [views().missed(missed, plans: plans)]) },
                     sheet: { views().overdueSheet(items + missed, plans: plans) })
    }
}

struct WorkloadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workload",
        abstract: "Show per owner the actions led and joined, open and overdue, recurring commitments and budget led."
    )

    @OptionGroup var options: QueryOptions

    @Option(help: "Only this owner (a key, name or alias).")
    var owner: String?

    @Flag(help: "With --owner: count only the actions that owner leads.")
    var lead = false

    func validate() throws {
        if lead && owner == nil { throw ValidationError(LeadOption.needsOwner) }
    }

    func run() throws {
        let workspace = try options.open()
        var query = WorkloadQuery(asOf: options.asOf(workspace))
        query.owner = try Open.lookup { () throws(LookupFailure) in try workspace.ownerMatch(ifNamed: owner) }
        query.leadOnly = lead
        let (plans, leftOut) = workspace.countedOnce
        let loads = try query.run(plans)
        let views = options.views(workspace)
        options.emit(json: { CountedOnceOutput.noting(leftOut, in: QueryJSON.workload(loads, asOf: query.asOf)) },
                     tables: { views.notingCountedOnce(leftOut, in: [views.workload(loads)]) })
    }
}

struct BudgetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "budget",
        abstract: "Show the budget per year, optionally by theme, owner, funding source or action, with declared totals."
    )

    @OptionGroup var options: QueryOptions

    @Option(help: "Break the totals down: theme, owner, funding or action.")
    var by: BudgetQuery.Breakdown?

    func run() throws {
        let workspace = try options.open()
        let (plans, leftOut) = workspace.countedOnce
        let summary = try BudgetQuery(asOf: options.asOf(workspace), breakdown: by).run(plans)
        let views = options.views(workspace)
        options.emit(json: { CountedOnceOutput.noting(leftOut, in: QueryJSON.budget(summary)) },
                     tables: { views.notingCountedOnce(leftOut, in: views.budget(summary)) },
                     sheet: { views.budgetSheet(summary) })
    }
}

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show per theme how many actions are planned, started, overdue, done and dropped.",
        discussion: "Each action is counted once: an open action that is late counts as overdue, not as planned or started."
    )

    @OptionGroup var options: QueryOptions

    func run() throws {
        let workspace = try options.open()
        let asOf = options.asOf(workspace)
        let (plans, leftOut) = workspace.countedOnce
        let statuses = StatusQuery(asOf: asOf).run(plans)
        let views = options.views(workspace)
        options.emit(json: { CountedOnceOutput.noting(leftOut, in: QueryJSON.status(statuses, asOf: asOf)) },
                     tables: { views.notingCountedOnce(leftOut, in: views.status(statuses)) },
                     sheet: { views.statusSheet(statuses) })
    }
}

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List actions, filtered by theme, owner, lead, kind of planning or text."
    )

    @OptionGroup var options: QueryOptions

    @Option(help: "Only actions of this theme (its id).")
    var theme: String?

    @Option(help: "Only actions this owner leads or takes part in (a key, name or alias).")
    var owner: String?

    @Flag(help: "With --owner: only the actions that owner leads.")
    var lead = false

    @Option(help: "Only actions with this kind of planning: ongoing, deadline, recurring, unscheduled or none.")
    var kind: PlanningKind?

    @Option(help: "Only actions whose text contains this (case and accents ignored).")
    var search: String?

    func validate() throws {
        if lead && owner == nil { throw ValidationError(LeadOption.needsOwner) }
    }

    func run() throws {
        let workspace = try options.open()
        var query = ActionListQuery(asOf: options.asOf(workspace))
        query.theme = theme
        query.owner = try Open.lookup { () throws(LookupFailure) in try workspace.ownerMatch(ifNamed: owner) }
        if lead { query.lead = query.owner }
        query.kind = kind
        query.search = search
        let actions = query.run(workspace.plans)
        options.emit(json: { QueryJSON.list(actions) },
                     tables: { [options.views(workspace).list(actions, plans: workspace.plans.count)] })
    }
}

extension PlanningKind: ExpressibleByArgument {}

/// `--lead`, the same flag on `overdue`, `list`, `workload` and `calendar`: with `--owner`, only what
/// that owner leads.
enum LeadOption {
    /// The usage error for `--lead` without `--owner` (also what `list --lead NAME`, the old form, gets).
    static let needsOwner = "--lead keeps the actions an owner leads: give the owner with --owner NAME (plan list PLAN --owner RIEC --lead)"
}
