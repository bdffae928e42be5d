import ActionPlanCore
import Yams

/// Turns a progress file's YAML tree into entries, checking each against the plan.
final class ProgressDecoder: NodeReader {
    static let entryKeys = ["action", "date", "status", "occurrence", "spent", "year", "note", "retracts", "by"]

    private let plan: Plan
    private let today: CalendarDate
    private let actions: [String: Action]

    init(source: SourceText, plan: Plan, today: CalendarDate) {
        self.plan = plan
        self.today = today
        self.actions = Dictionary(plan.actions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        super.init(source: source)
    }

    /// The entries of the file, in the order written.
    func decode(_ root: Node?) -> [ProgressEntry] {
        guard let root else { return [] }
        if isAnchored(root) { return [] }
        guard case .sequence(let sequence) = root else {
            if case .scalar(let scalar) = root, scalar.string.isEmpty { return [] }
            error(.progressNotAList, "a progress file should be a list of entries, found \(describe(root))", at: root,
                  hint: "each entry starts with '- action: \"2.2\"' and has a date")
            return []
        }
        let entries = sequence.compactMap(decodeEntry)
        for entry in Retractions.withdrawingNothing(entries) {
            guard let location = entry.location, let day = entry.retracts else { continue }
            error(.retractsNothing, "this entry withdraws the entries of '\(entry.actionID)' on \(day), but there are none before it",
                  at: location, hint: "give the date of the entry to withdraw, as 'plan show' lists it")
        }
        // The rules hold for what is in force: a withdrawn 'done' does not close the action.
        let inForce = Retractions.marking(entries).filter { !$0.isWithdrawn && !$0.isRetractionOnly }
        for diagnostic in ProgressHistoryRules.check(inForce) { report(diagnostic) }
        checkSpentTotal(entries)
        return entries
    }

    /// The money spent adds up within what the tool can count. Amounts are at least zero, so every
    /// sum a query makes (per action and year, per year, over the period, up to any date) is at most
    /// the sum of all of them.
    private func checkSpentTotal(_ entries: [ProgressEntry]) {
        var total = Money.zero
        for entry in entries {
            guard let spent = entry.spent, let location = entry.location else { continue }
            total = total + spent
            guard total.isOverflow else { continue }
            error(.moneyOverflow, "with this entry the money spent adds up to more than \(BudgetSumRule.largest), the most this tool can count",
                  at: location, hint: "check the amount spent")
            return
        }
    }

    private func decodeEntry(_ node: Node) -> ProgressEntry? {
        guard let mapping = mapping(node, "a progress entry", example: "- action: \"2.2\"\n  date: 2025-02-10\n  occurrence: true") else { return nil }
        var actionID: String?, actionNode: Node?, date: CalendarDate?, dateNode: Node?, status: StatusWord?
        var occurrence = false, occurrenceNode: Node?, spent: Money?, year: Int?, yearNode: Node?, note: String?
        var retracts: CalendarDate?, reportedBy: String?
        let walk = forEachEntry(of: mapping, in: "a progress entry", keys: Self.entryKeys) { key, value, _ in
            switch key {
            case "action":
                actionID = nonEmptyText(value, "the entry's action")
                actionNode = value
            case "date":
                date = self.date(value, "the entry's date")
                dateNode = value
            case "status":
                if let word = text(value, "the entry's status") {
                    status = StatusWord(word: word)
                    if status == nil {
                        error(.unknownStatus, "unknown status '\(NodeReader.shorten(word))'", at: value, hint: "write one of: " + StatusWord.accepted)
                    }
                }
            case "occurrence":
                occurrenceNode = value
                occurrence = flag(value, "'occurrence'", hint: "write occurrence: true for a meeting held or a yearly action carried out") ?? false
            case "spent": spent = money(value, "the amount spent")
            case "year":
                year = self.year(value, "the budget year of the amount spent")
                yearNode = value
            case "note": note = text(value, "the note")
            case "retracts": retracts = self.date(value, "the day of the entries withdrawn")
            case "by": reportedBy = nonEmptyText(value, "who reported it")
            default: break
            }
        }
        requireKeys(["action", "date"], of: walk, in: "a progress entry", at: node)
        guard let actionID, let actionNode, let date, let dateNode else { return nil }
        guard let action = actions[actionID] else {
            let nearest = Suggestions.nearest(to: actionID, in: plan.actions.map(\.id), count: 3)
            error(.progressUnknownAction, "the plan has no action '\(actionID)'", at: actionNode,
                  hint: "the nearest ids are: " + nearest.joined(separator: ", "))
            return nil
        }
        let period = plan.metadata.period
        if !period.contains(date) {
            error(.progressDateOutsidePeriod, "\(date) lies outside the plan period \(period.firstYear)-\(period.lastYear)", at: dateNode,
                  hint: "progress is recorded for days within the plan period")
        } else if date > today {
            error(.progressDateAfterToday, "\(date) is after today (\(today))", at: dateNode, hint: "record what has happened; plans for later belong in the plan")
        }
        if occurrence, case .recurring = action.schedule.kind {} else if occurrence {
            error(.occurrenceNotRecurring, "action '\(actionID)' is not recurring ('\(action.schedule.text)'), so it has no occurrences",
                  at: occurrenceNode ?? node, hint: "record a status (started, done) or a note instead")
        }
        if let year, let yearNode {
            if spent == nil { error(.entryEmpty, "'year' belongs with 'spent'", at: yearNode, hint: "give the amount spent with spent: …") }
            if !period.years.contains(year) {
                error(.progressDateOutsidePeriod, "the budget year \(year) lies outside the plan period \(period.firstYear)-\(period.lastYear)", at: yearNode)
            }
        }
        if status == nil, !occurrence, spent == nil, note == nil, !walk.present.contains("status"), !walk.present.contains("note"),
           !walk.present.contains("retracts") {
            error(.entryEmpty, "the entry records nothing", at: node, hint: "add a note, a status, 'occurrence: true' or an amount spent")
        }
        var entry = ProgressEntry(actionID: actionID, date: date, status: status?.status, isOccurrence: occurrence, spent: spent,
                                  spentYear: year, note: note, reopens: status == .reopened, location: location(node))
        entry.retracts = retracts
        entry.reportedBy = reportedBy
        return entry
    }
}
