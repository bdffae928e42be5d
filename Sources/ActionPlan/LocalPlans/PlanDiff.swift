import ActionPlanCore
import ActionPlanFiles
import Foundation

/// What changed between two versions of a plan: actions added, removed, reworded, rescheduled,
/// re-owned and re-budgeted; themes added, removed and renamed. Actions and themes are matched by id.
package struct PlanDiff: Sendable {
    /// One change.
    package struct Change: Sendable, Hashable {
        /// What kind of change.
        package enum Kind: String, Sendable, Hashable {
            case themeAdded = "theme_added", themeRemoved = "theme_removed", themeRenamed = "theme_renamed"
            case added, removed, reworded, rescheduled, reowned = "re_owned", rebudgeted = "re_budgeted"
        }

        /// The kind.
        package var kind: Kind
        /// The id of the action or theme.
        package var id: String
        /// The old value, as text (nil for additions).
        package var old: String?
        /// The new value, as text (nil for removals).
        package var new: String?
        /// For reworded texts: the words kept, removed and added.
        package var words: [WordChange]
        /// For added and re-owned actions: the owners' registry keys, lead first (after the change),
        /// and before it (re-owned only).
        package var ownerKeys: [String] = []
        package var oldOwnerKeys: [String] = []
        /// For added and re-owned actions in `plan diff --upstream`: whether the action names the local
        /// plan's municipality after the change (nil when not compared for a municipality).
        package var namesMunicipality: Bool?
        /// For re-owned actions in `plan diff --upstream`: whether it named the municipality before.
        package var namedMunicipalityBefore: Bool?
        /// For re-budgeted actions: the budget before and after, for people (`old` and `new` hold the
        /// same in the fixed form JSON readers rely on: "2025: 15000.00").
        package var oldBudget: BudgetSummary?
        package var newBudget: BudgetSummary?

        /// Creates a change.
        init(kind: Kind, id: String, old: String?, new: String?, words: [WordChange], ownerKeys: [String] = [], oldOwnerKeys: [String] = []) {
            self.kind = kind
            self.id = id
            self.old = old
            self.new = new
            self.words = words
            self.ownerKeys = ownerKeys
            self.oldOwnerKeys = oldOwnerKeys
        }
    }

    /// Marks the added and re-owned actions that name (or stop naming) a municipality, by the
    /// regional owners that stand for it.
    package mutating func markMunicipality(_ owners: Set<String>) {
        for index in changes.indices where changes[index].kind == .added || changes[index].kind == .reowned {
            changes[index].namesMunicipality = changes[index].ownerKeys.contains(where: owners.contains)
            if changes[index].kind == .reowned {
                changes[index].namedMunicipalityBefore = changes[index].oldOwnerKeys.contains(where: owners.contains)
            }
        }
    }

    /// An action's budget as the diff compares it: existing budgets used or not, and the amount per plan year (none for zero).
    package struct BudgetSummary: Sendable, Hashable {
        package var usesExisting: Bool
        package var amounts: [Int: Money]
    }

    /// A run of words in a word-by-word comparison.
    package struct WordChange: Sendable, Hashable {
        /// Kept, removed or added.
        package enum Kind: String, Sendable, Hashable { case same, removed, added }
        /// Which.
        package var kind: Kind
        /// The words, joined by spaces.
        package var text: String
    }

    /// The old plan's id.
    package var oldPlanID: String
    /// The new plan's id.
    package var newPlanID: String
    /// The changes, themes first, then actions in the new plan's order (removed ones where they were).
    package var changes: [Change]

    /// Whether the two versions are the same in everything compared.
    package var isEqual: Bool { changes.isEmpty }

    /// Compares two versions of a plan.
    package init(old: Plan, new: Plan) {
        oldPlanID = old.metadata.id
        newPlanID = new.metadata.id
        var changes: [Change] = []
        let oldThemes = Dictionary(old.themes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let newThemeIDs = Set(new.themes.map(\.id))
        for theme in new.themes {
            if let before = oldThemes[theme.id] {
                if before.title != theme.title {
                    changes.append(Change(kind: .themeRenamed, id: theme.id, old: before.title, new: theme.title,
                                          words: Self.words(before.title, theme.title)))
                }
            } else {
                changes.append(Change(kind: .themeAdded, id: theme.id, old: nil, new: theme.title, words: []))
            }
        }
        for theme in old.themes where !newThemeIDs.contains(theme.id) {
            changes.append(Change(kind: .themeRemoved, id: theme.id, old: theme.title, new: nil, words: []))
        }
        let oldActions = Dictionary(old.actions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let newIDs = Set(new.actions.map(\.id))
        let oldPeriod = old.metadata.period, newPeriod = new.metadata.period
        for action in new.actions {
            guard let before = oldActions[action.id] else {
                changes.append(Change(kind: .added, id: action.id, old: nil, new: action.title, words: [], ownerKeys: action.ownersLeadFirst.map(\.key)))
                continue
            }
            if before.title != action.title {
                changes.append(Change(kind: .reworded, id: action.id, old: before.title, new: action.title,
                                      words: Self.words(before.title, action.title)))
            }
            if before.schedule.text != action.schedule.text || before.schedule.kind != action.schedule.kind {
                changes.append(Change(kind: .rescheduled, id: action.id, old: before.schedule.text, new: action.schedule.text, words: []))
            }
            let ownersBefore = before.ownersText, ownersAfter = action.ownersText
            if ownersBefore != ownersAfter {
                changes.append(Change(kind: .reowned, id: action.id, old: ownersBefore, new: ownersAfter, words: [],
                                      ownerKeys: action.ownersLeadFirst.map(\.key), oldOwnerKeys: before.ownersLeadFirst.map(\.key)))
            }
            let budgetBefore = Self.budget(before.budget, period: oldPeriod), budgetAfter = Self.budget(action.budget, period: newPeriod)
            if budgetBefore != budgetAfter {
                var change = Change(kind: .rebudgeted, id: action.id, old: Self.budgetText(budgetBefore), new: Self.budgetText(budgetAfter), words: [])
                change.oldBudget = budgetBefore
                change.newBudget = budgetAfter
                changes.append(change)
            }
        }
        for action in old.actions where !newIDs.contains(action.id) {
            changes.append(Change(kind: .removed, id: action.id, old: action.title, new: nil, words: []))
        }
        self.changes = changes
    }

    static func budget(_ budget: Budget?, period: PlanPeriod) -> BudgetSummary? {
        guard let budget else { return nil }
        var amounts: [Int: Money] = [:]
        for year in period.years {
            let amount = budget.amount(in: year, period: period)
            if amount != .zero { amounts[year] = amount }
        }
        return BudgetSummary(usesExisting: budget.usesExisting, amounts: amounts)
    }

    /// The fixed form of `old`/`new` in JSON: "existing, 2025: 15000.00", or "-" for no budget.
    static func budgetText(_ summary: BudgetSummary?) -> String {
        guard let summary else { return "-" }
        let years = summary.amounts.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value.decimalString)" }
        return ((summary.usesExisting ? ["existing"] : []) + years).joined(separator: ", ")
    }

    /// Texts with more words than this (old and new together) are not compared word by word but
    /// reported as replaced whole: comparing takes time and memory that grow with the square of
    /// the number of words changed, and no reader follows a word diff of a thousand words.
    package static let maximumComparedWords = 1_000

    /// A word-by-word comparison (the standard library's shortest edit script over words).
    static func words(_ old: String, _ new: String) -> [WordChange] {
        let a = old.split(separator: " ").map(String.init), b = new.split(separator: " ").map(String.init)
        var result: [WordChange] = []
        func add(_ kind: WordChange.Kind, _ word: String) {
            if let last = result.last, last.kind == kind { result[result.count - 1].text += " " + word } else { result.append(WordChange(kind: kind, text: word)) }
        }
        guard a.count + b.count <= maximumComparedWords else {
            if !a.isEmpty { result.append(WordChange(kind: .removed, text: a.joined(separator: " "))) }
            if !b.isEmpty { result.append(WordChange(kind: .added, text: b.joined(separator: " "))) }
            return result
        }
        var removed = Set<Int>(), inserted = Set<Int>()
        for change in b.difference(from: a) {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, removed.contains(i) {
                add(.removed, a[i]); i += 1
            } else if j < b.count, inserted.contains(j) {
                add(.added, b[j]); j += 1
            } else if i < a.count, j < b.count {
                add(.same, a[i]); i += 1; j += 1
            } else {
                break // cannot happen: what is neither removed nor inserted is common to both
            }
        }
        return result
    }
}
