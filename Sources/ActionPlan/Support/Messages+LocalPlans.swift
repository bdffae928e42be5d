/// Messages about local plans over a regional plan (AP8xx), derive and adopt.
extension Messages {
    // MARK: the regional plan a local plan extends (AP801, AP802, AP803, AP809)

    package static func baseNotFound(_ path: String) -> MessageText {
        MessageText(nl: "het regionale plan '\(path)' is niet te vinden", en: "the regional plan '\(path)' cannot be found")
    }

    package static let baseNotFoundHint = MessageText(nl: "het pad gaat uit van de map van dit bestand", en: "the path is relative to the folder of this file")

    package static func baseUnreadable(_ path: String, _ problem: MessageText) -> MessageText {
        MessageText(nl: "het regionale plan '\(path)' is niet te lezen: \(problem.nl)", en: "the regional plan '\(path)' cannot be read: \(problem.en)")
    }

    package static func baseHasErrors(_ path: String, errors: Int) -> MessageText {
        MessageText(nl: "het regionale plan '\(path)' heeft \(errors == 1 ? "een fout" : "\(errors) fouten")",
                    en: "the regional plan '\(path)' has \(errors == 1 ? "an error" : "\(errors) errors")")
    }

    package static func runValidate(_ path: String) -> MessageText {
        MessageText(nl: "voer uit: plan validate \(path)", en: "run: plan validate \(path)")
    }

    package static let anErrorInTheRegionalPlan = MessageText(nl: "een fout in het regionale plan", en: "an error in the regional plan")

    package static func extendsCircle(_ path: String) -> MessageText {
        MessageText(nl: "'\(path)' bouwt weer voort op dit plan: plannen mogen niet in een kring op elkaar voortbouwen",
                    en: "'\(path)' extends this plan again: plans may not extend each other in a circle")
    }

    package static let extendsCircleHint = MessageText(
        nl: "een lokaal plan bouwt voort op een regionaal plan dat zelf op niets voortbouwt (of op een ander plan)",
        en: "a local plan extends a regional plan that itself extends nothing (or another plan)")

    package static let extendsCircleClosedHint = MessageText(nl: "een lokaal plan bouwt voort op een regionaal plan, dat op niets voortbouwt",
                                                             en: "a local plan extends a regional plan, which extends nothing")

    package static let circleClosesHere = MessageText(nl: "hier sluit de kring", en: "the circle closes here")

    package static func chainTooLong(_ path: String, plans: Int, maximum: Int) -> MessageText {
        MessageText(nl: "voortbouwen op '\(path)' maakt een keten van \(plans) plannen die op elkaar voortbouwen; hoogstens \(maximum) stappen mogen",
                    en: "extending '\(path)' makes a chain of \(plans) plans extending plans; at most \(maximum) steps are allowed")
    }

    package static func baseExtendsInTurn(_ path: String, maximum: Int) -> MessageText {
        MessageText(nl: "'\(path)' bouwt op zijn beurt voort op een ander plan: een keten van plannen die op elkaar voortbouwen, heeft hoogstens \(maximum) stappen",
                    en: "'\(path)' extends another plan in turn: a chain of plans extending plans may have at most \(maximum) steps")
    }

    package static let extendsRegionalItselfHint = MessageText(nl: "een lokaal plan bouwt voort op het regionale plan zelf, niet op een ander lokaal plan",
                                                               en: "a local plan extends the regional plan itself, not another local plan")

    package static let chainGoesOnHere = MessageText(nl: "hier gaat de keten verder", en: "the chain goes on here")

    // MARK: reading a local plan (AP805, AP806, AP807, AP810)

    package static func snapshotNotPlainName(_ name: String) -> MessageText {
        MessageText(nl: "de kopie '\(name)' is geen bestandsnaam in de map van dit plan",
                    en: "the snapshot '\(name)' is not a file name in this plan's folder")
    }

    package static let snapshotNotPlainNameHint = MessageText(
        nl: "plan derive schrijft de kopie naast het lokale plan en noemt haar zonder map: snapshot: \"<naam>.base-snapshot.yaml\"",
        en: "plan derive writes the snapshot beside the local plan and names it without a folder: snapshot: \"<name>.base-snapshot.yaml\"")

