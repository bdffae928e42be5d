/// Messages about themes, actions and their owners (AP203, AP303, AP4xx).
extension Messages {
    package static func themesShouldBeList(found: MessageText) -> MessageText {
        MessageText(nl: "'themes' moet een lijst van thema's zijn, maar is \(found.nl)", en: "'themes' should be a list of themes, found \(found.en)")
    }

    // MARK: an action without planning (AP303)

    package static func actionWithoutPlanning(_ id: String) -> MessageText {
        MessageText(nl: "actie '\(id)' heeft geen planning", en: "action '\(id)' has no planning")
    }

    package static let actionWithoutPlanningHint = MessageText(
        nl: "voeg 'planning:' toe met de planning uit de bron, zoals Doorlopend of Q1 2024",
        en: "add 'planning:' with the source's planning, such as Doorlopend or Q1 2024")

    package static let actionInActivityWithoutPlanningHint = MessageText(
        nl: "voeg 'planning:' toe aan de actie, of een planning aan haar activiteit of aan een mijlpaal die haar noemt",
        en: "add 'planning:' to the action, or a planning to its activity or a milestone naming it")

    // MARK: owners (AP401–AP405)

    package static let leadHint = MessageText(nl: "schrijf lead: true bij de eigenaar die trekker is; de anderen zijn partners",
                                              en: "write lead: true on the owner who leads; the others are partners")

    package static func badOwner(found: MessageText) -> MessageText {
        MessageText(nl: "een eigenaar moet een naam of {org: …, role: …} zijn, maar is \(found.nl)",
                    en: "an owner should be a name or {org: …, role: …}, found \(found.en)")
    }

    package static func ownerTwice(_ key: String) -> MessageText {
        MessageText(nl: "'\(key)' staat twee keer bij de eigenaren", en: "'\(key)' is named twice among the owners")
    }

    package static func ownerTwiceHint(_ key: String) -> MessageText {
        MessageText(nl: "noem elke eigenaar één keer; geef een rol met {org: \(key), role: …}",
                    en: "name each owner once; give a role with {org: \(key), role: …}")
    }

    package static let firstNamedHere = MessageText(nl: "hier voor het eerst genoemd", en: "first named here")

    package static let twoLeads = MessageText(nl: "twee eigenaren zijn als trekker aangewezen", en: "two owners are marked as lead")
    package static let twoLeadsHint = MessageText(nl: "een actie heeft één trekker; de anderen zijn partners",
                                                  en: "an action has one lead; the others are partners")
    package static let theFirstLead = MessageText(nl: "de eerste trekker", en: "the first lead")

    package static let noOwners = MessageText(nl: "de actie heeft geen eigenaren", en: "the action has no owners")
    package static let noOwnersHint = MessageText(
        nl: "noem minstens één eigenaar uit 'organisations', de trekker eerst; noemt de bron niemand, "
            + "schrijf dan de cel met eigenaren als who: (\"\" als die leeg is) naast owners: []",
        en: "name at least one owner from 'organisations', lead first; when the source names none, "
            + "write its owner cell as who: (\"\" when it is empty) beside owners: []")

    package static let ownerPlaceholderHint = MessageText(nl: "noem de eigenaar met zijn sleutel uit 'organisations', de trekker eerst",
                                                          en: "name the owner by its key in 'organisations', lead first")

    package static func unknownOwner(_ name: String) -> MessageText {
        MessageText(nl: "onbekende eigenaar '\(name)'", en: "unknown owner '\(name)'")
    }

    package static func unknownOwnerSuggestion(_ suggestion: String) -> MessageText {
        MessageText(nl: "bedoelt u '\(suggestion)'? Een eigenaar is een sleutel, naam of andere naam uit 'organisations'",
                    en: "did you mean '\(suggestion)'? owners must be a key, name or alias from 'organisations'")
    }

    package static let unknownOwnerHint = MessageText(
        nl: "zet hem in 'organisations', of gebruik de sleutel, naam of andere naam van een organisatie daar",
        en: "add it to 'organisations', or use the key, name or alias of an organisation there")
}
