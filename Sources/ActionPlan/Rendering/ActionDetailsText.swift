import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace
/// `plan show` as text for people: owners by the names people read, long text wrapped at word
/// boundaries to the width with the label's indent kept.
package struct ActionDetailsText: Sendable {
    private let l: Localizer
    /// The width to wrap to (the terminal's); nil leaves every text on one line.
    private let width: Int?

    /// Creates a renderer in a language, wrapping to `width` columns when given.
    package init(language: PlanLanguage, width: Int? = nil) {
        l = Localizer(language)
        self.width = width.map { max(30, $0) }
    }

    /// `text` after `lead` on the first line and under the same column on the next ones.
    private func hanging(_ lead: String, _ text: String) -> [String] {
        guard let width else { return [lead + text] }
        let indent = DisplayWidth.of(lead)
        // Made visible before measuring: a control character shown as \u{1B} takes its room.
        let wrapped = TableRenderer.wrap(TerminalText.visible(text), to: width - indent)
        return wrapped.enumerated().map { ($0.offset == 0 ? lead : String(repeating: " ", count: indent)) + $0.element }
    }

    /// The text.
    package func render(_ details: ActionDetails) -> String {
        let action = details.action
        var lines = hanging("", "\(l.t("Actie", "Action")) \(action.id) — \(details.planID)") + hanging("", action.title) + [""]
        // A field the local plan overrides is marked, so nobody takes it for the region's.
        let localMark = " [" + l.t("lokaal aangepast", "changed locally") + "]"
        let fieldNames = ["planning": l.t("Planning", "Planning"), "owners": l.t("Eigenaren", "Owners"), "budget": l.t("Budget", "Budget"),
                          "who": l.t("Wie (bron)", "Who (source)"), "notes": l.t("Notities", "Notes")]
        let overriddenLabels = Set(action.overridden.compactMap { fieldNames[$0] })
        func field(_ label: String, _ value: String) {
            lines += hanging("  \(label.padding(toLength: 12, withPad: " ", startingAt: 0)) ", value + (overriddenLabels.contains(label) ? localMark : ""))
        }
        field(l.t("Thema", "Theme"), "\(action.themeID) \(details.themeTitle)")
        // The adopted planning, and beside it the revised planning the action is due by now.
        var planning = l.planning(action.schedule.text, replan: details.replanEntry?.replan?.text)
        let since = details.replanEntry.map { ["\(l.t("sinds", "since")) \(l.date($0.date))"] } ?? []
        let due = details.schedule.dueDate.map { ["\(l.t("uiterlijk", "due")) \(l.date($0))"] } ?? []
        if !(since + due).isEmpty { planning += " (" + (since + due).joined(separator: "; ") + ")" }
        field(l.t("Planning", "Planning"), planning)
        field(l.t("Eigenaren", "Owners"), details.owners.map { pair in
            let marks = (pair.owner.role.map { [$0] } ?? []) + (pair.owner.isLead && details.owners.count > 1 ? [l.t("trekker", "lead")] : [])
            return pair.name + (marks.isEmpty ? "" : " (\(marks.joined(separator: ", ")))")
        }.joined(separator: ", "))
        if let who = action.who { field(l.t("Wie (bron)", "Who (source)"), who) }
        if let budget = action.budget {
            let amounts = details.period.years.compactMap { year -> String? in
                let amount = budget.amount(in: year, period: details.period)
                return amount == .zero ? nil : "\(year): \(l.money(amount))"
            }
            let parts = (budget.usesExisting ? [l.t("bestaande budgetten", "existing budgets")] : []) + amounts
            field(l.t("Budget", "Budget"), parts.joined(separator: ", "))
        }
        // One standing per action (docs/standing.md). Done and dropped come from a status entry: its date
        // goes with the standing. Any other status entry (started, planned, reopened) is what someone
        // reported, with its date, not a second state beside the standing.
        var standing = l.standing(details.standing)
        var reported: String?
        if let entry = details.statusEntry {
            if details.standing == .done || details.standing == .dropped {
                standing += " \(l.t("sinds", "since")) \(l.date(entry.date))"
            } else {
                let status = entry.reopens ? l.t("heropend", "reopened") : l.status(details.status)
                reported = "\(status) \(l.t("op", "on")) \(l.date(entry.date))"
            }
        }
        field(l.t("Stand", "Standing"), "\(standing) — \(l.t("stand op", "as of")) \(l.date(details.asOf))")
        if let reported { field(l.t("Gemeld", "Reported"), reported) }
        for item in details.overdue {
            var text = l.reason(item.reason)
            if let due = item.due { text += " — \(l.t("termijn", "due")) \(l.date(due))" }
            if let found = item.found, let required = item.required { text += " (\(found)/\(required))" }
            field(l.t("Let op", "Attention"), text)
        }
        // Past years' shortfalls are history: a fact, without a day count.
        for item in details.missed {
            let text = "\(item.year.map(String.init) ?? ""): \(item.found ?? 0) \(l.t("van", "of")) \(item.required ?? 0) \(l.t("gehouden — niet gehaald", "held — missed"))"
            field(l.t("Eerder", "Earlier"), text)
        }
        lines.append("")
        lines.append(details.history.isEmpty
            ? l.t("Geen voortgang vastgelegd.", "No progress recorded.")
            : l.t("Voortgang:", "History:"))
        for (entry, reporter) in zip(details.history, details.reporters) {
            var parts: [String] = []
            if entry.isWithdrawn { parts.append(l.t("INGETROKKEN", "WITHDRAWN")) }
            if let day = entry.retracts {
                parts.append(l.t("trekt de vermeldingen van \(day) in", "withdraws the entries of \(day)"))
            }
            if entry.reopens {
                parts.append("\(l.t("status", "status")): \(l.t("heropend", "reopened"))")
            } else if let status = entry.status {
                parts.append("\(l.t("status", "status")): \(l.status(status))")
            }
            if entry.isOccurrence { parts.append(l.t("gehouden / uitgevoerd", "held / carried out")) }
            if let spent = entry.spent { parts.append("\(l.t("besteed", "spent")) \(l.money(spent)) (\(entry.budgetYear))") }
            if let replan = entry.replan { parts.append("\(l.t("nieuwe planning", "new planning")) \(replan.text)") }
            if let note = entry.note { parts.append(note) }
            if let reporter { parts.append(l.t("gemeld door \(reporter)", "reported by \(reporter)")) }
            if entry.isHistory { parts.insert(l.t("geschiedenis (oude planning)", "history (old planning)"), at: 0) }
            if entry.isRegional { parts.insert(l.t("regio", "region"), at: 0) }
            let recorded = entry.recorded.map { $0 != entry.date ? " (\(l.t("vastgelegd", "recorded")) \($0))" : "" } ?? ""
            lines += hanging("  \(entry.date)  ", parts.joined(separator: " — ") + recorded)
        }
        // Titles, names and notes come from other organisations: nothing in them may act on the terminal.
        return TerminalText.visible(lines.joined(separator: "\n"), keepingNewlines: true) + "\n"
    }
}
