import ActionPlanCore
import ActionPlanFiles
/// One plan of a workspace, as the workspace hands it out (`planHandles`, `plan(id:)`): what the
/// operations on one plan of several take, instead of a position in `plans` a caller could get wrong.
/// Only this file makes one.
package struct PlanHandle: Hashable, Sendable {
    /// Where the plan is among `plans` of the workspace that gave the handle.
    fileprivate let position: Int
    /// The plan file's path: a handle given to a workspace without this plan names no plan there.
    package let path: String

    fileprivate init(position: Int, path: String) {
        self.position = position
        self.path = path
    }
}

extension Workspace {
    /// A handle for each plan, in the order of `plans`.
    package var planHandles: [PlanHandle] {
        plans.indices.map { PlanHandle(position: $0, path: plans[$0].plan.path) }
    }

    /// The handle of the first plan with this id; an unknown id is a lookup failure with the nearest ids.
    package func plan(id: String) throws(LookupFailure) -> PlanHandle {
        if let position = plans.firstIndex(where: { $0.plan.metadata.id == id }) {
            return PlanHandle(position: position, path: plans[position].plan.path)
        }
        let nearest = Suggestions.nearest(to: id, in: plans.map(\.plan.metadata.id), count: 3)
        throw LookupFailure(Messages.noSuchOpenPlan(TerminalText.visible(id), nearest: nearest.joined(separator: ", ")))
    }

    /// The plan a handle names, with its progress and its progress file's path (given, or beside it);
    /// for nil the first plan (the only one, when one was opened). nil for an empty workspace, or a
    /// handle this workspace did not give out whose plan it has not opened.
    package func opened(_ handle: PlanHandle?) -> (tracked: TrackedPlan, progressPath: String)? {
        guard let handle else { return plans.isEmpty ? nil : (plans[0], progressPaths[0]) }
        let position = plans.indices.contains(handle.position) && plans[handle.position].plan.path == handle.path
            ? handle.position : plans.firstIndex { $0.plan.path == handle.path }
        return position.map { (plans[$0], progressPaths[$0]) }
    }
}
