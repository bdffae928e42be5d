import Foundation

/// The planning-phrase grammar: reads the planning text of plans ("Doorlopend", "Minimaal 3x per jaar",
/// "4e kwartaal van 2022/ 1e helft 2023", "eind Q2 2025", "halfjaarlijks", "vanaf 2025",
/// "binnen 3 maanden na vaststelling") and their English equivalents into a `Schedule`.
///
/// The grammar works on words, not regular expressions: phrases are short, but a large plan has
/// tens of thousands of them and this runs for each. `docs/plan-format.md` (Planning) lists every
/// form with its due rule.
package enum PlanningParser {
    /// Why a planning text was not understood.
    package struct Failure: Error, Sendable, Equatable {
        /// What is wrong, for the diagnostic's message, in both languages.
        package var message: MessageText
        /// How to fix it: the closest accepted forms, or something more specific.
        package var hintText: MessageText?
        /// The kind of problem: an unknown or ambiguous phrase, unless said otherwise.
        package var code: DiagnosticCode = .unknownPlanning

        /// A failure with its message and hint from the catalogue.
        package init(_ message: MessageText, hint: MessageText?) {
            self.message = message
            self.hintText = hint
        }

        /// What is wrong, in English.
        package var reason: String { message.en }
        /// How to fix it, in English.
        package var hint: String? { hintText?.en }
    }

    /// What a phrase may refer to beyond its own words.
    package struct Context: Sendable, Hashable {
        /// The plan's adoption date, for "na vaststelling" and "binnen 3 maanden na vaststelling".
        package var adoptedOn: CalendarDate?
        /// The plan's period: a deadline counted from adoption starts no earlier than its first day.
        package var period: PlanPeriod?
        /// The plan's language: hints offer forms in it only.
        package var language: PlanLanguage?

        /// Creates a context.
        package init(adoptedOn: CalendarDate? = nil, period: PlanPeriod? = nil, language: PlanLanguage? = nil) {
            self.adoptedOn = adoptedOn
            self.period = period
            self.language = language
        }
    }

    /// The longest planning text read (in UTF-8 bytes): real phrases are a few words.
    package static let maximumLength = 1_000

    /// Where the accepted forms are documented, for hints.
    package static let documentation = "docs/plan-format.md (Planning)"

    /// Example phrases written the same in both languages.
    package static let neutralExamples: [String] = [
        "2025", "Q1 2025", "H1 2025", "2025-12-31", "2024 - 2025", "2024/2025", "Q4 2024 – Q1 2025", "-",
    ]

    /// Example phrases of every Dutch form: the candidates for the hints of a Dutch plan.
    package static let dutchExamples: [String] = [
        "Doorlopend", "Gehele looptijd", "Continu", "Permanent", "in 2025", "in de loop van 2025", "1e kwartaal 2025",
        "4e kwartaal van 2025", "1e helft 2025", "september 2025", "voorjaar 2025", "zomer 2025", "najaar 2025", "winter 2025",
        "voor de zomer van 2025", "vóór het zomerreces 2025", "na de zomer 2025", "na het zomerreces van 2025",
        "na de zomervakantie 2025", "januari 2025 tot de zomer 2025", "begin 2026", "medio 2025", "half 2025", "begin/half 2026",
        "eind 2025", "eind Q2 2025", "week 10 2025", "in week 10 van 2025", "schooljaar 2025-2026", "1 juli 2025",
        "uiterlijk 1 juli 2025", "vóór 1 juli 2025", "uiterlijk Q3 2025", "2024 t/m 2025", "Q3 en Q4 2025",
        "september – december 2025", "van juli tot november 2025", "van december 2024 tot en met februari 2025",
        "juni 2024 - begin/half 2026", "2025 en 2026", "4e kwartaal van 2022/ 1e helft 2023",
        "Jaarlijks", "Jaarlijks, in het najaar", "jaarlijks in september", "jaarlijks in september – november",
        "Halfjaarlijks", "Per kwartaal", "Elk kwartaal", "Maandelijks", "Wekelijks", "Minimaal 3x per jaar", "2 keer per jaar",
        "twee keer per jaar", "Vanaf 2025", "vanaf Q2 2025", "2025 e.v.", "doorlopend vanaf 2025", "vanaf 2025, doorlopend",
        "start 2025, doorlopend", "Nog te bepalen", "n.t.b.", "PM", "Na vaststelling", "binnen 3 maanden na vaststelling",
        "na vaststelling van de begroting",
    ]

    /// Example phrases of every English form: the candidates for the hints of an English plan.
    package static let englishExamples: [String] = [
        "ongoing", "for the whole plan period", "permanent", "in 2025", "in the course of 2025", "first quarter of 2025",
        "first half of 2025", "September 2025", "spring 2025", "summer 2025", "autumn 2025", "before the summer of 2025",
        "before the summer recess 2025", "after the summer of 2025", "after the summer recess of 2025",
        "January 2025 until the summer of 2025", "early 2026", "mid 2025", "end of 2025", "week 10 2025", "school year 2025-2026",
        "1 July 2025", "by 1 July 2025", "before 1 July 2025", "Q3 and Q4 2025", "September to December 2025",
        "from July to November 2025", "yearly", "yearly in autumn", "yearly in September through November", "twice a year",
        "quarterly", "monthly", "weekly", "at least 4 times a year", "from 2025", "2025 onwards", "from 2025, ongoing",
        "to be determined", "after adoption", "within 3 months of adoption", "after approval of the budget",
    ]

    /// Example phrases of every form, Dutch and English: a specification the tests check (each parses).
    package static var examples: [String] { neutralExamples + dutchExamples + englishExamples }

    /// The examples a hint may offer to a plan in `language` (both languages when it is not known).
    package static func examples(for language: PlanLanguage?) -> [String] {
        switch language {
        case .nl: return neutralExamples + dutchExamples
        case .en: return neutralExamples + englishExamples
        case nil: return examples
        }
    }

    /// The first lines of the hint for a planning that is not understood.
    package static var acceptedFormsHint: MessageText { Messages.acceptedPlanningForms(documentation) }

    /// Parses a planning text. Phrases relative to the plan's adoption need `context.adoptedOn`.
    package static func parse(_ text: String, context: Context = Context()) -> Result<Schedule, Failure> {
        parse(text, context: context, closestForms: true)
    }

    /// Parses a planning text; with `closestForms: false` an unknown phrase's failure has no hint yet
    /// (finding the closest forms is an edit-distance search: done only for a failure that is reported).
    package static func parse(_ text: String, context: Context, closestForms: Bool) -> Result<Schedule, Failure> {
        // A planning is a short phrase; a text of pages is refused before it is read word by word.
        guard text.utf8.count <= maximumLength else {
            return .failure(Failure(Messages.planningTooLong(text.utf8.count), hint: Messages.planningTooLongHint))
        }
        let words = PlanningWords.tokenize(text)
        var grammar = PlanningGrammar(words: words, original: text.trimmingSpaces(), context: context)
        do {
            let kind = try grammar.schedule()
            return .success(Schedule(text: text, kind: kind))
        } catch var failure as Failure {
            if failure.hintText == nil, closestForms { failure.hintText = closestFormsHint(for: grammar.original, context: context) }
            return .failure(failure)
        } catch {
            return .failure(Failure(Messages.unknownPlanning(text), hint: acceptedFormsHint))
        }
    }

    /// The hint for an unknown planning: the smallest edit that makes it an accepted form when there is
    /// one ("drop 'van'"), else the closest accepted forms in the plan's language and of the phrase's
    /// direction (never "voor" for "na"), and where all are listed.
    package static func closestFormsHint(for text: String, context: Context = Context()) -> MessageText {
        if let edit = PlanningSuggestions.smallestEdit(for: text, context: context) { return edit }
        let fallback = context.language == .en ? ["ongoing", "Q1 2025", "to be determined"] : ["Doorlopend", "Q1 2025", "nog te bepalen"]
        let closest = PlanningSuggestions.closest(to: text, in: examples(for: context.language), count: 3, fallback: fallback)
        let list = closest.map { "'\($0)'" }.joined(separator: ", ")
        return Messages.closestPlanningForms(list, documentation: documentation)
    }
}
