extension MessageText {
    /// The text in a language.
    package func text(in language: PlanLanguage) -> String { language == .nl ? nl : en }
}

extension Diagnostic {
    /// The diagnostic in a language: the catalogue's Dutch text for Dutch when it has one, else as it is.
    package func localized(to language: PlanLanguage) -> Diagnostic {
        guard language == .nl, let dutch else { return self }
        var copy = self
        copy.message = dutch.message
        copy.hint = dutch.hint
        return copy
    }
}
