import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace
/// The words of the report in Dutch or English, and the generated summary sentences.
struct ReportText {
    let l: Localizer
    init(_ language: PlanLanguage) { l = Localizer(language) }

    func standing(_ standing: ReportData.Standing) -> String {
        switch standing {
        case .done: return l.t("afgerond", "done")
        case .started: return l.t("lopend", "running")
        case .planned: return l.t("gepland", "planned")
        case .overdue: return l.t("te laat", "overdue")
        case .dropped: return l.t("vervallen", "dropped")
        }
    }

    /// A date in a table cell, short and in the report's language (`31 dec 2024`, `31 Dec 2024`),
    /// joined by no-break spaces so a narrow column never splits it over two lines.
    func shortDate(_ date: CalendarDate) -> String {
        let months = l.language == .nl
            ? ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
            : ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(date.day)\u{00A0}\(months[date.month - 1])\u{00A0}\(date.year)"
    }

    var withoutProgressHeading: String { l.t("Zonder voortgang", "Without progress") }

    var withoutProgressIntro: String {
        l.t("Doorlopende acties waarover een half jaar of langer geen voortgang is gemeld, per thema; de bijlage noemt ze elk.",
            "Ongoing actions with no progress reported for six months or more, per theme; the appendix lists each.")
    }

    var sections: [String] {
        [l.t("Samenvatting", "Summary"), l.t("Gedaan en gewijzigd", "Done and changed"), l.t("Aandachtspunten", "Attention points"),
         l.t("Terugkerende verplichtingen", "Recurring commitments"), l.t("Budget", "Budget"), l.t("Tijdlijn", "Timeline"),
         l.t("Eigenaren", "Owners"), l.t("Bijlage: alle acties", "Appendix: all actions")]
    }

    /// Three to five plain sentences on where the plan stands.
    func sentences(_ data: ReportData) -> [String] {
        let totals = data.totals
        let all = totals.values.reduce(0, +)
        func n(_ standing: ReportData.Standing) -> Int { totals[standing] ?? 0 }
        var sentences: [String] = []
        sentences.append(l.t(
            "Van de \(all) acties zijn er \(n(.done)) afgerond, \(n(.started)) lopend en \(n(.planned)) gepland; \(n(.overdue)) \(n(.overdue) == 1 ? "is" : "zijn") te laat en \(n(.dropped)) vervallen.",
            "Of the \(all) actions, \(n(.done)) are done, \(n(.started)) running and \(n(.planned)) planned; \(n(.overdue)) \(n(.overdue) == 1 ? "is" : "are") overdue and \(n(.dropped)) dropped."))
        let entries = data.changes.reduce(0) { $0 + $1.entries.count }
        sentences.append(l.t(
            "Sinds \(l.date(data.since)) is \(entries) keer voortgang vastgelegd.",
            "Since \(l.date(data.since)), progress was recorded \(entries) times."))
        let lateItems = data.attention.filter { $0.reason == .deadline || $0.reason == .recurrence || $0.reason == .behind }.count
        let stale = data.attention.filter { $0.reason == .stale }.count
        sentences.append(l.t(
            "Op \(l.date(data.asOf)) \(lateItems == 1 ? "is" : "zijn") \(lateItems) \(lateItems == 1 ? "punt" : "punten") te laat of achter op schema, en is voor \(stale) doorlopende \(stale == 1 ? "actie" : "acties") al een half jaar geen voortgang gemeld.",
            "On \(l.date(data.asOf)), \(lateItems) \(lateItems == 1 ? "item is" : "items are") overdue or behind schedule, and \(stale) ongoing \(stale == 1 ? "action has" : "actions have") had no progress for six months."))
        let pastYears = data.recurring.filter { $0.year < data.asOf.year }
        if !pastYears.isEmpty {
            let met = pastYears.filter { $0.held >= $0.required }.count
            sentences.append(l.t(
                "Van de \(pastYears.count) jaarlijkse verplichtingen in afgelopen planjaren zijn er \(met) gehaald.",
                "Of the \(pastYears.count) yearly obligations in past plan years, \(met) were met."))
        }
        // Not yet scheduled ("nog te bepalen") is never late, so it would vanish from the counts above.
        let unscheduled = data.plan.actions.filter { $0.schedule.planningKind == .unscheduled && !data.isClosed($0) }
        if !unscheduled.isEmpty {
            let ids = unscheduled.map(\.id).joined(separator: ", ")
            sentences.append(l.t(
                "\(unscheduled.count == 1 ? "Eén actie is" : "\(unscheduled.count) acties zijn") nog niet ingepland (nog te bepalen): \(ids).",
                "\(unscheduled.count == 1 ? "One action is" : "\(unscheduled.count) actions are") not yet scheduled (to be decided): \(ids)."))
        }
        if data.budget.total != .zero {
            let year = data.budget.years.first { $0.year == data.asOf.year } ?? data.budget.years.last!
            var sentence = l.t("De begroting voor \(year.year) is \(l.money(year.total))", "The budget for \(year.year) is \(l.money(year.total))")
            if let spent = year.spent { sentence += l.t(", waarvan \(l.money(spent)) besteed", ", of which \(l.money(spent)) spent") }
            sentences.append(sentence + ".")
        }
        return sentences
    }
}
