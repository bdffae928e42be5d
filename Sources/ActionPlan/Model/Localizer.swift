/// Words and number formats for output in Dutch or English.
package struct Localizer: Sendable {
    /// The output language.
    package var language: PlanLanguage

    /// Creates a localizer.
    package init(_ language: PlanLanguage) { self.language = language }

    /// Picks the Dutch or the English text.
    package func t(_ dutch: String, _ english: String) -> String { language == .nl ? dutch : english }

    /// Money for people: `€ 153.000` or `€ 1.234,56` in Dutch, `€153,000` or `€1,234.56` in English.
    package func money(_ amount: Money) -> String { amount.formatted(language) }

    /// A date in prose: `1 januari 2025`, `1 January 2025`.
    package func date(_ date: CalendarDate) -> String {
        let months = language == .nl
            ? ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
            : ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return "\(date.day) \(months[date.month - 1]) \(date.year)"
    }

    /// A count with a singular or plural noun: "1 actie", "3 acties".
    package func count(_ number: Int, _ dutch: (String, String), _ english: (String, String)) -> String {
        let (one, many) = language == .nl ? dutch : english
        return "\(number) \(number == 1 ? one : many)"
    }

    /// The name of a status.
    package func status(_ status: ActionStatus) -> String {
        switch status {
        case .planned: return t("gepland", "planned")
        case .started: return t("gestart", "started")
        case .done: return t("afgerond", "done")
        case .dropped: return t("vervallen", "dropped")
        }
    }
}
