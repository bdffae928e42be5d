import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace
/// Lays out query results as `Tabular` for the table, CSV and Markdown renderers.
public struct QueryViews: Sendable {
    /// The words to use.
    package var localizer: Localizer
    /// The as-of date, for titles.
    package var asOf: CalendarDate
    /// The names owners are shown by (display names, never registry slugs).
    package var names: OwnerNames

    /// Creates views in a language for a date; owners are named by `names` (build it from the
    /// plans: `OwnerNames(plans.map(\.plan))`).
    public init(language: PlanLanguage, asOf: CalendarDate, names: OwnerNames = OwnerNames()) {
        self.localizer = Localizer(language)
        self.asOf = asOf
        self.names = names
    }

    private func table(title: String?, columns: [Tabular.Column], rows: [Tabular.Row], notes: [String] = []) -> Tabular {
        Tabular(title: title, columns: columns, rows: rows, notes: notes, language: localizer.language)
    }

    /// The owner column: lists narrow to their shorter forms before anything else but the text.
    private var ownersFit: Tabular.Column.Fit { .shrinkable(preferred: 32, minimum: 18) }

    /// A money cell: `€ 153.000` for people, `153000` for CSV.
    private func money(_ amount: Money) -> Tabular.Cell {
        Tabular.Cell(localizer.money(amount), plain: amount.decimalString)
    }

    private func money(_ amount: Money?) -> Tabular.Cell {
        amount.map(money) ?? Tabular.Cell("")
    }

    /// Money spent: unknown (never recorded) is "—" for people and an empty CSV cell, never 0.
    private func spentCell(_ amount: Money?) -> Tabular.Cell {
        amount.map(money) ?? Tabular.Cell("—", plain: "")
    }

    /// The owners by display name: the whole list with the lead marked (for Markdown and CSV), and for
    /// a narrow table the lead and two partners then how many more, or the lead (with, then without its
    /// role) and how many more.
    private func ownersCell(_ list: [Owner], plan: String) -> Tabular.Cell {
        let full = names.list(list, plan: plan, leadMark: localizer.t("trekker", "lead"))
        // In a narrow table the lead stays first but unmarked before the list is cut.
        var variants: [String] = list.count > 1 ? [names.list(list, plan: plan)] : []
        if list.count > 3 { variants.append(names.list(Array(list.prefix(3)), plan: plan) + " +\(list.count - 3)") }
        if list.count > 1 { variants.append(names.owner(list[0], plan: plan) + " +\(list.count - 1)") }
        if list.count > 1, list[0].role != nil { variants.append(names.name(list[0].key, plan: plan) + " +\(list.count - 1)") }
        return Tabular.Cell(full, variants: variants)
    }

    // MARK: overdue

    /// The overdue list; `about` names whose list it is (an owner, a plan) in the title.
    public func overdue(_ items: [OverdueItem], plans: Int, about: [String] = []) -> Tabular {
        let l = localizer
        var columns: [Tabular.Column] = []
        if plans > 1 { columns.append(.init(l.t("Plan", "Plan"))) }
        columns += [
            .init(l.t("Actie", "Action")), .init(l.t("Reden", "Reason")),
            // "sinds 2024-01-01" is never cut to its date: under "Termijn" a bare date would read as a deadline.
            .init(l.t("Termijn", "Due")),
            .init(l.t("Jaar", "Year"), numeric: true, dropPriority: 3), .init(l.t("Gedaan", "Done"), dropPriority: 1),
            .init(l.t("Dagen", "Days"), numeric: true, dropPriority: 2), .init(l.t("Eigenaren", "Owners"), fit: ownersFit),
            .init(l.t("Omschrijving", "Title"), fit: .fill(minimum: 30)),
        ]
        let rows = items.map { item -> Tabular.Row in
            var cells: [String] = plans > 1 ? [item.planID] : []
            let done = item.found.map { found in "\(found)/\(item.required ?? 0)" } ?? ""
            let due = item.due?.description ?? item.since.map { l.t("sinds ", "since ") + $0.description } ?? ""
            cells += [item.actionID, l.reason(item.reason), due, item.year.map(String.init) ?? "", done,
                      item.reason.countsDays ? String(item.daysLate(asOf: asOf)) : ""]
            return Tabular.Row(cells: cells.map { Tabular.Cell($0) } + [ownersCell(item.owners, plan: item.planID), Tabular.Cell(self.title(of: item))],
                               highlighted: item.reason != .upcoming)
        }
        let title = ([l.t("Te laat op \(l.date(asOf))", "Overdue on \(l.date(asOf))")] + about).joined(separator: " — ")
        let late = items.filter { $0.reason != .upcoming }.count
        let soon = items.count - late
        var note = late == 0
            ? l.t("Niets te laat.", "Nothing overdue.")
            : l.count(late, ("punt te laat", "punten te laat"), ("item overdue", "items overdue")) + "."
        if soon > 0 { note += " " + l.count(soon, ("punt binnenkort", "punten binnenkort"), ("item due soon", "items due soon")) + "." }
        return table(title: title, columns: columns, rows: rows, notes: [note])
    }

