import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace
/// The words of the report in Dutch or English, and the generated summary sentences.
struct ReportText {
    let l: Localizer
    init(_ language: PlanLanguage) { l = Localizer(language) }

    func standing(_ standing: ActionStanding) -> String { l.standing(standing) }

    /// The order the report shows standings in: what is finished first, what is late in the middle.
    static let standings: [ActionStanding] = [.done, .inProgress, .late, .notStarted, .dropped]

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

    var missedHeading: String { l.t("Niet gehaald in eerdere jaren", "Missed in earlier years") }

    var missedIntro: String {
        l.t("Terugkerende verplichtingen van afgesloten planjaren die niet gehaald zijn. Dit is geschiedenis: het maakt een actie nu niet vertraagd.",
            "Recurring obligations of completed plan years that were not met. This is history: it does not make an action late now.")
    }

    var unknownSpending: String {
        l.t("— : niet geregistreerd (geen besteding vastgelegd, of een jaar na de peildatum).",
            "— : not recorded (no spending logged, or a year after the as-of date).")
    }

    var sections: [String] {
        [l.t("Samenvatting", "Summary"), l.t("Voortgang per thema", "Progress per theme"), l.t("Aandachtspunten", "Attention points"),
         l.t("Vooruitblik", "Outlook"), l.t("Terugkerende verplichtingen", "Recurring commitments"), l.t("Budget", "Budget"), l.t("Tijdlijn", "Timeline"),
         l.t("Eigenaren", "Owners"), l.t("Bijlage: alle acties", "Appendix: all actions")]
    }

    /// The kind of a change since the previous report, as a label.
    func change(_ kind: ReportComparison.Kind) -> String {
        switch kind {
        case .done: return l.t("Afgerond", "Done")
        case .late: return l.t("Te laat geworden", "Became late")
        case .replanned: return l.t("Herpland", "Replanned")
        case .dropped: return l.t("Vervallen", "Dropped")
        }
    }

    func sincePrevious(_ date: CalendarDate) -> String {
        l.t("Sinds het vorige verslag (\(l.date(date)))", "Since the previous report (\(l.date(date)))")
    }

    var thenAndNowIntro: String {
        l.t("Per thema het aantal acties per stand bij het vorige verslag en nu (toen → nu).",
            "Per theme the actions by standing at the previous report and now (then → now).")
    }

    func outlookIntro(_ asOf: CalendarDate, _ until: CalendarDate) -> String {
        l.t("Wat tussen \(l.date(asOf)) en \(l.date(until)) afloopt: termijnen (herziene waar een actie is herpland) en terugkerende verplichtingen die nog niet gehaald zijn, per thema, met de trekker.",
            "What falls due between \(l.date(asOf)) and \(l.date(until)): deadlines (revised ones where an action was replanned) and recurring obligations not yet met, per theme, with the lead.")
    }

    func nothingDue(_ until: CalendarDate) -> String {
        l.t("Tot \(l.date(until)) loopt geen termijn af.", "Nothing falls due until \(l.date(until)).")
    }

    var keyMessageHeading: String { l.t("Kernboodschap", "Key message") }
    var decisionHeading: String { l.t("Gevraagd besluit", "Decision asked") }
    var budgetByThemeHeading: String { l.t("Per thema", "Per theme") }
    var goalLabel: String { l.t("Doel", "Goal") }
    var resultsLabel: String { l.t("Resultaten", "Results") }

