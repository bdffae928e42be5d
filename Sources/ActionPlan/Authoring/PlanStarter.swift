import ActionPlanCore
import ActionPlanFiles
import Foundation

/// A commented starter plan for a plan writer (`plan init`): the plan's metadata, a registry with one
/// organisation, one theme with one action, and an example of every kind of planning in comments.
///
/// Its placeholders (`TODO`, `TODO: …`) must be filled in before it validates: `plan validate` reports
/// every one left as an error (AP214; the planning's TODO as an unknown planning), so a starter is never
/// mistaken for a plan.
package struct PlanStarter: Sendable {
    /// The plan's id, such as `haaglanden-2025-2028`.
    package var id: String
    /// The plan's title.
    package var title: String
    /// The region or organisation that owns the plan.
    package var region: String
    /// First and last year.
    package var period: PlanPeriod
    /// The language of the texts, and of the starter's comments.
    package var language: PlanLanguage

    /// Creates a starter.
    package init(id: String, title: String, region: String, period: PlanPeriod, language: PlanLanguage = .nl) {
        self.id = id
        self.title = title
        self.region = region
        self.period = period
        self.language = language
    }

    /// What is wrong with the given values, in words for a usage message; empty when they can be written.
    package var problems: [String] {
        var problems: [String] = []
        let allowed = id.unicodeScalars.allSatisfy {
            ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || $0 == "-" || $0 == "_" || $0 == "."
        }
        if id.isEmpty || !allowed { problems.append("the id '\(id)' may hold only letters, digits, '-', '_' and '.', such as haaglanden-2025-2028") }
        if title.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("the title is empty") }
        if region.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("the region is empty") }
        return problems
    }

    /// The file's text; `schemaPath` is the JSON Schema's path for the editor comment (none when nil:
    /// no schema was found from where the file is written).
    package func yaml(schemaPath: String?, today: CalendarDate) -> String {
        let q = QuotedText.quoted
        let nl = language == .nl
        func t(_ dutch: String, _ english: String) -> String { nl ? dutch : english }
        let first = period.firstYear, second = min(period.firstYear + 1, period.lastYear)
        let lines: [String] = SchemaReference.lines(schemaPath) + [
            "# \(QuotedText.comment(title))",
            t("# Startbestand, gemaakt met `plan init` op \(today). Vul de plekken met TODO in;",
              "# Starter file, made with `plan init` on \(today). Fill in the places marked TODO;"),
            t("# `plan validate` zegt wat er nog ontbreekt. Het formaat staat in docs/plan-format.md.",
              "# `plan validate` says what is still missing. The format is described in docs/plan-format.md."),
            "",
            "plan:",
            "  id: \(q(id))",
            "  title: \(q(title))",
            "  region: \(q(region))",
            "  period: \(period.firstYear)-\(period.lastYear)",
            "  language: \(language.rawValue)",
            t("  # Waar en wanneer het plan is vastgesteld (nodig voor een planning als 'binnen 3 maanden na vaststelling'):",
              "  # Where and when the plan was adopted (needed for a planning such as 'within 3 months of adoption'):"),
            "  # adopted: {by: \(t("\"Regionaal Veiligheidsoverleg\"", "\"Regional Security Council\"")), on: YYYY-MM-DD}",
            t("  # source: \"de titel van het brondocument\"", "  # source: \"the title of the source document\""),
            "",
            t("# Iedere partij die het plan noemt, onder een korte sleutel. In 'owners' mag de sleutel, de naam of een",
              "# Every party the plan names, under a short key. 'owners' may use the key, the name or an"),
            t("# alias staan. kind: organisation (standaard), group, role (zoals alle aandachtsfunctionarissen) of person.",
              "# alias. kind: organisation (default), group, role (such as all designated officers) or person."),
            "organisations:",
            "  TODO:",
            "    name: \(q(t("TODO: de volledige naam", "TODO: the full name")))",
            "    aliases: []",
            "    kind: organisation",
            "",
            t("# De thema's in de volgorde van het plan, met hun acties (teksten letterlijk uit het brondocument).",
              "# The themes in the order of the plan, with their actions (texts verbatim from the source document)."),
            "themes:",
            "  - id: \"1\"",
            "    title: \(q(t("TODO: de titel van het thema", "TODO: the theme's title")))",
            "    actions:",
            "      - id: \"1.1\"",
            "        title: \(q(t("TODO: de tekst van de actie", "TODO: the action's text")))",
            t("        # De planning zoals in het brondocument. Een voorbeeld van elke soort:",
              "        # The planning as in the source document. An example of every kind:"),
            t("        #   doorlopend:      Doorlopend · Vanaf \(second) · \(second) e.v. · Na vaststelling",
              "        #   ongoing:         ongoing · from \(second) · \(second) onwards · after adoption"),
            t("        #   termijn:         \(first) · Q1 \(first) · 1e helft \(first) · eind \(first) · medio \(second) · september \(first)",
              "        #   deadline:        \(first) · Q1 \(first) · first half of \(first) · end of \(first) · mid \(second) · September \(first)"),
            t("        #                    uiterlijk 1 juli \(first) · voor de zomer van \(first) · Q3 en Q4 \(first) · \(first) - \(second)",
              "        #                    by 1 July \(first) · before the summer of \(first) · Q3 and Q4 \(first) · \(first) - \(second)"),
            t("        #                    binnen 3 maanden na vaststelling (met 'adopted: on:' hierboven)",
              "        #                    within 3 months of adoption (with 'adopted: on:' above)"),
            t("        #   terugkerend:     Jaarlijks · Jaarlijks, in het najaar · Halfjaarlijks · Per kwartaal · Maandelijks · Minimaal 3x per jaar",
              "        #   recurring:       yearly · yearly in autumn · twice a year · quarterly · monthly · at least 3 times a year"),
            t("        #   nog niet gepland: Nog te bepalen (telt mee in plan status, nooit te laat)",
              "        #   unscheduled:     to be determined (counted by plan status, never overdue)"),
            t("        #   geen planning:   - (geeft een waarschuwing)", "        #   none:            - (gives a warning)"),
            "        planning: TODO",
            t("        # Eerst de trekker, dan de partners (sleutels uit 'organisations').",
              "        # The lead first, then the partners (keys from 'organisations')."),
            "        owners: [TODO]",
            t("        # who: \"de Wie-cel uit het brondocument, letterlijk\"", "        # who: \"the source's owner cell, verbatim\""),
            t("        # budget: existing     (bestaande budgetten), of: {amounts: {\(first): \"€ 25.000\"}, source: \"…\"}",
              "        # budget: existing     (existing budgets), or: {amounts: {\(first): \"€ 25.000\"}, source: \"…\"}"),
        ]
        return lines.joined(separator: "\n") + "\n"
    }
}
