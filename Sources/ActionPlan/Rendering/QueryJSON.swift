import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace
/// Query results as JSON: the documented contract scripts and dashboards rely on (see the README).
/// Field names are snake_case, dates ISO 8601, money euros as numbers, ids strings.
package enum QueryJSON {
    static func owners(_ owners: [Owner]) -> JSONValue {
        .array(owners.map { owner in
            var fields: [(String, JSONValue)] = [("key", .string(owner.key))]
            if let role = owner.role { fields.append(("role", .string(role))) }
            fields.append(("lead", .bool(owner.isLead)))
            return .object(fields)
        })
    }

    /// `plan overdue`: the items, and (when given) the missed obligations of completed plan years
    /// under `missed_in_past_years`. Each list holds at most `OutputLimits.maximumTableRows`, the
    /// first in its order; when any were left out, `omitted` counts them per list, exactly.
    package static func overdue(_ items: [OverdueItem], missed: [OverdueItem]? = nil, asOf: CalendarDate) -> JSONValue {
        let limit = OutputLimits.maximumTableRows
        let items = LimitedList(items, limit: limit)
        let missed = missed.map { LimitedList($0, limit: limit) }
        var fields: [(String, JSONValue)] = [("as_of", .date(asOf)), ("items", .array(items.kept.map { overdueItem($0, asOf: asOf) }))]
        if let missed { fields.append(("missed_in_past_years", .array(missed.kept.map { overdueItem($0, asOf: asOf) }))) }
        if items.omitted > 0 || (missed?.omitted ?? 0) > 0 {
            fields.append(("omitted", .object([("items", .int(items.omitted))] + (missed.map { [("missed_in_past_years", .int($0.omitted))] } ?? []))))
        }
        return .object(fields)
    }

    /// One item of `plan overdue` (and of the agenda's lists).
    static func overdueItem(_ item: OverdueItem, asOf: CalendarDate) -> JSONValue {
        .object([
            ("plan", .string(item.planID)),
            ("id", .string(item.actionID)),
            ("title", .string(item.title)),
            ("reason", .string(item.reason.rawValue)),
            ("due", item.due.map(JSONValue.date) ?? .null),
            ("year", item.year.map(JSONValue.int) ?? .null),
            ("found", item.found.map(JSONValue.int) ?? .null),
            ("required", item.required.map(JSONValue.int) ?? .null),
            ("since", item.since.map(JSONValue.date) ?? .null),
            ("days_late", item.reason.countsDays ? .int(item.daysLate(asOf: asOf)) : .null),
            ("planning", .string(item.planning)),
            ("replan", .optional(item.replan)),
            ("owners", owners(item.owners)),
        ])
    }

    /// `plan workload`.
    package static func workload(_ loads: [OwnerWorkload], asOf: CalendarDate) -> JSONValue {
        .object([
            ("as_of", .date(asOf)),
            ("owners", .array(loads.map { load in
                .object([
                    // The actions whose source names no owner: key null, "no_owner_named": true.
                    ("key", load.isNoOwnerNamed ? .null : .string(load.key)), ("name", .string(load.isNoOwnerNamed ? "no owner named" : load.name)),
                    ("plan", load.planID.map(JSONValue.string) ?? .null),
                ] + (load.isNoOwnerNamed ? [("no_owner_named", .bool(true))] : []) + [
                    ("lead", .int(load.lead)),
                    ("partner", .int(load.partner)), ("open", .int(load.open)), ("overdue", .int(load.overdue)),
                    ("overdue_as_partner", .int(load.overdueAsPartner)),
                    ("recurring_per_year", .int(load.recurringPerYear)), ("budget_led", .money(load.budgetLed)),
                ])
            })),
        ])
    }

    /// `plan budget`: the top-level fields total all plans; `plans` has each plan.
    package static func budget(_ summary: BudgetSummary) -> JSONValue {
        let single = summary.plans.count == 1 ? summary.plans.first : nil
        let years = single?.years ?? summary.combined
        let declaring = summary.plans.filter(\.hasDeclaredTotals)
        let declared: JSONValue = declaring.isEmpty ? .null : .array(years.map { year in
            let amount = declaring.reduce(Money.zero) { total, plan in total + (plan.years.first { $0.year == year.year }?.declared ?? .zero) }
            return .object([("year", .int(year.year)), ("total", .money(amount))])
        })
        return .object([
            ("currency", .string("EUR")),
            ("years", .array(years.map { year in
                .object([("year", .int(year.year)), ("total", .money(year.total))] + localAndRegional(year))
            })),
            ("total", .money(years.reduce(.zero) { $0 + $1.total } + summary.plans.reduce(.zero) { $0 + $1.notSplitOverYears })),
            ("existing_budget_actions", .int(summary.plans.reduce(0) { $0 + $1.existingBudgetActions })),
            ("existing_budget_activities", .int(summary.plans.reduce(0) { $0 + $1.existingBudgetActivities })),
            ("declared", declared),
            ("plans", .array(summary.plans.map(plan))),
        ])
    }

    /// A local plan's year: the municipality's own money and the region's, apart (absent for other plans).
    private static func localAndRegional(_ year: BudgetYear) -> [(String, JSONValue)] {
        guard let local = year.local, let regional = year.regional else { return [] }
        return [("local", .money(local)), ("regional", .money(regional))]
    }

    private static func plan(_ report: BudgetReport) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("plan", .string(report.planID)),
            ("title", .string(report.title)),
            ("years", .array(report.years.map { year in
                .object([
                    ("year", .int(year.year)), ("total", .money(year.total)),
                    ("declared", year.declared.map(JSONValue.money) ?? .null),
                    ("difference", year.difference.map(JSONValue.money) ?? .null),
                    ("spent", year.spent.map(JSONValue.money) ?? .null),
                ] + localAndRegional(year))
            })),
            ("total", .money(report.total)),
            ("declared_total", report.declaredTotal.map(JSONValue.money) ?? .null),
            ("existing_budget_actions", .int(report.existingBudgetActions)),
            ("existing_budget_activities", .int(report.existingBudgetActivities)),
            ("actions_without_budget", .int(report.actionsWithoutBudget)),
        ]
        // Only when the plan has them, so the JSON of plans without stays as it was.
        if report.amountsToBeSet > 0 { fields.append(("amounts_to_be_set", .int(report.amountsToBeSet))) }
        if report.notSplitOverYears != .zero { fields.append(("not_split_over_years", .money(report.notSplitOverYears))) }
        if let breakdown = report.breakdown {
            fields.append(("breakdown", .object([
                ("by", .string(breakdown.rawValue)),
                ("rows", .array(report.rows.map { row in
                    .object([
                        ("key", .string(row.key)), ("label", .string(row.label)),
                        ("years", .array(report.years.map { year in
                            .object([("year", .int(year.year)), ("amount", .money(row.amounts[year.year] ?? .zero))])
                        })),
                        ("total", .money(row.total)),
                    ])
                })),
            ])))
        }
        return .object(fields)
    }

    /// `plan status`.
    package static func status(_ statuses: [PlanStatus], asOf: CalendarDate) -> JSONValue {
        func counts(_ theme: ThemeStatus) -> [(String, JSONValue)] {
            // The five standings add up to `actions`.
            [("actions", .int(theme.actions))] + ActionStanding.allCases.map { ($0.rawValue, JSONValue.int(theme[$0])) }
        }
        return .object([
            ("as_of", .date(asOf)),
            ("plans", .array(statuses.map { status in
                .object([
                    ("plan", .string(status.planID)),
                    ("title", .string(status.title)),
                    ("themes", .array(status.themes.map { .object([("id", .string($0.themeID)), ("title", .string($0.title))] + counts($0)) })),
                    ("total", .object(counts(status.total))),
                    ("unscheduled", .int(status.unscheduled)),
                    ("recurring", .array(status.recurring.map { item in
                        .object([
                            ("id", .string(item.actionID)), ("title", .string(item.title)), ("planning", .string(item.planning)),
                            ("year", .int(item.year)), ("occurrences", .int(item.occurrences)),
                            ("expected_by_now", .int(item.expectedByNow)), ("required", .int(item.required)),
                        ])
                    })),
                ])
            })),
        ])
    }

    /// `plan list`.
    package static func list(_ actions: [ListedAction]) -> JSONValue {
        .object([
            ("actions", .array(actions.map { listed in
                let action = listed.action
                return .object([
                    ("plan", .string(listed.planID)),
                    ("id", .string(action.id)),
                    ("title", .string(action.title)),
                    ("theme", .string(action.themeID)),
                    ("activity", action.activityID.map(JSONValue.string) ?? .null),
                    ("planning", .object([
                        ("text", .string(action.schedule.text)), ("kind", .string(action.schedule.kindName)),
                        ("due", action.schedule.dueDate.map(JSONValue.date) ?? .null),
                        ("replan", listed.replan.map { .object([("text", .string($0.text)), ("due", $0.dueDate.map(JSONValue.date) ?? .null)]) } ?? .null),
                    ])),
                    ("owners", owners(action.ownersLeadFirst)),
                    ("standing", .string(listed.standing.rawValue)),
                ])
            })),
        ])
    }

    /// `plan show`.
    package static func details(_ details: ActionDetails) -> JSONValue {
        let action = details.action
        return .object([
            ("plan", .string(details.planID)),
            ("as_of", .date(details.asOf)),
            ("action", PlanExport.action(action, period: details.period)),
            ("theme", .string(action.themeID)),
            ("status", .string(details.status.rawValue)),
            ("status_since", details.statusEntry.map { .date($0.date) } ?? .null),
            ("standing", .string(details.standing.rawValue)),
            ("replan", details.replanEntry.map(replan) ?? .null),
            ("overdue", overdue(details.overdue, missed: details.missed, asOf: details.asOf)),
            ("history", .array(details.history.map(entry))),
        ])
    }

    /// The revised planning an entry records: its text, due date and the day it was decided.
    static func replan(_ entry: ProgressEntry) -> JSONValue {
        guard let schedule = entry.replan else { return .null }
        return .object([("text", .string(schedule.text)), ("kind", .string(schedule.kindName)),
                        ("due", schedule.dueDate.map(JSONValue.date) ?? .null), ("date", .date(entry.date))])
    }

    /// A progress entry.
    package static func entry(_ entry: ProgressEntry) -> JSONValue {
        .object([
            ("action", .string(entry.actionID)),
            ("date", .date(entry.date)),
            ("recorded", entry.recorded.map(JSONValue.date) ?? .null),
            ("status", entry.statusWord.map { .string($0.rawValue) } ?? .null),
            ("occurrence", .bool(entry.isOccurrence)),
            ("spent", entry.spent.map(JSONValue.money) ?? .null),
            ("year", entry.spent == nil ? .null : .int(entry.budgetYear)),
            ("note", .optional(entry.note)),
            ("replan", entry.replan.map { .string($0.text) } ?? .null),
        ] + (entry.isRegional ? [("regional", .bool(true))] : [])
          + (entry.isHistory ? [("history", .bool(true))] : [])
          + (entry.retracts.map { [("retracts", JSONValue.date($0))] } ?? [])
          + (entry.isWithdrawn ? [("withdrawn", .bool(true))] : [])
          + (entry.reportedBy.map { [("by", JSONValue.string($0))] } ?? []))
    }
}

