import ActionPlanCore
import ActionPlanFiles
/// Two plan files with one plan id in a run: every answer would count the plan twice (overdue items
/// listed twice, workload doubled, the same calendar UIDs repeated), so the second is an error that
/// names the first. The same file named twice (another spelling, a link) is one plan, not a clash.
enum PlanIDClash {
    /// The error of each file whose plan id an earlier file's plan has, by index into `plans`.
    static func find(_ plans: [(file: String, plan: Plan?)]) -> [Int: Diagnostic] {
        var first: [String: (file: String, identity: FileIdentity?)] = [:]
        var clashes: [Int: Diagnostic] = [:]
        for (index, entry) in plans.enumerated() {
            guard let id = entry.plan?.metadata.id else { continue }
            let identity = FileIdentity(path: entry.file)
            guard let earlier = first[id] else {
                first[id] = (entry.file, identity)
                continue
            }
            if let identity, identity == earlier.identity { continue }
            clashes[index] = .error(
                .planIDTwice, Messages.planIDTwice(id, earlier: earlier.file), at: SourceLocation(file: entry.file, line: 1, column: 1),
                hint: Messages.planIDTwiceHint)
        }
        return clashes
    }
}
