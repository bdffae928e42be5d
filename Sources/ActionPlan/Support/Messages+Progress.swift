/// Messages about progress files (AP7xx).
extension Messages {
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
}

extension Messages {
    /// A status word of a progress file (`done`), in both languages.
    package static func statusWord(_ english: String) -> MessageText {
        let dutch = ["planned": "gepland", "started": "gestart", "done": "afgerond", "dropped": "vervallen", "reopened": "heropend"]
        return MessageText(nl: dutch[english] ?? english, en: english)
    }

    /// The kind of a planning (`recurring`), in both languages.
    package static func planningKind(_ english: String) -> MessageText {
        let dutch = ["ongoing": "doorlopend", "deadline": "eenmalig", "recurring": "terugkerend", "unscheduled": "nog niet gepland",
                     "none": "zonder planning"]
        return MessageText(nl: dutch[english] ?? english, en: english)
    }

    // MARK: the file and its entries (AP701, AP710, AP720)

    package static func progressNotAList(found: MessageText) -> MessageText {
        MessageText(nl: "een voortgangsbestand moet een lijst van regels zijn, maar is \(found.nl)",
                    en: "a progress file should be a list of entries, found \(found.en)")
    }

    package static let progressNotAListHint = MessageText(nl: "elke regel begint met '- action: \"2.2\"' en heeft een datum",
                                                          en: "each entry starts with '- action: \"2.2\"' and has a date")

    package static func retractsNothing(_ id: String, day: String) -> MessageText {
        MessageText(nl: "deze regel trekt de regels van '\(id)' op \(day) in, maar daarvoor staan er geen",
                    en: "this entry withdraws the entries of '\(id)' on \(day), but there are none before it")
    }

    package static let retractsNothingHint = MessageText(nl: "geef de datum van de regel die u intrekt, zoals 'plan show' die laat zien",
                                                         en: "give the date of the entry to withdraw, as 'plan show' lists it")

    package static func spentOverflow(_ largest: String) -> MessageText {
        MessageText(nl: "met deze regel komt het bestede geld boven \(largest), het hoogste bedrag dat dit programma kan tellen",
                    en: "with this entry the money spent adds up to more than \(largest), the most this tool can count")
    }

    package static let checkAmountSpent = MessageText(nl: "kijk het bestede bedrag na", en: "check the amount spent")

    package static func unknownStatus(_ word: String) -> MessageText {
        MessageText(nl: "onbekende status '\(word)'", en: "unknown status '\(word)'")
    }

    package static func writeOneOf(_ words: String) -> MessageText {
        MessageText(nl: "schrijf een van: \(words)", en: "write one of: \(words)")
    }

    package static let occurrenceHint = MessageText(nl: "schrijf occurrence: true voor een gehouden overleg of een jaarlijkse actie die is uitgevoerd",
                                                    en: "write occurrence: true for a meeting held or a yearly action carried out")

    package static let yearWithoutSpent = MessageText(nl: "'year' hoort bij 'spent'", en: "'year' belongs with 'spent'")
    package static let yearWithoutSpentHint = MessageText(nl: "geef het bestede bedrag met spent: …", en: "give the amount spent with spent: …")

    package static let entryRecordsNothing = MessageText(nl: "de regel legt niets vast", en: "the entry records nothing")
    package static let entryRecordsNothingHint = MessageText(
        nl: "voeg een notitie, een status, 'occurrence: true', een besteed bedrag of een nieuwe planning toe",
        en: "add a note, a status, 'occurrence: true', an amount spent or a revised planning")

    // MARK: dates (AP703, AP704, AP712)

    package static func dateOutsidePeriod(_ date: String, first: Int, last: Int) -> MessageText {
        MessageText(nl: "\(date) valt buiten de periode van het plan \(first)-\(last)", en: "\(date) lies outside the plan period \(first)-\(last)")
    }