    /// An item's title, with the revised planning it is due by when there is one.
    private func title(of item: OverdueItem) -> String {
        item.replan.map { "\(item.title) (\(localizer.t("nieuwe planning", "new planning")) \($0))" } ?? item.title
    }

    /// The recurring obligations of completed plan years that were not met ("niet gehaald in eerdere
    /// jaren"): history, without a day count.
    public func missed(_ items: [OverdueItem], plans: Int) -> Tabular {
        let l = localizer
        var columns: [Tabular.Column] = []
        if plans > 1 { columns.append(.init(l.t("Plan", "Plan"))) }
        columns += [
            .init(l.t("Actie", "Action")), .init(l.t("Jaar", "Year"), numeric: true), .init(l.t("Gedaan", "Held")),
            .init(l.t("Eigenaren", "Owners"), fit: ownersFit), .init(l.t("Omschrijving", "Title"), fit: .fill(minimum: 30)),
        ]
        let rows = items.map { item -> Tabular.Row in
            let cells = (plans > 1 ? [item.planID] : []) + [item.actionID, item.year.map(String.init) ?? "", "\(item.found ?? 0)/\(item.required ?? 0)"]
            return Tabular.Row(cells: cells.map { Tabular.Cell($0) } + [ownersCell(item.owners, plan: item.planID), Tabular.Cell(item.title)])
        }
        return table(title: l.t("Niet gehaald in eerdere jaren", "Missed in earlier years"), columns: columns, rows: rows,
                     notes: [l.t("Geschiedenis: dit maakt een actie nu niet vertraagd.", "History: this does not make an action late now.")])
    }

    /// The overdue list as one table for a spreadsheet: every date column holds dates only, so the due
    /// date and the day a stale item's last progress was recorded are separate columns.
    package func overdueSheet(_ items: [OverdueItem], plans: Int) -> Tabular {
        let l = localizer
        var columns: [Tabular.Column] = plans > 1 ? [.init(l.t("Plan", "Plan"))] : []
        columns += [
            .init(l.t("Actie", "Action")), .init(l.t("Reden", "Reason")), .init(l.t("Termijn", "Due")),
            .init(l.t("Geen voortgang sinds", "Stale since")), .init(l.t("Jaar", "Year"), numeric: true), .init(l.t("Gedaan", "Done")),
            .init(l.t("Dagen", "Days"), numeric: true), .init(l.t("Eigenaren", "Owners")), .init(l.t("Omschrijving", "Title")),
        ]
        let rows = items.map { item -> Tabular.Row in
            var cells: [String] = plans > 1 ? [item.planID] : []
            cells += [item.actionID, l.reason(item.reason), item.due?.description ?? "", item.due == nil ? item.since?.description ?? "" : "",
                      item.year.map(String.init) ?? "", item.found.map { "\($0)/\(item.required ?? 0)" } ?? "",
                      item.reason.countsDays ? String(item.daysLate(asOf: asOf)) : ""]
            return Tabular.Row(cells: cells.map { Tabular.Cell($0) } + [ownersCell(item.owners, plan: item.planID), Tabular.Cell(self.title(of: item))])
        }
        return table(title: nil, columns: columns, rows: rows)
    }

    // MARK: workload

