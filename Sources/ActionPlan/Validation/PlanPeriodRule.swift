import ActionPlanCore
/// Schedules, milestones, budget years and declared totals lie within the plan period.
enum PlanPeriodRule: PlanRule {
    /// The error for a schedule outside the plan period, or nil when it lies within: used for a
    /// plan's plannings and for a revised planning in a progress file alike.
    static func outsidePeriod(_ schedule: Schedule, of what: String, period: PlanPeriod, at location: SourceLocation) -> Diagnostic? {
        let periodText = "\(period.firstYear)-\(period.lastYear)"
        if case .ongoingFrom(let from) = schedule.kind, from.year > period.lastYear {
            return .error(.planningOutsidePeriod, "\(what) ('\(schedule.text)') starts after the plan period \(periodText)", at: location,
                          hint: "check the year, or the plan's period")
        }
        guard case .deadline(let windows) = schedule.kind,
              windows.contains(where: { $0.start.year < period.firstYear || $0.end.year > period.lastYear }) else { return nil }
        return .error(.planningOutsidePeriod, "\(what) ('\(schedule.text)') lies outside the plan period \(periodText)", at: location,
                      hint: "check the year, or the plan's period")
    }

    static func check(_ contents: PlanContents) -> [Diagnostic] {
        let plan = contents.plan
        let period = plan.metadata.period
        var diagnostics: [Diagnostic] = []
        let periodText = "\(period.firstYear)-\(period.lastYear)"

        func checkSchedule(_ schedule: Schedule, at location: SourceLocation, _ what: String) {
            if let problem = outsidePeriod(schedule, of: "the planning of \(what)", period: period, at: location) { diagnostics.append(problem) }
        }
        func checkBudget(_ budget: Budget?, _ what: String) {
            for line in budget?.lines ?? [] {
                switch line.allocation {
                case .existing, .toBeSet: break
                case .amounts(let amounts):
                    for amount in amounts where !period.years.contains(amount.year) {
                        diagnostics.append(.error(
                            .budgetYearOutsidePeriod, "the budget of \(what) has an amount for \(amount.year), outside the plan period \(periodText)",
                            at: amount.location, hint: "budget years must lie within the plan period"))
                    }
                case .perYear(_, let years), .total(_, let years):
                    if let years, years.lowerBound < period.firstYear || years.upperBound > period.lastYear {
                        diagnostics.append(.error(
                            .budgetYearOutsidePeriod, "the budget of \(what) runs \(years.lowerBound)-\(years.upperBound), outside the plan period \(periodText)",
                            at: line.location, hint: "budget years must lie within the plan period"))
                    }
                }
            }
        }

        for activity in contents.activities {
            checkBudget(activity.budget, "activity '\(activity.id)'")
            for milestone in activity.milestones {
                checkSchedule(milestone.schedule, at: milestone.location, "a milestone of activity '\(activity.id)'")
            }
        }
        for action in contents.actions {
            if action.scheduleSource == .own {
                checkSchedule(action.schedule, at: action.planningLocation ?? action.location, "action '\(action.id)'")
            }
            checkBudget(action.budget, "action '\(action.id)'")
        }
        for year in plan.declaredTotals?.years ?? [] where !period.years.contains(year.year) {
            diagnostics.append(.error(
                .budgetYearOutsidePeriod, "a declared total is given for \(year.year), outside the plan period \(periodText)", at: year.location,
                hint: "declared totals are for the years of the plan period"))
        }
        return diagnostics
    }
}
