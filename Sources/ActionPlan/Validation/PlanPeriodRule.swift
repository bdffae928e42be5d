import ActionPlanCore
/// Schedules, milestones, budget years and declared totals lie within the plan period.
enum PlanPeriodRule: PlanRule {
    /// The error for a schedule outside the plan period, or nil when it lies within: used for a
    /// plan's plannings and for a revised planning in a progress file alike.
    static func outsidePeriod(_ schedule: Schedule, of what: @autoclosure () -> MessageText, period: PlanPeriod, at location: SourceLocation) -> Diagnostic? {
        let periodText = "\(period.firstYear)-\(period.lastYear)"
        if case .ongoingFrom(let from) = schedule.kind, from.year > period.lastYear {
            return .error(.planningOutsidePeriod, Messages.startsAfterPeriod(what(), planning: schedule.text, period: periodText), at: location,
                          hint: Messages.checkYearOrPeriod)
        }
        guard case .deadline(let windows) = schedule.kind,
              windows.contains(where: { $0.start.year < period.firstYear || $0.end.year > period.lastYear }) else { return nil }
        return .error(.planningOutsidePeriod, Messages.outsidePeriod(what(), planning: schedule.text, period: periodText), at: location,
                      hint: Messages.checkYearOrPeriod)
    }

    static func check(_ contents: PlanContents) -> [Diagnostic] {
        let plan = contents.plan
        let period = plan.metadata.period
        var diagnostics: [Diagnostic] = []
        let periodText = "\(period.firstYear)-\(period.lastYear)"

        // The names are made only for a problem: they are looked up in the catalogue, for every action.
        func checkSchedule(_ schedule: Schedule, at location: SourceLocation, _ what: @autoclosure () -> MessageText) {
            if let problem = outsidePeriod(schedule, of: Messages.planningOf(what()), period: period, at: location) { diagnostics.append(problem) }
        }
        func checkBudget(_ budget: Budget?, _ what: @autoclosure () -> MessageText) {
            for line in budget?.lines ?? [] {
                switch line.allocation {
                case .existing, .toBeSet: break
                case .amounts(let amounts):
                    for amount in amounts where !period.years.contains(amount.year) {
                        diagnostics.append(.error(
                            .budgetYearOutsidePeriod, Messages.budgetAmountOutsidePeriod(what(), year: amount.year, period: periodText),
                            at: amount.location, hint: Messages.budgetYearsWithinPeriodHint))
                    }
                case .perYear(_, let years), .total(_, let years):
                    if let years, years.lowerBound < period.firstYear || years.upperBound > period.lastYear {
                        diagnostics.append(.error(
                            .budgetYearOutsidePeriod, Messages.budgetRunsOutsidePeriod(what(), years: "\(years.lowerBound)-\(years.upperBound)", period: periodText),
                            at: line.location, hint: Messages.budgetYearsWithinPeriodHint))
                    }
                }
            }
        }

        for activity in contents.activities {
            checkBudget(activity.budget, Messages.subject("activity '\(activity.id)'"))
            for milestone in activity.milestones {
                checkSchedule(milestone.schedule, at: milestone.location, Messages.subject("a milestone of activity '\(activity.id)'"))
            }
        }
        for action in contents.actions {
            if action.scheduleSource == .own {
                checkSchedule(action.schedule, at: action.planningLocation ?? action.location, Messages.subject("action '\(action.id)'"))
            }
            checkBudget(action.budget, Messages.subject("action '\(action.id)'"))
        }
        for year in plan.declaredTotals?.years ?? [] where !period.years.contains(year.year) {
            diagnostics.append(.error(
                .budgetYearOutsidePeriod, Messages.declaredTotalOutsidePeriod(year.year, period: periodText), at: year.location,
                hint: Messages.declaredTotalOutsidePeriodHint))
        }
        return diagnostics
    }
}