    /// The workload per owner.
    public func workload(_ loads: [OwnerWorkload]) -> Tabular {
        let l = localizer
        let columns: [Tabular.Column] = [
            .init(l.t("Eigenaar", "Owner"), fit: .shrinkable(preferred: 34, minimum: 24)), .init(l.t("Trekker", "Lead"), numeric: true),
            .init(l.t("Partner", "Partner"), numeric: true), .init(l.t("Open", "Open"), numeric: true),
            .init(l.t("Te laat", "Overdue"), numeric: true), .init(l.t("Als partner", "As partner"), numeric: true, dropPriority: 1),
            .init(l.t("Per jaar", "Per year"), numeric: true, dropPriority: 1),
            .init(l.t("Budget trekker", "Budget led"), numeric: true, dropPriority: 2),
            .init(l.t("Volledige naam", "Full name"), fit: .fill(minimum: 24), dropPriority: 3),
        ]
        let unnamed = l.t("geen eigenaar genoemd", "no owner named")
        let rows = loads.map { load in
            Tabular.Row(cells: [load.isNoOwnerNamed ? unnamed : (load.displayName ?? names.name(load.key, plan: load.planID)), String(load.lead), String(load.partner), String(load.open), String(load.overdue),
                                String(load.overdueAsPartner), String(load.recurringPerYear)].map { Tabular.Cell($0) } + [money(load.budgetLed), Tabular.Cell(load.isNoOwnerNamed ? unnamed : load.name)],
                        highlighted: load.overdue > 0)
        }
        // Nothing counted (an owner that leads nothing, with --lead): that sentence, not a header over nothing.
        let none = rows.isEmpty ? [l.t("Geen acties om te tellen voor deze keuze van eigenaar.", "No actions to count for this choice of owner.")] : []
        return table(title: l.t("Werklast per eigenaar op \(l.date(asOf))", "Workload per owner on \(l.date(asOf))"),
                       columns: columns, rows: rows, notes: none)
    }

    // MARK: budget

