/// An adopted action plan: its metadata, the organisations it names, and its themes with their
/// activities and actions, as loaded from a plan file.
public struct Plan: Sendable {
    /// What the plan is.
    public var metadata: PlanMetadata
    /// The registry of owners and partners, in the order of the file.
    public var organisations: [Organisation]
    /// The themes, in order.
    public var themes: [Theme]
    /// The totals per year as printed in the source, when the file gives them.
    package var declaredTotals: DeclaredTotals?
    /// The path the plan was loaded from.
    public var path: String
    /// For a local plan: the regional plan it extends.
    package var base: PlanBase?

    /// Creates a plan.
    package init(
        metadata: PlanMetadata, organisations: [Organisation], themes: [Theme],
        declaredTotals: DeclaredTotals?, path: String
    ) {
        self.metadata = metadata
        self.organisations = organisations
        self.themes = themes
        self.declaredTotals = declaredTotals
        self.path = path
    }

    /// Every action of the plan, in the order of the file (a theme's activities first, then its
    /// own actions).
    public var actions: [Action] {
        // One array, filled once: the plan's actions are gathered often, and each copy costs.
        var all: [Action] = []
        all.reserveCapacity(themes.reduce(0) { $0 + $1.actionCount })
        for index in themes.indices { themes[index].appendActions(to: &all) }
        return all
    }

    /// Every activity of the plan, in order.
    public var activities: [Activity] { themes.flatMap(\.activities) }

    /// The organisation with a registry key.
    public func organisation(key: String) -> Organisation? {
        organisations.first { $0.key == key }
    }
}

/// What a plan is: its identity, owner, period, language and origin.
public struct PlanMetadata: Sendable, Hashable {
    /// A short stable id, e.g. `rotterdam-2024-2026`.
    public var id: String
    /// The title as in the source.
    public var title: String
    /// The region or organisation that owns the plan.
    public var region: String
    /// The plan's first and last year.
    public var period: PlanPeriod
    /// The language of its texts, and the default language of output.
    public var language: PlanLanguage
    /// Where and when it was adopted.
    package var adoption: Adoption?
    /// The source document.
    package var source: String?
    /// Free notes.
    package var notes: String?

    /// Creates plan metadata.
    package init(
        id: String, title: String, region: String, period: PlanPeriod, language: PlanLanguage,
        adoption: Adoption? = nil, source: String? = nil, notes: String? = nil
    ) {
        self.id = id
        self.title = title
        self.region = region
        self.period = period
        self.language = language
        self.adoption = adoption
        self.source = source
        self.notes = notes
    }
}

/// The years a plan runs, first and last included.
public struct PlanPeriod: Sendable, Hashable {
    /// The first year.
    public var firstYear: Int
    /// The last year.
    public var lastYear: Int

    /// Creates a period; `firstYear` must not be after `lastYear`.
    package init(firstYear: Int, lastYear: Int) {
        precondition(firstYear <= lastYear, "a plan period ends after it starts")
        self.firstYear = firstYear
        self.lastYear = lastYear
    }

    /// The years of the period.
    public var years: ClosedRange<Int> { firstYear...lastYear }
    /// 1 January of the first year.
    package var start: CalendarDate { .startOfYear(firstYear) }
    /// 31 December of the last year.
    package var end: CalendarDate { .endOfYear(lastYear) }
    /// Whether a day lies within the period.
    package func contains(_ date: CalendarDate) -> Bool { start <= date && date <= end }
}

/// The languages plans are written in.
public enum PlanLanguage: String, Sendable, Hashable, CaseIterable {
    /// Dutch.
    case nl
    /// English.
    case en
}

/// Where and when a plan was adopted.
package struct Adoption: Sendable, Hashable {
    /// The body that adopted it (the RVO, the colleges of the municipalities).
    package var by: String?
    /// The day it was adopted.
    package var date: CalendarDate?

    /// Creates an adoption record.
    package init(by: String?, date: CalendarDate?) {
        self.by = by
        self.date = date
    }
}

/// The totals per year as printed in the source's financing table.
package struct DeclaredTotals: Sendable, Hashable {
    /// Where in the source the totals come from.
    package var source: String?
    /// The declared amount per year, in year order.
    package var years: [YearAmount]
    /// Where the totals are written.
    package var location: SourceLocation

    /// Creates declared totals.
    package init(source: String?, years: [YearAmount], location: SourceLocation) {
        self.source = source
        self.years = years
        self.location = location
    }
}

/// An amount for one year, with where it is written.
package struct YearAmount: Sendable, Hashable {
    /// The year.
    package var year: Int
    /// The amount (zero while it is still to be set).
    package var amount: Money
    /// Where the year's amount is written.
    package var location: SourceLocation
    /// Whether the amount is still to be set (`p.m.`, pro memorie): counted apart, never as zero.
    package var isToBeSet = false

    /// Creates a year amount.
    package init(year: Int, amount: Money, location: SourceLocation) {
        self.year = year
        self.amount = amount
        self.location = location
    }
}

/// The regional plan a local plan extends.
package struct PlanBase: Sendable, Hashable {
    /// The base's path, as resolved from the local plan's folder.
    package var path: String
    /// The base plan's id.
    package var planID: String
    /// The content hash of the base the local plan was derived from, as recorded.
    package var recordedVersion: String?
    /// The content hash of the base as it is now.
    package var currentVersion: String
    /// The path of the snapshot of the base as it was derived from, when recorded.
    package var snapshotPath: String?
    /// The regional owners that stand for the municipality: the roles the local plan maps, and the
    /// municipality's own entry in the region's registry (found by the local plan's `region`).
    package var municipalOwners: [String] = []

    /// Creates a base record.
    package init(path: String, planID: String, recordedVersion: String?, currentVersion: String, snapshotPath: String?) {
        self.path = path
        self.planID = planID
        self.recordedVersion = recordedVersion
        self.currentVersion = currentVersion
        self.snapshotPath = snapshotPath
    }
}
