import ActionPlanCore
/// Checks a decoded plan for problems that need the whole plan to see: duplicate ids, years
/// outside the period, totals that do not reconcile. Problems within one value (a malformed date,
/// an unknown key, an unknown owner) are reported while decoding.
package enum PlanValidator {
    /// The rules, each in its own file.
    static var rules: [any PlanRule.Type] { [
        DuplicateIDRule.self,
        OrganisationRegistryRule.self,
        PlanPeriodRule.self,
        BudgetSumRule.self,
        DeclaredTotalsRule.self,
        EmptyThemeRule.self,
        MilestoneRule.self,
    ] }

    /// Every problem the rules find (at most `LoadLimits.maximumDiagnosticsPerFile`, then a count of the rest).
    /// `registry` is the plan's owner registry when the decoder has built it already.
    package static func validate(_ plan: Plan, registry: OwnerRegistry? = nil) -> [Diagnostic] {
        let contents = PlanContents(plan: plan, actions: plan.actions, activities: plan.activities,
                                    registry: registry ?? OwnerRegistry(organisations: plan.organisations))
        var collector = DiagnosticCollector()
        for rule in rules {
            for diagnostic in rule.check(contents) { collector.append(diagnostic) }
        }
        return collector.diagnostics
    }
}

/// A plan with its actions and activities gathered once for all rules.
struct PlanContents {
    let plan: Plan
    let actions: [Action]
    let activities: [Activity]
    /// The owner registry over `plan.organisations`, in their order.
    let registry: OwnerRegistry
}

/// A validation rule: a plain function from a plan to its problems.
protocol PlanRule {
    static func check(_ contents: PlanContents) -> [Diagnostic]
}
