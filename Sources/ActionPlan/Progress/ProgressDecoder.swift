import ActionPlanCore

/// Turns a progress file's YAML tree into entries, checking each against the plan.
final class ProgressDecoder: NodeReader {
    static let entryKeys = ["action", "date", "recorded", "status", "occurrence", "spent", "year", "note", "replan", "retracts", "by"]

    private let plan: Plan
    private let today: CalendarDate
    private let actions: [String: Action]
    /// Whether progress that no longer fits the plan is kept as history of an older planning (a
    /// warning) rather than refused (an error): for a local plan, whose regional actions change
    /// when the region revises its plan, and for the region's progress as a local plan sees it.
    private let keepsHistory: Bool

    init(source: SourceText, plan: Plan, today: CalendarDate, keepsHistory: Bool = false) {
        self.plan = plan
        self.today = today
        self.keepsHistory = keepsHistory
        self.actions = Dictionary(plan.actions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        super.init(source: source)
    }

    /// The entries of the file, in the order written.
    func decode(_ root: YAMLNode?) -> [ProgressEntry] {
        guard let root else { return [] }
        guard case .sequence(let sequence) = root else {
            if case .scalar(let scalar) = root, scalar.text.isEmpty { return [] }
            error(.progressNotAList, Messages.progressNotAList(found: describe(root)), at: root, hint: Messages.progressNotAListHint)
            return []
        }
        let entries = sequence.items.compactMap(decodeEntry)
        for entry in Retractions.withdrawingNothing(entries) {
            guard let location = entry.location, let day = entry.retracts else { continue }
            error(.retractsNothing, Messages.retractsNothing(entry.actionID, day: "\(day)"), at: location, hint: Messages.retractsNothingHint)
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
            error(.moneyOverflow, Messages.spentOverflow("\(BudgetSumRule.largest)"), at: location, hint: Messages.checkAmountSpent)
            return
        }
    }

    private func decodeEntry(_ node: YAMLNode) -> ProgressEntry? {
        guard let mapping = mapping(node, "a progress entry", example: .same("- action: \"2.2\"\n  date: 2025-02-10\n  occurrence: true")) else { return nil }
        var actionID: String?, actionNode: YAMLNode?, date: CalendarDate?, dateNode: YAMLNode?, status: StatusWord?
        var occurrence = false, occurrenceNode: YAMLNode?, spent: Money?, year: Int?, yearNode: YAMLNode?, note: String?
        var recorded: CalendarDate?, recordedNode: YAMLNode?, replanText: String?, replanNode: YAMLNode?
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
                        error(.unknownStatus, Messages.unknownStatus(NodeReader.shorten(word)), at: value, hint: Messages.writeOneOf(StatusWord.accepted))
                    }
                }
            case "occurrence":
                occurrenceNode = value
                occurrence = flag(value, "'occurrence'", hint: Messages.occurrenceHint) ?? false
            case "spent": spent = money(value, "the amount spent")
            case "year":
                year = self.year(value, "the budget year of the amount spent")
                yearNode = value
            case "note": note = text(value, "the note")
            case "recorded":
                recorded = self.date(value, "the day the entry was recorded")
                recordedNode = value
            case "replan":
                replanText = nonEmptyText(value, "the revised planning")
                replanNode = value
            case "retracts": retracts = self.date(value, "the day of the entries withdrawn")
            case "by": reportedBy = nonEmptyText(value, "who reported it")
            default: break
            }
        }
        requireKeys(["action", "date"], of: walk, in: "a progress entry", at: node)
        guard let actionID, let actionNode, let date, let dateNode else { return nil }
        let action = actions[actionID]
        var isHistory = false
        if action == nil {
            let nearest = Suggestions.nearest(to: actionID, in: plan.actions.map(\.id), count: 3).joined(separator: ", ")
            guard keepsHistory else {
                report(Diagnostic(.error, .progressUnknownAction, Messages.progressUnknownAction(actionID), at: location(actionNode),
                                  hint: Messages.nearestIDs(nearest)))
                return nil
            }
            report(Diagnostic(.warning, .progressOfEarlierPlanning, Messages.historyActionGone(actionID), at: location(actionNode),
                              hint: Messages.historyActionGoneHint(actionID, nearest: nearest)))
            isHistory = true
        }
        let period = plan.metadata.period
        if !period.contains(date) {
            error(.progressDateOutsidePeriod, Messages.dateOutsidePeriod("\(date)", first: period.firstYear, last: period.lastYear), at: dateNode,
                  hint: Messages.dateOutsidePeriodHint)
        } else if date > today {
            error(.progressDateAfterToday, Messages.dateAfterToday("\(date)", today: "\(today)"), at: dateNode, hint: Messages.dateAfterTodayHint)
        }
        if occurrence, let action {
            if case .recurring(let recurrence) = action.schedule.kind {
                if let years = recurrence.years(in: period), !years.contains(date.year), keepsHistory {
                    // The planning now starts later (or ends earlier): the occurrence was of the old planning.
                    report(Diagnostic(.warning, .progressOfEarlierPlanning, Messages.historyOccurrenceOutside(actionID, date: "\(date)", planning: action.schedule.text),
                                      at: location(occurrenceNode ?? node), hint: Messages.historyOccurrenceHint(actionID, planPath: plan.path)))
                    occurrence = false
                    isHistory = true
                }
            } else if keepsHistory {
                report(Diagnostic(.warning, .progressOfEarlierPlanning, Messages.historyOccurrenceNotRecurring(actionID, planning: action.schedule.text),
                                  at: location(occurrenceNode ?? node), hint: Messages.historyOccurrenceHint(actionID, planPath: plan.path)))
                occurrence = false
                isHistory = true
            } else {
                error(.occurrenceNotRecurring, Messages.occurrenceNotRecurring(actionID, planning: action.schedule.text),
                      at: occurrenceNode ?? node, hint: Messages.occurrenceNotRecurringHint)
            }
        }
        if let year, let yearNode {
            if spent == nil { error(.entryEmpty, Messages.yearWithoutSpent, at: yearNode, hint: Messages.yearWithoutSpentHint) }
            if !period.years.contains(year) {
                error(.progressDateOutsidePeriod, Messages.budgetYearOutsidePeriod(year, first: period.firstYear, last: period.lastYear), at: yearNode)
            }
        }
        if let recorded, let recordedNode {
            if recorded > today {
                error(.progressDateAfterToday, Messages.recordedAfterToday("\(recorded)", today: "\(today)"), at: recordedNode,
                      hint: Messages.recordedAfterTodayHint)
            } else if recorded < date {
                error(.recordedBeforeDate, Messages.recordedBeforeDate("\(recorded)", date: "\(date)"), at: recordedNode,
                      hint: Messages.recordedBeforeDateHint)
            }
        }
        var replan: Schedule?
        if let replanText, let replanNode, let action { replan = decodeReplan(replanText, at: replanNode, of: action, on: date) }
        if status == nil, !occurrence, !isHistory, spent == nil, note == nil, replanText == nil, !walk.present.contains("status"), !walk.present.contains("note"),
           !walk.present.contains("replan"), !walk.present.contains("retracts") {
            error(.entryEmpty, Messages.entryRecordsNothing, at: node, hint: Messages.entryRecordsNothingHint)
        }
        var entry = ProgressEntry(actionID: actionID, date: date, status: status?.status, isOccurrence: occurrence, spent: spent,
                                  spentYear: year, note: note, reopens: status == .reopened, replan: replan, recorded: recorded,
                                  location: location(node))
        entry.isHistory = isHistory
        entry.retracts = retracts
        entry.reportedBy = reportedBy
        return entry
    }

    /// A revised planning: parsed by the plan's planning grammar, within the plan period (the
    /// diagnostics a plan's own planning gets), a new due date for a one-off or not yet scheduled
    /// action, and not due before the day it was decided.
    private func decodeReplan(_ text: String, at node: YAMLNode, of action: Action, on date: CalendarDate) -> Schedule? {
        let context = PlanningParser.Context(adoptedOn: plan.metadata.adoption?.date, period: plan.metadata.period)
        let schedule: Schedule
        switch PlanningParser.parse(text, context: context) {
        case .success(let parsed): schedule = parsed
        case .failure(let failure):
            error(failure.code, failure.message, at: node, hint: failure.hintText)
            return nil
        }
        switch action.schedule.kind {
        case .recurring, .ongoing, .ongoingFrom:
            error(.badReplan, Messages.replanOfRecurring(action.id, kind: action.schedule.kindName, planning: action.schedule.text),
                  at: node, hint: Messages.replanOfRecurringHint)
            return nil
        case .deadline, .unscheduled, .noPlanning: break
        }
        guard case .deadline = schedule.kind, let due = schedule.dueDate else {
            error(.badReplan, Messages.replanWithoutDue(NodeReader.shorten(text), kind: schedule.kindName), at: node, hint: Messages.replanWithoutDueHint)
            return nil
        }
        if let problem = PlanPeriodRule.outsidePeriod(schedule, of: Messages.subject("the revised planning"), period: plan.metadata.period, at: location(node)) {
            report(problem)
            return nil
        }
        if due < date {
            error(.badReplan, Messages.replanBeforeDate(NodeReader.shorten(text), due: "\(due)", date: "\(date)"), at: node,
                  hint: Messages.replanBeforeDateHint)
            return nil
        }
        return schedule
    }
}
