import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace
/// Saying in the output of workload, status and budget that adopted regional actions of local plans
/// were counted once, with their regional plan (see `Workspace.countedOnce`).
package enum CountedOnceOutput {
    /// The JSON with `"adopted_counted_once": N` added at the top level (0 when nothing was left out).
    package static func noting(_ leftOut: Int, in json: JSONValue) -> JSONValue {
        guard case .object(let fields) = json else { return json }
        return .object(fields + [("adopted_counted_once", .int(leftOut))])
    }
}

extension QueryViews {
    /// The tables with a note under the last one saying that `leftOut` adopted regional actions of
    /// local plans were counted once, with their regional plan (nothing added when none were left
    /// out). `leftOut` is what `Workspace.countedOnce` left out.
    public func notingCountedOnce(_ leftOut: Int, in tables: [Tabular]) -> [Tabular] {
        guard leftOut > 0, var last = tables.last else { return tables }
        let l = localizer
        last.notes.append(l.t(
            "\(l.count(leftOut, ("overgenomen regionale actie", "overgenomen regionale acties"), ("", ""))) van lokale plannen één keer geteld, bij het regionale plan.",
            "\(l.count(leftOut, ("", ""), ("adopted regional action", "adopted regional actions"))) of local plans counted once, with the regional plan."))
        return tables.dropLast() + [last]
    }
}