    package static let dateOutsidePeriodHint = MessageText(nl: "voortgang legt u vast voor dagen binnen de periode van het plan",
                                                           en: "progress is recorded for days within the plan period")

    package static func budgetYearOutsidePeriod(_ year: Int, first: Int, last: Int) -> MessageText {
        MessageText(nl: "het begrotingsjaar \(year) valt buiten de periode van het plan \(first)-\(last)",
                    en: "the budget year \(year) lies outside the plan period \(first)-\(last)")
    }

    package static func dateAfterToday(_ date: String, today: String) -> MessageText {
        MessageText(nl: "\(date) ligt na vandaag (\(today))", en: "\(date) is after today (\(today))")
    }

    package static let dateAfterTodayHint = MessageText(nl: "leg vast wat er gebeurd is; plannen voor later horen in het plan",
                                                        en: "record what has happened; plans for later belong in the plan")

    package static func recordedAfterToday(_ recorded: String, today: String) -> MessageText {
        MessageText(nl: "de regel is vastgelegd op \(recorded), na vandaag (\(today))", en: "the entry is recorded on \(recorded), after today (\(today))")
    }

    package static let recordedAfterTodayHint = MessageText(nl: "'recorded' is de dag waarop de regel is opgeschreven; plan log vult die in",
                                                            en: "'recorded' is the day the entry was written down; plan log fills it in")

    package static func recordedBeforeDate(_ recorded: String, date: String) -> MessageText {
        MessageText(nl: "de regel is vastgelegd op \(recorded), vóór de dag waarop het gebeurde (\(date))",
                    en: "the entry is recorded on \(recorded), before the day it happened (\(date))")
    }

    package static let recordedBeforeDateHint = MessageText(
        nl: "'date' is de dag waarop het gebeurde en 'recorded' de dag waarop het is opgeschreven, op of na die dag",
        en: "'date' is the day it happened and 'recorded' the day it was written down, on or after it")

    // MARK: occurrences and repeats (AP705, AP709)

    package static func occurrenceNotRecurring(_ id: String, planning: String) -> MessageText {
        MessageText(nl: "actie '\(id)' keert niet terug ('\(planning)'), dus zij heeft geen keren",
                    en: "action '\(id)' is not recurring ('\(planning)'), so it has no occurrences")
    }

    package static let occurrenceNotRecurringHint = MessageText(nl: "leg in plaats daarvan een status (started, done) of een notitie vast",
                                                                en: "record a status (started, done) or a note instead")

    package static let entryRepeated = MessageText(nl: "deze regel herhaalt een eerdere", en: "this entry repeats an earlier one")
    package static let entryRepeatedHint = MessageText(nl: "haal een van de twee weg; gaat het om verschillende gebeurtenissen, zeg dat dan in hun notities",
                                                       en: "remove one of the two; if they are different events, say so in their notes")
    package static let theSameEntry = MessageText(nl: "dezelfde regel", en: "the same entry")

    package static func secondOccurrence(_ id: String, date: String) -> MessageText {
        MessageText(nl: "een tweede keer van '\(id)' op \(date)", en: "a second occurrence of '\(id)' on \(date)")
    }

    package static let secondOccurrenceHint = MessageText(
        nl: "een keer telt één overleg of één keer uitgevoerd; haal er een weg als het om dezelfde gebeurtenis gaat",
        en: "an occurrence counts one meeting or one time carried out; remove one if they are the same event")
    package static let firstOccurrenceThatDay = MessageText(nl: "de eerste keer die dag", en: "the first occurrence that day")

    // MARK: status order (AP707, AP708)

    package static func statusAfterClosed(_ id: String, closed: String, since: String, new: String) -> MessageText {
        MessageText(nl: "actie '\(id)' is al \(statusWord(closed).nl) (sinds \(since)); zij kan niet meer \(statusWord(new).nl) worden",
                    en: "action '\(id)' is already \(closed) (since \(since)); it cannot become \(new)")
    }

