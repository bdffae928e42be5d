/// The catalogue of message texts in Dutch and English: diagnostics and command messages that
/// follow the plan's language (or `--lang`). Codes and JSON keys never change with the language;
/// only these words do. A text is written here once and used wherever the message is given.
package enum Messages {
    // MARK: progress of an earlier planning (AP702, AP713)

    package static func progressUnknownAction(_ id: String) -> MessageText {
        MessageText(nl: "het plan heeft geen actie '\(id)'", en: "the plan has no action '\(id)'")
    }

    package static func nearestIDs(_ ids: String) -> MessageText {
        MessageText(nl: "de dichtstbijzijnde nummers zijn: \(ids)", en: "the nearest ids are: \(ids)")
    }

    package static func historyActionGone(_ id: String) -> MessageText {
        MessageText(nl: "actie '\(id)' staat niet (meer) in het plan; deze voortgang blijft bewaard als geschiedenis van de oude planning",
                    en: "action '\(id)' is not (or no longer) in the plan; this progress is kept as history of the old planning")
    }

    package static func historyActionGoneHint(_ id: String, nearest: String) -> MessageText {
        MessageText(nl: "niets gaat verloren en er hoeft niets te gebeuren als de regio '\(id)' heeft geschrapt; was het een tikfout, verbeter dan het nummer (de dichtstbijzijnde: \(nearest))",
                    en: "nothing is lost and nothing needs doing if the region removed '\(id)'; if it is a typo, correct the id (the nearest: \(nearest))")
    }

    package static func historyOccurrenceNotRecurring(_ id: String, planning: String) -> MessageText {
        MessageText(nl: "actie '\(id)' keert niet (meer) terug ('\(planning)'); deze keer blijft bewaard als geschiedenis van de oude planning en telt niet mee",
                    en: "action '\(id)' does not (or no longer) recur ('\(planning)'); this occurrence is kept as history of the old planning and does not count")
    }

    package static func historyOccurrenceOutside(_ id: String, date: String, planning: String) -> MessageText {
        MessageText(nl: "\(date) valt buiten de jaren van de planning van '\(id)' ('\(planning)'); deze keer blijft bewaard als geschiedenis van de oude planning en telt niet mee",
                    en: "\(date) lies outside the years of the planning of '\(id)' ('\(planning)'); this occurrence is kept as history of the old planning and does not count")
    }

    package static func historyOccurrenceHint(_ id: String, planPath: String) -> MessageText {
        MessageText(nl: "niets gaat verloren; is de actie onder de nieuwe planning al gedaan, leg dat vast: plan log \(planPath) \(id) --status done",
                    en: "nothing is lost; if the action is done under the new planning, record it: plan log \(planPath) \(id) --status done")
    }

    // MARK: a local plan over its regional plan (AP804, AP808)

    package static let baseChanged = MessageText(nl: "het regionale plan is veranderd sinds dit plan ervan is afgeleid",
                                         en: "the regional plan has changed since this plan was derived from it")

    package static func baseChangedHint(_ path: String) -> MessageText {
        MessageText(nl: "bekijk wat veranderde met: plan diff --upstream \(path); neem het over met: plan diff --upstream \(path) --accept",
                    en: "see what changed with: plan diff --upstream \(path); accept it with: plan diff --upstream \(path) --accept")
    }

    package static func acceptHint(_ path: String) -> MessageText {
        MessageText(nl: "toets de lokale keuze aan de wijziging van de regio; neem de wijziging daarna over: plan diff --upstream \(path) --accept",
                    en: "check the local choice against the region's change; then accept it: plan diff --upstream \(path) --accept")
    }

    package static func rescheduled(_ old: String, _ new: String) -> MessageText {
        MessageText(nl: "de regio heeft de planning gewijzigd: '\(old)' → '\(new)'", en: "the region rescheduled it: '\(old)' → '\(new)'")
    }

    package static func localPlanningOutside(_ id: String, years: [Int], change: MessageText) -> MessageText {
        MessageText(nl: "de lokale planning van '\(id)' is voor \(yearList(years, dutch: true)), buiten de nieuwe planning van de regio (\(change.nl))",
                    en: "the local planning of '\(id)' is for \(yearList(years, dutch: false)), outside the region's new planning (\(change.en))")
    }

    package static func localBudgetOutside(_ id: String, years: [Int], change: MessageText) -> MessageText {
        MessageText(nl: "het lokale budget van '\(id)' is voor \(yearList(years, dutch: true)), buiten de nieuwe planning van de regio (\(change.nl))",
                    en: "the local budget of '\(id)' is for \(yearList(years, dutch: false)), outside the region's new planning (\(change.en))")
    }

    package static func overrideReownedAway(_ id: String, before: String, after: String) -> MessageText {
        MessageText(nl: "de lokale wijziging van '\(id)' hoort bij een actie die de regio bij een ander heeft belegd, niet meer bij deze gemeente (eigenaren: \(before) → \(after))",
                    en: "the override of '\(id)' is for an action the region re-owned away from this municipality (re-owned: \(before) → \(after))")
    }

    package static func overrideReownedAwayHint(_ id: String, path: String) -> MessageText {
        MessageText(nl: "haal de lokale wijziging en '\(id)' uit 'adopt' weg als de gemeente niet meer meedoet; neem de wijziging daarna over: plan diff --upstream \(path) --accept",
                    en: "remove the override and '\(id)' from 'adopt' if the municipality no longer takes part; then accept the change: plan diff --upstream \(path) --accept")
    }

    package static func adoptedReownedAway(_ id: String, before: String, after: String) -> MessageText {
        MessageText(nl: "overgenomen actie '\(id)' noemt deze gemeente niet meer: de regio heeft haar bij een ander belegd (eigenaren: \(before) → \(after))",
                    en: "adopted action '\(id)' no longer names this municipality: the region re-owned it (re-owned: \(before) → \(after))")
    }

    package static func adoptedReownedAwayHint(_ id: String, path: String) -> MessageText {
        MessageText(nl: "houd '\(id)' in 'adopt' als de gemeente toch meedoet, of haal het weg; neem de wijziging daarna over: plan diff --upstream \(path) --accept",
                    en: "keep '\(id)' in 'adopt' if the municipality still takes part, or remove it; then accept the change: plan diff --upstream \(path) --accept")
    }

    package static func adoptedActionRemoved(_ id: String, title: String) -> MessageText {
        MessageText(nl: "overgenomen actie '\(id)' is uit het regionale plan geschrapt sinds dit plan ervan is afgeleid (geschrapt: \(title))",
                    en: "adopted action '\(id)' was removed from the regional plan since this plan was derived from it (removed: \(title))")
    }

    package static func adoptedActionRemovedHint(_ path: String) -> MessageText {
        MessageText(nl: "neem de wijziging over: plan diff --upstream \(path) --accept (dat maakt van de regel in 'adopt' een opmerking; een lokale wijziging onder 'overrides' haalt u zelf weg)",
                    en: "accept the change: plan diff --upstream \(path) --accept (it turns the line in 'adopt' into a comment; remove a local change under 'overrides' yourself)")
    }

    package static func adoptedThemeRemoved(_ id: String, title: String) -> MessageText {
        MessageText(nl: "overgenomen thema '\(id)' is uit het regionale plan geschrapt sinds dit plan ervan is afgeleid (geschrapt: \(title))",
                    en: "adopted theme '\(id)' was removed from the regional plan since this plan was derived from it (theme removed: \(title))")
    }

    package static func adoptedThemeRemovedHint(_ path: String) -> MessageText {
        MessageText(nl: "haal het uit 'adopt'; neem de wijziging daarna over: plan diff --upstream \(path) --accept",
                    en: "remove it from 'adopt'; then accept the change: plan diff --upstream \(path) --accept")
    }

    package static func overrideOfRemoved(_ id: String, title: String) -> MessageText {
        MessageText(nl: "de lokale wijziging van '\(id)' hoort bij een actie die de regio heeft geschrapt sinds dit plan is afgeleid (geschrapt: \(title))",
                    en: "the override of '\(id)' is for an action the region removed since this plan was derived (removed: \(title))")
    }

    package static func overrideOfRemovedHint(_ id: String, path: String) -> MessageText {
        MessageText(nl: "haal de lokale wijziging weg (en '\(id)' uit 'adopt'); neem de wijziging daarna over: plan diff --upstream \(path) --accept",
                    en: "remove the override (and '\(id)' from 'adopt'); then accept the change: plan diff --upstream \(path) --accept")
    }

    package static func overrideReownedFromRoles(_ id: String, before: String, after: String) -> MessageText {
        MessageText(nl: "de lokale wijziging van '\(id)' hoort bij een actie die de regio heeft weggehaald bij de rollen die dit plan overneemt (eigenaren: \(before) → \(after))",
                    en: "the override of '\(id)' is for an action the region re-owned away from the roles this plan adopts (re-owned: \(before) → \(after))")
    }

    package static func overrideReownedFromRolesHint(_ id: String, path: String) -> MessageText {
        MessageText(nl: "haal de lokale wijziging weg, of neem '\(id)' over met zijn nummer; neem de wijziging daarna over: plan diff --upstream \(path) --accept",
                    en: "remove the override, or adopt '\(id)' by its id; then accept the change: plan diff --upstream \(path) --accept")
    }

    package static func snapshotMismatch(recorded: String, snapshot: String) -> MessageText {
        MessageText(nl: "de kopie van het regionale plan past niet bij 'extends: version': de versie is \(recorded), de kopie heeft \(snapshot)",
                    en: "the snapshot of the regional plan does not match 'extends: version': the version is \(recorded), the snapshot has \(snapshot)")
    }

    package static func snapshotMismatchHint(_ path: String) -> MessageText {
        MessageText(nl: "de kopie of de versie is met de hand veranderd; plan diff --upstream vergelijkt er niet mee tot dat hersteld is: zet de kopie terug, of neem het regionale plan zoals het is over met plan diff --upstream \(path) --accept",
                    en: "the snapshot or the version was edited by hand; plan diff --upstream does not compare with it until that is mended: restore the snapshot, or take the regional plan as it is with plan diff --upstream \(path) --accept")
    }

    package static func baseInvalidUsingSnapshot(_ base: String, errors: Int) -> MessageText {
        MessageText(nl: "het regionale plan '\(base)' heeft \(errors == 1 ? "een fout" : "\(errors) fouten"); dit plan werkt met de laatst overgenomen kopie ervan",
                    en: "the regional plan '\(base)' has \(errors == 1 ? "an error" : "\(errors) errors"); this plan works on the last accepted snapshot of it")
    }

    package static func baseInvalidUsingSnapshotHint(_ basePath: String) -> MessageText {
        MessageText(nl: "de regio moet haar plan herstellen (plan validate \(basePath)); tot dan gelden de acties zoals ze waren bij de laatste overname",
                    en: "the region needs to mend its plan (plan validate \(basePath)); until then the actions are as they were when last accepted")
    }

    // MARK: derive: the municipality's name

    package static func municipalityNearMiss(_ name: String, suggestion: String, key: String, actions: [String]) -> MessageText {
        let led = actions.joined(separator: ", ")
        return MessageText(
            nl: "het regionale plan noemt geen gemeente '\(name)'; bedoelt u '\(suggestion)' ('\(key)')? Zonder die naam mist het lokale plan de acties van de gemeente zelf\(led.isEmpty ? "" : " (\(led))"); geef --municipality \"\(suggestion)\"",
            en: "the regional plan names no municipality '\(name)'; did you mean '\(suggestion)' ('\(key)')? Without that name the local plan would miss the municipality's own actions\(led.isEmpty ? "" : " (\(led))"); give --municipality \"\(suggestion)\"")
    }

    // MARK: derive --force over the official's work

    package static func deriveWouldLose(_ path: String, parts: [String]) -> MessageText {
        func names(dutch: Bool) -> String {
            let words = parts.map { part -> String in
                switch part {
                case "themes": return dutch ? "lokale acties (themes)" : "local actions (themes)"
                case "overrides": return dutch ? "lokale wijzigingen van planning, eigenaren of budget (overrides)" : "local changes of planning, owners or budget (overrides)"
                case "organisations": return dutch ? "lokale mensen en organisaties (organisations)" : "local people and organisations (organisations)"
                case "roles": return dutch ? "wie de rollen vervult (roles)" : "who stands in for the roles (roles)"
                case "adopt": return dutch ? "de overgenomen acties, met de hand gewijzigd (adopt)" : "the adopted actions, changed by hand (adopt)"
                case "plan": return dutch ? "de gegevens van het plan, zoals de vaststelling (plan)" : "the plan's details, such as its adoption (plan)"
                case "#": return dutch ? "opmerkingen (#)" : "comments (#)"
                default: return "'\(part)'"
                }
            }
            return list(words, dutch: dutch)
        }
        return MessageText(
            nl: "'\(path)' bevat werk dat derive niet opnieuw schrijft: \(names(dutch: true)); derive --force zou dat wissen, dus er is niets geschreven. Neem de wijzigingen van de regio over met: plan diff --upstream \(path) --accept; neem nieuwe regionale acties over met: plan adopt \(path) NUMMER…; of schrijf een nieuw plan met een andere --output",
            en: "'\(path)' holds work derive does not write again: \(names(dutch: false)); derive --force would wipe it, so nothing was written. Take the region's changes with: plan diff --upstream \(path) --accept; adopt new regional actions with: plan adopt \(path) ID…; or write a new plan with another --output")
    }

    /// "a", "a en b", "a, b en c".
    package static func list(_ items: [String], dutch: Bool) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + (dutch ? " en " : " and ") + items.last!
    }

    /// "2025", "2024 en 2025", "2024, 2025 en 2026".
    package static func yearList(_ years: [Int], dutch: Bool) -> String {
        list(years.sorted().map(String.init), dutch: dutch)
    }
}
