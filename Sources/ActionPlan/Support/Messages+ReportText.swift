/// Messages about the adviser's text of a report (AP9xx).
extension Messages {
    package static let reportTextNotUTF8 = MessageText(nl: "de tekst voor het rapport is geen UTF-8-tekst", en: "the report text is not UTF-8 text")

    package static func actionUnderOtherTheme(_ id: String, theme: String, above: String) -> MessageText {
        MessageText(nl: "actie '\(id)' hoort bij thema '\(theme)', niet bij thema '\(above)' erboven",
                    en: "action '\(id)' belongs to theme '\(theme)', not to theme '\(above)' above it")
    }

    package static func actionUnderOtherThemeHint(_ theme: String) -> MessageText {
        MessageText(nl: "zet de toelichting onder het kopje van thema '\(theme)'", en: "move the explanation under the heading of theme '\(theme)'")
    }

    package static func writtenTwice(_ title: String) -> MessageText {
        MessageText(nl: "'\(title)' staat er twee keer", en: "'\(title)' is written twice")
    }

    package static let writtenTwiceHint = MessageText(nl: "zet alle tekst ervoor onder één kopje", en: "put all text for it under one heading")
    package static let firstWrittenHere = MessageText(nl: "hier voor het eerst geschreven", en: "first written here")

    package static let textUnderNoHeading = MessageText(nl: "deze tekst staat onder geen enkel kopje, dus het rapport heeft er geen plek voor",
                                                        en: "this text is under no heading, so the report has no place for it")

    package static let textUnderNoHeadingHint = MessageText(
        nl: "zet haar onder een kopje: '# Kernboodschap', '# Inleiding', '# Gevraagd besluit', '# Thema ID' of '## Actie ID'",
        en: "put it under a heading: '# Kernboodschap', '# Inleiding', '# Gevraagd besluit', '# Thema ID' or '## Actie ID'")

    package static func notAHeading(_ title: String) -> MessageText {
        MessageText(nl: "'\(title)' is geen kopje van de tekst voor het rapport", en: "'\(title)' is not a heading of the report text")
    }

    package static let headingsAreHint = MessageText(
        nl: "de kopjes zijn '# Kernboodschap', '# Inleiding', '# Gevraagd besluit', '# Thema ID …' of '## Actie ID …'; zie docs/report.md",
        en: "the headings are '# Kernboodschap', '# Inleiding', '# Gevraagd besluit', '# Thema ID …' or '## Actie ID …'; see docs/report.md")

    package static func planHasNo(_ kind: MessageText, _ id: String) -> MessageText {
        MessageText(nl: "het plan heeft geen \(kind.nl) '\(id)'", en: "the plan has no \(kind.en) '\(id)'")
    }

    package static let checkIDAgainstPlan = MessageText(nl: "vergelijk het nummer met het plan", en: "check the id against the plan")

    package static func nearestOfKind(_ kind: MessageText, _ ids: String) -> MessageText {
        MessageText(nl: "de dichtstbijzijnde nummers van een \(kind.nl) zijn \(ids)", en: "the nearest \(kind.en) ids are \(ids)")
    }

    // MARK: the report's dates (usage errors)

    package static func sinceAfterAsOf(_ since: String, asOf: String) -> MessageText {
        MessageText(
            nl: "--since \(since) ligt na de peildatum \(asOf): het verslag gaat over de periode van --since tot --as-of, dus geef een eerdere --since (of een latere --as-of)",
            en: "--since \(since) is after the as-of date \(asOf): the report covers the period from --since up to --as-of, so give an earlier --since (or a later --as-of)")
    }

    package static func previousNotBeforeAsOf(_ previous: String, asOf: String) -> MessageText {
        MessageText(
            nl: "--previous \(previous) ligt niet vóór de peildatum \(asOf): geef de peildatum van het vorige verslag",
            en: "--previous \(previous) is not before the as-of date \(asOf): give the as-of date of the last report")
    }

    package static func untilNotAfterAsOf(_ until: String, asOf: String) -> MessageText {
        MessageText(
            nl: "--until \(until) ligt niet na de peildatum \(asOf): de Vooruitblik kijkt vooruit vanaf --as-of",
            en: "--until \(until) is not after the as-of date \(asOf): the outlook looks ahead from --as-of")
    }
}
