import ActionPlan
import ArgumentParser

struct OverdueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overdue",
        abstract: "List what is overdue or behind schedule, oldest due first, with owners.",
        discussion: "Exit codes: 0 success (also when items are overdue); 1 a plan has errors or a path names no plans; 64 usage error."
    )

    @OptionGroup var options: QueryOptions

    @Flag(help: "Also list ongoing items without recorded progress for longer than --stale-after.")
    var stale = false

    @Option(name: .customLong("stale-after"), help: "Months without progress after which an ongoing item is stale.")
    var staleAfter = 6

    @Option(help: "Only items this owner leads or takes part in (a key, name or alias).")
    var owner: String?

    @Option(help: "Also list what falls due within this many days.")
    var within: Int?

    func run() throws {
        let plans = try options.loadPlans()
        var query = OverdueQuery(asOf: options.asOf)
        query.includeStale = stale
        query.staleAfterMonths = staleAfter
        query.owner = try options.resolveOwner(owner, in: plans)
        query.withinDays = within
        let items = query.run(plans)
        let views = QueryViews(language: options.language(for: plans), asOf: options.asOf)
        options.emit(tables: [views.overdue(items, plans: plans.count)], json: QueryJSON.overdue(items, asOf: options.asOf))
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

    func run() throws {
        let plans = try options.loadPlans()
        var query = WorkloadQuery(asOf: options.asOf)
        query.owner = try options.resolveOwner(owner, in: plans)
        let loads = query.run(plans)
        let views = QueryViews(language: options.language(for: plans), asOf: options.asOf)
        options.emit(tables: [views.workload(loads)], json: QueryJSON.workload(loads, asOf: options.asOf))
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
        let plans = try options.loadPlans()
        let summary = BudgetQuery(asOf: options.asOf, breakdown: by).run(plans)
        let views = QueryViews(language: options.language(for: plans), asOf: options.asOf)
        options.emit(tables: views.budget(summary), json: QueryJSON.budget(summary))
    }
}

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show per theme how many actions are planned, started, done, dropped and overdue."
    )

    @OptionGroup var options: QueryOptions

    func run() throws {
        let plans = try options.loadPlans()
        let statuses = StatusQuery(asOf: options.asOf).run(plans)
        let views = QueryViews(language: options.language(for: plans), asOf: options.asOf)
        options.emit(tables: views.status(statuses), json: QueryJSON.status(statuses, asOf: options.asOf))
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

    @Option(help: "Only actions this owner leads (a key, name or alias).")
    var lead: String?

    @Option(help: "Only actions with this kind of planning: ongoing, deadline, recurring, unscheduled or none.")
    var kind: PlanningKind?

    @Option(help: "Only actions whose text contains this (case and accents ignored).")
    var search: String?

    func run() throws {
        let plans = try options.loadPlans()
        var query = ActionListQuery()
        query.theme = theme
        query.owner = try options.resolveOwner(owner, in: plans)
        query.lead = try options.resolveOwner(lead, in: plans)
        query.kind = kind
        query.search = search
        let actions = query.run(plans)
        let views = QueryViews(language: options.language(for: plans), asOf: options.asOf)
        options.emit(tables: [views.list(actions, plans: plans.count)], json: QueryJSON.list(actions))
    }
}

extension BudgetQuery.Breakdown: ExpressibleByArgument {}
extension PlanningKind: ExpressibleByArgument {}
