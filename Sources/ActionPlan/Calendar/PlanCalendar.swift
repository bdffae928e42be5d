import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace
/// The dated events of plans for a calendar: every one-off action on its due date, every dated
/// milestone of an activity, and every recurring obligation at the end of its window in each plan
/// year. Ongoing and unscheduled actions have no date and no event.
public struct PlanCalendar: Sendable {
    /// The domain after `@` in every event's UID.
    package static let uidDomain = "actionplan.calendar"

    /// Only events of actions this owner leads or takes part in.
    package var owner: OwnerMatch?
    /// With `owner`: only events of actions it leads.
    package var leadOnly = false
    /// Only events on or after this day.
    package var from: CalendarDate?
    /// Only events on or before this day.
    package var until: CalendarDate?
    /// The language of the words in descriptions.
    package var language: PlanLanguage

    /// Creates a calendar query.
    public init(language: PlanLanguage, owner: OwnerMatch? = nil, from: CalendarDate? = nil, until: CalendarDate? = nil) {
        self.language = language
        self.owner = owner
        self.from = from
        self.until = until
    }

    /// The events of the plans, by date, then plan and id as in the plans.
    package func events(_ plans: [Plan]) -> [CalendarEvent] {
        events(plans, replans: [:])
    }

    /// The events of plans with their progress on a date: a one-off action with a revised planning
    /// (`plan log --replan`) in force on that date is on its new due date (the same UID, so importing
    /// again moves the event), and its description names both plannings.
    public func events(_ plans: [TrackedPlan], asOf: CalendarDate) -> [CalendarEvent] {
        var replans: [String: [String: Schedule]] = [:]
        for tracked in plans {
            for action in tracked.plan.actions {
                if let replan = tracked.progress.replan(of: action.id, asOf: asOf)?.replan {
                    replans[tracked.plan.metadata.id, default: [:]][action.id] = replan
                }
            }
        }
        return events(plans.map(\.plan), replans: replans)
    }

    /// The events, with the revised plannings per plan id and action id.
    private func events(_ plans: [Plan], replans: [String: [String: Schedule]]) -> [CalendarEvent] {
        let names = OwnerNames(plans)
        var events: [(event: CalendarEvent, order: Int)] = []
        for plan in plans {
            for event in self.events(plan, names: names, replans: replans[plan.metadata.id] ?? [:]) where inRange(event.date) {
                events.append((event, events.count))
            }
        }
        return events.sorted { a, b in
            a.event.date != b.event.date ? a.event.date < b.event.date : a.order < b.order
        }.map(\.event)
    }

    private func inRange(_ date: CalendarDate) -> Bool {
        if let from, date < from { return false }
        if let until, date > until { return false }
        return true
    }

    private func events(_ plan: Plan, names: OwnerNames, replans: [String: Schedule]) -> [CalendarEvent] {
        let l = Localizer(language)
        let planID = plan.metadata.id
        func uid(_ parts: String...) -> String {
            ([planID] + parts).map(Self.uidPart).joined(separator: "/") + "@" + Self.uidDomain
        }
        func owners(_ action: Action) -> String {
            l.t("Eigenaren: ", "Owners: ") + names.list(action.ownersLeadFirst, plan: planID, leadMark: l.t("trekker", "lead"))
        }
        func description(_ lines: [String]) -> String {
            (lines + [l.t("Plan: ", "Plan: ") + plan.metadata.title]).joined(separator: "\n")
        }
        var events: [CalendarEvent] = []
        for action in plan.actions {
            if let owner, !(leadOnly ? owner.leads(action, plan: planID) : owner.isAmong(action.owners, plan: planID)) { continue }
            let replan = replans[action.id]
            let planning = l.t("Planning: ", "Planning: ") + l.planning(action.schedule.text, replan: replan?.text)
            switch action.schedule.kind {
            case .deadline, .unscheduled, .noPlanning:
                // A revised planning gives a one-off (or not yet scheduled) action its due date.
                guard let due = (replan ?? action.schedule).dueDate else { continue }
                events.append(CalendarEvent(
                    uid: uid(action.id, "deadline"), date: due, kind: .deadline, summary: "\(action.id) \(action.title)",
                    description: description([owners(action), planning]), planID: planID))
            case .recurring:
                for obligation in action.schedule.obligations(in: plan.metadata.period) {
                    let year = obligation.year ?? obligation.dueDate.year
                    let required = l.t("Vereist in \(year): \(obligation.requiredOccurrences)×",
                                       "Required in \(year): \(obligation.requiredOccurrences)×")
                    events.append(CalendarEvent(
                        uid: uid(action.id, String(year)), date: obligation.dueDate, kind: .recurrence,
                        summary: "\(action.id) \(action.title)", description: description([owners(action), planning, required]),
                        planID: planID))
                }
            case .ongoing, .ongoingFrom:
                continue
            }
        }
        for activity in plan.activities {
            let actions = activity.actions
            for (number, milestone) in activity.milestones.enumerated() {
                guard let due = milestone.schedule.dueDate else { continue }
                let named = Set(milestone.actionIDs)
                let concerned = actions.filter { named.contains($0.id) }
                if let owner {
                    // The activity's lead is the first of its partners.
                    let key = owner.key(in: planID)
                    let concernsOwner = leadOnly
                        ? activity.partners.first == key || concerned.contains { owner.leads($0, plan: planID) }
                        : activity.partners.contains { $0 == key } || concerned.contains { owner.isAmong($0.owners, plan: planID) }
                    if !concernsOwner { continue }
                }
                var lines = [l.t("Mijlpaal van activiteit ", "Milestone of activity ") + "\(activity.id) \(activity.title)"]
                if !milestone.actionIDs.isEmpty { lines.append(l.t("Acties: ", "Actions: ") + milestone.actionIDs.joined(separator: ", ")) }
                if !activity.partners.isEmpty {
                    lines.append(l.t("Partners: ", "Partners: ") + activity.partners.map { names.name($0, plan: planID) }.joined(separator: ", "))
                }
                lines.append(l.t("Planning: ", "Planning: ") + milestone.schedule.text)
                events.append(CalendarEvent(
                    uid: uid(activity.id, "milestone", String(number + 1)), date: due, kind: .milestone,
                    summary: "\(activity.id) \(milestone.title)", description: description(lines), planID: planID))
            }
        }
        return events
    }

    /// A UID part: ASCII letters, digits, `.` and `-` kept, every other byte of the UTF-8 text
    /// percent-encoded (`1 2` → `1%202`, `1_2` → `1%5F2`, `1é2` → `1%C3%A92`), so every UID is plain
    /// ASCII and different ids (parts joined by `/`, itself encoded) never share one.
    static func uidPart(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "."), UInt8(ascii: "-"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return out
    }
}