    /// Three to five plain sentences on where the plan stands.
    func sentences(_ data: ReportData) -> [String] {
        var sentences = [standingSentence(data.totals)]
        // In a local plan the region's entries are the region's: counted apart, never as the municipality's.
        let entries = data.changes.reduce(0) { $0 + $1.entries.count { !$0.entry.isRegional } }
        let regionalEntries = data.changes.reduce(0) { $0 + $1.entries.count { $0.entry.isRegional } }
        if data.plan.base != nil {
            sentences.append(l.t(
                "Sinds \(l.date(data.since)) heeft de gemeente \(entries) keer voortgang vastgelegd, en de regio \(regionalEntries) keer bij overgenomen acties.",
                "Since \(l.date(data.since)), the municipality recorded progress \(entries) times, and the region \(regionalEntries) times on adopted actions."))
        } else {
            sentences.append(l.t(
                "Sinds \(l.date(data.since)) " + (entries == 0 ? "is geen voortgang vastgelegd."
                    : entries == 1 ? "is 1 voortgangsbericht vastgelegd." : "zijn \(entries) voortgangsberichten vastgelegd."),
                "Since \(l.date(data.since)), " + (entries == 0 ? "no progress was recorded."
                    : entries == 1 ? "1 progress entry was recorded." : "\(entries) progress entries were recorded.")))
        }
        let lateItems = data.lateItems.count
        let stale = data.staleItems.count
        var attention = lateItems == 0
            ? l.t("Op \(l.date(data.asOf)) is niets te laat of achter op schema", "On \(l.date(data.asOf)), nothing is overdue or behind schedule")
            : l.t("Op \(l.date(data.asOf)) \(lateItems == 1 ? "is" : "zijn") \(l.count(lateItems, ("punt", "punten"), ("", ""))) te laat of achter op schema",
                  "On \(l.date(data.asOf)), \(lateItems) \(lateItems == 1 ? "item is" : "items are") overdue or behind schedule")
        if stale > 0 {
            attention += l.t(
                ", en is voor \(l.count(stale, ("doorlopende actie", "doorlopende acties"), ("", ""))) al een half jaar geen voortgang gemeld",
                ", and \(stale) ongoing \(stale == 1 ? "action has" : "actions have") had no progress for six months")
        }
        sentences.append(attention + ".")
        let pastYears = data.pastYears
        if !pastYears.isEmpty {
            let met = pastYears.filter { !$0.isMissed }.count
            sentences.append(l.t(
                "Van de \(l.count(pastYears.count, ("jaarlijkse verplichting", "jaarlijkse verplichtingen"), ("", ""))) in afgelopen planjaren \(met == 1 ? "is er 1" : "zijn er \(met)") gehaald.",
                "Of the \(l.count(pastYears.count, ("", ""), ("yearly obligation", "yearly obligations"))) in past plan years, \(met) \(met == 1 ? "was" : "were") met."))
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
            if let local = year.local, let regional = year.regional {
                // A local plan: the headline counts the municipality's own money; the region's is named apart.
                sentence = l.t("De begroting van de gemeente voor \(year.year) is \(l.money(local))", "The municipality's budget for \(year.year) is \(l.money(local))")
                if regional != .zero {
                    sentence += l.t(" (daarnaast \(l.money(regional)) van de regio bij overgenomen acties)", " (besides \(l.money(regional)) of the region's in adopted actions)")
                }
            }
            if let spent = year.spent { sentence += l.t(", waarvan \(l.money(spent)) besteed", ", of which \(l.money(spent)) spent") }
            sentences.append(sentence + ".")
        }
        return sentences
    }

    /// "Van de 47 acties zijn er 2 afgerond, lopen er 37, …": each standing with a count, in the
    /// report's order, the verb agreeing with its count; standings without actions are left out.
    func standingSentence(_ totals: [ActionStanding: Int]) -> String {
        let all = totals.values.reduce(0, +)
        let counted = Self.standings.compactMap { standing in (totals[standing] ?? 0) > 0 ? (standing, totals[standing]!) : nil }
        guard !counted.isEmpty else { return l.t("Het plan heeft geen acties.", "The plan has no actions.") }
        let parts = counted.enumerated().map { index, pair -> String in
            let (standing, n) = pair
            switch l.language {
            case .nl:
                if standing == .inProgress { return n == 1 ? "loopt er 1" : "lopen er \(n)" }
                return (n == 1 ? "is er 1 " : "zijn er \(n) ") + l.standing(standing)
            case .en:
                // "Of the 47 actions, 2 are done, 37 in progress and …": the verb once, agreeing with the first count.
                return index == 0 ? "\(n) \(n == 1 ? "is" : "are") \(l.standing(standing))" : "\(n) \(l.standing(standing))"
            }
        }
        let list = parts.count == 1 ? parts[0] : parts.dropLast().joined(separator: ", ") + l.t(" en ", " and ") + parts.last!
        return l.t("Van de \(l.count(all, ("actie", "acties"), ("", ""))) \(list).",
                   "Of the \(all) \(all == 1 ? "action" : "actions"), \(list).")
    }
}
