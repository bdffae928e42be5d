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

    func report(_ diagnostic: Diagnostic) { collector.append(diagnostic) }

    /// Describes what a node is, for "expected …, found …" messages.
    func describe(_ node: YAMLNode) -> String {
        switch node {
        case .scalar(let scalar): return scalar.text.isEmpty ? "nothing" : "the text '\(Self.shorten(scalar.text))'"
        case .mapping: return "a mapping of keys"
        case .sequence: return "a list"
        }
    }

    static func shorten(_ text: String, to limit: Int = 40) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        return flat.count > limit ? String(flat.prefix(limit)) + "…" : flat
    }

    // MARK: Mappings

    /// The node as a mapping, or nil after reporting what was found instead.
    func mapping(_ node: YAMLNode, _ what: String, example: String? = nil) -> YAMLMapping? {
        guard case .mapping(let mapping) = node else {
            error(.wrongType, "\(what) should be a mapping of keys, found \(describe(node))", at: node, hint: example)
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
                error(.wrongType, "a key in \(what) should be a word, found \(describe(keyNode))", at: keyNode)
                continue
            }
            let key = scalar.text
            if known.contains(key) {
                walk.present.insert(key)
                handle(key, value, keyNode)
            } else {
                let suggestion = Suggestions.nearest(to: key, in: known) ?? Self.dutchKeys[key.lowercased()].flatMap { known.contains($0) ? $0 : nil }
                if let suggestion { walk.misspelt.insert(suggestion) }
                let hint = suggestion.map { "did you mean '\($0)'?" }
                    ?? "the keys of \(what) are: " + known.map { "'\($0)'" }.joined(separator: ", ")
                error(.unknownKey, "unknown key '\(Self.shorten(key))' in \(what)", at: keyNode, hint: hint)
            }
        }
        return walk
    }

    /// Reports each required key that is missing (and not merely misspelt), at the mapping that lacks it.
    func requireKeys(_ keys: [String], of walk: EntryWalk, in what: String, at node: YAMLNode) {
        for key in keys where !walk.present.contains(key) && !walk.misspelt.contains(key) {
            error(.missingKey, "\(what) is missing '\(key)'", at: node, hint: Self.missingKeyHints[key].map { "add \($0)" } ?? "add '\(key):'")
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

    /// What to write for a missing key.
    static let missingKeyHints: [String: String] = [
        "plan": "'plan:' with the plan's id, title, region, period and language",
        "organisations": "'organisations:' with the owners the plan names",
        "themes": "'themes:' with the plan's themes and their actions",
        "id": "'id:' with the id as numbered in the source, quoted: id: \"1.1\"",
        "title": "'title:' with the text as in the source",
        "region": "'region:' with the region or organisation that owns the plan",
        "period": "'period:' with the first and last year: period: 2024-2026",
        "language": "'language: nl' or 'language: en'",
        "owners": "'owners:' with the lead first, then the partners: owners: [VAR, RIEC]",
        "actions": "'actions:' with the actions as a list",
        "planning": "'planning:' as in the source, such as 1e helft 2023",
        "name": "'name:' with the organisation's full name",
        "org": "'org:' with the key, name or alias of an organisation",
        "text": "'text:' with the planning as the source writes it",
        "kind": "'kind:' ongoing, deadline or recurring",
        "from": "'from:' with the first year",
        "until": "'until:' with the last year",
    ]

    // MARK: Scalars

    /// The node's text, or nil after reporting that it is not a text.
    func text(_ node: YAMLNode, _ what: String) -> String? {
        guard case .scalar(let scalar) = node else {
            error(.wrongType, "\(what) should be a text, found \(describe(node))", at: node,
                  hint: "a text that starts with '[', '{' or '-' must be quoted")
            return nil
        }
        return scalar.text
    }

    /// Like `text`, but an empty text is reported too.
    func nonEmptyText(_ node: YAMLNode, _ what: String) -> String? {
        guard let value = text(node, what) else { return nil }
        guard !value.allSatisfy(\.isWhitespace) else {
            error(.emptyValue, "\(what) is empty", at: node, hint: "write the \(what.replacingOccurrences(of: "the ", with: "")) after the colon")
            return nil
        }
        reportPlaceholder(value, what, at: node)
        return value
    }

    /// Whether a text is a placeholder `plan init` writes: `TODO`, or `TODO: …` with what belongs there.
    static func isPlaceholder(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed == "TODO" || trimmed.hasPrefix("TODO:")
    }

    /// Reports a placeholder left from `plan init` (the value is kept, so nothing else is reported after it).
    func reportPlaceholder(_ value: String, _ what: String, at node: YAMLNode, hint: String? = nil) {
        guard Self.isPlaceholder(value) else { return }
        error(.placeholder, "\(what) is still the placeholder '\(NodeReader.shorten(value))' of plan init", at: node,
              hint: hint ?? "write \(what) as in the source document")
    }

    /// A list of texts; a single text counts as a list of one.
    func textList(_ node: YAMLNode, _ what: String) -> [(String, YAMLNode)] {
        switch node {
        case .scalar(let scalar):
            return scalar.text.isEmpty ? [] : [(scalar.text, node)]
        case .sequence(let sequence):
            return sequence.items.compactMap { item in nonEmptyText(item, "an entry of \(what)").map { ($0, item) } }
        default:
            error(.wrongType, "\(what) should be a list of texts, found \(describe(node))", at: node)
            return []
        }
    }

    /// A yes/no value: true or false (ja/nee and yes/no read the same way); nil after reporting anything else.
    func flag(_ node: YAMLNode, _ what: String, hint: String) -> Bool? {
        guard let word = text(node, what) else { return nil }
        switch word {
        case "true", "yes", "ja": return true
        case "false", "no", "nee": return false
        default:
            error(.notABoolean, "\(what) should be true or false, found '\(Self.shorten(word))'", at: node, hint: hint)
            return nil
        }
    }

    /// A four-digit year.
    func year(_ node: YAMLNode, _ what: String) -> Int? {
        guard let value = text(node, what) else { return nil }
        return year(in: value, at: node, what)
    }

    func year(in value: String, at node: YAMLNode, _ what: String) -> Int? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        guard trimmed.count == 4, trimmed.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(trimmed),
              (1900...2999).contains(year) else {
            error(.notAYear, "\(what) should be a year such as 2024, found '\(Self.shorten(value))'", at: node,
                  hint: value.contains("-") || value.contains("/")
                    ? "for the same amount in each year of a range, write per_year: … with years: \(value)"
                    : "write the year with four digits")
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
                error(.notADate, "'\(value)' is not a date: there is no month \(m)", at: node, hint: "write dates as YYYY-MM-DD")
            } else {
                let days = CalendarDate.daysInMonth(m, of: y)
                error(.notADate, "'\(value)' is not a date: \(Self.monthNames[m - 1]) \(y) has \(days) days (day \(d) does not exist)", at: node,
                      hint: "check the day")
            }
        } else {
            error(.notADate, "\(what) should be a date written YYYY-MM-DD, found '\(Self.shorten(value))'", at: node,
                  hint: "for example 2024-03-31")
        }
        return nil
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"]

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
            error(.badAmount, "\(what) is negative: '\(value)'", at: node, hint: "budgets are amounts needed, never below zero")
        case .failure(.tooManyDecimals):
            error(.badAmount, "\(what) '\(value)' has more than two decimals", at: node,
                  hint: "write thousands as 50000 or \"€ 50.000\", and cents with two decimals: 50000.00 or \"€ 50.000,00\"")
        case .failure(.tooLarge):
            error(.badAmount, "\(what) '\(value)' is too large", at: node, hint: "amounts are in euros")
        case .failure(.malformed):
            error(.badAmount, "\(what) is not an amount: '\(Self.shorten(value))'", at: node,
                  hint: "write an amount as 50000, 50000.00, \"€ 50.000\", \"€ 50.000,00\", \"500.000 euro\" or \"€ 1,5 miljoen\"")
        }
        return nil
    }
}
