/// Lays out query results as `Tabular` for the table, CSV and Markdown renderers.
public struct QueryViews: Sendable {
    /// The words to use.
    public var localizer: Localizer
    /// The as-of date, for titles.
    public var asOf: CalendarDate

    /// Creates views in a language for a date.
    public init(language: PlanLanguage, asOf: CalendarDate) {
        self.localizer = Localizer(language)
        self.asOf = asOf
    }

    /// A money cell: `€ 153.000` for people, `153000` for CSV.
    private func money(_ amount: Money) -> Tabular.Cell {
        Tabular.Cell(localizer.money(amount), plain: amount.decimalString)
    }

    private func money(_ amount: Money?) -> Tabular.Cell {
        amount.map(money) ?? Tabular.Cell("")
    }

    private func owners(_ owners: [Owner]) -> String {
        owners.map { owner in owner.role.map { "\(owner.key) (\($0))" } ?? owner.key }.joined(separator: ", ")
    }

    /// The owners for a table: the lead and two partners, then how many more (CSV gets them all).
    private func ownersCell(_ list: [Owner]) -> Tabular.Cell {
        let full = owners(list)
        guard list.count > 3 else { return Tabular.Cell(full) }
        return Tabular.Cell(owners(Array(list.prefix(3))) + " +\(list.count - 3)", plain: full)
    }

    // MARK: overdue

    /// The overdue list.
    public func overdue(_ items: [OverdueItem], plans: Int) -> Tabular {
        let l = localizer
        var columns: [Tabular.Column] = []
        if plans > 1 { columns.append(.init(l.t("Plan", "Plan"))) }
        columns += [
            .init(l.t("Actie", "Action")), .init(l.t("Reden", "Reason")), .init(l.t("Termijn", "Due")),
            .init(l.t("Jaar", "Year"), numeric: true), .init(l.t("Gedaan", "Done")),
            .init(l.t("Dagen", "Days"), numeric: true), .init(l.t("Eigenaren", "Owners"), flexible: true),
            .init(l.t("Omschrijving", "Title"), flexible: true, minimumWidth: 30),
        ]
        let rows = items.map { item -> Tabular.Row in
            var cells: [String] = plans > 1 ? [item.planID] : []
            let done = item.found.map { found in "\(found)/\(item.required ?? 0)" } ?? ""
            let due = item.due?.description ?? item.since.map { l.t("sinds ", "since ") + $0.description } ?? ""
            cells += [item.actionID, l.reason(item.reason), due, item.year.map(String.init) ?? "", done,
                      item.reason == .deadline || item.reason == .recurrence ? String(item.daysLate(asOf: asOf)) : ""]
            return Tabular.Row(cells: cells.map { Tabular.Cell($0) } + [ownersCell(item.owners), Tabular.Cell(item.title)],
                               highlighted: item.reason != .upcoming)
        }
        let title = l.t("Te laat op \(l.date(asOf))", "Overdue on \(l.date(asOf))")
        let late = items.filter { $0.reason != .upcoming }.count
        let note = items.isEmpty
            ? l.t("Niets te laat.", "Nothing overdue.")
            : l.count(late, ("punt te laat", "punten te laat"), ("item overdue", "items overdue"))
        return Tabular(title: title, columns: columns, rows: rows, notes: [note])
    }

    // MARK: workload

    /// The workload per owner.
    public func workload(_ loads: [OwnerWorkload]) -> Tabular {
        let l = localizer
        let columns: [Tabular.Column] = [
            .init(l.t("Eigenaar", "Owner")), .init(l.t("Trekker", "Lead"), numeric: true),
            .init(l.t("Partner", "Partner"), numeric: true), .init(l.t("Open", "Open"), numeric: true),
            .init(l.t("Te laat", "Overdue"), numeric: true), .init(l.t("Per jaar", "Per year"), numeric: true),
            .init(l.t("Budget trekker", "Budget led"), numeric: true), .init(l.t("Naam", "Name"), flexible: true, minimumWidth: 30),
        ]
        let rows = loads.map { load in
            Tabular.Row(cells: [load.key, String(load.lead), String(load.partner), String(load.open), String(load.overdue),
                                String(load.recurringPerYear)].map { Tabular.Cell($0) } + [money(load.budgetLed), Tabular.Cell(load.name)],
                        highlighted: load.overdue > 0)
        }
        return Tabular(title: l.t("Werklast per eigenaar op \(l.date(asOf))", "Workload per owner on \(l.date(asOf))"),
                       columns: columns, rows: rows)
    }

    // MARK: budget

