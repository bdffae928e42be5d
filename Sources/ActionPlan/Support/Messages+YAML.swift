/// Messages about reading a file and its YAML (AP1xx).
extension Messages {
    // MARK: a file that cannot be read (AP101)

    package static let noSuchFile = MessageText(nl: "dit bestand bestaat niet", en: "no such file")
    package static let noSuchFileHint = MessageText(nl: "kijk of het pad klopt", en: "check the path")
    package static let isAFolder = MessageText(nl: "dit is een map, geen bestand", en: "this is a folder, not a file")
    package static let isAFolderHint = MessageText(
        nl: "geef het pad van een planbestand, of geef de map bij een opdracht die mappen neemt",
        en: "give the path of a plan file, or pass the folder where a command takes folders")

    /// "a named pipe" and the other kinds of files that are not regular, in both languages.
    package static func fileKind(_ kind: String) -> MessageText {
        let dutch = ["a folder": "een map", "a named pipe": "een named pipe", "a character device": "een apparaat (character device)",
                     "a block device": "een apparaat (block device)", "a socket": "een socket", "a symbolic link": "een symbolische koppeling"]
        return MessageText(nl: dutch[kind] ?? "een bijzonder bestand", en: kind)
    }

    package static func notARegularFile(_ kind: String) -> MessageText {
        MessageText(nl: "dit is \(fileKind(kind).nl), geen gewoon bestand; alleen gewone bestanden worden gelezen",
                    en: "this is \(kind), not a regular file; only regular files are read")
    }

    package static let notARegularFileHint = MessageText(
        nl: "geef het pad van een planbestand; pipes, apparaten en sockets worden nooit gelezen",
        en: "give the path of a plan file; pipes, devices and sockets are never read")

    package static func fileTooLarge(_ size: String, limit: String) -> MessageText {
        MessageText(nl: "het bestand is \(size); plan- en voortgangsbestanden zijn hoogstens \(limit)",
                    en: "the file is \(size); plan and progress files may be at most \(limit)")
    }

    package static let fileTooLargeHint = MessageText(
        nl: "is dit echt een planbestand? Verdeel een heel groot plan over meer bestanden",
        en: "is this really a plan file? split very large plans into several files")

    package static func fileUnreadable(_ reason: String) -> MessageText {
        MessageText(nl: "het bestand is niet te lezen (\(reason))", en: "the file cannot be read (\(reason))")
    }

    package static let fileUnreadableHint = MessageText(nl: "kijk of u het mag lezen", en: "check that you may read it")

    // MARK: the text of the file (AP102, AP103, AP108, AP111)

    package static func controlCharacter(_ name: String) -> MessageText {
        MessageText(nl: "het bestand bevat het stuurteken \(name), dat niet in een tekstbestand hoort",
                    en: "the file contains the control character \(name), which text files do not have")
    }

    package static let controlCharacterHint = MessageText(
        nl: "is dit een binair bestand? Planbestanden zijn UTF-8-tekst; haal het teken weg",
        en: "is this a binary file? plan files are UTF-8 text; remove the character")

    package static func unreadableText(_ problem: String) -> MessageText {
        MessageText(nl: "het bestand is niet als tekst te lezen: \(problem)", en: "the file cannot be read as text: \(problem)")
    }

    package static let utf16 = MessageText(nl: "het bestand is UTF-16-tekst; planbestanden zijn UTF-8",
                                           en: "the file is UTF-16 text; plan files are UTF-8")

    package static let utf16Hint = MessageText(
        nl: "sla het bestand op als UTF-8 (in de meeste programma's: Opslaan als, codering UTF-8)",
        en: "save the file as UTF-8 (in most editors: Save As, encoding UTF-8)")

    package static func notUTF8(byte: Int) -> MessageText {
        MessageText(nl: "het bestand is geen UTF-8-tekst (byte \(byte) is niet te lezen)",
                    en: "the file is not UTF-8 text (byte \(byte) cannot be read)")
    }

    package static let notUTF8Hint = MessageText(
        nl: "planbestanden zijn UTF-8-tekst; is dit een binair bestand, of opgeslagen in een andere codering? Sla het op als UTF-8",
        en: "plan files are UTF-8 text; is this a binary file, or saved in another encoding? save it as UTF-8")

    /// U+0085, U+2028 or U+2029, by name.
    package static func invisibleLineBreakName(_ scalar: Unicode.Scalar) -> MessageText {
        switch scalar {
        case "\u{85}": return MessageText(nl: "het volgende-regelteken U+0085", en: "the next-line character U+0085")
        case "\u{2028}": return MessageText(nl: "het regelscheidingsteken U+2028", en: "the line separator U+2028")
        default: return MessageText(nl: "het alineascheidingsteken U+2029", en: "the paragraph separator U+2029")
        }
    }

