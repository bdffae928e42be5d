/// One action (actie, maatregel) of a plan.
public struct Action: Sendable, Hashable {
    /// The id as written in the source's numbering ("2.10", "1.2.3"); always text.
    public var id: String
    /// The action text, verbatim.
    public var title: String
    /// When it is to be done.
    public var schedule: Schedule
    /// Where the schedule comes from.
    package var scheduleSource: ScheduleSource
    /// Where the action's own planning is written (nil when it comes from its activity or a milestone).
    package var planningLocation: SourceLocation?
    /// The owner cell as the source writes it.
    package var who: String?
    /// The owners, lead first.
    public var owners: [Owner]
    /// The budget of the action itself (an activity's budget is on the activity).
    public var budget: Budget?
    /// A sub-heading the source puts the action under ("Seksuele uitbuiting").
    package var group: String?
    /// Free notes.
    public var notes: String?
    /// The theme the action belongs to.
    public var themeID: String
    /// The activity the action belongs to, if any.
    public var activityID: String?
    /// Where the action comes from: the plan itself, a regional plan a local plan adopts, or a
    /// local addition.
    public var origin: ActionOrigin = .own
    /// For a regional action in a local plan: what the local plan's override replaces (`planning`,
    /// `owners`, `budget`, `notes`, `who`), in that order; empty when it is as the region wrote it.
    package var overridden: [String] = []
    /// Where the action is written.
    package var location: SourceLocation

    /// Creates an action.
    package init(
        id: String, title: String, schedule: Schedule, scheduleSource: ScheduleSource = .own,
        planningLocation: SourceLocation? = nil, who: String? = nil,
        owners: [Owner], budget: Budget? = nil, group: String? = nil, notes: String? = nil,
        themeID: String, activityID: String? = nil, location: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.schedule = schedule
        self.scheduleSource = scheduleSource
        self.planningLocation = planningLocation
        self.who = who
        self.owners = owners
        self.budget = budget
        self.group = group
        self.notes = notes
        self.themeID = themeID
        self.activityID = activityID
        self.location = location
    }

    /// The owner who leads.
    public var lead: Owner? { owners.first(where: \.isLead) ?? owners.first }

    /// Whether the source names no owner for the action (`owners: []` beside its `who:` cell): nobody
    /// is invented; workload shows it under "no owner named", and derive adopts it for no municipality.
    package var namesNoOwner: Bool { sourceNamesNoOwner && owners.isEmpty }

    /// Set when the plan writes `owners: []` beside `who:` (not when owners were dropped as unknown).
    package var sourceNamesNoOwner = false

    /// The owners with the lead first, the partners in the order written.
    package var ownersLeadFirst: [Owner] { owners.filter(\.isLead) + owners.filter { !$0.isLead } }

    /// The owners as one line, lead first, each with its role: `pol (lead), gem-a` (for diffs and warnings).
    package var ownersText: String {
        ownersLeadFirst.map { owner in owner.role.map { "\(owner.key) (\($0))" } ?? owner.key }.joined(separator: ", ")
    }
}

/// Where an action's schedule comes from.
package enum ScheduleSource: String, Sendable, Hashable {
    /// The action's own `planning`.
    case own
    /// A milestone of its activity that names it.
    case milestone
    /// Its activity's planning or duration.
    case activity
}

/// An owner of an action, resolved to the registry.
public struct Owner: Sendable, Hashable {
    /// The registry key.
    public var key: String
    /// The role the source gives ("voorzitter").
    public var role: String?
    /// Whether this owner leads the action.
    public var isLead: Bool
    /// Where the owner is written.
    package var location: SourceLocation

    /// Creates an owner.
    package init(key: String, role: String? = nil, isLead: Bool, location: SourceLocation) {
        self.key = key
        self.role = role
        self.isLead = isLead
        self.location = location
    }
}

/// Where an action of a plan comes from.
public enum ActionOrigin: Sendable, Hashable {
    /// Written in the plan itself (a regional or standalone plan).
    case own
    /// Adopted from the regional plan with this id (in a local plan); the action keeps its regional id.
    case regional(planID: String)
    /// Added by a local plan.
    case local

    /// `own`, `regional` or `local`, as in JSON.
    package var name: String {
        switch self {
        case .own: return "own"
        case .regional: return "regional"
        case .local: return "local"
        }
    }
}