    /// The budget of each plan (years as columns), and the combined totals when there are several.
    public func budget(_ summary: BudgetSummary) -> [Tabular] {
        let l = localizer
        var tables = summary.plans.map { report -> Tabular in
            let years = report.years.map(\.year)
            var columns: [Tabular.Column] = [.init(breakdownHeader(report.breakdown), fit: .fill(minimum: 16))]
            columns += years.map { .init(String($0), numeric: true) }
            columns.append(.init(l.t("Totaal", "Total"), numeric: true))
            var rows = report.rows.map { row in
                Tabular.Row(cells: [Tabular.Cell(rowLabel(row, report))]
                    + years.map { money(row.amounts[$0] ?? .zero) } + [money(row.total)])
            }
            if report.notSplitOverYears != .zero {
                // A total the source gives for several years without a split: shown as such, not spread.
                rows.append(Tabular.Row(cells: [Tabular.Cell(l.notSplitOverYears)]
                    + years.map { _ in Tabular.Cell("") } + [money(report.notSplitOverYears)]))
            }
            rows.append(Tabular.Row(cells: [Tabular.Cell(l.t("Totaal", "Total"))] + report.years.map { money($0.total) } + [money(report.total)],
                                    isTotal: true))
            if report.years.contains(where: { $0.local != nil }) {
                // A local plan: the municipality's own money apart from the region's in adopted actions.
                for (label, part) in [(l.t("waarvan gemeente", "of which municipality"), \BudgetYear.local),
                                      (l.t("waarvan regio", "of which region"), \BudgetYear.regional)] {
                    rows.append(Tabular.Row(cells: [Tabular.Cell(label)] + report.years.map { money($0[keyPath: part] ?? .zero) }
                        + [money(report.years.reduce(.zero) { $0 + ($1[keyPath: part] ?? .zero) })], isTotal: true))
                }
            }
            if report.hasDeclaredTotals {
                rows.append(Tabular.Row(cells: [Tabular.Cell(l.t("Opgegeven in de bron", "Declared in the source"))]
                    + report.years.map { money($0.declared) } + [money(report.declaredTotal)], isTotal: true))
                rows.append(Tabular.Row(cells: [Tabular.Cell(l.t("Verschil", "Difference"))]
                    + report.years.map { money($0.difference) } + [money(report.declaredTotal.map { $0 - report.total })], isTotal: true))
            }
            if report.years.contains(where: { $0.spent != nil }) {
                // Unknown is not zero: a year without recorded spending shows "—" (an empty CSV cell).
                rows.append(Tabular.Row(cells: [Tabular.Cell(l.t("Besteed (realisatie)", "Spent"))]
                    + report.years.map { spentCell($0.spent) } + [spentCell(report.spentTotal)], isTotal: true))
            }
            var notes = [
                l.t("Op bestaande budgetten: \(l.count(report.existingBudgetActivities, ("activiteit", "activiteiten"), ("activity", "activities"))) en \(l.count(report.existingBudgetActions, ("actie", "acties"), ("action", "actions"))) (niet in de bedragen).",
                    "On existing budgets: \(l.count(report.existingBudgetActivities, ("activiteit", "activiteiten"), ("activity", "activities"))) and \(l.count(report.existingBudgetActions, ("actie", "acties"), ("action", "actions"))) (not in the amounts)."),
            ]
            if report.amountsToBeSet > 0 {
                notes.append(l.amountsToBeSet(report.amountsToBeSet))
            }
            if report.actionsWithoutBudget > 0 {
                notes.append(l.t("Zonder budget in het plan: \(l.count(report.actionsWithoutBudget, ("actie", "acties"), ("action", "actions"))).",
                                 "Without a budget in the plan: \(l.count(report.actionsWithoutBudget, ("actie", "acties"), ("action", "actions")))."))
            }
            return table(title: l.t("Budget — \(report.title)", "Budget — \(report.title)"), columns: columns, rows: rows, notes: notes)
        }
        if summary.plans.count > 1 {
            let years = summary.combined.map(\.year)
            let columns: [Tabular.Column] = [.init(l.t("Alle plannen", "All plans"), fit: .fill(minimum: 16))]
                + years.map { .init(String($0), numeric: true) } + [.init(l.t("Totaal", "Total"), numeric: true)]
            let total = summary.combined.reduce(Money.zero) { $0 + $1.total }
            tables.append(table(title: l.t("Budget — alle plannen samen", "Budget — all plans combined"), columns: columns, rows: [
                Tabular.Row(cells: [Tabular.Cell(l.t("Totaal", "Total"))] + summary.combined.map { money($0.total) } + [money(total)],
                            isTotal: true),
            ]))
        }
        return tables
    }

    /// The budget as one table for a spreadsheet (long format): a `Plan` column, the years of all
    /// plans as columns (empty where a plan does not run), one header, never stacked tables.
    package func budgetSheet(_ summary: BudgetSummary) -> Tabular {
        let l = localizer
        let years = Array(Set(summary.plans.flatMap { $0.years.map(\.year) })).sorted()
        let header = summary.plans.first.map { breakdownHeader($0.breakdown) } ?? l.t("Budget", "Budget")
        let columns: [Tabular.Column] = [.init(l.t("Plan", "Plan")), .init(header)]
            + years.map { .init(String($0), numeric: true) } + [.init(l.t("Totaal", "Total"), numeric: true)]
        var rows: [Tabular.Row] = []
        for report in summary.plans {
            func row(_ label: String, _ amount: (Int) -> Money?, total: Money?, isTotal: Bool = false) -> Tabular.Row {
                let own = Set(report.years.map(\.year))
                return Tabular.Row(cells: [Tabular.Cell(report.planID), Tabular.Cell(label)]
                    + years.map { own.contains($0) ? money(amount($0)) : Tabular.Cell("") } + [money(total)], isTotal: isTotal)
            }
            func year(_ number: Int) -> BudgetYear? { report.years.first { $0.year == number } }
            for budgetRow in report.rows {
                rows.append(row(rowLabel(budgetRow, report), { budgetRow.amounts[$0] ?? .zero }, total: budgetRow.total))
            }
            rows.append(row(l.t("Totaal", "Total"), { year($0)?.total }, total: report.total, isTotal: true))
            if report.years.contains(where: { $0.local != nil }) {
                rows.append(row(l.t("waarvan gemeente", "of which municipality"), { year($0)?.local }, total: report.years.reduce(.zero) { $0 + ($1.local ?? .zero) }, isTotal: true))
                rows.append(row(l.t("waarvan regio", "of which region"), { year($0)?.regional }, total: report.years.reduce(.zero) { $0 + ($1.regional ?? .zero) }, isTotal: true))
            }
            if report.hasDeclaredTotals {
                rows.append(row(l.t("Opgegeven in de bron", "Declared in the source"), { year($0)?.declared }, total: report.declaredTotal, isTotal: true))
                rows.append(row(l.t("Verschil", "Difference"), { year($0)?.difference }, total: report.declaredTotal.map { $0 - report.total }, isTotal: true))
            }
            if report.years.contains(where: { $0.spent != nil }) {
                rows.append(row(l.t("Besteed (realisatie)", "Spent"), { year($0)?.spent }, total: report.spentTotal, isTotal: true))
            }
        }
        return table(title: nil, columns: columns, rows: rows)
    }

