import ActionPlanCore
import Foundation

extension PlanDecoder {
    static let themeKeys = ["id", "title", "description", "activities", "actions"]
    static let activityKeys = ["id", "title", "explanation", "goal", "results", "partners_text", "partners",
                               "duration", "planning", "milestones", "budget", "actions"]
    static let actionKeys = ["id", "title", "planning", "who", "owners", "budget", "group", "notes"]
    static let milestoneKeys = ["planning", "title", "actions"]

    func decodeThemes(_ node: YAMLNode) -> [Theme] {
        guard case .sequence(let sequence) = node else {
            error(.wrongType, Messages.themesShouldBeList(found: describe(node)), at: node,
                  hint: .same("themes:\n  - id: \"1\"\n    title: …\n    actions: […]"))
            return []
        }
        let items = sequence.items
        // A large plan's themes are decoded on all cores, each share by a decoder of its own that
        // starts from this one's state; their problems are merged after. Small plans (and local
        // plans, loaded many at a time) stay on one thread.
        let cores = ProcessInfo.processInfo.activeProcessorCount
        guard cores > 1, items.count >= 8, source.text.utf8.count >= Self.parallelDecodingBytes,
              type(of: self) == PlanDecoder.self else { return items.compactMap(decodeTheme) }
        let shares = ThemeShares(items: items, decoders: (0..<min(cores, items.count)).map { _ in child() })
        let themes = ResultSlots.concurrently(shares.decoders.count) { share in shares.decode(share) }
        for decoder in shares.decoders { absorb(decoder) }
        return themes.flatMap { $0 }
    }

    /// Decodes one theme (for `ThemeShares`).
    fileprivate func decodeOneTheme(_ node: YAMLNode) -> Theme? { decodeTheme(node) }

    /// From this size on, a plan's themes are decoded on several cores.
    static var parallelDecodingBytes: Int { 512 * 1024 }

    /// A decoder for part of this plan: the same period, owners, adoption date and language.
    private func child() -> PlanDecoder {
        let decoder = PlanDecoder(source: source)
        decoder.period = period
        decoder.periodIsKnown = periodIsKnown
        decoder.registry = registry
        decoder.scheduleCache = scheduleCache
        decoder.adoptionDate = adoptionDate
        decoder.planLanguage = planLanguage
        return decoder
    }

    private func decodeTheme(_ node: YAMLNode) -> Theme? {
        guard let mapping = mapping(node, "a theme", example: .same("- id: \"1\"\n  title: …\n  actions: […]")) else { return nil }
        var id: String?, title: String?, description: String?
        var activityNodes: YAMLNode?, actionNodes: YAMLNode?
        let walk = forEachEntry(of: mapping, in: "a theme", keys: Self.themeKeys) { key, value, _ in
            switch key {
            case "id": id = nonEmptyText(value, "the theme's id")
            case "title": title = nonEmptyText(value, "the theme's title")
            case "description": description = text(value, "the theme's description")
            case "activities": activityNodes = value
            case "actions": actionNodes = value
            default: break
            }
        }
        requireKeys(["id", "title"], of: walk, in: id.map { "theme '\($0)'" } ?? "a theme", at: node)
        let themeID = id ?? "?"
        let activityItems = activityNodes.map { items(of: $0, "the theme's activities") } ?? []
        let activities = activityItems.compactMap { decodeActivity($0, themeID: themeID) }
        let actionItems = actionNodes.map { items(of: $0, "the theme's actions") } ?? []
        let actions = actionItems.compactMap { decodeAction($0, themeID: themeID, activity: nil) }
        guard let id, let title else { return nil }
        var theme = Theme(id: id, title: title, description: description, activities: activities, actions: actions, location: location(node))
        // An entry that could not be read keeps its place: the theme is not reported empty as well.
        theme.unreadableEntries = activityItems.count - activities.count + actionItems.count - actions.count
        return theme
    }