    package static func regionalIDClash(_ id: String) -> MessageText {
        MessageText(nl: "lokale actie '\(id)' heeft het nummer van een regionale actie", en: "local action '\(id)' has the id of a regional action")
    }

    package static let regionalIDClashHint = MessageText(
        nl: "lokale nummers beginnen met L, zoals L1.1, zodat ze nooit gelijk zijn aan die van de regio",
        en: "local ids start with L, such as L1.1, so they never clash with the region's")

    package static func noRegionalOwner(_ name: String) -> MessageText {
        MessageText(nl: "het regionale plan noemt geen eigenaar '\(name)'", en: "the regional plan names no owner '\(name)'")
    }

    package static let rolesHint = MessageText(nl: "'roles' koppelt eigenaren uit het regionale plan aan lokale",
                                               en: "roles map owners of the regional plan to local ones")

    package static let adoptAllHint = MessageText(nl: "schrijf all: true om alle regionale acties over te nemen",
                                                  en: "write all: true to adopt every regional action")

    package static func noRegionalTheme(_ id: String) -> MessageText {
        MessageText(nl: "het regionale plan heeft geen thema '\(id)'", en: "the regional plan has no theme '\(id)'")
    }

    package static func regionalThemesAre(_ ids: String) -> MessageText {
        MessageText(nl: "de thema's zijn: \(ids)", en: "its themes are: \(ids)")
    }

    package static func noRegionalAction(_ id: String) -> MessageText {
        MessageText(nl: "het regionale plan heeft geen actie '\(id)'", en: "the regional plan has no action '\(id)'")
    }

    package static func overriddenNotAdopted(_ id: String) -> MessageText {
        MessageText(nl: "actie '\(id)' is lokaal gewijzigd maar niet overgenomen", en: "action '\(id)' is overridden but not adopted")
    }

    package static func overriddenNotAdoptedHint(_ id: String) -> MessageText {
        MessageText(nl: "zet \"\(id)\" bij 'adopt: actions', of haal de lokale wijziging weg",
                    en: "add \"\(id)\" to 'adopt: actions', or remove the override")
    }

    package static func fieldNotOverridable(_ field: String) -> MessageText {
        MessageText(nl: "'\(field)' van een regionale actie kan niet lokaal gewijzigd worden", en: "'\(field)' of a regional action cannot be overridden")
    }

    package static let fieldNotOverridableHint = MessageText(
        nl: "een lokaal plan houdt de tekst en de nummering van de regio; zet in plaats daarvan een lokale actie onder 'themes'",
        en: "a local plan keeps the regional text and numbering; add a local action under 'themes' instead")

    package static func overrideMayChange(_ keys: String) -> MessageText {
        MessageText(nl: "een lokale wijziging mag veranderen: \(keys)", en: "an override may change: \(keys)")
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
}

/// What derive, adopt and diff --upstream --accept say about their work.
extension Messages {
    // MARK: derive

    package static func derived(_ path: String, count: String, municipality: String, owners: String, snapshot: String) -> MessageText {
        MessageText(nl: "\(path) geschreven: \(count) voor \(municipality) (als \(owners)), en de kopie \(snapshot)",
                    en: "wrote \(path): \(count) for \(municipality) (as \(owners)), and the snapshot \(snapshot)")
    }

    package static func deriveOneRegionalPlan(found: Int) -> MessageText {
        MessageText(nl: "geef precies één regionaal planbestand (gevonden: \(found) plannen)", en: "give exactly one regional plan file (found \(found) plans)")
    }

    package static let deriveNeedsMunicipality = MessageText(nl: "geef de naam van de gemeente, zoals --municipality Maassluis",
                                                             en: "give the municipality's name, such as --municipality Maassluis")

    package static let deriveNoMunicipalRoles = MessageText(nl: "het regionale plan heeft geen gemeentelijke rollen; noem ze met --role",
                                                            en: "the regional plan has no municipal roles; name them with --role")

