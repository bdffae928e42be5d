/// What the commands say besides diagnostics: the closing lines of `plan validate`, why a command
/// stops, paths that name no plan, names and ids that match nothing. Usage errors found by the
/// argument parser itself (an unknown option, a value of the wrong kind) are its own, in English.
extension Messages {
    /// The word before a usage error: `Error: …`.
    package static let errorLabel = MessageText(nl: "Fout", en: "Error")

    // MARK: paths that name no plan (AP101, AP112)

    package static let noSuchFileOrFolder = MessageText(nl: "dit bestand of deze map bestaat niet", en: "no such file or folder")

    package static func notRegularSkipped(_ kind: String) -> MessageText {
        MessageText(nl: "dit is \(fileKind(kind).nl), geen gewoon bestand; overgeslagen", en: "this is \(kind), not a regular file; skipped")
    }

    package static let folderWithoutPlans = MessageText(nl: "in de map staan geen planbestanden (.yaml of .yml)",
                                                        en: "the folder holds no plan files (.yaml or .yml)")

    package static let folderNameNotUTF8 = MessageText(
        nl: "de naam van deze map is geen UTF-8-tekst; de plannen erin worden niet gezocht: geef de map een andere naam",
        en: "the name of this folder is not UTF-8 text; its plans are not searched: rename it")

    package static let fileNameNotUTF8 = MessageText(
        nl: "de naam van dit bestand is geen UTF-8-tekst, dus het kan niet als plan gelezen worden: geef het een andere naam",
        en: "the name of this file is not UTF-8 text, so it cannot be read as a plan: rename it")

    package static let progressOfOnePlan = MessageText(nl: "--progress noemt het voortgangsbestand van één plan; geef precies één plan",
                                                       en: "--progress names the progress file of one plan; give exactly one plan")

    package static func onePlanOnly(_ path: String, plans: Int) -> MessageText {
        MessageText(nl: "'\(path)' bevat \(plans) plannen; deze opdracht neemt precies één planbestand",
                    en: "'\(path)' holds \(plans) plans; this command takes exactly one plan file")
    }

    // MARK: names and ids that match nothing

    package static func unknownOwnerName(_ name: String, closest: [String]) -> MessageText {
        let quoted = closest.map { "'\($0)'" }
        return MessageText(
            nl: "onbekende eigenaar '\(name)'" + (quoted.isEmpty ? "; 'plan workload' noemt de eigenaren van de plannen bij naam"
                                                                  : "; bedoelt u \(list(quoted, dutch: true).replacingOccurrences(of: " en ", with: " of "))?"),
            en: "unknown owner '\(name)'" + (quoted.isEmpty ? "; 'plan workload' lists the owners of the plans by name"
                                                            : "; did you mean \(quoted.count > 1 ? quoted.dropLast().joined(separator: ", ") + " or " + quoted.last! : quoted.joined())?"))
    }

    package static func noSuchAction(_ id: String, nearest: String) -> MessageText {
        MessageText(nl: "het plan heeft geen actie '\(id)'; de dichtstbijzijnde nummers zijn: \(nearest)",
                    en: "the plan has no action '\(id)'; the nearest ids are: \(nearest)")
    }

    package static let noPlanToLogTo = MessageText(nl: "er is geen plan open om in vast te leggen", en: "no plan is open to log to")

    package static let noLocalPlanOpen = MessageText(nl: "er is geen lokaal plan open", en: "no local plan is open")

    package static func noSuchOpenPlan(_ id: String, nearest: String) -> MessageText {
        MessageText(nl: "er is geen plan '\(id)' open" + (nearest.isEmpty ? "" : "; de dichtstbijzijnde kenmerken zijn: \(nearest)"),
                    en: "no plan '\(id)' is open" + (nearest.isEmpty ? "" : "; the nearest ids are: \(nearest)"))
    }

    // MARK: why a command stops, or goes on

    package static func hasErrorsFixFirst(_ path: String, check: some CustomStringConvertible) -> MessageText {
        MessageText(nl: "\(path): heeft fouten; verbeter die eerst (\(check))", en: "\(path): has errors; fix them first (\(check))")
    }

    package static func goingOn(_ path: String, check: some CustomStringConvertible) -> MessageText {
        MessageText(nl: "\(path): gaat door; zie ook: \(check)", en: "\(path): going on; see also: \(check)")
    }