    /// A budget row's label: an owner by its display name, a theme or action by id and title.
    private func rowLabel(_ row: BudgetRow, _ report: BudgetReport) -> String {
        if report.breakdown == .owner { return names.name(row.key, plan: report.planID) }
        return row.key == row.label ? row.label : "\(row.key) \(row.label)"
    }

    private func breakdownHeader(_ breakdown: BudgetQuery.Breakdown?) -> String {
        let l = localizer
        switch breakdown {
        case .theme?: return l.t("Thema", "Theme")
        case .owner?: return l.t("Eigenaar", "Owner")
        case .funding?: return l.t("Financieringsbron", "Funding source")
        case .action?: return l.t("Actie of activiteit", "Action or activity")
        case nil: return l.t("Budget", "Budget")
        }
    }

    // MARK: status

    /// The status per theme and the recurring obligations of this year, per plan.
    package func status(_ statuses: [PlanStatus]) -> [Tabular] {
        let l = localizer
        return statuses.flatMap { status -> [Tabular] in
            let columns: [Tabular.Column] = [
                .init(l.t("Thema", "Theme"), fit: .fill(minimum: 16)), .init(l.t("Acties", "Actions"), numeric: true),
            ] + statusColumns.map { standing, drop in .init(l.standing(standing).capitalizedFirst, numeric: true, dropPriority: drop) }
            // Each action counted once, by its standing: the five counts add up to the actions.
            func cells(_ label: String, _ theme: ThemeStatus) -> [String] {
                [label, String(theme.actions)] + statusColumns.map { String(theme[$0.0]) }
            }
            var rows = status.themes.map { Tabular.Row(cells("\($0.themeID) \($0.title)", $0), highlighted: $0[.late] > 0) }
            rows.append(Tabular.Row(cells(l.t("Totaal", "Total"), status.total), isTotal: true))
            var tables = [table(title: l.t("Stand van zaken op \(l.date(asOf)) — \(status.title)", "Status on \(l.date(asOf)) — \(status.title)"),
                                  columns: columns, rows: rows)]
            if !status.recurring.isEmpty {
                let recurringColumns: [Tabular.Column] = [
                    .init(l.t("Actie", "Action")), .init(l.t("Planning", "Planning"), fit: .shrinkable(preferred: 24, minimum: 10), dropPriority: 1),
                    .init(l.t("Gedaan", "Held"), numeric: true), .init(l.t("Verwacht nu", "Expected now"), numeric: true),
                    .init(l.t("Vereist", "Required"), numeric: true), .init(l.t("Omschrijving", "Title"), fit: .fill(minimum: 24)),
                ]
                tables.append(table(
                    title: l.t("Terugkerende verplichtingen \(asOf.year)", "Recurring obligations \(asOf.year)"),
                    columns: recurringColumns,
                    rows: status.recurring.map {
                        Tabular.Row([$0.actionID, $0.planning, String($0.occurrences), String($0.expectedByNow), String($0.required), $0.title],
                                    highlighted: $0.occurrences < $0.expectedByNow)
                    }))
            }
            if status.unscheduled > 0 {
                tables.append(Tabular(
                    title: l.t("Nog niet gepland", "Not yet scheduled"),
                    columns: [.init(l.t("Planning", "Planning"), flexible: true), .init(l.t("Acties", "Actions"), numeric: true)],
                    rows: [Tabular.Row([l.t("nog te bepalen (zie plan list --kind unscheduled)", "to be determined (see plan list --kind unscheduled)"),
                                        String(status.unscheduled)])]))
            }
            return tables
        }
    }

