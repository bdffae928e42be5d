/// A theme (thema, actielijn): the top level of a plan.
public struct Theme: Sendable, Hashable {
    /// The id as written ("1").
    public var id: String
    /// The title.
    public var title: String
    /// The introduction text.
    public var description: String?
    /// The activities, in order.
    public var activities: [Activity]
    /// The actions directly under the theme, in order.
    public var actions: [Action]
    /// Where the theme is written.
    package var location: SourceLocation
    /// How many of the actions and activities written under the theme could not be read (their
    /// problems are reported where they are): a theme with only such entries is not empty.
    package var unreadableEntries = 0

    /// Creates a theme.
    package init(
        id: String, title: String, description: String? = nil, activities: [Activity] = [],
        actions: [Action] = [], location: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.activities = activities
        self.actions = actions
        self.location = location
    }

    /// The actions of the theme's activities, then its own.
    public var allActions: [Action] {
        var all: [Action] = []
        all.reserveCapacity(actionCount)
        appendActions(to: &all)
        return all
    }

    /// How many actions `allActions` holds.
    var actionCount: Int { activities.reduce(actions.count) { $0 + $1.actions.count } }

    /// Appends the theme's actions, in the order of `allActions`.
    func appendActions(to all: inout [Action]) {
        for index in activities.indices { all.append(contentsOf: activities[index].actions) }
        all.append(contentsOf: actions)
    }
}

/// A group of actions with a shared goal, results, partners, duration and budget
/// (an Activiteit of the Zuid-Limburg plan).
public struct Activity: Sendable, Hashable {
    /// The id as written ("1.2").
    public var id: String
    /// The title.
    public var title: String
    /// The explanation (Toelichting).
    package var explanation: String?
    /// The goal (Doelstelling).
    package var goal: String?
    /// The expected results (Resultaat).
    package var results: [String]
    /// The partners as the source writes them (Uitvoeringspartners).
    package var partnersText: String?
    /// The partners, resolved to registry keys.
    public var partners: [String]
    /// The duration as the source writes it (Looptijd).
    package var duration: String?
    /// The planning its actions take when they have none of their own.
    public var schedule: Schedule?
    /// Dated milestones from the duration.
    package var milestones: [Milestone]
    /// The budget.
    public var budget: Budget?
    /// The actions, in order.
    public var actions: [Action]
    /// Where the activity is written.
    package var location: SourceLocation
    /// How many of the actions written under the activity could not be read (their problems are
    /// reported where they are): an activity with only such actions is not empty.
    package var unreadableEntries = 0

    /// Creates an activity.
    package init(
        id: String, title: String, explanation: String? = nil, goal: String? = nil, results: [String] = [],
        partnersText: String? = nil, partners: [String] = [], duration: String? = nil, schedule: Schedule? = nil,
        milestones: [Milestone] = [], budget: Budget? = nil, actions: [Action] = [], location: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.explanation = explanation
        self.goal = goal
        self.results = results
        self.partnersText = partnersText
        self.partners = partners
        self.duration = duration
        self.schedule = schedule
        self.milestones = milestones
        self.budget = budget
        self.actions = actions
        self.location = location
    }
}

/// A dated milestone of an activity, attached to the actions it concerns.
package struct Milestone: Sendable, Hashable {
    /// When it is due.
    package var schedule: Schedule
    /// What is to be reached.
    package var title: String
    /// The ids of the actions it concerns.
    package var actionIDs: [String]
    /// Where each of those ids is written.
    package var actionIDLocations: [SourceLocation]
    /// Where it is written.
    package var location: SourceLocation

    /// Creates a milestone.
    package init(
        schedule: Schedule, title: String, actionIDs: [String], actionIDLocations: [SourceLocation] = [],
        location: SourceLocation
    ) {
        self.schedule = schedule
        self.title = title
        self.actionIDs = actionIDs
        self.actionIDLocations = actionIDLocations
        self.location = location
    }
}
