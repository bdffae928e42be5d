import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace
/// The letter to one owner as a document: addressed to the owner, naming the plans, the as-of date and the
/// day to reply by; first what the owner leads, then, apart, what it takes part in and the meetings it
/// attends; what the columns mean; how to report back.
package struct OwnerLetterText: Sendable {
    private let l: Localizer
    private let text: ReportText
    /// Who signs and receives the answers (the platform secretary), when given.
    package var secretary: String?

    /// Creates a writer of letters in a language.
    package init(language: PlanLanguage, secretary: String? = nil) {
        l = Localizer(language)
        text = ReportText(language)
        self.secretary = secretary
    }

    /// The letter.
    package func document(_ letter: OwnerLetter, asOf: CalendarDate, replyBy: CalendarDate?) -> PaperDocument {
        let plans = letter.plans.map(\.title).joined(separator: l.t(" en ", " and "))
        var doc = PaperDocument(title: l.t("Voortgang actieplan — \(letter.name)", "Action plan progress — \(letter.name)"), language: l.language)
        doc.blocks.append(.heading(1, l.t("Voortgang actieplan: vraag aan \(letter.name)", "Action plan progress: request to \(letter.name)")))
        doc.blocks.append(.labelled(l.t("Aan:", "To:"), letter.name == letter.fullName ? letter.name : "\(letter.name) (\(letter.fullName))"))
        doc.blocks.append(.labelled(l.t("Betreft:", "Subject:"), plans))
        doc.blocks.append(.labelled(l.t("Stand per:", "As of:"), l.date(asOf)))
        if let replyBy { doc.blocks.append(.labelled(l.t("Graag uw reactie vóór:", "Please reply by:"), l.date(replyBy))) }
        doc.blocks.append(.paragraph(l.t("Beste collega's,", "Dear colleagues,")))
        doc.blocks.append(.paragraph(l.t(
            "Voor het volgende platformoverleg maken we de stand van zaken op. Hieronder staat wat volgens het actieplan van u verwacht wordt: eerst de acties waarvan u trekker bent, daarna, apart, de acties en overleggen waaraan u deelneemt. Wilt u per actie laten weten hoe het ervoor staat?",
            "Before the next platform meeting we take stock. Below is what the action plan expects of you: first the actions you lead, then, apart, the actions and meetings you take part in. Please tell us, per action, where it stands.")))

        doc.blocks.append(.heading(2, l.t("1. Waar u trekker van bent", "1. What you lead")))
        if letter.led.isEmpty {
            doc.blocks.append(.paragraph(l.t("U bent van geen actie trekker waarover nu iets gevraagd wordt.", "You lead no action about which anything is asked now.")))
        } else {
            doc.blocks.append(.paragraph(l.t("Als trekker bent u verantwoordelijk voor de voortgang; wat te laat is, staat bovenaan.",
                                             "As the lead you are responsible for progress; what is late comes first.")))
            doc.blocks.append(.table(table(sorted(letter.led))))
        }
        doc.blocks.append(.heading(2, l.t("2. Waaraan u deelneemt", "2. What you take part in")))
        if letter.joined.isEmpty {
            doc.blocks.append(.paragraph(l.t("Geen acties waaraan u deelneemt die nu aandacht vragen.", "No actions you take part in ask for attention now.")))
        } else {
            doc.blocks.append(.paragraph(l.t("Hier is een ander trekker; laat ons weten wat u hebt bijgedragen of wat u van de trekker nodig hebt.",
                                             "Another owner leads these; tell us what you contributed or what you need from the lead.")))
            doc.blocks.append(.table(table(sorted(letter.joined))))
        }
        if !letter.meetings.isEmpty {
            doc.blocks.append(.heading(3, l.t("Overleggen en terugkerende acties waaraan u deelneemt", "Meetings and recurring actions you take part in")))
            doc.blocks.append(.table(table(letter.meetings)))
        }
        doc.blocks.append(.heading(2, l.t("3. Uitleg bij de kolommen", "3. What the columns mean")))
        doc.blocks.append(.list([
            l.t("Actie: het nummer en de tekst van de actie zoals in het actieplan.", "Action: the action's number and text as in the action plan."),
            l.t("Planning: de planning zoals het plan die noemt.", "Planning: the planning as the plan gives it."),
            l.t("Termijn: de datum waarop de actie (of dit jaar de verplichting) klaar moet zijn; bij 'geen voortgang': sinds wanneer er niets is gemeld.",
                "Due: the day the action (or this year's obligation) is due; for 'no progress': since when nothing was reported."),
            l.t("Stand: afgerond, loopt, vertraagd (de termijn is voorbij, of dit jaar minder keer gehouden dan verwacht), nog niet gestart of vervallen; daarna waarom we ernaar vragen: achter op schema, binnenkort (vóór het volgende overleg), geen voortgang (al lang niets gemeld); tussen haakjes hoe vaak dit jaar gehouden van het vereiste aantal.",
                "Standing: done, in progress, late (past due, or held fewer times than expected this year), not started or dropped; then why we ask: behind schedule, due soon (before the next meeting), no progress (no news for a long time); in brackets how often held this year against required."),
        ]))
        doc.blocks.append(.heading(2, l.t("4. Zo meldt u de voortgang", "4. How to report back")))
        doc.blocks.append(.paragraph(l.t(
            "Antwoord per actie (het nummer volstaat) met wat er is gebeurd en wanneer: afgerond, gestart, vervallen of een nieuwe planning, een gehouden overleg met de datum, of een korte toelichting. Een mail of een telefoontje is genoeg\(replyBy.map { ", graag vóór \(l.date($0))" } ?? ""); wij leggen het vast met uw naam erbij.",
            "Reply per action (the number will do) with what happened and when: done, started, dropped or a new planning, a meeting held with its date, or a short explanation. An e-mail or a call is enough\(replyBy.map { ", by \(l.date($0)) please" } ?? ""); we record it with your name.")))
        doc.blocks.append(.paragraph(l.t("Met vriendelijke groet,", "Kind regards,")))
        doc.blocks.append(.paragraph(secretary ?? l.t("Het secretariaat van het platform", "The platform secretariat")))
        return doc
    }

    /// Late first (oldest due first), then behind, due soon, without progress, this year's obligations.
    private func sorted(_ lines: [OwnerLetter.Line]) -> [OwnerLetter.Line] {
        let order: [OwnerLetter.Line.Kind] = [.late, .behind, .dueSoon, .stale, .thisYear]
        return lines.enumerated().sorted { a, b in
            let x = order.firstIndex(of: a.element.kind)!, y = order.firstIndex(of: b.element.kind)!
            return x != y ? x < y : a.offset < b.offset
        }.map(\.element)
    }

    private func table(_ lines: [OwnerLetter.Line]) -> Tabular {
        let several = Set(lines.map(\.planID)).count > 1
        var columns: [Tabular.Column] = several ? [.init(l.t("Plan", "Plan"))] : []
        columns += [.init(l.t("Actie", "Action")), .init(l.t("Planning", "Planning")), .init(l.t("Termijn", "Due")), .init(l.t("Stand", "Standing"))]
        return Tabular(columns: columns, rows: lines.map { line in
            var cells = several ? [line.planID] : []
            let due = line.due.map(text.shortDate) ?? line.since.map { l.t("sinds ", "since ") + text.shortDate($0) } ?? ""
            cells += ["\(line.actionID) \(line.title)", line.planning, due, standing(line)]
            return Tabular.Row(cells, highlighted: line.kind == .late || line.kind == .behind)
        }, language: l.language)
    }

    /// The action's standing in the words of every other output (docs/standing.md), then why it is asked
    /// about when the standing does not say it: behind schedule, due soon, no progress, this year's count.
    private func standing(_ line: OwnerLetter.Line) -> String {
        let count = line.found.map { found in " (\(found) \(l.t("van", "of")) \(line.required ?? 0))" } ?? ""
        let word = l.standing(line.standing)
        switch line.kind {
        case .late: return word + count
        case .behind: return word + ", " + l.t("achter op schema", "behind schedule") + count
        case .dueSoon: return word + ", " + l.t("binnenkort", "due soon") + count
        case .stale: return word + ", " + l.t("geen voortgang", "no progress")
        case .thisYear: return word + count
        }
    }
}

extension OwnerLetterText {
    /// File names for letters, one per name, after the owners' display names: characters a file system
    /// or a shell could take for something else become `-`, no name starts with a dot, long names are cut,
    /// and names that come out alike get a number (`RIEC.md`, `RIEC-2.md`).
    package static func fileNames(_ names: [String], extension ext: String) -> [String] {
        var taken: Set<String> = []
        let allowed: Set<Character> = [" ", "-", "_", ".", ",", "(", ")", "'", "&", "+"]
        return names.map { (name: String) -> String in
            let safe: [Character] = TerminalText.visible(name).map { (character: Character) -> Character in
                character.isLetter || character.isNumber || allowed.contains(character) ? character : "-"
            }
            var base = String(String(safe).drop { $0 == "." || $0 == " " || $0 == "-" }.prefix(80))
            while let last = base.last, last == " " || last == "." { base.removeLast() }
            if base.isEmpty { base = "eigenaar" }
            var candidate = base
            var number = 2
            while taken.contains(candidate.lowercased()) {
                candidate = "\(base)-\(number)"
                number += 1
            }
            taken.insert(candidate.lowercased())
            return candidate + "." + ext
        }
    }
}
