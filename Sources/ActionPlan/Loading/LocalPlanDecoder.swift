import ActionPlanCore
import Foundation

/// Turns a local plan file (one with `extends:`) into a plan: the adopted actions of its regional
/// base with roles mapped to local owners and local overrides applied, followed by local themes.
package final class LocalPlanDecoder: PlanDecoder {
    static let localTopLevelKeys = ["plan", "extends", "adopt", "roles", "organisations", "overrides", "themes"]
    static let extendsKeys = ["plan", "version", "snapshot"]
    static let adoptKeys = ["all", "themes", "actions", "roles"]
    static let overrideKeys = ["planning", "owners", "budget", "notes", "who"]

    /// The regional plan as it was when the local plan was derived (its snapshot), when the region
    /// has changed it since: what the local plan chose is then checked against the region's changes.
    var snapshot: Plan?
    /// Where each action adopted by its id is named under `adopt: actions`.
    var adoptedByID: [String: SourceLocation] = [:]
    /// The region's owner registry (the local plan's `registry` adds the local organisations to it).
    private var regionalOwners = OwnerRegistry(organisations: [])
    /// The base's actions and their ids, gathered once.
    private var baseActions: [Action] = []
    private var baseIDs: [String] = []

    /// The `extends:` of a local plan, read before its base is loaded.
    struct Extends {
        var planPath: String
        var planNode: YAMLNode
        var version: String?
        var snapshot: String?
    }

    /// Whether a document is a local plan: a mapping with an `extends` key.
    package static func isLocalPlan(_ root: YAMLNode) -> Bool {
        guard case .mapping(let mapping) = root else { return false }
        return mapping["extends"] != nil
    }

    /// Whether a snapshot name is a plain file name: no folder (`/`, `\\`), not `.` or `..`, no control characters.
    static func isPlainFileName(_ name: String) -> Bool {
        !name.isEmpty && name != "." && name != ".." && !name.contains("/") && !name.contains("\\")
            && !name.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
    }

    /// Reads `extends:` (the base's path as written, relative to the local file's folder).
    func readExtends(_ root: YAMLNode) -> Extends? {
        guard case .mapping(let mapping) = root,
              let node = mapping["extends"] else { return nil }
        guard let extends = self.mapping(node, "'extends'", example: .same("extends:\n  plan: ../rotterdam-2024-2026.yaml\n  version: fnv1a64:…")) else { return nil }
        var path: String?, pathNode: YAMLNode?, version: String?, snapshot: String?
        let walk = forEachEntry(of: extends, in: "'extends'", keys: Self.extendsKeys) { key, value, _ in
            switch key {
            case "plan":
                path = nonEmptyText(value, "the path of the regional plan")
                pathNode = value
            case "version": version = nonEmptyText(value, "the version of the regional plan")
            case "snapshot":
                snapshot = nonEmptyText(value, "the path of the snapshot")
                // A file from another organisation names it: only a file beside the local plan is ever read or replaced.
                if let name = snapshot, !Self.isPlainFileName(name) {
                    error(.snapshotNotPlainName, Messages.snapshotNotPlainName(NodeReader.shorten(name)), at: value, hint: Messages.snapshotNotPlainNameHint)
                    snapshot = nil
                }
            default: break
            }
        }
        requireKeys(["plan"], of: walk, in: "'extends'", at: node)
        guard let path, let pathNode else { return nil }
        return Extends(planPath: path, planNode: pathNode, version: version, snapshot: snapshot)
    }

    /// Decodes the local plan over its loaded base (`baseRegistry`: the base's owner registry, when known).
    func decodeLocal(_ root: YAMLNode, base: Plan, baseRegistry: OwnerRegistry?, basePath: String, baseVersion: String,
                     extends: Extends) -> Plan? {
        guard case .mapping(let mapping) = root else { return nil }
        var nodes: [String: YAMLNode] = [:]
        let walk = forEachEntry(of: mapping, in: "the local plan", keys: Self.localTopLevelKeys) { key, value, _ in nodes[key] = value }
        requireKeys(["plan", "adopt"], of: walk, in: "the local plan", at: root)

        let metadata = nodes["plan"].flatMap { decodeMetadata($0, inherited: base.metadata) }
        let localOrganisations = nodes["organisations"].map(decodeOrganisations) ?? []
        let organisations = base.organisations + localOrganisations
        let regionalOwners = baseRegistry ?? OwnerRegistry(organisations: base.organisations)
        self.regionalOwners = regionalOwners
        registry = regionalOwners.adding(localOrganisations)
        baseActions = base.actions
        baseIDs = baseActions.map(\.id)
        let roles = nodes["roles"].map { decodeRoles($0, base: base) } ?? [:]
        let selected = nodes["adopt"].map { decodeAdopt($0, base: base, roles: roles) } ?? []
        let overrides = nodes["overrides"].map { decodeOverrides($0, base: base, selected: Set(selected)) } ?? [:]
        var localThemes = nodes["themes"].map(decodeThemes) ?? []
        let regionalIDs = Set(baseIDs)
        for index in localThemes.indices {
            localThemes[index].markLocal()
            // A local action with a regional id would be mistaken for the regional one.
            for action in localThemes[index].allActions where regionalIDs.contains(action.id) {
                error(.regionalIDClash, Messages.regionalIDClash(action.id), at: action.location, hint: Messages.regionalIDClashHint)
            }
            localThemes[index].removeActions(withIDs: regionalIDs)
        }

        guard let metadata else { return nil }
        let themes = Self.adopt(base: base, selected: Set(selected), roles: roles, overrides: overrides) + localThemes
        let recorded = extends.version
        if let recorded, recorded != baseVersion {
            warning(.baseChanged, Messages.baseChanged, at: location(extends.planNode), hint: Messages.baseChangedHint(source.path))
            if let snapshot {
                reportInvalidatedChoices(snapshot: snapshot, base: base, roles: roles, overrides: overrides, region: metadata.region,
                                         adopted: selected, adoptedLocations: adoptedByID)
            }
        }
        var plan = Plan(metadata: metadata, organisations: organisations, themes: themes, declaredTotals: nil, path: source.path)
        plan.base = PlanBase(
            path: basePath, planID: base.metadata.id, recordedVersion: recorded, currentVersion: baseVersion,
            snapshotPath: extends.snapshot.map { PathText.join(PathText.referenceFolder(of: source.path), $0) })
        plan.base?.municipalOwners = Self.municipalOwners(base: base, roles: roles, region: metadata.region, registry: regionalOwners)
        return plan
    }

    // MARK: roles, adopt, overrides

    /// `roles: {aandachtsfunctionarissen: maassluis-af}`: a regional owner → the local owner standing in for it.
    private func decodeRoles(_ node: YAMLNode, base: Plan) -> [String: String] {
        guard let mapping = mapping(node, "'roles'", example: .same("roles:\n  aandachtsfunctionarissen: maassluis-aandachtsfunctionaris")) else { return [:] }
        var roles: [String: String] = [:]
        for pair in mapping.pairs {
            let keyNode = pair.key, value = pair.value
            guard let regional = text(keyNode, "a regional role") else { continue }
            guard let regionalKey = registry.key(for: regional), base.organisation(key: regionalKey) != nil else {
                let suggestion = Suggestions.nearestName(to: regional, in: base.organisations.map(\.key))
                error(.unknownRegionalReference, Messages.noRegionalOwner(NodeReader.shorten(regional)), at: keyNode,
                      hint: suggestion.map(Messages.didYouMean) ?? Messages.rolesHint)
                continue
            }
            guard let local = nonEmptyText(value, "the local owner of '\(regional)'"), let localKey = resolveOwnerName(local, at: value) else { continue }
            roles[regionalKey] = localKey
        }
        return roles
    }

    /// The ids of the regional actions adopted, in the base's order.
    private func decodeAdopt(_ node: YAMLNode, base: Plan, roles: [String: String]) -> [String] {
        guard let mapping = mapping(node, "'adopt'", example: .same("adopt:\n  actions: [\"2.4\", \"3.3\"]")) else { return [] }
        let allIDs = baseIDs
        var chosen: Set<String> = []
        forEachEntry(of: mapping, in: "'adopt'", keys: Self.adoptKeys) { key, value, _ in
            switch key {
            case "all":
                if flag(value, "'all'", hint: Messages.adoptAllHint) == true { chosen.formUnion(allIDs) }
            case "themes":
                for (id, idNode) in textList(value, "the adopted themes") {
                    guard let theme = base.themes.first(where: { $0.id == id }) else {
                        if let removed = snapshot?.themes.first(where: { $0.id == id }) {
                            warning(.invalidatedChoice, Messages.adoptedThemeRemoved(id, title: NodeReader.shorten(removed.title, to: 60)),
                                    at: location(idNode), hint: Messages.adoptedThemeRemovedHint(source.path))
                            continue
                        }
                        error(.unknownRegionalReference, Messages.noRegionalTheme(id), at: idNode,
                              hint: Messages.regionalThemesAre(base.themes.map(\.id).joined(separator: ", ")))
                        continue
                    }
                    chosen.formUnion(theme.allActions.map(\.id))
                }
            case "actions":
                for (id, idNode) in textList(value, "the adopted actions") {
                    guard allIDs.contains(id) else {
                        if let removed = removedByRegion(id) {
                            warning(.invalidatedChoice, Messages.adoptedActionRemoved(id, title: NodeReader.shorten(removed.title, to: 60)),
                                    at: location(idNode), hint: Messages.adoptedActionRemovedHint(source.path))
                            continue
                        }
                        unknownRegionalAction(id, at: idNode, among: allIDs)
                        continue
                    }
                    chosen.insert(id)
                    adoptedByID[id] = location(idNode)
                }
            case "roles":
                // The one owner lookup (keys, names, short names, aliases; case and accents folded), over the region's registry.
                for (name, nameNode) in textList(value, "the adopted roles") {
                    guard let key = regionalOwners.key(for: name) else {
                        let suggestion = Suggestions.nearestName(to: name, in: base.organisations.map(\.key))
                        error(.unknownRegionalReference, Messages.noRegionalOwner(NodeReader.shorten(name)), at: nameNode,
                              hint: suggestion.map(Messages.didYouMean))
                        continue
                    }
                    chosen.formUnion(baseActions.filter { $0.owners.contains { $0.key == key } }.map(\.id))
                }
            default: break
            }
        }
        return allIDs.filter(chosen.contains)
    }

    /// What a local plan changes in an adopted action.
    struct Override {
        var schedule: Schedule?
        var planningLocation: SourceLocation?
        var owners: [Owner]?
        var budget: Budget?
        var notes: String?
        var who: String?
        var keyLocation: SourceLocation?
        var budgetLocation: SourceLocation?
    }

    private func decodeOverrides(_ node: YAMLNode, base: Plan, selected: Set<String>) -> [String: Override] {
        guard let mapping = mapping(node, "'overrides'", example: .same("overrides:\n  \"2.4\":\n    planning: Q2 2025")) else { return [:] }
        let allIDs = baseIDs
        var overrides: [String: Override] = [:]
        for pair in mapping.pairs {
            let keyNode = pair.key, value = pair.value
            guard let id = text(keyNode, "an overridden action's id") else { continue }
            guard allIDs.contains(id) else {
                if let removed = removedByRegion(id) {
                    warning(.invalidatedChoice, Messages.overrideOfRemoved(id, title: NodeReader.shorten(removed.title, to: 60)),
                            at: location(keyNode), hint: Messages.overrideOfRemovedHint(id, path: source.path))
                    continue
                }
                unknownRegionalAction(id, at: keyNode, among: allIDs)
                continue
            }
            guard selected.contains(id) else {
                if let before = snapshot?.actions.first(where: { $0.id == id }), let now = baseActions.first(where: { $0.id == id }),
                   before.ownersText != now.ownersText {
                    // Adopted by role before the region re-owned it: the change, not the local plan, took it out.
                    warning(.invalidatedChoice, Messages.overrideReownedFromRoles(id, before: before.ownersText, after: now.ownersText),
                            at: location(keyNode), hint: Messages.overrideReownedFromRolesHint(id, path: source.path))
                    continue
                }
                error(.overrideNotAllowed, Messages.overriddenNotAdopted(id), at: keyNode, hint: Messages.overriddenNotAdoptedHint(id))
                continue
            }
            guard let fields = self.mapping(value, "the override of '\(id)'", example: .same("planning: Q2 2025\nowners: [gemeente-maassluis]")) else { continue }
            var override = Override()
            override.keyLocation = location(keyNode)
            for pair in fields.pairs {
                let fieldNode = pair.key, fieldValue = pair.value
                guard let field = fieldNode.scalar?.text else { continue }
                switch field {
                case "planning":
                    override.schedule = decodeSchedule(fieldValue)
                    override.planningLocation = location(fieldValue)
                case "owners": override.owners = decodeOwners(fieldValue)
                case "budget":
                    override.budget = decodeBudget(fieldValue)
                    override.budgetLocation = location(fieldNode)
                case "notes": override.notes = text(fieldValue, "the notes")
                case "who": override.who = text(fieldValue, "the action's 'who'")
                case "id", "title", "group":
                    error(.overrideNotAllowed, Messages.fieldNotOverridable(field), at: fieldNode, hint: Messages.fieldNotOverridableHint)
                default:
                    error(.unknownKey, Messages.unknownKey(NodeReader.shorten(field), in: subject("an override")), at: fieldNode,
                          hint: Suggestions.nearest(to: field, in: Self.overrideKeys).map(Messages.didYouMean)
                            ?? Messages.overrideMayChange(Self.overrideKeys.joined(separator: ", ")))
                }
            }
            overrides[id] = override
        }
        return overrides
    }

    /// An id the regional plan does not have (and never had since the snapshot), with the nearest ids.
    private func unknownRegionalAction(_ id: String, at node: YAMLNode, among allIDs: [String]) {
        error(.unknownRegionalReference, Messages.noRegionalAction(id), at: node,
              hint: Messages.nearestIDs(Suggestions.nearest(to: id, in: allIDs, count: 3).joined(separator: ", ")))
    }

    // MARK: resolving

    /// The base's themes with only the adopted actions, owners mapped and overrides applied.
    static func adopt(base: Plan, selected: Set<String>, roles: [String: String], overrides: [String: Override]) -> [Theme] {
        func mapOwners(_ owners: [Owner]) -> [Owner] {
            var seen: Set<String> = []
            return owners.compactMap { owner in
                var mapped = owner
                mapped.key = roles[owner.key] ?? owner.key
                return seen.insert(mapped.key).inserted ? mapped : nil
            }
        }
        func adoptAction(_ action: Action) -> Action {
            var adopted = action
            adopted.origin = .regional(planID: base.metadata.id)
            adopted.owners = mapOwners(action.owners)
            if adopted.owners.first(where: \.isLead) == nil, !adopted.owners.isEmpty { adopted.owners[0].isLead = true }
            if let override = overrides[action.id] {
                if let schedule = override.schedule {
                    adopted.schedule = schedule
                    adopted.scheduleSource = .own
                    adopted.planningLocation = override.planningLocation
                    adopted.overridden.append("planning")
                }
                if let owners = override.owners { adopted.owners = owners; adopted.overridden.append("owners") }
                if let budget = override.budget { adopted.budget = budget; adopted.overridden.append("budget") }
                if let notes = override.notes { adopted.notes = notes; adopted.overridden.append("notes") }
                if let who = override.who { adopted.who = who; adopted.overridden.append("who") }
            }
            return adopted
        }
        return base.themes.compactMap { theme in
            var copy = theme
            copy.activities = theme.activities.compactMap { activity in
                var kept = activity
                kept.actions = activity.actions.filter { selected.contains($0.id) }.map(adoptAction)
                kept.partners = activity.partners.map { roles[$0] ?? $0 }
                return kept.actions.isEmpty ? nil : kept
            }
            copy.actions = theme.actions.filter { selected.contains($0.id) }.map(adoptAction)
            return copy.allActions.isEmpty ? nil : copy
        }
    }
}

extension Theme {
    /// Leaves out actions with the given ids.
    mutating func removeActions(withIDs ids: Set<String>) {
        let count = actions.count
        actions.removeAll { ids.contains($0.id) }
        unreadableEntries += count - actions.count
        for index in activities.indices {
            let count = activities[index].actions.count
            activities[index].actions.removeAll { ids.contains($0.id) }
            activities[index].unreadableEntries += count - activities[index].actions.count
        }
    }

    /// Marks the theme's actions as local additions.
    mutating func markLocal() {
        for index in actions.indices { actions[index].origin = .local }
        for activity in activities.indices {
            for action in activities[activity].actions.indices { activities[activity].actions[action].origin = .local }
        }
    }
}