    /// The items of a list; anything else is reported.
    func items(of node: YAMLNode, _ what: String) -> [YAMLNode] {
        switch node {
        case .sequence(let sequence): return sequence.items
        case .scalar(let scalar) where scalar.text.isEmpty: return []
        default:
            error(.wrongType, Messages.shouldBeList(subject(what), found: describe(node)), at: node, hint: Messages.startEntriesHint)
            return []
        }
    }

    // MARK: activities

    /// What an activity hands down to its actions while they are decoded.
    struct ActivityContext {
        var id: String
        var schedule: Schedule?
        /// The milestones naming each action id, in the order of the milestones (looked up once per
        /// action: a list searched per action made a plan of many actions take quadratic time).
        var milestonesOfAction: [String: [Milestone]]

        init(id: String, schedule: Schedule?, milestones: [Milestone]) {
            self.id = id
            self.schedule = schedule
            var index: [String: [Milestone]] = [:]
            for milestone in milestones {
                for actionID in Set(milestone.actionIDs) { index[actionID, default: []].append(milestone) }
            }
            milestonesOfAction = index
        }
    }

    private func decodeActivity(_ node: YAMLNode, themeID: String) -> Activity? {
        guard let mapping = mapping(node, "an activity", example: .same("- id: \"1.1\"\n  title: …\n  actions: […]")) else { return nil }
        var id: String?, title: String?, explanation: String?, goal: String?, results: [String] = []
        var partnersText: String?, partners: [String] = [], duration: String?
        var planning: Schedule?, milestoneNodes: YAMLNode?, budget: Budget?, actionNodes: YAMLNode?
        let walk = forEachEntry(of: mapping, in: "an activity", keys: Self.activityKeys) { key, value, _ in
            switch key {
            case "id": id = nonEmptyText(value, "the activity's id")
            case "title": title = nonEmptyText(value, "the activity's title")
            case "explanation": explanation = text(value, "the activity's explanation")
            case "goal": goal = text(value, "the activity's goal")
            case "results": results = textList(value, "the activity's results").map(\.0)
            case "partners_text": partnersText = text(value, "the activity's partners text")
            case "partners": partners = textList(value, "the activity's partners").compactMap { resolveOwnerName($0.0, at: $0.1) }
            case "duration": duration = text(value, "the activity's duration")
            case "planning": planning = decodeSchedule(value)
            case "milestones": milestoneNodes = value
            case "budget": budget = decodeBudget(value)
            case "actions": actionNodes = value
            default: break
            }
        }
        requireKeys(["id", "title", "actions"], of: walk, in: id.map { "activity '\($0)'" } ?? "an activity", at: node)
        // The duration is the actions' planning when it is a planning phrase and no planning is given.
        if planning == nil, let duration, case .success(let schedule) = parseSchedule(duration), schedule.kind != .noPlanning {
            planning = schedule
        }
        let activityID = id ?? "?"
        let milestones = milestoneNodes.map { items(of: $0, "the activity's milestones").compactMap(decodeMilestone) } ?? []
        let context = ActivityContext(id: activityID, schedule: planning, milestones: milestones)
        let actionItems = actionNodes.map { items(of: $0, "the activity's actions") } ?? []
        let actions = actionItems.compactMap { decodeAction($0, themeID: themeID, activity: context) }
        guard let id, let title else { return nil }
        var activity = Activity(id: id, title: title, explanation: explanation, goal: goal, results: results,
                                partnersText: partnersText, partners: partners, duration: duration, schedule: planning,
                                milestones: milestones, budget: budget, actions: actions, location: location(node))
        activity.unreadableEntries = actionItems.count - actions.count
        return activity
    }