    /// The standings as status columns, in order, each with the priority it drops out with when the table is narrow.
    private var statusColumns: [(ActionStanding, Int)] {
        [(.notStarted, 1), (.inProgress, 0), (.late, 0), (.done, 0), (.dropped, 2)]
    }

    /// The status of every plan as one table for a spreadsheet, with a `Plan` column: a row per
    /// theme (and the plan's total) with its counts, then a row per recurring obligation of this
    /// year with held, expected and required; the columns a row does not use stay empty.
    package func statusSheet(_ statuses: [PlanStatus]) -> Tabular {
        let l = localizer
        let columns: [Tabular.Column] = [
            .init(l.t("Plan", "Plan")), .init(l.t("Soort", "Kind")), .init(l.t("Id", "Id")), .init(l.t("Titel", "Title")),
            .init(l.t("Acties", "Actions"), numeric: true),
        ] + statusColumns.map { .init(l.standing($0.0).capitalizedFirst, numeric: true) } + [
            .init(l.t("Planning", "Planning")), .init(l.t("Jaar", "Year"), numeric: true), .init(l.t("Gedaan", "Held"), numeric: true),
            .init(l.t("Verwacht nu", "Expected now"), numeric: true), .init(l.t("Vereist", "Required"), numeric: true),
        ]
        var rows: [Tabular.Row] = []
        for status in statuses {
            func row(_ kind: String, _ id: String, _ title: String, _ theme: ThemeStatus, isTotal: Bool = false) -> Tabular.Row {
                Tabular.Row([status.planID, kind, id, title, String(theme.actions)] + statusColumns.map { String(theme[$0.0]) }
                    + ["", "", "", "", ""], isTotal: isTotal)
            }
            rows += status.themes.map { row(l.t("thema", "theme"), $0.themeID, $0.title, $0) }
            rows.append(row(l.t("totaal", "total"), "", l.t("Totaal", "Total"), status.total, isTotal: true))
            rows += status.recurring.map { item in
                Tabular.Row([status.planID, l.t("terugkerend", "recurring"), item.actionID, item.title, "", "", "", "", "", "",
                             item.planning, String(item.year), String(item.occurrences), String(item.expectedByNow), String(item.required)])
            }
        }
        return table(title: nil, columns: columns, rows: rows)
    }

    // MARK: list

    /// The actions found.
    package func list(_ actions: [ListedAction], plans: Int) -> Tabular {
        let l = localizer
        var columns: [Tabular.Column] = []
        if plans > 1 { columns.append(.init(l.t("Plan", "Plan"))) }
        columns += [.init(l.t("Actie", "Action")), .init(l.t("Planning", "Planning"), fit: .shrinkable(preferred: 24, minimum: 10), dropPriority: 2),
                    .init(l.t("Termijn", "Due"), dropPriority: 1), .init(l.t("Stand", "Standing"), dropPriority: 3),
                    .init(l.t("Eigenaren", "Owners"), fit: ownersFit), .init(l.t("Omschrijving", "Title"), fit: .fill(minimum: 30))]
        let rows = actions.map { listed -> Tabular.Row in
            let action = listed.action
            var cells: [String] = plans > 1 ? [listed.planID] : []
            let due = (listed.replan ?? action.schedule).dueDate
            cells += [action.id, l.planning(action.schedule.text, replan: listed.replan?.text), due?.description ?? "", l.standing(listed.standing)]
            return Tabular.Row(cells: cells.map { Tabular.Cell($0) } + [ownersCell(action.ownersLeadFirst, plan: listed.planID), Tabular.Cell(action.title)])
        }
        return table(title: nil, columns: columns, rows: rows,
                       notes: [l.count(actions.count, ("actie", "acties"), ("action", "actions"))])
    }
}