extension QueryJSON {
    /// `plan agenda`: per plan and theme the news since the last meeting, what is late, due, stale, and
    /// this year's recurring obligations.
    package static func agenda(_ agenda: MeetingAgenda) -> JSONValue {
        .object([
            ("as_of", .date(agenda.asOf)), ("since", .date(agenda.since)), ("until", .date(agenda.until)),
            ("plans", .array(agenda.plans.map { plan in
                .object([
                    ("plan", .string(plan.planID)), ("title", .string(plan.title)),
                    ("themes", .array(plan.themes.map { theme in
                        .object([
                            ("id", .string(theme.themeID)), ("title", .string(theme.title)),
                            ("changes", .array(theme.changes.map { change in
                                .object([("kind", .string(change.kind.rawValue)), ("recorded", .date(change.recorded)),
                                         ("by", .optional(change.reporter)), ("entry", entry(change.entry))])
                            })),
                            ("late", .array(theme.late.map { overdueItem($0, asOf: agenda.asOf) })),
                            ("due", .array(theme.dueSoon.map { overdueItem($0, asOf: agenda.asOf) })),
                            ("stale", .array(theme.stale.map { overdueItem($0, asOf: agenda.asOf) })),
                            ("recurring", .array(theme.recurring.map { status in
                                .object([("id", .string(status.actionID)), ("title", .string(status.title)), ("year", .int(status.year)),
                                         ("held", .int(status.occurrences)), ("expected_by_now", .int(status.expectedByNow)),
                                         ("required", .int(status.required))])
                            })),
                        ])
                    })),
                ])
            })),
        ])
    }
}