    package static func invisibleLineBreak(_ name: MessageText, count: Int) -> MessageText {
        let more = count - 1
        return MessageText(
            nl: "het bestand bevat \(name.nl), voor YAML een regeleinde dat editors niet laten zien"
                + (more > 0 ? " (en nog \(more) \(more == 1 ? "zo'n teken" : "zulke tekens"))" : ""),
            en: "the file holds \(name.en), a line break to YAML that editors do not show"
                + (more > 0 ? " (and \(more) more such character\(more > 1 ? "s" : ""))" : ""))
    }

    package static let invisibleLineBreakHint = MessageText(
        nl: "haal het weg (het komt vaak mee met tekst uit Word of een pdf); een tekst die het nodig heeft, schrijft \"\\u2028\" tussen dubbele aanhalingstekens",
        en: "remove it (it often comes with text copied from Word or a PDF); a text that needs it writes \"\\u2028\" in double quotes")

    package static let planFileStartsHint = MessageText(nl: "een planbestand begint met 'plan:', 'organisations:' en 'themes:'",
                                                        en: "a plan file starts with 'plan:', 'organisations:' and 'themes:'")

    package static let onlyComments = MessageText(nl: "het bestand bevat alleen opmerkingen", en: "the file holds only comments")
    package static let emptyFile = MessageText(nl: "het bestand is leeg", en: "the file is empty")
    package static let emptyFileHint = MessageText(
        nl: "een planbestand begint met 'plan:', 'organisations:' en 'themes:'; zie de beschrijving van het bestand in de README",
        en: "a plan file starts with 'plan:', 'organisations:' and 'themes:'; see the file format in the README")

    // MARK: the size of the file (AP109, AP110)

    package static let tooLargeToParse = MessageText(nl: "het bestand is te groot om te lezen", en: "the file is too large to parse")

    package static func tooManyValues(_ budget: Int) -> MessageText {
        MessageText(nl: "het bestand bevat meer YAML-waarden dan een bestand van deze grootte kan hebben (\(budget))",
                    en: "the file holds more YAML values than a file of its size can (\(budget))")
    }

    package static let isThisAPlan = MessageText(nl: "is dit echt een planbestand?", en: "is this really a plan file?")

    package static func nestsTooDeep(_ levels: Int) -> MessageText {
        MessageText(nl: "het bestand gaat dieper dan \(levels) niveaus", en: "the file nests deeper than \(levels) levels")
    }

    package static let nestsTooDeepHint = MessageText(
        nl: "planbestanden hebben maar een paar niveaus inspringing nodig; is dit echt een planbestand?",
        en: "plan files need only a few levels of indentation; is this really a plan file?")

    package static func moreProblems(_ count: Int) -> MessageText {
        MessageText(nl: "… en nog \(count) \(count == 1 ? "probleem" : "problemen") in dit bestand",
                    en: "… and \(count) more \(count == 1 ? "problem" : "problems") in this file")
    }

    package static func moreProblemsHint(_ shown: Int) -> MessageText {
        MessageText(nl: "alleen de eerste \(shown) staan hier; verbeter deze en controleer het bestand opnieuw",
                    en: "only the first \(shown) are shown; fix these and check the file again")
    }

    // MARK: YAML syntax (AP104–AP107)

    package static func duplicateKey(_ name: String) -> MessageText {
        MessageText(nl: "sleutel '\(name)' staat er twee keer", en: "duplicate key '\(name)'")
    }

    package static let duplicateKeyHint = MessageText(
        nl: "elke sleutel mag één keer in een mapping staan; haal er een weg, of voeg de twee waarden samen",
        en: "each key may appear once in a mapping; remove one, or merge the two values")

    package static func firstAppearsHere(_ name: String) -> MessageText {
        MessageText(nl: "'\(name)' staat hier voor het eerst", en: "'\(name)' first appears here")
    }

    package static func tagsNotAllowed(_ name: String) -> MessageText {
        MessageText(nl: "YAML-tags ('\(name)') zijn niet toegestaan in planbestanden", en: "YAML tags ('\(name)') are not allowed in plan files")
    }

    package static let tagsHint = MessageText(
        nl: "een tekst die met '!' begint, moet tussen aanhalingstekens: title: \"!Belangrijk …\"",
        en: "a text that starts with '!' must be quoted: title: \"!Belangrijk …\"")

    package static let anchorsNotAllowed = MessageText(
        nl: "ankers ('&naam') en verwijzingen ('*naam') zijn niet toegestaan in planbestanden",
        en: "anchors ('&name') and aliases ('*name') are not allowed in plan files")

    package static func anchorsHint(_ sign: String) -> MessageText {
        MessageText(nl: "schrijf de waarde helemaal uit; hoort de '\(sign)' bij een tekst, zet de tekst dan tussen aanhalingstekens",
                    en: "write the value out in full; if the '\(sign)' is part of a text, put the text in quotes")
    }

    package static let quoteNeverClosed = MessageText(nl: "deze tekst tussen aanhalingstekens wordt nergens gesloten",
                                                      en: "this quoted text is never closed")

    package static let quoteNeverClosedHint = MessageText(
        nl: "zet het sluitende aanhalingsteken; een aanhalingsteken in de tekst schrijft u dubbel ('') tussen enkele aanhalingstekens, of als \\\" tussen dubbele",
        en: "add the closing quote; a quote inside the text is doubled ('') in single quotes, or escaped (\\\") in double quotes")

    /// The message and hint for a syntax error libyaml reports with `problem`.
    package static func yamlSyntax(_ problem: String) -> (message: MessageText, hint: MessageText?) {
        switch problem {
        case "mapping values are not allowed in this context":
            return (MessageText(nl: "een ': ' in een tekst zonder aanhalingstekens", en: "a ': ' inside a text that is not quoted"),
                    MessageText(nl: "zet de tekst tussen aanhalingstekens: title: \"Doel: …\"", en: "put the text in quotes: title: \"Doel: …\""))
        case "found character that cannot start any token":
            return (MessageText(nl: "een waarde begint met een teken dat YAML voor zichzelf houdt ('@', '`' of '%')",
                                en: "a value starts with a character that YAML reserves ('@', '`' or '%')"),
                    MessageText(nl: "zet de waarde tussen aanhalingstekens", en: "put the value in quotes"))
        case "did not find expected key":
            return (MessageText(nl: "de inspringing van deze regel past niet bij de mapping erboven",
                                en: "this line's indentation does not fit the mapping above it"),
                    MessageText(nl: "de regels van één mapping beginnen in dezelfde kolom; een tekst over meer regels moet tussen aanhalingstekens",
                                en: "entries of one mapping start in the same column; a text that spans lines must be quoted"))
        case "did not find expected '-' indicator":
            return (MessageText(nl: "de inspringing van deze regel past niet bij de lijst erboven",
                                en: "this line's indentation does not fit the list above it"),
                    MessageText(nl: "de regels van één lijst beginnen met '- ' in dezelfde kolom",
                                en: "entries of one list start with '- ' in the same column"))
        case "found a tab character that violates indentation", "found a tab character where an indentation space is expected":
            return (MessageText(nl: "er is ingesprongen met een tab", en: "a tab is used for indentation"),
                    MessageText(nl: "spring in met spaties, niet met tabs", en: "indent with spaces, not tabs"))
        case "but found another document":
            return (MessageText(nl: "het bestand bevat een tweede YAML-document (na '---')",
                                en: "the file holds a second YAML document (after '---')"),
                    MessageText(nl: "een planbestand is één document: haal de regel '---' weg en wat bij een ander plan hoort",
                                en: "a plan file is one document: remove the '---' line and what belongs to another plan"))
        case "could not find expected ':'":
            return (MessageText(nl: "een sleutel zonder ':' erachter", en: "a key without ':' after it"),
                    MessageText(nl: "een sleutel heeft ':' erachter nodig, of een tekst over meer regels heeft aanhalingstekens nodig",
                                en: "a key needs ':' after it, or a text that spans lines needs quotes"))
        case "found unexpected end of stream":
            return (MessageText(nl: "het bestand houdt op midden in een waarde", en: "the file ends in the middle of a value"),
                    MessageText(nl: "kijk of elk aanhalingsteken en elk haakje gesloten is", en: "check that every quote and bracket is closed"))
        case "did not find expected ',' or ']'":
            return (MessageText(nl: "een lijst tussen haken wordt niet gesloten met ']'", en: "a list in brackets is not closed with ']'"),
                    MessageText(nl: "sluit de lijst, en zet teksten met ',' of ']' tussen aanhalingstekens",
                                en: "close the list, and quote texts that contain ',' or ']'"))
        case "did not find expected ',' or '}'":
            return (MessageText(nl: "een mapping tussen accolades wordt niet gesloten met '}'", en: "a mapping in braces is not closed with '}'"),
                    MessageText(nl: "sluit de mapping, en zet teksten met ',' of '}' tussen aanhalingstekens",
                                en: "close the mapping, and quote texts that contain ',' or '}'"))
        case "found unknown escape character":
            return (MessageText(nl: "een onbekende escape ('\\…') in een tekst tussen dubbele aanhalingstekens",
                                en: "an unknown escape ('\\…') in a double-quoted text"),
                    MessageText(nl: "schrijf een backslash als \\\\, of gebruik enkele aanhalingstekens",
                                en: "write a backslash as \\\\, or use single quotes"))
        default:
            return (MessageText(nl: "fout in de YAML-opbouw: \(problem)", en: "YAML syntax error: \(problem)"), nil)
        }
    }
}