    private func decodeMilestone(_ node: YAMLNode) -> Milestone? {
        guard let mapping = mapping(node, "a milestone", example: .same("- planning: 1e helft 2023\n  title: …\n  actions: [\"2.1.1\"]")) else { return nil }
        var schedule: Schedule?, title: String?, actionIDs: [(String, YAMLNode)] = []
        let walk = forEachEntry(of: mapping, in: "a milestone", keys: Self.milestoneKeys) { key, value, _ in
            switch key {
            case "planning": schedule = decodeSchedule(value)
            case "title": title = nonEmptyText(value, "the milestone's title")
            case "actions": actionIDs = textList(value, "the milestone's actions")
            default: break
            }
        }
        requireKeys(["planning", "title", "actions"], of: walk, in: "a milestone", at: node)
        guard let schedule, let title else { return nil }
        return Milestone(schedule: schedule, title: title, actionIDs: actionIDs.map(\.0),
                         actionIDLocations: actionIDs.map { location($0.1) }, location: location(node))
    }

    // MARK: actions

    private func decodeAction(_ node: YAMLNode, themeID: String, activity: ActivityContext?) -> Action? {
        guard let mapping = mapping(node, "an action", example: .same("- id: \"1.1\"\n  title: …\n  planning: Doorlopend\n  owners: [VAR]")) else { return nil }
        var id: String?, title: String?, planning: Schedule?, planningNode: YAMLNode?, who: String?
        var owners: [Owner]?, ownersNode: YAMLNode?, whoNode: YAMLNode?, budget: Budget?, group: String?, notes: String?
        let walk = forEachEntry(of: mapping, in: "an action", keys: Self.actionKeys) { key, value, _ in
            switch key {
            case "id": id = nonEmptyText(value, "the action's id")
            case "title": title = nonEmptyText(value, "the action's title")
            case "planning":
                planningNode = value
                planning = decodeSchedule(value)
            case "who":
                who = text(value, "the action's 'who'")
                whoNode = value
            case "owners": ownersNode = value
            case "budget": budget = decodeBudget(value)
            case "group": group = nonEmptyText(value, "the action's group")
            case "notes": notes = text(value, "the action's notes")
            default: break
            }
        }
        requireKeys(["id", "title", "owners"], of: walk, in: id.map { "action '\($0)'" } ?? "an action", at: node)
        // `owners: []` beside the source's `who:` cell: the source names no owner, and none is invented.
        if let ownersNode { owners = decodeOwners(ownersNode, sourceNamesNone: whoNode != nil) }
        var source = ScheduleSource.own
        if planningNode == nil, let id {
            let milestones = activity?.milestonesOfAction[id] ?? []
            if !milestones.isEmpty {
                planning = Self.combine(milestones.map(\.schedule))
                source = .milestone
            } else if let inherited = activity?.schedule {
                planning = inherited
                source = .activity
            } else {
                error(.missingPlanning, Messages.actionWithoutPlanning(id), at: node,
                      hint: activity == nil ? Messages.actionWithoutPlanningHint : Messages.actionInActivityWithoutPlanningHint)
            }
        }
        guard let id, let title, let planning, let owners else { return nil }
        var action = Action(id: id, title: title, schedule: planning, scheduleSource: source,
                            planningLocation: planningNode.map(location), who: who, owners: owners,
                            budget: budget, group: group, notes: notes, themeID: themeID, activityID: activity?.id,
                            location: location(node))
        if whoNode != nil, case .sequence(let written)? = ownersNode, written.items.isEmpty { action.sourceNamesNoOwner = true }
        return action
    }

    /// Several milestones of one action: due at the latest of them.
    static func combine(_ schedules: [Schedule]) -> Schedule {
        if schedules.count == 1 { return schedules[0] }
        var windows: [DateWindow] = []
        for schedule in schedules {
            if case .deadline(let own) = schedule.kind { windows += own } else { return schedule }
        }
        return Schedule(text: schedules.map(\.text).joined(separator: " / "), kind: .deadline(windows))
    }

    // MARK: owners

    static let ownerKeys = ["org", "role", "lead"]

