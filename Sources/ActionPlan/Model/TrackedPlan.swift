/// A plan together with its progress: the input of every query.
public struct TrackedPlan: Sendable {
    /// The adopted plan.
    public var plan: Plan
    /// What has happened since.
    public var progress: PlanProgress

    /// Pairs a plan with its progress (none by default).
    public init(plan: Plan, progress: PlanProgress = .none) {
        self.plan = plan
        self.progress = progress
    }
}