    /// The budget of each plan (years as columns), and the combined totals when there are several.
    public func budget(_ summary: BudgetSummary) -> [Tabular] {
        let l = localizer
        var tables = summary.plans.map { report -> Tabular in
            let years = report.years.map(\.year)
            var columns: [Tabular.Column] = [.init(breakdownHeader(report.breakdown), flexible: true)]
            columns += years.map { .init(String($0), numeric: true) }
            columns.append(.init(l.t("Totaal", "Total"), numeric: true))
            var rows = report.rows.map { row in
                Tabular.Row(cells: [Tabular.Cell(row.key == row.label ? row.label : "\(row.key) \(row.label)")]
                    + years.map { money(row.amounts[$0] ?? .zero) } + [money(row.total)])
            }
            rows.append(Tabular.Row(cells: [Tabular.Cell(l.t("Totaal", "Total"))] + report.years.map { money($0.total) } + [money(report.total)],
                                    isTotal: true))
            if report.hasDeclaredTotals {
                rows.append(Tabular.Row(cells: [Tabular.Cell(l.t("Opgegeven in de bron", "Declared in the source"))]
                    + report.years.map { money($0.declared) } + [money(report.declaredTotal)], isTotal: true))
                rows.append(Tabular.Row(cells: [Tabular.Cell(l.t("Verschil", "Difference"))]
                    + report.years.map { money($0.difference) } + [money(report.declaredTotal.map { $0 - report.total })], isTotal: true))
            }
            if report.years.contains(where: { $0.spent != nil }) {
                rows.append(Tabular.Row(cells: [Tabular.Cell(l.t("Besteed (realisatie)", "Spent"))]
                    + report.years.map { money($0.spent ?? .zero) }
                    + [money(report.years.reduce(.zero) { $0 + ($1.spent ?? .zero) })], isTotal: true))
            }
            var notes = [
                l.t("Op bestaande budgetten: \(l.count(report.existingBudgetActivities, ("activiteit", "activiteiten"), ("activity", "activities"))) en \(l.count(report.existingBudgetActions, ("actie", "acties"), ("action", "actions"))) (niet in de bedragen).",
                    "On existing budgets: \(l.count(report.existingBudgetActivities, ("activiteit", "activiteiten"), ("activity", "activities"))) and \(l.count(report.existingBudgetActions, ("actie", "acties"), ("action", "actions"))) (not in the amounts)."),
            ]
            if report.actionsWithoutBudget > 0 {
                notes.append(l.t("Zonder budget in het plan: \(l.count(report.actionsWithoutBudget, ("actie", "acties"), ("action", "actions"))).",
                                 "Without a budget in the plan: \(l.count(report.actionsWithoutBudget, ("actie", "acties"), ("action", "actions")))."))
            }
            return Tabular(title: l.t("Budget — \(report.title)", "Budget — \(report.title)"), columns: columns, rows: rows, notes: notes)
        }
        if summary.plans.count > 1 {
            let years = summary.combined.map(\.year)
            let columns: [Tabular.Column] = [.init(l.t("Alle plannen", "All plans"), flexible: true)]
                + years.map { .init(String($0), numeric: true) } + [.init(l.t("Totaal", "Total"), numeric: true)]
            let total = summary.combined.reduce(Money.zero) { $0 + $1.total }
            tables.append(Tabular(title: l.t("Budget — alle plannen samen", "Budget — all plans combined"), columns: columns, rows: [
                Tabular.Row(cells: [Tabular.Cell(l.t("Totaal", "Total"))] + summary.combined.map { money($0.total) } + [money(total)],
                            isTotal: true),
            ]))
        }
        return tables
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
    public func status(_ statuses: [PlanStatus]) -> [Tabular] {
        let l = localizer
        return statuses.flatMap { status -> [Tabular] in
            let columns: [Tabular.Column] = [
                .init(l.t("Thema", "Theme"), flexible: true), .init(l.t("Acties", "Actions"), numeric: true),
                .init(l.t("Gepland", "Planned"), numeric: true), .init(l.t("Gestart", "Started"), numeric: true),
                .init(l.t("Afgerond", "Done"), numeric: true), .init(l.t("Vervallen", "Dropped"), numeric: true),
                .init(l.t("Te laat", "Overdue"), numeric: true),
            ]
            func cells(_ label: String, _ theme: ThemeStatus) -> [String] {
                [label, String(theme.actions), String(theme.planned), String(theme.started), String(theme.done),
                 String(theme.dropped), String(theme.overdue)]
            }
            var rows = status.themes.map { Tabular.Row(cells("\($0.themeID) \($0.title)", $0), highlighted: $0.overdue > 0) }
            rows.append(Tabular.Row(cells(l.t("Totaal", "Total"), status.total), isTotal: true))
            var tables = [Tabular(title: l.t("Stand van zaken op \(l.date(asOf)) — \(status.title)", "Status on \(l.date(asOf)) — \(status.title)"),
                                  columns: columns, rows: rows)]
            if !status.recurring.isEmpty {
                let recurringColumns: [Tabular.Column] = [
                    .init(l.t("Actie", "Action")), .init(l.t("Planning", "Planning")),
                    .init(l.t("Gedaan", "Held"), numeric: true), .init(l.t("Verwacht nu", "Expected now"), numeric: true),
                    .init(l.t("Vereist", "Required"), numeric: true), .init(l.t("Omschrijving", "Title"), flexible: true, minimumWidth: 30),
                ]
                tables.append(Tabular(
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

    // MARK: list

    /// The actions found.
    public func list(_ actions: [ListedAction], plans: Int) -> Tabular {
        let l = localizer
        var columns: [Tabular.Column] = []
        if plans > 1 { columns.append(.init(l.t("Plan", "Plan"))) }
        columns += [.init(l.t("Actie", "Action")), .init(l.t("Planning", "Planning")), .init(l.t("Termijn", "Due")),
                    .init(l.t("Eigenaren", "Owners"), flexible: true), .init(l.t("Omschrijving", "Title"), flexible: true, minimumWidth: 30)]
        let rows = actions.map { listed -> Tabular.Row in
            let action = listed.action
            var cells: [String] = plans > 1 ? [listed.planID] : []
            cells += [action.id, action.schedule.text, action.schedule.dueDate?.description ?? ""]
            return Tabular.Row(cells: cells.map { Tabular.Cell($0) } + [ownersCell(action.ownersLeadFirst), Tabular.Cell(action.title)])
        }
        return Tabular(title: nil, columns: columns, rows: rows,
                       notes: [l.count(actions.count, ("actie", "acties"), ("action", "actions"))])
    }
}
