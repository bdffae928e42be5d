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
    func reportInvalidatedChoices(snapshot: Plan, base: Plan, roles: [String: String], overrides: [String: Override], region: String?,
                                  adopted: [String] = [], adoptedLocations: [String: SourceLocation] = [:]) {
        let before = Dictionary(snapshot.actions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let now = Dictionary(base.actions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let municipal = Set(Self.municipalOwners(base: base, roles: roles, region: region))
        let hint = Messages.acceptHint(source.path)
        for id in overrides.keys.sorted(by: ActionIDOrder.less) {
            guard let override = overrides[id], let old = before[id], let new = now[id] else { continue }
            let where_ = override.keyLocation ?? source.location(line: 1, column: 1)
            if old.schedule != new.schedule, let regionalYears = Self.years(of: new.schedule, in: base.metadata.period) {
                let change = Messages.rescheduled(NodeReader.shorten(old.schedule.text), NodeReader.shorten(new.schedule.text))
                if let schedule = override.schedule, let local = Self.years(of: schedule, in: base.metadata.period), !local.isSubset(of: regionalYears) {
                    warning(.invalidatedChoice, Messages.localPlanningOutside(id, years: local.sorted(), change: change),
                            at: override.planningLocation ?? where_, hint: hint)
                }
                if let budget = override.budget {
                    let years = Set(base.metadata.period.years.filter { budget.amount(in: $0, period: base.metadata.period) != .zero })
                    if !years.isEmpty, !years.isSubset(of: regionalYears) {
                        warning(.invalidatedChoice, Messages.localBudgetOutside(id, years: years.sorted(), change: change),
                                at: override.budgetLocation ?? where_, hint: hint)
                    }
                }
            }
            let ownedBefore = old.owners.contains { municipal.contains($0.key) }
            let ownedNow = new.owners.contains { municipal.contains($0.key) }
            if ownedBefore && !ownedNow {
                warning(.invalidatedChoice, Messages.overrideReownedAway(id, before: old.ownersText, after: new.ownersText),
                        at: where_, hint: Messages.overrideReownedAwayHint(id, path: source.path))
            }
        }
        // An adopted action the region re-owned away from the municipality, without an override: told too.
        for id in adopted.sorted(by: ActionIDOrder.less) where overrides[id] == nil {
            guard let old = before[id], let new = now[id], let location = adoptedLocations[id] else { continue }
            if old.owners.contains(where: { municipal.contains($0.key) }) && !new.owners.contains(where: { municipal.contains($0.key) }) {
                warning(.invalidatedChoice, Messages.adoptedReownedAway(id, before: old.ownersText, after: new.ownersText),
                        at: location, hint: Messages.adoptedReownedAwayHint(id, path: source.path))
            }
        }
    }

    /// The municipality's owners in the regional plan: the roles it stands in for, and its own entry
    /// (the registry entry named as the local plan's region, "Gemeente X" or "X"). `registry`, the
    /// base's, finds the candidates by their folded names instead of folding every entry again.
    static func municipalOwners(base: Plan, roles: [String: String], region: String?, registry: OwnerRegistry? = nil) -> [String] {
        var municipal = roles.keys.sorted()
        guard let region else { return municipal }
        let names = Set([region, region.replacingOccurrences(of: "Gemeente ", with: "")].map(TextFolding.fold))
        func isMunicipality(_ organisation: Organisation) -> Bool {
            organisation.kind == .organisation && ([organisation.name] + organisation.aliases).contains {
                names.contains(TextFolding.fold($0)) || names.contains(TextFolding.fold("Gemeente " + $0))
            }
        }
        var candidates = base.organisations
        if let registry, registry.clashes.isEmpty {
            // Without clashes each folded name has one entry; "Gemeente X" also matches an entry named "X".
            var folded = names
            for name in names where name.hasPrefix("gemeente ") { folded.insert(String(name.dropFirst("gemeente ".count))) }
            candidates = registry.organisations(withFoldedNames: folded)
        }
        for organisation in candidates where isMunicipality(organisation) && !municipal.contains(organisation.key) {
            municipal.append(organisation.key)
        }
        return municipal
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
}
