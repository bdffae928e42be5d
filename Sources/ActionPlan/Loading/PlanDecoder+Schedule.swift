import ActionPlanCore

extension PlanDecoder {
    static let explicitScheduleKeys = ["text", "kind", "start", "due", "times_per_year", "due_in_year"]

    /// What a planning phrase of this plan may refer to: its adoption date, period and language.
    var planningContext: PlanningParser.Context {
        PlanningParser.Context(adoptedOn: adoptionDate, period: periodIsKnown ? period : nil, language: planLanguage)
    }

    /// A planning phrase, parsed once per distinct text.
    func parseSchedule(_ text: String) -> Result<Schedule, PlanningParser.Failure> {
        if let cached = scheduleCache[text] { return cached }
        let context = planningContext
        let result = PlanningParser.parse(text, context: context, closestForms: false)
        scheduleCache[text] = result
        return result
    }

    /// A planning: a phrase, or the explicit form `{text, kind, …}`.
    func decodeSchedule(_ node: YAMLNode) -> Schedule? {
        switch node {
        case .scalar(let scalar):
            switch parseSchedule(scalar.text) {
            case .success(let schedule):
                if schedule.kind == .noPlanning {
                    warning(.noPlanning, Messages.noPlanningGiven(scalar.text), at: location(node), hint: Messages.noPlanningGivenHint(scalar.text))
                }
                return schedule
            case .failure(let failure):
                error(failure.code, failure.message, at: node,
                      hint: failure.hintText ?? PlanningParser.closestFormsHint(for: scalar.text.trimmingCharacters(in: .whitespaces), context: planningContext))
                return nil
            }
        case .mapping(let mapping):
            return decodeExplicitSchedule(mapping, node: node)
        default:
            error(.wrongType, Messages.planningShouldBeText(found: describe(node)), at: node, hint: Messages.planningShouldBeTextHint)
            return nil
        }
    }

    private func decodeExplicitSchedule(_ mapping: YAMLMapping, node: YAMLNode) -> Schedule? {
        var text: String?, kindName: String?, kindNode: YAMLNode?, start: CalendarDate?, due: CalendarDate?, dueNode: YAMLNode?
        var times: Int?, dueInYear: (Int, Int)?
        let walk = forEachEntry(of: mapping, in: "an explicit planning", keys: Self.explicitScheduleKeys) { key, value, _ in
            switch key {
            case "text": text = self.text(value, "the planning's text")
            case "kind":
                kindName = self.text(value, "the planning's kind")
                kindNode = value
            case "start": start = date(value, "the planning's start")
            case "due":
                due = date(value, "the planning's due date")
                dueNode = value
            case "times_per_year":
                if let raw = self.text(value, "'times_per_year'") {
                    if let number = Int(raw), number >= 1, number <= 366, raw.allSatisfy(\.isNumber) {
                        times = number
                    } else {
                        error(.badExplicitPlanning, Messages.badTimesPerYear(NodeReader.shorten(raw)), at: value, hint: Messages.badTimesPerYearHint)
                    }
                }
            case "due_in_year":
                if let raw = self.text(value, "'due_in_year'") {
                    let parts = raw.split(separator: "-")
                    if parts.count == 2, raw.count == 5, let month = Int(parts[0]), let day = Int(parts[1]),
                       CalendarDate(year: 2024, month: month, day: day) != nil, !(month == 2 && day == 29) {
                        dueInYear = (month, day)
                    } else {
                        error(.badExplicitPlanning, Messages.badDueInYear(NodeReader.shorten(raw)), at: value, hint: Messages.badDueInYearHint)
                    }
                }
            default: break
            }
        }
        requireKeys(["text", "kind"], of: walk, in: "an explicit planning", at: node)
        guard let text, let kindName, let kindNode else { return nil }
        switch kindName {
        case "ongoing":
            return Schedule(text: text, kind: start.map { .ongoingFrom($0) } ?? .ongoing)
        case "unscheduled":
            return Schedule(text: text, kind: .unscheduled)
        case "deadline":
            guard let due else {
                if !walk.present.contains("due") { error(.badExplicitPlanning, Messages.deadlineWithoutDue, at: node, hint: Messages.deadlineWithoutDueHint) }
                return nil
            }
            let first = start ?? .startOfYear(due.year)
            guard first <= due else {
                error(.badExplicitPlanning, Messages.startsAfterDue(first: "\(first)", due: "\(due)"), at: dueNode ?? node, hint: Messages.startsAfterDueHint)
                return nil
            }
            return Schedule(text: text, kind: .deadline([DateWindow(start: first, end: due)]))
        case "recurring":
            let lastMonth = dueInYear?.0 ?? 12
            if let (month, day) = dueInYear, day != CalendarDate.daysInMonth(month, of: 2023) {
                error(.badExplicitPlanning, Messages.dueInYearNotLastDay, at: node)
                return nil
            }
            return Schedule(text: text, kind: .recurring(Recurrence(timesPerYear: times ?? 1, firstMonth: 1, lastMonth: lastMonth)))
        default:
            let options = ["ongoing", "deadline", "recurring", "unscheduled"]
            error(.badExplicitPlanning, Messages.unknownPlanningKind(NodeReader.shorten(kindName)), at: kindNode,
                  hint: Suggestions.nearest(to: kindName, in: options).map(Messages.didYouMean) ?? Messages.planningKindsAre)
            return nil
        }
    }
}