    package static func entryRepeatsNothingWritten(_ path: String) -> MessageText {
        MessageText(nl: "\(path): de regel herhaalt een eerdere; er is niets geschreven (geef --allow-duplicate om haar toch vast te leggen)",
                    en: "\(path): the entry repeats an earlier one; nothing was written (give --allow-duplicate to record it anyway)")
    }

    package static func entryWouldLeaveErrors(_ path: String, check: some CustomStringConvertible) -> MessageText {
        MessageText(nl: "\(path): met deze regel zou het bestand fouten hebben; er is niets geschreven (controleer het bestand met \(check))",
                    en: "\(path): the entry would leave the file with errors; nothing was written (check the file with \(check))")
    }

    package static func reportTextHasErrors(_ path: String) -> MessageText {
        MessageText(nl: "\(path): heeft fouten; er is geen rapport geschreven", en: "\(path): has errors; no report was written")
    }

    package static func wrote(_ path: String) -> MessageText {
        MessageText(nl: "\(path) geschreven", en: "wrote \(path)")
    }

    // MARK: the closing lines of plan validate

    /// `checked 2 plan files and 1 progress file: 1 error and 2 warnings`, or `…: no problems`.
    package static func validateSummary(planFiles: Int, progressFiles: Int, errors: Int, warnings: Int) -> MessageText {
        func count(_ number: Int, _ one: String, _ many: String) -> String { "\(number) \(number == 1 ? one : many)" }
        var checkedNL = count(planFiles, "planbestand", "planbestanden")
        var checkedEN = count(planFiles, "plan file", "plan files")
        if progressFiles > 0 {
            checkedNL += " en " + count(progressFiles, "voortgangsbestand", "voortgangsbestanden")
            checkedEN += " and " + count(progressFiles, "progress file", "progress files")
        }
        var partsNL: [String] = [], partsEN: [String] = []
        if errors > 0 { partsNL.append(count(errors, "fout", "fouten")); partsEN.append(count(errors, "error", "errors")) }
        if warnings > 0 { partsNL.append(count(warnings, "waarschuwing", "waarschuwingen")); partsEN.append(count(warnings, "warning", "warnings")) }
        return MessageText(
            nl: "\(checkedNL) gecontroleerd: " + (partsNL.isEmpty ? "geen problemen" : partsNL.joined(separator: " en ")),
            en: "checked \(checkedEN): " + (partsEN.isEmpty ? "no problems" : partsEN.joined(separator: " and ")))
    }

    /// The note on actions whose source names no owner.
    package static func actionsNamingNoOwner(_ path: String, ids: [String]) -> MessageText {
        let shown = ids.prefix(10).joined(separator: ", ") + (ids.count > 10 ? ", …" : "")
        return MessageText(
            nl: "let op: \(path): \(ids.count == 1 ? "1 actie noemt" : "\(ids.count) acties noemen") geen eigenaar, net als de bron (\(shown)); "
                + "plan workload zet ze onder 'geen eigenaar genoemd'",
            en: "note: \(path): \(ids.count == 1 ? "1 action names" : "\(ids.count) actions name") no owner, as the source (\(shown)); "
                + "plan workload shows them under 'no owner named'")
    }

    // MARK: what a command wrote

    package static func logged(_ id: String, date: String, withdrew: String?, path: String) -> MessageText {
        MessageText(nl: "\(id) vastgelegd op \(date)" + (withdrew.map { "; de regels van \($0) ingetrokken" } ?? "") + " in \(path)",
                    en: "logged \(id) on \(date)" + (withdrew.map { "; withdrew its entries of \($0)" } ?? "") + " in \(path)")
    }

    package static let nothingWrittenSentence = MessageText(nl: ". Er is niets geschreven.", en: ". Nothing was written.")
    package static let nothingWrittenClause = MessageText(nl: "; er is niets geschreven", en: "; nothing was written")
    package static let forceOrOtherOutput = MessageText(nl: "; geef --force om het te vervangen, of een andere --output",
                                                        en: "; give --force to overwrite it, or another --output")

    package static func initWrote(_ path: String) -> MessageText {
        MessageText(nl: "\(path) geschreven: vul de plekken met TODO in en voer dan uit: plan validate \(path)",
                    en: "wrote \(path): fill in the places marked TODO, then run: plan validate \(path)")
    }