    /// The owners of an action; an empty list is allowed when `sourceNamesNone` (the action gives the
    /// source's `who:` cell, which names no owner).
    func decodeOwners(_ node: YAMLNode, sourceNamesNone: Bool = false) -> [Owner]? {
        let entries = items(of: node.isScalarText ? .sequence(YAMLSequence(items: [node], position: node.position)) : node, "the action's owners")
        var owners: [Owner] = []
        var leadLocation: SourceLocation?
        var seenKeys: [String: SourceLocation] = [:]
        for entry in entries {
            var name: String?, role: String?, lead = false
            var nameNode = entry
            switch entry {
            case .scalar(let scalar):
                name = scalar.text
            case .mapping(let mapping):
                let walk = forEachEntry(of: mapping, in: "an owner", keys: Self.ownerKeys) { key, value, _ in
                    switch key {
                    case "org":
                        name = nonEmptyText(value, "the owner's 'org'")
                        nameNode = value
                    case "role": role = nonEmptyText(value, "the owner's role")
                    case "lead":
                        lead = flag(value, "'lead'", hint: Messages.leadHint) ?? false
                    default: break
                    }
                }
                requireKeys(["org"], of: walk, in: "an owner", at: entry)
            default:
                error(.badOwner, Messages.badOwner(found: describe(entry)), at: entry)
            }
            guard let name, let key = resolveOwnerName(name, at: nameNode) else { continue }
            let here = location(nameNode)
            if let first = seenKeys[key] {
                error(.ownerTwice, Messages.ownerTwice(key), at: here, hint: Messages.ownerTwiceHint(key),
                      notes: [.init(Messages.firstNamedHere, at: first)])
                continue
            }
            seenKeys[key] = here
            if lead {
                if let first = leadLocation {
                    error(.twoLeads, Messages.twoLeads, at: here, hint: Messages.twoLeadsHint, notes: [.init(Messages.theFirstLead, at: first)])
                    lead = false
                } else {
                    leadLocation = here
                }
            }
            owners.append(Owner(key: key, role: role, isLead: lead, location: here))
        }
        if entries.isEmpty, !node.isScalarText, !sourceNamesNone {
            error(.noOwners, Messages.noOwners, at: node, hint: Messages.noOwnersHint)
        }
        // Without an explicit lead, the first named leads.
        if leadLocation == nil, !owners.isEmpty { owners[0].isLead = true }
        return owners
    }

    /// The registry key of an owner name, or nil after reporting it as unknown.
    func resolveOwnerName(_ name: String, at node: YAMLNode) -> String? {
        reportPlaceholder(name, "the owner", at: node, hint: Messages.ownerPlaceholderHint)
        if let key = registry.key(for: name) { return key }
        let hint = registry.suggestion(for: name).map(Messages.unknownOwnerSuggestion) ?? Messages.unknownOwnerHint
        error(.unknownOwner, Messages.unknownOwner(NodeReader.shorten(name)), at: node, hint: hint)
        return nil
    }
}

extension YAMLNode {
    /// Whether this is a non-empty scalar (one owner written without a list).
    var isScalarText: Bool {
        if case .scalar(let scalar) = self { return !scalar.text.isEmpty }
        return false
    }
}

/// A large plan's themes split in shares, each decoded by its own decoder on its own thread.
/// Only reads are shared (the tree, the source); each share's decoder is used by one thread.
private final class ThemeShares: @unchecked Sendable {
    private let items: [YAMLNode]
    let decoders: [PlanDecoder]

    init(items: [YAMLNode], decoders: [PlanDecoder]) {
        self.items = items
        self.decoders = decoders
    }

    /// The themes of one share, in order.
    func decode(_ share: Int) -> [Theme] {
        let count = decoders.count
        let range = (items.count * share / count)..<(items.count * (share + 1) / count)
        return items[range].compactMap(decoders[share].decodeOneTheme)
    }
}
