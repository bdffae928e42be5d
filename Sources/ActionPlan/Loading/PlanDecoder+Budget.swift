import ActionPlanCore

extension PlanDecoder {
    static let budgetLineKeys = ["label", "existing", "amounts", "per_year", "total", "years", "source", "text", "notes"]

    /// `existing`, `p.m.`, a structural amount as the source writes it, one budget line, or a list of lines.
    func decodeBudget(_ node: YAMLNode) -> Budget? {
        switch node {
        case .scalar(let scalar):
            let here = location(node)
            if Self.existingWords.contains(TextFolding.fold(scalar.text)) {
                return Budget(lines: [BudgetLine(allocation: .existing, text: scalar.text, location: here)], location: here)
            }
            if Self.isToBeSet(scalar.text) {
                return Budget(lines: [BudgetLine(allocation: .toBeSet, text: scalar.text, location: here)], location: here)
            }
            switch structuralAmount(scalar.text, at: node) {
            case .some(.some(let amount)):
                return Budget(lines: [BudgetLine(allocation: .perYear(amount, years: nil), text: scalar.text, location: here)], location: here)
            case .some(.none):
                return nil  // the amount's problem is reported
            case .none:
                break
            }
            if case .success = MoneyParser.parse(scalar.text) {
                // An amount without its years: the three ways to say which, with the writer's own amount.
                let amount = QuotedText.quoted(scalar.text)
                error(.badBudget, Messages.amountWithoutYears(NodeReader.shorten(scalar.text)), at: node,
                      hint: Messages.amountWithoutYearsHint(amount, firstYear: period.firstYear))
                return nil
            }
            error(.badBudget, Messages.badBudget(NodeReader.shorten(scalar.text)), at: node, hint: Messages.badBudgetHint)
            return nil
        case .mapping:
            return decodeBudgetLine(node).map { Budget(lines: [$0], location: location(node)) }
        case .sequence(let sequence):
            let lines = sequence.items.compactMap(decodeBudgetLine)
            if sequence.items.isEmpty { error(.badBudget, Messages.emptyBudgetList, at: node, hint: Messages.emptyBudgetListHint) }
            return lines.isEmpty ? nil : Budget(lines: lines, location: location(node))
        }
    }

    /// The words that mean existing budgets.
    static let existingWords: Set<String> = ["existing", "bestaande budgetten", "bestaande middelen", "bestaand budget"]

    /// Whether a budget or amount is `p.m.` (pro memorie: an amount still to be set).
    static func isToBeSet(_ text: String) -> Bool {
        let folded = TextFolding.fold(text).filter { $0 != "." && $0 != " " }
        return ["pm", "promemorie", "tbd", "tobedetermined"].contains(folded)
    }

    /// The words that make an amount structural (the same every plan year): "structureel € 50.000 per jaar".
    static let structuralWords = ["structureel", "structurally", "structural", "per jaar", "per year", "a year", "jaarlijks", "annually", "p.j.", "pj"]

    /// "structureel € 50.000 per jaar", "€ 50.000 per jaar", "jaarlijks € 8.000": an amount in every plan year;
    /// nil (nothing reported) when the text names no such word; `.some(nil)` after reporting an amount that is not one.
    func structuralAmount(_ text: String, at node: YAMLNode) -> Money?? {
        // Every word above has an ASCII letter; most amounts ("€ 25.000") have none.
        guard text.utf8.contains(where: { (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }) else { return nil }
        var rest = " " + text.lowercased() + " "
        var found = false
        for word in Self.structuralWords {
            while let range = rest.range(of: " \(word) ") {
                rest.replaceSubrange(range, with: " ")
                found = true
            }
        }
        guard found else { return nil }
        let amount = rest.trimmingSpaces()
        // Reported as any amount is, with its reason, when it is not one.
        return .some(money(amount, "the structural amount", at: node))
    }

    private func decodeBudgetLine(_ node: YAMLNode) -> BudgetLine? {
        guard let mapping = mapping(node, "a budget line", example: .same("label: …\namounts: {2023: \"€ 50.000,00\"}\nsource: DU VO")) else { return nil }
        var label: String?, existing = false, existingIsInvalid = false, amounts: [YearAmount]?, perYear: Money?, total: Money?
        var years: ClosedRange<Int>?
        var yearsNode: YAMLNode?, fundingSource: String?, text: String?, notes: String?
        let walk = forEachEntry(of: mapping, in: "a budget line", keys: Self.budgetLineKeys) { key, value, _ in
            switch key {
            case "label": label = nonEmptyText(value, "the budget line's label")
            case "existing":
                if let value = flag(value, "'existing'", hint: Messages.existingHint) {
                    existing = value
                } else {
                    existingIsInvalid = true
                }
            case "amounts": amounts = decodeYearAmounts(value, "the budget's amounts")
            case "per_year": perYear = money(value, "the amount per year")
            case "total": total = money(value, "the total")
            case "years":
                yearsNode = value
                if let period = decodePeriod(value) { years = period.years }
            case "source": fundingSource = nonEmptyText(value, "the funding source")
            case "text": text = self.text(value, "the budget's text")
            case "notes": notes = self.text(value, "the budget's notes")
            default: break
            }
        }
        let forms = [existing, walk.present.contains("amounts"), walk.present.contains("per_year"), walk.present.contains("total")]
            .filter { $0 }.count
        if forms == 0 && !existingIsInvalid {
            error(.badBudget, Messages.budgetLineWithoutForm, at: node, hint: Messages.budgetLineWithoutFormHint)
            return nil
        }
        if forms > 1 {
            error(.badBudget, Messages.budgetLineTwoForms, at: node, hint: Messages.budgetLineTwoFormsHint)
            return nil
        }
        if let yearsNode, !walk.present.contains("per_year"), !walk.present.contains("total") {
            error(.badBudget, Messages.yearsWithoutPerYear, at: yearsNode, hint: Messages.yearsWithoutPerYearHint)
        }
        let allocation: BudgetLine.Allocation
        if existing {
            allocation = .existing
        } else if let amounts {
            allocation = .amounts(amounts)
        } else if let perYear {
            allocation = .perYear(perYear, years: years)
        } else if let total {
            allocation = .total(total, years: years)
        } else {
            return nil
        }
        return BudgetLine(label: label, allocation: allocation, fundingSource: fundingSource, text: text, notes: notes,
                          location: location(node))
    }
}
