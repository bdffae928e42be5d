import ActionPlanCore

extension PlanDecoder {
    static let budgetLineKeys = ["label", "existing", "amounts", "per_year", "years", "source", "text", "notes"]

    /// `existing`, one budget line, or a list of lines.
    func decodeBudget(_ node: YAMLNode) -> Budget? {
        switch node {
        case .scalar(let scalar):
            guard Self.existingWords.contains(TextFolding.fold(scalar.text)) else {
                error(.badBudget, "a budget should be 'existing', or amounts per year, found '\(NodeReader.shorten(scalar.text))'", at: node,
                      hint: "budget: existing\nor: budget: {amounts: {2024: \"€ 25.000\"}}\nor: budget: {per_year: \"€ 8.000\", years: 2022-2025}")
                return nil
            }
            return Budget(lines: [BudgetLine(allocation: .existing, text: scalar.text, location: location(node))], location: location(node))
        case .mapping:
            return decodeBudgetLine(node).map { Budget(lines: [$0], location: location(node)) }
        case .sequence(let sequence):
            let lines = sequence.items.compactMap(decodeBudgetLine)
            if sequence.items.isEmpty { error(.badBudget, "the budget list is empty", at: node, hint: "write 'budget: existing' or leave 'budget' out") }
            return lines.isEmpty ? nil : Budget(lines: lines, location: location(node))
        }
    }

    /// The words that mean existing budgets.
    static let existingWords: Set<String> = ["existing", "bestaande budgetten", "bestaande middelen", "bestaand budget"]

    private func decodeBudgetLine(_ node: YAMLNode) -> BudgetLine? {
        guard let mapping = mapping(node, "a budget line", example: "label: …\namounts: {2023: \"€ 50.000,00\"}\nsource: DU VO") else { return nil }
        var label: String?, existing = false, existingIsInvalid = false, amounts: [YearAmount]?, perYear: Money?, years: ClosedRange<Int>?
        var yearsNode: YAMLNode?, fundingSource: String?, text: String?, notes: String?
        let walk = forEachEntry(of: mapping, in: "a budget line", keys: Self.budgetLineKeys) { key, value, _ in
            switch key {
            case "label": label = nonEmptyText(value, "the budget line's label")
            case "existing":
                if let value = flag(value, "'existing'", hint: "write existing: true for a line on existing budgets (bestaande budgetten)") {
                    existing = value
                } else {
                    existingIsInvalid = true
                }
            case "amounts": amounts = decodeYearAmounts(value, "the budget's amounts")
            case "per_year": perYear = money(value, "the amount per year")
            case "years":
                yearsNode = value
                if let period = decodePeriod(value) { years = period.years }
            case "source": fundingSource = nonEmptyText(value, "the funding source")
            case "text": text = self.text(value, "the budget's text")
            case "notes": notes = self.text(value, "the budget's notes")
            default: break
            }
        }
        let forms = [existing, walk.present.contains("amounts"), walk.present.contains("per_year")].filter { $0 }.count
        if forms == 0 && !existingIsInvalid {
            error(.badBudget, "a budget line needs 'existing: true', 'amounts' or 'per_year'", at: node,
                  hint: "amounts: {2024: \"€ 25.000\"}, or per_year: \"€ 8.000\" with years: 2022-2025")
            return nil
        }
        if forms > 1 {
            error(.badBudget, "a budget line has one of 'existing', 'amounts' and 'per_year'", at: node,
                  hint: "split it into a list of lines, one for each")
            return nil
        }
        if let yearsNode, !walk.present.contains("per_year") {
            error(.badBudget, "'years' belongs with 'per_year'", at: yearsNode, hint: "for amounts in named years, write amounts: {2023: …, 2024: …}")
        }
        let allocation: BudgetLine.Allocation
        if existing {
            allocation = .existing
        } else if let amounts {
            allocation = .amounts(amounts)
        } else if let perYear {
            allocation = .perYear(perYear, years: years)
        } else {
            return nil
        }
        return BudgetLine(label: label, allocation: allocation, fundingSource: fundingSource, text: text, notes: notes,
                          location: location(node))
    }
}