    package static func statusAfterClosedHint(since: String) -> MessageText {
        MessageText(nl: "om haar weer te openen, legt u eerst 'status: reopened' (heropend) vast, op of na \(since)",
                    en: "to open it again, record 'status: reopened' (heropend) first, on or after \(since)")
    }

    package static func becameHere(_ status: String) -> MessageText {
        MessageText(nl: "hier werd zij \(statusWord(status).nl)", en: "it became \(status) here")
    }

    package static func reopenNotClosed(_ id: String, date: String) -> MessageText {
        MessageText(nl: "actie '\(id)' is op \(date) niet afgerond of vervallen, dus zij kan niet heropend worden",
                    en: "action '\(id)' is not done or dropped on \(date), so it cannot be reopened")
    }

    package static let reopenNotClosedHint = MessageText(
        nl: "'reopened' volgt op de status afgerond of vervallen; schrijf 'status: started' om voortgang vast te leggen",
        en: "'reopened' follows a done or dropped status; to record progress, write 'status: started'")

    // MARK: a revised planning (AP711)

    package static func replanOfClosed(_ id: String, status: String, since: String) -> MessageText {
        MessageText(nl: "actie '\(id)' is \(statusWord(status).nl) (sinds \(since)); een nieuwe planning is voor een open actie",
                    en: "action '\(id)' is \(status) (since \(since)); a revised planning is for an open action")
    }

    package static func replanOfClosedHint(since: String) -> MessageText {
        MessageText(nl: "om haar opnieuw te plannen, legt u eerst 'status: reopened' (heropend) vast, op of na \(since)",
                    en: "to plan it again, record 'status: reopened' (heropend) first, on or after \(since)")
    }

    package static func replanOfRecurring(_ id: String, kind: String, planning: String) -> MessageText {
        MessageText(nl: "actie '\(id)' is \(planningKind(kind).nl) ('\(planning)'); een nieuwe planning geeft een eenmalige actie een nieuwe einddatum",
                    en: "action '\(id)' is \(kind) ('\(planning)'); a revised planning gives a one-off action a new due date")
    }

    package static let replanOfRecurringHint = MessageText(nl: "leg in plaats daarvan in een notitie vast waarom zij achterloopt",
                                                           en: "record a note on why it is behind instead")

    package static func replanWithoutDue(_ text: String, kind: String) -> MessageText {
        MessageText(nl: "een nieuwe planning heeft een einddatum nodig, en '\(text)' is \(planningKind(kind).nl)",
                    en: "a revised planning needs a due date, and '\(text)' is \(kind)")
    }

    package static let replanWithoutDueHint = MessageText(nl: "schrijf wanneer het klaar is, zoals Q3 2025, eind 2025 of 1 juli 2025",
                                                          en: "write when it will be done, such as Q3 2025, eind 2025 or 1 juli 2025")

    package static func replanBeforeDate(_ text: String, due: String, date: String) -> MessageText {
        MessageText(nl: "de nieuwe planning '\(text)' eindigt op \(due), vóór de datum van de regel \(date)",
                    en: "the revised planning '\(text)' is due \(due), before the entry's date \(date)")
    }

    package static let replanBeforeDateHint = MessageText(nl: "een nieuwe planning is een datum die nog komt op de dag dat zij besloten wordt",
                                                          en: "a revised planning is a date still ahead on the day it is decided")

    // MARK: writing a progress file

    package static func cannotReadFile(_ path: String, _ problem: MessageText) -> MessageText {
        MessageText(nl: "\(path) is niet te lezen: \(problem.nl)", en: "cannot read \(path): \(problem.en)")
    }

    package static func progressFileTooLarge(_ path: String, limit: String) -> MessageText {
        MessageText(nl: "\(path) zou groter worden dan \(limit), het meeste wat een voortgangsbestand mag bevatten; begin een nieuw voortgangsbestand",
                    en: "\(path) would grow past \(limit), the most a progress file may hold; start a new progress file")
    }
}
