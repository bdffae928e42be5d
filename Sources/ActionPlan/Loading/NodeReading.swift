import ActionPlanCore
import Foundation

/// Reading scalars and walking mappings of the YAML tree, reporting every problem with its
/// position. Shared by the plan decoder and, later, other file decoders.
package class NodeReader {
    let source: SourceText
    private var collector = DiagnosticCollector()
    /// The problems found, at most `LoadLimits.maximumDiagnosticsPerFile` and a count of the rest.
    var diagnostics: [Diagnostic] { collector.diagnostics }

    init(source: SourceText) {
        self.source = source
    }

    // MARK: Reporting

    func location(_ node: YAMLNode) -> SourceLocation {
        let position = node.position
        return source.location(line: position.line, column: position.column)
    }

    func error(_ code: DiagnosticCode, _ message: String, at node: YAMLNode, hint: String? = nil, notes: [Diagnostic.Note] = []) {
        collector.append(.error(code, message, at: location(node), hint: hint, notes: notes))
    }

    func error(_ code: DiagnosticCode, _ message: String, at location: SourceLocation, hint: String? = nil, notes: [Diagnostic.Note] = []) {
        collector.append(.error(code, message, at: location, hint: hint, notes: notes))
    }

    func warning(_ code: DiagnosticCode, _ message: String, at location: SourceLocation, hint: String? = nil) {
        collector.append(.warning(code, message, at: location, hint: hint))
    }

    /// A warning whose text is in the message catalogue, in both languages.
    func warning(_ code: DiagnosticCode, _ message: MessageText, at location: SourceLocation, hint: MessageText? = nil) {
        collector.append(Diagnostic(.warning, code, message, at: location, hint: hint))
    }

    /// An error whose text is in the message catalogue, in both languages.
    func error(_ code: DiagnosticCode, _ message: MessageText, at node: YAMLNode, hint: MessageText? = nil, notes: [Diagnostic.Note] = []) {
        collector.append(.error(code, message, at: location(node), hint: hint, notes: notes))
    }

    /// An error whose text is in the message catalogue, in both languages.
    func error(_ code: DiagnosticCode, _ message: MessageText, at location: SourceLocation, hint: MessageText? = nil, notes: [Diagnostic.Note] = []) {
        collector.append(.error(code, message, at: location, hint: hint, notes: notes))
    }

    /// The name of a part of the file in both languages, from the catalogue (`Messages.subject`).
    func subject(_ what: String) -> MessageText { Messages.subject(what) }

    func report(_ diagnostic: Diagnostic) { collector.append(diagnostic) }

    /// Describes what a node is, for "expected …, found …" messages.
    func describe(_ node: YAMLNode) -> MessageText {
        switch node {
        case .scalar(let scalar): return scalar.text.isEmpty ? Messages.foundNothing : Messages.foundText(Self.shorten(scalar.text))
        case .mapping: return Messages.foundMapping
        case .sequence: return Messages.foundList
        }
    }

    static func shorten(_ text: String, to limit: Int = 40) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        return flat.count > limit ? String(flat.prefix(limit)) + "…" : flat
    }

    // MARK: Mappings

    /// The node as a mapping, or nil after reporting what was found instead.
    func mapping(_ node: YAMLNode, _ what: String, example: MessageText? = nil) -> YAMLMapping? {
        guard case .mapping(let mapping) = node else {
            error(.wrongType, Messages.shouldBeMapping(subject(what), found: describe(node)), at: node,
                  hint: example)
            return nil
        }
        return mapping
    }

    /// What a walk over a mapping found: the known keys present, and the known keys that an
    /// unknown key was probably meant to be (so a misspelt key is not also reported as missing).
    struct EntryWalk {
        var present: Set<String> = []
        var misspelt: Set<String> = []
    }

    /// Walks a mapping once, handing each entry with a known key to `handle`; unknown keys are
    /// reported with the nearest known key.
    @discardableResult
    func forEachEntry(
        of mapping: YAMLMapping, in what: String, keys known: [String], _ handle: (String, YAMLNode, YAMLNode) -> Void
    ) -> EntryWalk {
        var walk = EntryWalk()
        for pair in mapping.pairs {
            let keyNode = pair.key, value = pair.value
            guard case .scalar(let scalar) = keyNode else {
                error(.wrongType, Messages.keyShouldBeWord(subject(what), found: describe(keyNode)), at: keyNode)
                continue
            }
            let key = scalar.text
            if known.contains(key) {
                walk.present.insert(key)
                handle(key, value, keyNode)
            } else {
                let suggestion = Suggestions.nearest(to: key, in: known) ?? Self.dutchKeys[key.lowercased()].flatMap { known.contains($0) ? $0 : nil }
                if let suggestion { walk.misspelt.insert(suggestion) }
                let hint = suggestion.map(Messages.didYouMean) ?? Messages.keysAre(subject(what), known.map { "'\($0)'" }.joined(separator: ", "))
                error(.unknownKey, Messages.unknownKey(Self.shorten(key), in: subject(what)), at: keyNode, hint: hint)
            }
        }
        return walk
    }

    /// Reports each required key that is missing (and not merely misspelt), at the mapping that lacks it.
    func requireKeys(_ keys: [String], of walk: EntryWalk, in what: String, at node: YAMLNode) {
        for key in keys where !walk.present.contains(key) && !walk.misspelt.contains(key) {
            error(.missingKey, Messages.missingKey(key, in: subject(what)), at: node, hint: Messages.addKey(key))
        }
    }

    /// Dutch words plan writers may type for a key.
    static let dutchKeys: [String: String] = [
        "datum": "date", "actie": "action", "notitie": "note", "opmerking": "note", "titel": "title",
        "eigenaren": "owners", "eigenaar": "owners", "wie": "who", "looptijd": "duration", "begroting": "budget",
        "budget": "budget", "thema": "themes", "themas": "themes", "acties": "actions", "activiteiten": "activities",
        "periode": "period", "taal": "language", "regio": "region", "naam": "name", "bron": "source",
        "doelstelling": "goal", "resultaat": "results", "toelichting": "explanation", "besteed": "spent", "jaar": "year",
        "rol": "role", "trekker": "lead", "organisaties": "organisations",
    ]

    // MARK: Scalars

    /// The node's text, or nil after reporting that it is not a text.
    func text(_ node: YAMLNode, _ what: String) -> String? {
        guard case .scalar(let scalar) = node else {
            error(.wrongType, Messages.shouldBeText(subject(what), found: describe(node)), at: node, hint: Messages.shouldBeTextHint)
            return nil
        }
        return scalar.text
    }

    /// Like `text`, but an empty text is reported too.
    func nonEmptyText(_ node: YAMLNode, _ what: String) -> String? {
        guard let value = text(node, what) else { return nil }
        guard !value.allSatisfy(\.isWhitespace) else {
            error(.emptyValue, Messages.isEmpty(subject(what)), at: node, hint: Messages.isEmptyHint(subject(what)))
            return nil
        }
        reportPlaceholder(value, what, at: node)
        return value
    }

    /// Whether a text is a placeholder `plan init` writes: `TODO`, or `TODO: …` with what belongs there.
    static func isPlaceholder(_ text: String) -> Bool {
        // Every text of a plan passes here, and trimming is costly: a text whose first character after
        // spaces and tabs is plain ASCII other than "T" is not one (a non-ASCII one may be a space).
        guard text.utf8.count >= 4 else { return false }
        guard let first = text.utf8.first(where: { $0 != 0x20 && $0 != 0x09 }),
              first >= 0x80 || first == UInt8(ascii: "T") else { return false }
        let trimmed = text.trimmingSpaces()
        return trimmed == "TODO" || trimmed.hasPrefix("TODO:")
    }

    /// Reports a placeholder left from `plan init` (the value is kept, so nothing else is reported after it).
    func reportPlaceholder(_ value: String, _ what: String, at node: YAMLNode, hint: MessageText? = nil) {
        guard Self.isPlaceholder(value) else { return }
        error(.placeholder, Messages.placeholder(subject(what), NodeReader.shorten(value)), at: node,
              hint: hint ?? Messages.placeholderHint(subject(what)))
    }

    /// A list of texts; a single text counts as a list of one.
    func textList(_ node: YAMLNode, _ what: String) -> [(String, YAMLNode)] {
        switch node {
        case .scalar(let scalar):
            return scalar.text.isEmpty ? [] : [(scalar.text, node)]
        case .sequence(let sequence):
            return sequence.items.compactMap { item in nonEmptyText(item, "an entry of \(what)").map { ($0, item) } }
        default:
            error(.wrongType, Messages.shouldBeTextList(subject(what), found: describe(node)), at: node)
            return []
        }
    }

    /// A yes/no value: true or false (ja/nee and yes/no read the same way); nil after reporting anything else.
    func flag(_ node: YAMLNode, _ what: String, hint: MessageText) -> Bool? {
        guard let word = text(node, what) else { return nil }
        switch word {
        case "true", "yes", "ja": return true
        case "false", "no", "nee": return false
        default:
            error(.notABoolean, Messages.shouldBeBoolean(subject(what), found: Self.shorten(word)), at: node, hint: hint)
            return nil
        }
    }

    /// A four-digit year.
    func year(_ node: YAMLNode, _ what: String) -> Int? {
        guard let value = text(node, what) else { return nil }
        return year(in: value, at: node, what)
    }

    func year(in value: String, at node: YAMLNode, _ what: String) -> Int? {
        let trimmed = value.trimmingSpaces()
        guard trimmed.count == 4, trimmed.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(trimmed),
              (1900...2999).contains(year) else {
            error(.notAYear, Messages.shouldBeYear(subject(what), found: Self.shorten(value)), at: node,
                  hint: value.contains("-") || value.contains("/") ? Messages.yearRangeHint(value) : Messages.fourDigitYearHint)
            return nil
        }
        return year
    }

    /// A date written `YYYY-MM-DD` that exists in the calendar.
    func date(_ node: YAMLNode, _ what: String) -> CalendarDate? {
        guard let value = text(node, what) else { return nil }
        if let date = CalendarDate(iso: value) { return date }
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        if value.count == 10, parts.map(\.count) == [4, 2, 2], let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) {
            if !(1...12).contains(m) {
                error(.notADate, Messages.noSuchMonth(value, month: m), at: node, hint: Messages.writeDatesHint)
            } else {
                let days = CalendarDate.daysInMonth(m, of: y)
                error(.notADate, Messages.noSuchDay(value, month: m, year: y, days: days, day: d), at: node, hint: Messages.checkTheDay)
            }
        } else {
            error(.notADate, Messages.shouldBeDate(subject(what), found: Self.shorten(value)), at: node, hint: Messages.dateExampleHint)
        }
        return nil
    }

    /// An amount of euros.
    func money(_ node: YAMLNode, _ what: String) -> Money? {
        guard let value = text(node, what) else { return nil }
        return money(value, what, at: node)
    }

    /// An amount read from a text written at `node`, or nil after reporting why it is not one.
    func money(_ value: String, _ what: String, at node: YAMLNode) -> Money? {
        switch MoneyParser.parse(value) {
        case .success(let money):
            return money
        case .failure(.negative):
            error(.badAmount, Messages.negativeAmount(subject(what), value), at: node, hint: Messages.negativeAmountHint)
        case .failure(.tooManyDecimals):
            error(.badAmount, Messages.tooManyDecimals(subject(what), value), at: node, hint: Messages.tooManyDecimalsHint)
        case .failure(.tooLarge):
            error(.badAmount, Messages.amountTooLarge(subject(what), value), at: node, hint: Messages.amountTooLargeHint)
        case .failure(.malformed):
            error(.badAmount, Messages.notAnAmount(subject(what), Self.shorten(value)), at: node, hint: Messages.notAnAmountHint)
        }
        return nil
    }
}
