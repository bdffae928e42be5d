import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace
import Foundation

/// The skeleton of the adviser's text (`plan report PLAN --text-template FILE`): every heading the
/// report has a place for, every theme, and under each theme the actions that need explaining
/// (late or replanned), so the adviser only fills in. docs/report.md describes the format.
package enum ReportNarrativeTemplate {
    /// The skeleton for a report's data, in the report's language.
    package static func render(_ data: ReportData) -> String {
        let text = ReportText(data.language)
        let l = text.l
        // Plan text lands in headings only, on one line; the reader takes the id and ignores the rest.
        func line(_ value: String) -> String {
            // `<!--` would start a comment the reader skips, swallowing what follows.
            TerminalText.visible(value).split(whereSeparator: { $0.isNewline || $0.isWhitespace }).joined(separator: " ")
                .replacingOccurrences(of: "<!--", with: "<! --")
        }
        // A long action title is cut: the heading is for finding the action, the report prints it whole.
        func short(_ value: String) -> String {
            let text = line(value)
            return text.count <= 70 ? text : String(text.prefix(69)).trimmingCharacters(in: .whitespaces) + "…"
        }
        var out = "<!--\n"
        out += l.t("""
              Tekst van de adviseur bij de voortgangsrapportage, stand per \(l.date(data.asOf)).
              Schrijf onder elke kop; een kop zonder tekst laat het rapport zoals het is.
              Alinea's scheidt u met een witregel; een lijstje maakt u met regels die met '- ' beginnen.
              Andere opmaak (HTML, links, afbeeldingen) wordt getoond zoals getypt.
              Een kop '# Thema ID' of '## Actie ID' hoort bij dat thema of die actie: laat het nummer staan.
              Maak het rapport met: plan report PLAN --text DIT-BESTAND
              """, """
              The adviser's text for the progress report, as of \(l.date(data.asOf)).
              Write under each heading; a heading without text leaves the report as it is.
              Separate paragraphs with a blank line; make a list with lines that start with '- '.
              Other markup (HTML, links, images) is shown as typed.
              A heading '# Theme ID' or '## Action ID' belongs to that theme or action: keep the number.
              Make the report with: plan report PLAN --text THIS-FILE
              """)
        out += "\n-->\n\n"
        out += "# \(l.t("Kernboodschap", "Key message"))\n\n"
        out += "<!-- \(l.t("Eén of twee zinnen: wat moet de raad onthouden?", "One or two sentences: what should the council remember?")) -->\n\n"
        out += "# \(l.t("Inleiding", "Introduction"))\n\n"
        out += "<!-- \(l.t("Waarover dit verslag gaat, en wat er sinds het vorige verslag speelde.", "What this report covers, and what happened since the previous one.")) -->\n\n"
        out += "# \(l.t("Gevraagd besluit", "Decision"))\n\n"
        out += "<!-- \(l.t("Wat de raad wordt gevraagd te besluiten.", "What the council is asked to decide.")) -->\n\n"
        let themeWord = l.t("Thema", "Theme")
        let actionWord = l.t("Actie", "Action")
        for theme in data.plan.themes {
            out += "# \(themeWord) \(line(theme.id)) — \(line(theme.title))\n\n"
            out += "<!-- \(l.t("De belangrijkste ontwikkelingen in dit thema.", "The main developments in this theme.")) -->\n\n"
            for action in theme.allActions {
                guard let why = data.explanationNeeded(action) else { continue }
                out += "## \(actionWord) \(line(action.id)) — \(short(action.title))\n\n"
                out += "<!-- \(why) -->\n\n"
            }
        }
        return out
    }
}

extension ReportData {
    /// Why an action needs the adviser's explanation (late, or replanned), in the report's words;
    /// nil when it does not. Only our own words: plan text never goes into a template comment.
    func explanationNeeded(_ action: Action) -> String? {
        let text = ReportText(language)
        let l = text.l
        guard let line = lines.first(where: { $0.action.id == action.id }) else { return nil }
        func plain(_ date: CalendarDate) -> String { text.shortDate(date).replacingOccurrences(of: "\u{00A0}", with: " ") }
        if line.standing == .late {
            let due = attention.filter { $0.actionID == action.id }.compactMap(\.due).min()
            let when = due.map { l.t(" (termijn \(plain($0)))", " (due \(plain($0)))") } ?? ""
            return l.t("te laat\(when): waarom, en wat is de nieuwe planning?", "late\(when): why, and what is the new planning?")
        }
        if line.replan != nil, line.standing != .done, line.standing != .dropped {
            let due = line.replan?.dueDate.map { l.t(" (nu: \(plain($0)))", " (now: \(plain($0)))") } ?? ""
            return l.t("herpland\(due): waarom?", "replanned\(due): why?")
        }
        return nil
    }
}
