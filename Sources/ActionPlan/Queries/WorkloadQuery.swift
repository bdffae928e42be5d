import ActionPlanCore
import ActionPlanFiles
/// Who carries how much: per owner the actions led and joined, open ones, late ones it leads and
/// late ones it takes part in (late is the lead's), the
/// recurring commitments per year of the actions led, and the budget of what it leads.
///
/// Decisions: an action's owners are what the plan names for it; the partners of an activity
/// (Uitvoeringspartners) are not counted as partners of its actions. An activity's budget counts
/// for the first organisation in its partners, the activity's lead.
public struct WorkloadQuery: Sendable {
    /// The day the question is asked for (for open and overdue).
    public var asOf: CalendarDate
    /// Only this owner.
    public var owner: OwnerMatch?
    /// With `owner`: count only the actions it leads (`workload --owner NAME --lead`), so its row has
    /// no partner actions.
    package var leadOnly = false

    /// Creates a query for a date.
    public init(asOf: CalendarDate) { self.asOf = asOf }

    /// The owners of all plans, heaviest load first. Owners of several plans are one row only when
    /// they are one owner (`OwnerIdentities`): Rotterdam's RIEC and Zuid-Limburg's are two rows, each
    /// with its own plan's numbers.
    public func run(_ plans: [TrackedPlan]) throws(MoneyOverflow) -> [OwnerWorkload] {
        let identities = OwnerIdentities(plans.map(\.plan))
        var byKey: [Int: OwnerWorkload] = [:]
        var order: [Int] = []
        var selected: Set<Int> = []
        var unnamed = OwnerWorkload(key: OwnerWorkload.noOwnerNamed, name: "")
        // An owner gets its row when first met: normally through its plan's organisations, but a plan
        // built or edited in memory (two plans with one id, an owner its registry lacks) can name an
        // owner first in an action, and that must not trap.
        func register(_ index: Int) {
            guard byKey[index] == nil else { return }
            let identity = identities.identities[index]
            var load = OwnerWorkload(key: identity.key, name: identity.name)
            load.planID = identity.planID
            byKey[index] = load
            order.append(index)
        }
        for tracked in plans {
            let plan = tracked.plan
            let planID = plan.metadata.id
            let period = plan.metadata.period
            for organisation in plan.organisations {
                guard let index = identities.index(of: organisation.key, in: planID) else { continue }
                if owner?.key(in: planID) == organisation.key { selected.insert(index) }
                register(index)
            }
            for action in plan.actions {
                let standing = tracked.standing(of: action, asOf: asOf)
                if action.namesNoOwner {
                    // The source names no owner: counted apart, under "no owner named", as the actions themselves.
                    unnamed.lead += 1
                    if standing.isOpen { unnamed.open += 1 }
                    if standing == .late { unnamed.overdue += 1 }
                    if case .recurring(let recurrence) = action.schedule.kind { unnamed.recurringPerYear += recurrence.timesPerYear }
                    if let budget = action.budget { unnamed.budgetLed = unnamed.budgetLed + budget.total(period: period) }
                }
                for owner in action.owners {
                    if leadOnly && !owner.isLead { continue }
                    guard let index = identities.index(of: owner.key, in: planID) else { continue }
                    register(index)
                    guard var load = byKey[index] else { continue }
                    if owner.isLead {
                        load.lead += 1
                        if case .recurring(let recurrence) = action.schedule.kind { load.recurringPerYear += recurrence.timesPerYear }
                        if let budget = action.budget { load.budgetLed = load.budgetLed + budget.total(period: period) }
                    } else {
                        load.partner += 1
                    }
                    if standing.isOpen { load.open += 1 }
                    // Late is the lead's: the partners of a late action count it apart.
                    if standing == .late {
                        if owner.isLead { load.overdue += 1 } else { load.overdueAsPartner += 1 }
                    }
                    byKey[index] = load
                }
            }
            for activity in plan.activities {
                guard let budget = activity.budget, let lead = activity.partners.first,
                      let index = identities.index(of: lead, in: planID), var load = byKey[index] else { continue }
                load.budgetLed = load.budgetLed + budget.total(period: period)
                byKey[index] = load
            }
        }
        let carrying = order.filter { index in byKey[index].map { $0.lead + $0.partner > 0 || $0.budgetLed != .zero } ?? false }
        let names = identities.shownNames(carrying)
        let loads = carrying.filter { owner == nil || selected.contains($0) }.compactMap { index -> OwnerWorkload? in
            guard var load = byKey[index] else { return nil }
            load.displayName = names[index]
            return load
        }
        if let load = loads.first(where: { $0.budgetLed.isOverflow }) { throw MoneyOverflow("the budgets led by \(load.key)") }
        if unnamed.budgetLed.isOverflow { throw MoneyOverflow("the budgets of the actions naming no owner") }
        let sorted = loads.enumerated().sorted { a, b in
            let x = a.element, y = b.element
            if x.lead + x.partner != y.lead + y.partner { return x.lead + x.partner > y.lead + y.partner }
            if x.lead != y.lead { return x.lead > y.lead }
            return a.offset < b.offset
        }.map(\.element)
        // The actions whose source names no owner come last, as one row of their own.
        return sorted + (owner == nil && unnamed.lead > 0 ? [unnamed] : [])
    }
}

/// The load of one owner.
public struct OwnerWorkload: Sendable, Hashable {
    /// The registry key; `noOwnerNamed` for the row of actions whose source names no owner.
    public var key: String
    /// The full name.
    public var name: String
    /// The plan whose registry names it (the first, for an owner of several plans).
    package var planID: String?
    /// The name people read; with the plan's region when two owners of the plans given would read alike
    /// (`RIEC (Zuid-Limburg)`).
    public var displayName: String?
    /// Actions it leads.
    public var lead = 0
    /// Actions it takes part in without leading.
    public var partner = 0
    /// Of those, the ones not done or dropped.
    public var open = 0
    /// Of the actions it leads, the late ones.
    public var overdue = 0
    /// Of the actions it takes part in without leading, the late ones.
    public var overdueAsPartner = 0
    /// Occurrences per year required of the recurring actions it leads (meetings to hold).
    public var recurringPerYear = 0
    /// The budget over the plan period of the actions and activities it leads.
    public var budgetLed = Money.zero

    /// The key of the row of actions whose source names no owner (`owners: []`): no registry key is empty.
    package static let noOwnerNamed = ""

    /// Whether this is the row of actions whose source names no owner.
    public var isNoOwnerNamed: Bool { key == Self.noOwnerNamed }

    /// Creates an empty workload.
    package init(key: String, name: String) {
        self.key = key
        self.name = name
    }
}
