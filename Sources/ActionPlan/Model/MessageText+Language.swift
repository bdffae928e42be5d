extension MessageText {
    /// The text in a language.
    package func text(in language: PlanLanguage) -> String { language == .nl ? nl : en }
}

extension Localizer {
    /// A message from the catalogue in this language.
    package func text(_ message: MessageText) -> String { message.text(in: language) }
}

extension PathProblem {
    /// The problem in a language: the catalogue's Dutch text for Dutch when it has one, else as it is.
    package func localized(to language: PlanLanguage) -> PathProblem {
        guard language == .nl, let dutch else { return self }
        var copy = self
        copy.message = dutch
        return copy
    }
}

extension Diagnostic {
    /// The diagnostic in a language: the catalogue's Dutch text for Dutch when it has one, else as it is.
    package func localized(to language: PlanLanguage) -> Diagnostic {
        guard language == .nl else { return self }
        var copy = self
        if let dutch {
            copy.message = dutch.message
            copy.hint = dutch.hint
        }
        copy.notes = notes.map { note in
            var note = note
            if let dutch = note.dutch { note.message = dutch }
            return note
        }
        return copy
    }
}
