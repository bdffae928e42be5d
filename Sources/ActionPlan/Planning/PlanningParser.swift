import Foundation

/// The planning-phrase grammar: reads the planning text of plans ("Doorlopend", "Minimaal 3x per jaar",
/// "4e kwartaal van 2022/ 1e helft 2023", "eind Q2 2025", "halfjaarlijks", "vanaf 2025",
/// "binnen 3 maanden na vaststelling") and their English equivalents into a `Schedule`.
///
/// The grammar works on words, not regular expressions: phrases are short, but a large plan has
/// tens of thousands of them and this runs for each. `docs/plan-format.md` (Planning) lists every
/// form with its due rule.
public enum PlanningParser {
    /// Why a planning text was not understood.
    public struct Failure: Error, Sendable, Equatable {
        /// What is wrong, for the diagnostic's message.
        public var reason: String
        /// How to fix it: the closest accepted forms, or something more specific.
        public var hint: String?
        /// The kind of problem: an unknown or ambiguous phrase, unless said otherwise.
        public var code: DiagnosticCode = .unknownPlanning
    }

    /// What a phrase may refer to beyond its own words.
    public struct Context: Sendable, Hashable {
        /// The plan's adoption date, for "na vaststelling" and "binnen 3 maanden na vaststelling".
        public var adoptedOn: CalendarDate?
        /// The plan's period: a deadline counted from adoption starts no earlier than its first day.
        public var period: PlanPeriod?

        /// Creates a context.
        public init(adoptedOn: CalendarDate? = nil, period: PlanPeriod? = nil) {
            self.adoptedOn = adoptedOn
            self.period = period
        }
    }

    /// Where the accepted forms are documented, for hints.
    public static let documentation = "docs/plan-format.md (Planning)"

    /// Example phrases of every form, Dutch and English: the candidates for "closest accepted
    /// forms" hints, and a specification the tests check (each parses).
    public static let examples: [String] = [
        "Doorlopend", "Gehele looptijd", "Continu", "ongoing", "for the whole plan period",
        "2025", "in 2025", "Q1 2025", "1e kwartaal 2025", "4e kwartaal van 2025", "first quarter of 2025",
        "1e helft 2025", "H1 2025", "first half of 2025",
        "september 2025", "September 2025", "voorjaar 2025", "zomer 2025", "najaar 2025", "winter 2025",
        "spring 2025", "autumn 2025", "voor de zomer van 2025", "before the summer of 2025",
        "begin 2026", "medio 2025", "eind 2025", "eind Q2 2025", "early 2026", "mid 2025", "end of 2025",
        "1 juli 2025", "2025-12-31", "uiterlijk 1 juli 2025", "vóór 1 juli 2025", "by 1 July 2025", "before 1 July 2025",
        "uiterlijk Q3 2025", "2024 - 2025", "2024/2025", "2024 t/m 2025", "Q3 en Q4 2025", "Q4 2024 – Q1 2025",
        "september – december 2025", "2025 en 2026", "Q3 and Q4 2025", "4e kwartaal van 2022/ 1e helft 2023",
        "Jaarlijks", "yearly", "Jaarlijks, in het najaar", "jaarlijks in september", "yearly in autumn",
        "Halfjaarlijks", "twice a year", "Per kwartaal", "Elk kwartaal", "quarterly", "Maandelijks", "monthly",
        "Wekelijks", "weekly", "Minimaal 3x per jaar", "2 keer per jaar", "twee keer per jaar", "at least 4 times a year",
        "Vanaf 2025", "vanaf Q2 2025", "2025 e.v.", "from 2025", "2025 onwards",
        "Nog te bepalen", "n.t.b.", "PM", "to be determined",
        "Na vaststelling", "binnen 3 maanden na vaststelling", "after adoption", "within 3 months of adoption",
        "-",
    ]

    /// The first lines of the hint for a planning that is not understood.
    public static var acceptedFormsHint: String {
        "write the planning in one of the forms listed in \(documentation), such as Doorlopend, Q1 2025, eind 2025, "
            + "Jaarlijks, Minimaal 3x per jaar, vanaf 2025 or nog te bepalen; "
            + "or give it explicitly: {text: …, kind: deadline, due: YYYY-MM-DD}"
    }

    /// Parses a planning text. Phrases relative to the plan's adoption need `context.adoptedOn`.
    public static func parse(_ text: String, context: Context = Context()) -> Result<Schedule, Failure> {
        parse(text, context: context, closestForms: true)
    }

    /// Parses a planning text; with `closestForms: false` an unknown phrase's failure has no hint yet
    /// (finding the closest forms is an edit-distance search: done only for a failure that is reported).
    package static func parse(_ text: String, context: Context, closestForms: Bool) -> Result<Schedule, Failure> {
        let words = PlanningWords.tokenize(text)
        var grammar = PlanningGrammar(words: words, original: text.trimmingCharacters(in: .whitespaces), context: context)
        do {
            let kind = try grammar.schedule()
            return .success(Schedule(text: text, kind: kind))
        } catch var failure as Failure {
            if failure.hint == nil, closestForms { failure.hint = closestFormsHint(for: grammar.original) }
            return .failure(failure)
        } catch {
            return .failure(Failure(reason: "unknown planning '\(text)'", hint: acceptedFormsHint))
        }
    }

    /// The hint for an unknown planning: the closest accepted forms and where all are listed.
    public static func closestFormsHint(for text: String) -> String {
        let closest = PlanningSuggestions.closest(to: text, in: examples, count: 3)
        let list = closest.map { "'\($0)'" }.joined(separator: ", ")
        return "the closest accepted forms are \(list); all forms are listed in \(documentation)"
    }
}