    package static func deriveOutputIsInput(_ path: String) -> MessageText {
        MessageText(nl: "'\(path)' is een plan dat derive leest; derive schrijft nooit over zijn invoer, ook niet met --force: geef een andere --output",
                    en: "'\(path)' is a plan derive reads; derive never writes onto its input, not even with --force: give another --output")
    }

    package static func existsGiveForce(_ path: String) -> MessageText {
        MessageText(nl: "'\(path)' bestaat al; geef --force om het te vervangen, of een andere --output",
                    en: "'\(path)' exists; give --force to overwrite it, or another --output")
    }

    package static func deriveNotAnEarlierLocalPlan(_ path: String, municipality: String) -> MessageText {
        MessageText(nl: "'\(path)' is geen eerder lokaal plan voor \(municipality) bij dit regionale plan; derive vervangt het niet, ook niet met --force: geef een andere --output",
                    en: "'\(path)' is not an earlier local plan for \(municipality) over this regional plan; derive does not replace it, not even with --force: give another --output")
    }

    package static let derivedWouldHaveErrors = MessageText(nl: "zo geschreven zou het lokale plan deze fouten hebben; er is niets geschreven",
                                                            en: "written so, the local plan would have these errors; nothing was written")

    package static func cannotBeRead(_ path: String) -> MessageText {
        MessageText(nl: "'\(path)' kan niet gelezen worden", en: "'\(path)' cannot be read")
    }

    // MARK: adopt

    package static func adopted(_ path: String, _ ids: String) -> MessageText {
        MessageText(nl: "\(path): overgenomen: \(ids)", en: "\(path): adopted: \(ids)")
    }

    package static func adoptedAlready(_ ids: String) -> MessageText {
        MessageText(nl: "al overgenomen: \(ids)", en: "adopted already: \(ids)")
    }

    package static func nothingWrittenFor(_ path: String) -> MessageText {
        MessageText(nl: "\(path): niets geschreven; ", en: "\(path): nothing written; ")
    }

    package static func extendsNoRegionalPlan(_ path: String) -> MessageText {
        MessageText(nl: "'\(path)' breidt geen regionaal plan uit", en: "'\(path)' extends no regional plan")
    }

    package static func regionalPlanNotLoaded(_ path: String) -> MessageText {
        MessageText(nl: "het regionale plan '\(path)' kan niet geladen worden", en: "the regional plan '\(path)' cannot be loaded")
    }

    package static func noRegionalActionOrTheme(_ id: String, nearest: String) -> MessageText {
        MessageText(nl: "het regionale plan heeft geen actie of thema '\(id)'; de dichtstbijzijnde nummers zijn: \(nearest)",
                    en: "the regional plan has no action or theme '\(id)'; the nearest ids are: \(nearest)")
    }

    package static func adoptNotEditable(_ path: String) -> MessageText {
        MessageText(nl: "'\(path)': 'adopt' kan niet in het bestand aangevuld worden; schrijf 'adopt:' met daaronder 'actions:' als lijst, één nummer per regel",
                    en: "'\(path)': 'adopt' cannot be added to in the file; write 'adopt:' with 'actions:' under it as a list, one id a line")
    }

    package static let adoptingLeavesErrors = MessageText(nl: "na het overnemen zou het lokale plan deze fouten hebben; er is niets geschreven",
                                                          en: "adopting would leave the local plan with these errors; nothing was written")

    package static func cannotUpdateSafely(_ path: String) -> MessageText {
        MessageText(nl: "'\(path)' kan niet veilig bijgewerkt worden; niets geschreven", en: "'\(path)' cannot be updated safely; nothing written")
    }

    // MARK: diff --upstream and --accept

    package static func followsAlready(_ path: String) -> MessageText {
        MessageText(nl: "\(path) volgt het regionale plan al; niets geschreven", en: "\(path) follows the regional plan already; nothing written")
    }

    /// The note after an adopt line that `--accept` turned into a comment.
    package static let removedByTheRegion = MessageText(nl: "geschrapt door de regio", en: "removed by the region")