    package static func initNoSchema(_ folder: String) -> MessageText {
        MessageText(nl: "er staat geen JSON Schema in de buurt, dus het bestand noemt er geen; voor uw editor: plan schema --output \(folder), dan opnieuw plan init",
                    en: "no JSON Schema found near it, so the file names none; for your editor run: plan schema --output \(folder), then plan init again")
    }

    package static func cannotMakeFolder(_ path: String) -> MessageText {
        MessageText(nl: "de map '\(path)' kan niet gemaakt worden", en: "cannot make the folder '\(path)'")
    }

    // MARK: files a command writes

    /// `'x.html'`, or `'x.html' (a link to 'y.html')`.
    package static func outputFileName(_ path: String, linkTarget: String?) -> MessageText {
        MessageText(nl: "'\(path)'" + (linkTarget.map { " (een koppeling naar '\($0)')" } ?? ""),
                    en: "'\(path)'" + (linkTarget.map { " (a link to '\($0)')" } ?? ""))
    }

    package static func outputExists(_ file: MessageText) -> MessageText {
        MessageText(nl: "\(file.nl) bestaat al", en: "\(file.en) exists")
    }

    package static func outputIsFolder(_ file: MessageText) -> MessageText {
        MessageText(nl: "\(file.nl) is een map; geef het pad van een bestand", en: "\(file.en) is a folder; give the path of a file")
    }

    package static func outputNotRegular(_ file: MessageText, kind: String) -> MessageText {
        MessageText(nl: "\(file.nl) is \(fileKind(kind).nl), geen gewoon bestand; alleen gewone bestanden worden geschreven",
                    en: "\(file.en) is \(kind), not a regular file; only regular files are written")
    }

    package static func outputDanglingLink(_ file: MessageText) -> MessageText {
        MessageText(nl: "\(file.nl) is een symbolische koppeling naar niets wat geschreven kan worden (een ontbrekend bestand, of een kring)",
                    en: "\(file.en) is a symbolic link to nothing that can be written (a missing file, or a loop)")
    }

    package static func outputReadOnly(_ file: MessageText) -> MessageText {
        MessageText(nl: "\(file.nl) is alleen-lezen; maak het eerst schrijfbaar (chmod u+w), of schrijf naar een ander bestand",
                    en: "\(file.en) is read-only; make it writable first (chmod u+w), or write to another file")
    }

    package static func outputHardLinked(_ file: MessageText) -> MessageText {
        MessageText(nl: "\(file.nl) heeft andere harde koppelingen, die de oude inhoud zouden houden; schrijf naar een ander bestand",
                    en: "\(file.en) has other hard links, which would keep the old contents; write to another file")
    }

    package static func outputIsInput(_ file: MessageText, readAs: String?) -> MessageText {
        MessageText(
            nl: "\(file.nl) is " + (readAs.map { "'\($0)', " } ?? "")
                + "een plan, regionaal plan, kopie of voortgangsbestand dat deze opdracht leest; een opdracht schrijft nooit over haar invoer: geef een ander uitvoerbestand",
            en: "\(file.en) is " + (readAs.map { "'\($0)', " } ?? "")
                + "a plan, base, snapshot or progress file this command reads; a command never writes onto its input: give another output file")
    }

    package static func outputFolderMissing(_ folder: String) -> MessageText {
        MessageText(nl: "de map '\(folder)' bestaat niet", en: "the folder '\(folder)' does not exist")
    }

    package static func outputFolderNotWritable(_ folder: String) -> MessageText {
        MessageText(nl: "u mag geen bestanden maken in de map '\(folder)'", en: "you may not create files in the folder '\(folder)'")
    }

    package static func outputFailed(_ file: MessageText, reason: String) -> MessageText {
        MessageText(nl: "\(file.nl) kan niet geschreven worden: \(reason)", en: "cannot write \(file.en): \(reason)")
    }

    package static func noLetters(_ day: String) -> MessageText {
        MessageText(nl: "geen eigenaar heeft iets te melden op \(day); er zijn geen brieven geschreven (--all schrijft ze toch)",
                    en: "no owner has anything to report on \(day); no letters written (--all writes them anyway)")
    }

    package static func wroteLetters(_ count: Int, folder: String, names: String) -> MessageText {
        MessageText(nl: "\(count == 1 ? "1 brief" : "\(count) brieven") geschreven in \(folder): \(names)",
                    en: "wrote \(count) letter\(count == 1 ? "" : "s") in \(folder): \(names)")
    }
}
