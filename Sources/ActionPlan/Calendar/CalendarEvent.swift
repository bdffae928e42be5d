import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace
/// One all-day event of a plan's calendar: a deadline, a milestone, or the end of one plan year's
/// window of a recurring obligation.
public struct CalendarEvent: Sendable, Hashable {
    /// What the event marks.
    package enum Kind: String, Sendable, Hashable {
        /// A one-off action's due date.
        case deadline
        /// An activity's dated milestone.
        case milestone
        /// The end of a recurring obligation's window in one plan year.
        case recurrence
    }

    /// A stable id: the same plan, item and year give the same id on every run, so a calendar
    /// program updates the event rather than adding it again.
    package var uid: String
    /// The day.
    package var date: CalendarDate
    /// What the event marks.
    package var kind: Kind
    /// `ID title`.
    package var summary: String
    /// The owners, the planning as written and the plan, one per line.
    package var description: String
    /// The plan the event comes from.
    package var planID: String

    /// Creates an event.
    package init(uid: String, date: CalendarDate, kind: Kind, summary: String, description: String, planID: String) {
        self.uid = uid
        self.date = date
        self.kind = kind
        self.summary = summary
        self.description = description
        self.planID = planID
    }
}
