import ActionPlanCore
/// The local choices a regional change invalidates: overrides and local budgets on actions the region
/// removed, rescheduled out of the years they are for, or re-owned away from the municipality. Each is
/// a warning naming the regional change, reported while the local plan still records the old version
/// (until `plan diff --upstream --accept`).
extension LocalPlanDecoder {
    /// The snapshot's action with this id, when the region has removed it since.
    func removedByRegion(_ id: String) -> Action? {
        snapshot?.actions.first { $0.id == id }
    }

    /// Warns about each override the change from `snapshot` to `base` invalidates (removed actions are
    /// reported where they are read).
    func reportInvalidatedChoices(snapshot: Plan, base: Plan, roles: [String: String], overrides: [String: Override], region: String?) {
        let before = Dictionary(snapshot.actions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let now = Dictionary(base.actions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // The municipality's owners in the regional plan: the roles it stands in for, and its own entry.
        var municipal = Set(roles.keys)
        if let region {
            let folded = TextFolding.fold(region)
            for organisation in base.organisations where ([organisation.name] + organisation.aliases).contains(where: { TextFolding.fold($0) == folded }) {
                municipal.insert(organisation.key)
            }
        }
        let hint = "check the local choice against the region's change; then accept it: plan diff --upstream \(source.path) --accept"
        for id in overrides.keys.sorted(by: ActionIDOrder.less) {
            guard let override = overrides[id], let old = before[id], let new = now[id] else { continue }
            let where_ = override.keyLocation ?? source.location(line: 1, column: 1)
            if old.schedule != new.schedule, let regionalYears = Self.years(of: new.schedule, in: base.metadata.period) {
                let change = "the region rescheduled it: '\(NodeReader.shorten(old.schedule.text))' → '\(NodeReader.shorten(new.schedule.text))'"
                if let schedule = override.schedule, let local = Self.years(of: schedule, in: base.metadata.period), !local.isSubset(of: regionalYears) {
                    warning(.invalidatedChoice, "the local planning of '\(id)' is for \(Self.describe(local)), outside the region's new planning (\(change))",
                            at: override.planningLocation ?? where_, hint: hint)
                }
                if let budget = override.budget {
                    let years = Set(base.metadata.period.years.filter { budget.amount(in: $0, period: base.metadata.period) != .zero })
                    if !years.isEmpty, !years.isSubset(of: regionalYears) {
                        warning(.invalidatedChoice, "the local budget of '\(id)' is for \(Self.describe(years)), outside the region's new planning (\(change))",
                                at: override.budgetLocation ?? where_, hint: hint)
                    }
                }
            }
            let ownedBefore = old.owners.contains { municipal.contains($0.key) }
            let ownedNow = new.owners.contains { municipal.contains($0.key) }
            if ownedBefore && !ownedNow {
                warning(.invalidatedChoice, "the override of '\(id)' is for an action the region re-owned away from this municipality (re-owned: \(old.ownersText) → \(new.ownersText))",
                        at: where_, hint: "remove the override and '\(id)' from 'adopt' if the municipality no longer takes part; then accept the change: plan diff --upstream \(source.path) --accept")
            }
        }
    }

    /// The years a schedule falls in (nil for no schedule).
    static func years(of schedule: Schedule, in period: PlanPeriod) -> Set<Int>? {
        switch schedule.kind {
        case .ongoing, .recurring: return Set(period.years)
        case .deadline(let windows):
            var years: Set<Int> = []
            for window in windows where window.start.year <= window.end.year { years.formUnion(window.start.year...window.end.year) }
            return years
        default: return nil
        }
    }

    static func describe(_ years: Set<Int>) -> String {
        let sorted = years.sorted().map(String.init)
        return sorted.count == 1 ? sorted[0] : sorted.dropLast().joined(separator: ", ") + " and " + sorted.last!
    }
}