    package static func adoptedLinesRetired(_ ids: [String]) -> MessageText {
        let list = ids.joined(separator: ", ")
        return MessageText(nl: "De regio heeft geschrapt: \(list); die regel staat in 'adopt' nu als opmerking (de voortgang blijft bewaard als geschiedenis)",
                           en: "The region removed: \(list); its line in 'adopt' is now a comment (the progress stays as history)")
    }

    package static func followsNow(_ path: String, version: String, snapshot: String) -> MessageText {
        MessageText(nl: "\(path) volgt nu het regionale plan zoals het is (versie \(version), kopie \(snapshot))",
                    en: "\(path) now follows the regional plan as it is (version \(version), snapshot \(snapshot))")
    }

    package static let regionalOrLocalUnreadable = MessageText(nl: "het regionale of het lokale plan kan niet gelezen worden",
                                                               en: "the regional or the local plan cannot be read")

    package static func noVersionAndSnapshot(_ path: String) -> MessageText {
        MessageText(nl: "'\(path)' heeft geen 'version' en 'snapshot' onder 'extends'; voeg ze toe of leid het plan opnieuw af",
                    en: "'\(path)' has no 'version' and 'snapshot' under 'extends'; add them, or derive the plan again")
    }

    package static func valueNotReplaceable(_ path: String, line: Int) -> MessageText {
        MessageText(nl: "'\(path)': de waarde op regel \(line) kan niet vervangen worden; schrijf haar op één regel",
                    en: "'\(path)': the value on line \(line) cannot be replaced; write it on one line")
    }

    package static func acceptingLeavesErrors(_ path: String) -> MessageText {
        MessageText(nl: "na overname van de wijzigingen zou het lokale plan deze fouten hebben; herstel ze eerst, dan opnieuw: plan diff --upstream \(path) --accept",
                    en: "accepting the changes would leave the local plan with these errors; fix them first, then again: plan diff --upstream \(path) --accept")
    }

    package static func snapshotIsRegionalPlan(_ path: String) -> MessageText {
        MessageText(nl: "'\(path)' is het regionale plan; niets geschreven", en: "'\(path)' is the regional plan; nothing written")
    }

    package static func recordsNoSnapshot(_ path: String) -> MessageText {
        MessageText(nl: "'\(path)' legt geen kopie van het regionale plan vast; leid het opnieuw af met plan derive",
                    en: "'\(path)' records no snapshot of its base; derive it again with plan derive")
    }

    /// A command alone, as what to do after a file's problems: the same in both languages.
    package static func command(_ command: some CustomStringConvertible) -> MessageText { .same("\(command)") }

    package static func checkItWith(_ command: some CustomStringConvertible) -> MessageText {
        MessageText(nl: "controleer het met: \(command)", en: "check it with: \(command)")
    }

    package static func snapshotUnreadableAccepting(_ path: String) -> MessageText {
        MessageText(nl: "\(path): de kopie kan niet gelezen worden, dus de wijzigingen van de regio zijn onbekend; het regionale plan wordt overgenomen zoals het nu is",
                    en: "\(path): the snapshot cannot be read, so the region's changes are unknown; the regional plan is accepted as it is now")
    }

    package static func keptAsHistoryAfterAccepting(_ count: Int) -> MessageText {
        MessageText(nl: "Na overname blijven \(count) voortgangsregels bewaard als geschiedenis van de oude planning (niets gaat verloren):",
                    en: "After accepting, \(count) progress entries are kept as history of the old planning (nothing is lost):")
    }

    package static func snapshotNotAPlan(errors: Int) -> MessageText {
        MessageText(nl: "de kopie van het regionale plan is geen geldig plan (\(errors) \(errors == 1 ? "fout" : "fouten")); de tekst van het bestand wordt niet getoond",
                    en: "the snapshot of the regional plan is not a valid plan (\(errors) \(errors == 1 ? "error" : "errors")); the file's text is not shown")
    }

    package static func snapshotNotAPlanHint(_ local: String) -> MessageText {
        MessageText(nl: "zet de kopie terug, of neem het regionale plan zoals het is over met plan diff --upstream \(local) --accept",
                    en: "restore the snapshot, or take the regional plan as it is with plan diff --upstream \(local) --accept")
    }
}
