import ActionPlanCore
import ActionPlanFiles

extension Workspace {
    /// A workspace over plans the caller loaded or built, each with its own progress: the same answers
    /// as ``open(_:progress:readsProgress:today:)`` gives for those files. A local plan whose regional
    /// plan is among `plans` sees the region's progress on the actions it adopts (a meeting the region
    /// held counts as held locally), as the command line does; adopted actions are counted once by
    /// ``countedOnce``. Pass each plan's own progress (what `ProgressLoader` read from its file).
    public init(plans: [TrackedPlan], today: CalendarDate) {
        var regional: [String: [ProgressEntry]] = [:]
        for tracked in plans where tracked.plan.base == nil && regional[tracked.plan.metadata.id] == nil {
            regional[tracked.plan.metadata.id] = tracked.progress.entries
        }
        let merged = plans.map { tracked -> TrackedPlan in
            guard let base = tracked.plan.base, let entries = regional[base.planID] else { return tracked }
            var local = tracked
            let adopted = Set(tracked.plan.actions.filter(\.origin.isRegional).map(\.id))
            local.progress = .merging(regional: entries, adopted: adopted, local: tracked.progress)
            return local
        }
        self.init(plans: merged, today: today, progressPaths: plans.map { ProgressFile.path(forPlan: $0.plan.path) })
    }
}
