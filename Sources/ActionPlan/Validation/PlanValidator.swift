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
        for found in check(contents) {
            for diagnostic in found { collector.append(diagnostic) }
        }
        return collector.diagnostics
    }

    /// Each rule's problems, in the order of the rules: on all cores for a large plan.
    private static func check(_ contents: PlanContents) -> [[Diagnostic]] {
        let rules = self.rules
        guard contents.actions.count >= 2_000 else { return rules.map { $0.check(contents) } }
        let shared = SharedContents(contents, rules: rules)
        return ResultSlots.concurrently(rules.count) { index in shared.rules[index].check(shared.contents) }
    }
}

/// The plan's contents and the rules, read on several threads (nothing writes them).
private final class SharedContents: @unchecked Sendable {
    let contents: PlanContents
    let rules: [any PlanRule.Type]
    init(_ contents: PlanContents, rules: [any PlanRule.Type]) {
        self.contents = contents
        self.rules = rules
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
