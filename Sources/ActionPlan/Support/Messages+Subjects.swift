import Foundation

/// The names of the parts of a plan or progress file that messages speak of ("the action's title",
/// "organisation 'VAR'"), in Dutch. The decoders name a part in English where they read it; the
/// message about it takes the Dutch name from here.
extension Messages {
    /// A part of the file by its English name, in both languages. A name that quotes something
    /// (`organisation 'VAR'`) or holds a year (`the amount for 2025`) is looked up with `%@` in its
    /// place. A name not in the list is a mistake in the catalogue: it is kept in English in both.
    package static func subject(_ english: String) -> MessageText {
        if let dutch = subjects[english] { return MessageText(nl: dutch, en: english) }
        // Composed names: "an entry of …", "a year of …".
        for (prefix, dutchPrefix) in [("an entry of ", "een regel van "), ("a year of ", "een jaar van ")] where english.hasPrefix(prefix) {
            let rest = subject(String(english.dropFirst(prefix.count)))
            return MessageText(nl: dutchPrefix + rest.nl, en: english)
        }
        var values: [String] = []
        let template = english.replacing(#/'[^']*'|\b\d{4}\b/#) { match in
            let text = String(match.output)
            if text.hasPrefix("'") {
                values.append(String(text.dropFirst().dropLast()))
                return "'%@'"
            }
            values.append(text)
            return "%@"
        }
        guard !values.isEmpty, var dutch = subjects[template] else { return MessageText(nl: english, en: english) }
        for value in values {
            guard let range = dutch.range(of: "%@") else { break }
            dutch.replaceSubrange(range, with: value)
        }
        return MessageText(nl: dutch, en: english)
    }

    static let subjects: [String: String] = [
        // The file and its sections (a quoted key stays the key).
        "the plan file": "het planbestand", "the local plan": "het lokale plan", "'plan'": "'plan'", "'extends'": "'extends'",
        "'declared_totals'": "'declared_totals'", "'adopted'": "'adopted'", "'adopt'": "'adopt'", "'roles'": "'roles'",
        "'overrides'": "'overrides'", "'organisations'": "'organisations'", "'occurrence'": "'occurrence'", "'lead'": "'lead'",
        "'existing'": "'existing'", "'times_per_year'": "'times_per_year'", "'due_in_year'": "'due_in_year'", "'themes'": "'themes'",
        // The plan.
        "the plan's id": "het kenmerk van het plan", "the plan's title": "de titel van het plan", "the plan's region": "de regio van het plan",
        "the plan's period": "de periode van het plan", "the plan's language": "de taal van het plan", "the plan's source": "de bron van het plan",
        "the plan's notes": "de toelichting bij het plan", "the period's first year": "het eerste jaar van de periode",
        "the period's last year": "het laatste jaar van de periode", "the adoption date": "de datum van vaststelling",
        "who adopted the plan": "wie het plan vaststelde",
        // Organisations and owners.
        "organisation '%@'": "organisatie '%@'", "the name of '%@'": "de naam van '%@'", "the short name of '%@'": "de korte naam van '%@'",
        "the aliases of '%@'": "de andere namen van '%@'", "the kind of '%@'": "de soort van '%@'", "an owner": "een eigenaar",
        "the owner's 'org'": "'org' van de eigenaar", "the owner's role": "de rol van de eigenaar",
        // Themes, activities, actions, milestones.
        "a theme": "een thema", "theme '%@'": "thema '%@'", "the theme's id": "het nummer van het thema",
        "the theme's title": "de titel van het thema", "the theme's description": "de beschrijving van het thema",
        "an activity": "een activiteit", "activity '%@'": "activiteit '%@'", "the activity's id": "het nummer van de activiteit",
        "the activity's title": "de titel van de activiteit", "the activity's goal": "het doel van de activiteit",
        "the activity's results": "de resultaten van de activiteit", "the activity's explanation": "de toelichting bij de activiteit",
        "the activity's duration": "de looptijd van de activiteit", "the activity's partners": "de partners van de activiteit",
        "the activity's partners text": "de tekst over de partners van de activiteit",
        "an action": "een actie", "action '%@'": "actie '%@'", "the action's id": "het nummer van de actie",
        "the action's title": "de titel van de actie", "the action's owners": "de eigenaren van de actie",
        "the action's 'who'": "'who' van de actie", "the action's notes": "de toelichting bij de actie", "the action's group": "de groep van de actie",
        "the theme's activities": "de activiteiten van het thema", "the theme's actions": "de acties van het thema",
        "the activity's actions": "de acties van de activiteit", "the activity's milestones": "de mijlpalen van de activiteit",
        "the owner": "de eigenaar",
        "a milestone": "een mijlpaal", "a milestone of activity '%@'": "een mijlpaal van activiteit '%@'", "the milestone's title": "de titel van de mijlpaal", "the milestone's actions": "de acties van de mijlpaal",
        // Planning.
        "an explicit planning": "een uitgeschreven planning", "the planning's text": "de tekst van de planning",
        "the planning's kind": "de soort planning", "the planning's start": "het begin van de planning",
        "the planning's due date": "de einddatum van de planning", "the revised planning": "de nieuwe planning",
        // Money.
        "a budget line": "een begrotingsregel", "the budget line's label": "de naam van de begrotingsregel", "the budget's text": "de tekst van de begroting",
        "the budget's notes": "de toelichting bij de begroting", "the structural amount": "het structurele bedrag",
        "the amount per year": "het bedrag per jaar", "the amount for %@": "het bedrag voor %@", "the total": "het totaal",
        "the funding source": "de financieringsbron", "the source of the declared totals": "de bron van de opgegeven totalen",
        "the notes": "de toelichting", "years": "de jaren", "the declared totals": "de opgegeven totalen",
        "the budget's amounts": "de bedragen van de begroting",
        "the organisation's key": "de sleutel van de organisatie",
        // Progress.
        "a progress entry": "een voortgangsregel", "the entry's action": "de actie van de regel", "the entry's date": "de datum van de regel",
        "the entry's status": "de status van de regel", "the note": "de notitie", "the amount spent": "het bestede bedrag",
        "the budget year of the amount spent": "het begrotingsjaar van het bestede bedrag", "who reported it": "wie het meldde",
        "the day the entry was recorded": "de dag waarop de regel is vastgelegd", "the day of the entries withdrawn": "de dag van de ingetrokken regels",
        // Local plans.
        "the path of the regional plan": "het pad van het regionale plan", "the version of the regional plan": "de versie van het regionale plan",
        "the path of the snapshot": "het pad van de kopie", "the adopted actions": "de overgenomen acties", "the adopted themes": "de overgenomen thema's",
        "the adopted roles": "de overgenomen rollen", "a regional role": "een regionale rol", "the local owner of '%@'": "de lokale eigenaar van '%@'",
        "the override of '%@'": "de lokale wijziging van '%@'", "an overridden action's id": "het nummer van een lokaal gewijzigde actie",
        "an override": "een lokale wijziging",
    ]
}
