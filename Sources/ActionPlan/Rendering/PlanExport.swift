import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace
/// The whole resolved plan as JSON: the stable, machine-readable view of a plan (`plan export`).
///
/// Field names are English snake_case, dates ISO 8601, money euros as numbers, ids strings.
/// Schedules are parsed (kind, start, due, per-year obligations), owners resolved with a lead flag,
/// budgets given per year.
package enum PlanExport {
    /// The export format's version; raised when a field changes meaning or disappears.
    package static let formatVersion = 1

    /// The JSON of a plan with its progress on a date: the plan's JSON with `as_of`, and each action's
    /// `standing` (`not_started`, `in_progress`, `late`, `done`, `dropped`) and revised planning (`replan`, or null).
    package static func json(_ tracked: TrackedPlan, asOf: CalendarDate) -> JSONValue {
        guard case .object(var fields) = json(tracked.plan, progress: { action in
            (tracked.standing(of: action, asOf: asOf), tracked.progress.replan(of: action.id, asOf: asOf))
        }) else { return json(tracked.plan) }
        fields.insert(("as_of", .date(asOf)), at: 1)
        return .object(fields)
    }

    /// The JSON of a plan.
    package static func json(_ plan: Plan) -> JSONValue {
        json(plan, progress: nil)
    }

    /// What progress adds to an action: its standing, and the entry revising its planning.
    typealias ActionProgress = (Action) -> (standing: ActionStanding, replan: ProgressEntry?)

    private static func json(_ plan: Plan, progress: ActionProgress?) -> JSONValue {
        let period = plan.metadata.period
        let metadata = plan.metadata
        var planFields: [(String, JSONValue)] = [
            ("id", .string(metadata.id)),
            ("title", .string(metadata.title)),
            ("region", .string(metadata.region)),
            ("period", .object([("from", .int(period.firstYear)), ("until", .int(period.lastYear))])),
            ("language", .string(metadata.language.rawValue)),
        ]
        if let adoption = metadata.adoption {
            planFields.append(("adopted", .object([
                ("by", .optional(adoption.by)), ("on", adoption.date.map(JSONValue.date) ?? .null),
            ])))
        } else {
            planFields.append(("adopted", .null))
        }
        planFields.append(("source", .optional(metadata.source)))
        planFields.append(("file", .string(plan.path)))
        if let base = plan.base {
            planFields.append(("extends", .object([
                ("plan", .string(base.planID)), ("file", .string(base.path)),
                ("version", .optional(base.recordedVersion)), ("current_version", .string(base.currentVersion)),
            ])))
        }

        let totals = BudgetTotals(plan: plan)
        var fields: [(String, JSONValue)] = [
            ("format_version", .int(formatVersion)),
            ("plan", .object(planFields)),
            ("organisations", .array(plan.organisations.map(organisation))),
            ("themes", .array(plan.themes.map { theme($0, period: period, progress: progress) })),
            ("budget_totals", .array(period.years.map { year in
                .object([("year", .int(year)), ("total", .money(totals.total(in: year)))])
            })),
        ]
        if let declared = plan.declaredTotals {
            fields.append(("declared_totals", .object([
                ("source", .optional(declared.source)),
                ("years", .array(declared.years.map { .object([("year", .int($0.year)), ("total", .money($0.amount))]) })),
            ])))
        } else {
            fields.append(("declared_totals", .null))
        }
        return .object(fields)
    }

    static func organisation(_ organisation: Organisation) -> JSONValue {
        var fields: [(String, JSONValue)] = [("key", .string(organisation.key)), ("name", .string(organisation.name))]
        if let short = organisation.short { fields.append(("short", .string(short))) }
        fields += [
            ("aliases", .array(organisation.aliases.map(JSONValue.string))),
            ("kind", .string(organisation.kind.rawValue)),
        ]
        return .object(fields)
    }

    static func theme(_ theme: Theme, period: PlanPeriod, progress: ActionProgress?) -> JSONValue {
        .object([
            ("id", .string(theme.id)),
            ("title", .string(theme.title)),
            ("description", .optional(theme.description)),
            ("activities", .array(theme.activities.map { activity($0, period: period, progress: progress) })),
            ("actions", .array(theme.actions.map { action($0, period: period, progress: progress) })),
        ])
    }

    static func activity(_ activity: Activity, period: PlanPeriod, progress: ActionProgress?) -> JSONValue {
        .object([
            ("id", .string(activity.id)),
            ("title", .string(activity.title)),
            ("explanation", .optional(activity.explanation)),
            ("goal", .optional(activity.goal)),
            ("results", .array(activity.results.map(JSONValue.string))),
            ("partners_text", .optional(activity.partnersText)),
            ("partners", .array(activity.partners.map(JSONValue.string))),
            ("duration", .optional(activity.duration)),
            ("planning", activity.schedule.map { schedule($0, period: period) } ?? .null),
            ("milestones", .array(activity.milestones.map { milestone in
                .object([
                    ("title", .string(milestone.title)),
                    ("planning", schedule(milestone.schedule, period: period)),
                    ("actions", .array(milestone.actionIDs.map(JSONValue.string))),
                ])
            })),
            ("budget", budget(activity.budget, period: period)),
            ("actions", .array(activity.actions.map { action($0, period: period, progress: progress) })),
        ])
    }

    static func action(_ action: Action, period: PlanPeriod, progress: ActionProgress? = nil) -> JSONValue {
        var ownerValues: [JSONValue] = []
        for owner in action.owners {
            var fields: [(String, JSONValue)] = [("key", .string(owner.key))]
            if let role = owner.role { fields.append(("role", .string(role))) }
            fields.append(("lead", .bool(owner.isLead)))
            ownerValues.append(.object(fields))
        }
        var origin: [(String, JSONValue)] = [("origin", .string(action.origin.name))]
        if case .regional(let planID) = action.origin {
            origin.append(("regional_plan", .string(planID)))
            origin.append(("overridden", .array(action.overridden.map { .string($0) })))
        }
        return .object([
            ("id", .string(action.id)),
            ("title", .string(action.title)),
        ] + origin + [
            ("planning", schedule(action.schedule, period: period, source: action.scheduleSource)),
            ("who", .optional(action.who)),
            ("owners", .array(ownerValues)),
            ("budget", budget(action.budget, period: period)),
            ("group", .optional(action.group)),
            ("notes", .optional(action.notes)),
        ] + (progress.map { progress in
            let (standing, replan) = progress(action)
            return [("standing", .string(standing.rawValue)), ("replan", replan.map(QueryJSON.replan) ?? .null)]
        } ?? []))
    }

    static func schedule(_ schedule: Schedule, period: PlanPeriod, source: ScheduleSource? = nil) -> JSONValue {
        var fields: [(String, JSONValue)] = [("text", .string(schedule.text)), ("kind", .string(schedule.kindName))]
        if let source { fields.append(("from", .string(source.rawValue))) }
        switch schedule.kind {
        case .ongoing:
            fields.append(("start", .date(period.start)))
            fields.append(("until", .date(period.end)))
            fields.append(("due", .null))
        case .ongoingFrom(let from):
            fields.append(("start", .date(from)))
            fields.append(("until", .date(period.end)))
            fields.append(("due", .null))
        case .deadline(let windows):
            fields.append(("start", schedule.startDate.map(JSONValue.date) ?? .null))
            fields.append(("due", schedule.dueDate.map(JSONValue.date) ?? .null))
            if windows.count > 1 {
                fields.append(("alternatives", .array(windows.map {
                    .object([("start", .date($0.start)), ("due", .date($0.end))])
                })))
            }
        case .recurring(let recurrence):
            fields.append(("times_per_year", .int(recurrence.timesPerYear)))
            if let from = recurrence.fromYear { fields.append(("from_year", .int(from))) }
            fields.append(("due", .null))
            fields.append(("obligations", .array(schedule.obligations(in: period).map { obligation in
                .object([
                    ("year", obligation.year.map(JSONValue.int) ?? .null),
                    ("start", .date(obligation.window.start)),
                    ("due", .date(obligation.dueDate)),
                    ("required", .int(obligation.requiredOccurrences)),
                ])
            })))
        case .unscheduled, .noPlanning:
            fields.append(("due", .null))
        }
        return .object(fields)
    }

    static func budget(_ budget: Budget?, period: PlanPeriod) -> JSONValue {
        guard let budget else { return .null }
        let years = period.years.compactMap { year -> JSONValue? in
            let amount = budget.amount(in: year, period: period)
            return amount == .zero ? nil : .object([("year", .int(year)), ("amount", .money(amount))])
        }
        let total = period.years.reduce(Money.zero) { $0 + budget.amount(in: $1, period: period) }
        let unsplit = budget.unsplit
        return .object([
            ("existing", .bool(budget.usesExisting)),
        ] + (budget.hasAmountToBeSet ? [("to_be_set", JSONValue.bool(true))] : []) + [
            ("years", .array(years)),
        ] + (unsplit != .zero ? [("not_split_over_years", JSONValue.money(unsplit))] : []) + [
            ("total", .money(total + unsplit)),
            ("lines", .array(budget.lines.map { line in
                var fields: [(String, JSONValue)] = [("label", .optional(line.label))]
                switch line.allocation {
                case .existing:
                    fields.append(("kind", .string("existing")))
                case .amounts:
                    fields.append(("kind", .string("amounts")))
                case .perYear(let amount, _):
                    fields.append(("kind", .string("per_year")))
                    fields.append(("per_year", .money(amount)))
                case .toBeSet:
                    fields.append(("kind", .string("to_be_set")))
                case .total(let amount, let years):
                    fields.append(("kind", .string("total")))
                    fields.append(("total", .money(amount)))
                    let span = years ?? (period.firstYear...period.lastYear)
                    fields.append(("over_years", .object([("from", .int(span.lowerBound)), ("until", .int(span.upperBound))])))
                }
                let toBeSet: [Int] = if case .amounts(let amounts) = line.allocation { amounts.filter(\.isToBeSet).map(\.year) } else { [] }
                fields.append(("years", .array(line.years(period: period).map { year in
                    toBeSet.contains(year)
                        ? .object([("year", .int(year)), ("amount", .null), ("to_be_set", .bool(true))])
                        : .object([("year", .int(year)), ("amount", .money(line.amount(in: year, period: period)))])
                })))
                fields.append(("source", .optional(line.fundingSource)))
                fields.append(("text", .optional(line.text)))
                return .object(fields)
            })),
        ])
    }
}
