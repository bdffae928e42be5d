import ActionPlanCore

/// Turns a plan file's YAML tree into a `Plan`, reporting every problem with its position.
///
/// Each mapping is walked once, switching on the key's text (a lookup per key would search the mapping
/// again). Owners are resolved against the registry as they are read.
package class PlanDecoder: NodeReader {
    var period = PlanPeriod(firstYear: 2000, lastYear: 2000)
    var periodIsKnown = false
    var registry = OwnerRegistry(organisations: [])
    /// Planning texts already parsed: large plans repeat the same few phrases.
    var scheduleCache: [String: Result<Schedule, PlanningParser.Failure>] = [:]
    /// The plan's adoption date, for plannings counted from it ("binnen 3 maanden na vaststelling").
    var adoptionDate: CalendarDate?
    /// The plan's language, for the hints of plannings that are not understood.
    var planLanguage: PlanLanguage?

    static let topLevelKeys = ["plan", "organisations", "themes", "declared_totals"]

    /// Decodes the document's root into a plan; nil when something required could not be read.
    func decode(_ root: YAMLNode) -> Plan? {
        guard let mapping = mapping(root, "the plan file",
                                    example: Messages.planFileStartsHint) else { return nil }
        var nodes: [String: YAMLNode] = [:]
        let topLevel = forEachEntry(of: mapping, in: "the plan file", keys: Self.topLevelKeys) { key, value, _ in nodes[key] = value }
        requireKeys(["plan", "organisations", "themes"], of: topLevel, in: "the plan file", at: root)

        let metadata = nodes["plan"].flatMap { decodeMetadata($0) }
        let organisations = nodes["organisations"].map(decodeOrganisations) ?? []
        registry = OwnerRegistry(organisations: organisations)
        let themes = nodes["themes"].map(decodeThemes) ?? []
        let declared = nodes["declared_totals"].flatMap(decodeDeclaredTotals)
        guard let metadata, nodes["organisations"] != nil, nodes["themes"] != nil else { return nil }
        return Plan(metadata: metadata, organisations: organisations, themes: themes, declaredTotals: declared,
                    path: source.path)
    }

    // MARK: plan

    static let metadataKeys = ["id", "title", "region", "period", "language", "adopted", "source", "notes"]

    /// The plan metadata; `inherited` gives the period and language a local plan takes from its base.
    func decodeMetadata(_ node: YAMLNode, inherited: PlanMetadata? = nil) -> PlanMetadata? {
        guard let mapping = mapping(node, "'plan'", example: .same("plan:\n  id: …\n  title: …\n  region: …\n  period: 2024-2026\n  language: nl")) else { return nil }
        var id: String?, title: String?, region: String?, language: PlanLanguage?
        var adoption: Adoption?, sourceText: String?, notes: String?
        let walk = forEachEntry(of: mapping, in: "'plan'", keys: Self.metadataKeys) { key, value, _ in
            switch key {
            case "id": id = planID(value)
            case "title": title = nonEmptyText(value, "the plan's title")
            case "region": region = nonEmptyText(value, "the plan's region")
            case "period":
                if let decoded = decodePeriod(value) {
                    period = decoded
                    periodIsKnown = true
                }
            case "language":
                if let text = text(value, "the plan's language") {
                    language = PlanLanguage(rawValue: text.lowercased())
                    if language == nil {
                        error(.unknownLanguage, Messages.unknownLanguage(NodeReader.shorten(text)), at: value, hint: Messages.unknownLanguageHint)
                    }
                }
            case "adopted":
                adoption = decodeAdoption(value)
                adoptionDate = adoption?.date
            case "source": sourceText = nonEmptyText(value, "the plan's source")
            case "notes": notes = text(value, "the plan's notes")
            default: break
            }
        }
        if let inherited {
            if !periodIsKnown {
                period = inherited.period
                periodIsKnown = true
            }
            language = language ?? inherited.language
            requireKeys(["id", "title", "region"], of: walk, in: "'plan'", at: node)
        } else {
            requireKeys(["id", "title", "region", "period", "language"], of: walk, in: "'plan'", at: node)
        }
        planLanguage = language
        guard let id, let title, let region, periodIsKnown, let language else { return nil }
        return PlanMetadata(id: id, title: title, region: region, period: period, language: language,
                            adoption: adoption, source: sourceText, notes: notes)
    }

    private func planID(_ node: YAMLNode) -> String? {
        guard let value = nonEmptyText(node, "the plan's id") else { return nil }
        let allowed = value.unicodeScalars.allSatisfy {
            ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || $0 == "-" || $0 == "_" || $0 == "."
        }
        guard allowed else {
            error(.badPlanID, Messages.badPlanID(NodeReader.shorten(value)), at: node, hint: Messages.badPlanIDHint)
            return nil
        }
        return value
    }

    /// `2024-2026` or `{from: 2024, until: 2026}`.
    func decodePeriod(_ node: YAMLNode) -> PlanPeriod? {
        var first: Int?, last: Int?
        switch node {
        case .scalar(let scalar):
            let pieces = scalar.text.split(whereSeparator: { $0 == "-" || $0 == "–" || $0 == "/" })
            guard pieces.count == 2 else {
                error(.badPeriod, Messages.badPeriod(found: Messages.quoted(NodeReader.shorten(scalar.text))), at: node, hint: Messages.badPeriodHint)
                return nil
            }
            first = year(in: String(pieces[0]), at: node, "the period's first year")
            last = year(in: String(pieces[1]), at: node, "the period's last year")
        case .mapping(let mapping):
            let walk = forEachEntry(of: mapping, in: "the plan's period", keys: ["from", "until"]) { key, value, _ in
                if key == "from" { first = year(value, "the period's first year") } else { last = year(value, "the period's last year") }
            }
            requireKeys(["from", "until"], of: walk, in: "the plan's period", at: node)
        default:
            error(.badPeriod, Messages.badPeriod(found: describe(node)), at: node)
            return nil
        }
        guard let first, let last else { return nil }
        guard first <= last else {
            error(.badPeriod, Messages.periodBackwards(first: first, last: last), at: node, hint: Messages.firstYearFirstHint)
            return nil
        }
        guard last - first < LoadLimits.maximumPeriodYears else {
            error(.periodTooLong, Messages.periodTooLong(first: first, last: last, maximum: LoadLimits.maximumPeriodYears),
                  at: node, hint: Messages.periodTooLongHint)
            return nil
        }
        return PlanPeriod(firstYear: first, lastYear: last)
    }

    private func decodeAdoption(_ node: YAMLNode) -> Adoption? {
        guard let mapping = mapping(node, "'adopted'", example: .same("adopted:\n  by: Regionaal Veiligheidsoverleg\n  on: 2023-07-06")) else { return nil }
        var by: String?, date: CalendarDate?
        forEachEntry(of: mapping, in: "'adopted'", keys: ["by", "on"]) { key, value, _ in
            if key == "by" { by = nonEmptyText(value, "who adopted the plan") } else { date = self.date(value, "the adoption date") }
        }
        return Adoption(by: by, date: date)
    }

    // MARK: organisations

    static let organisationKeys = ["name", "short", "aliases", "kind"]

    func decodeOrganisations(_ node: YAMLNode) -> [Organisation] {
        guard let mapping = mapping(node, "'organisations'", example: .same("organisations:\n  VAR:\n    name: VeiligheidsAlliantie regio Rotterdam")) else { return [] }
        var organisations: [Organisation] = []
        for pair in mapping.pairs {
            let keyNode = pair.key, value = pair.value
            guard case .scalar(let keyScalar) = keyNode else {
                error(.badOrganisationKey, Messages.organisationKeyNotAWord(found: describe(keyNode)), at: keyNode)
                continue
            }
            let key = keyScalar.text
            guard !key.isEmpty else {
                error(.badOrganisationKey, Messages.organisationKeyEmpty, at: keyNode)
                continue
            }
            reportPlaceholder(key, "the organisation's key", at: keyNode, hint: Messages.organisationKeyHint)
            guard let entry = self.mapping(value, "organisation '\(key)'", example: .same("\(key):\n  name: …\n  aliases: […]")) else { continue }
            var name: String?, short: String?, aliases: [String] = [], kind = Organisation.Kind.organisation
            let walk = forEachEntry(of: entry, in: "organisation '\(key)'", keys: Self.organisationKeys) { field, fieldValue, _ in
                switch field {
                case "name": name = nonEmptyText(fieldValue, "the name of '\(key)'")
                case "short": short = nonEmptyText(fieldValue, "the short name of '\(key)'")
                case "aliases": aliases = textList(fieldValue, "the aliases of '\(key)'").map(\.0)
                case "kind":
                    if let text = text(fieldValue, "the kind of '\(key)'") {
                        if let parsed = Organisation.Kind(rawValue: text) {
                            kind = parsed
                        } else {
                            let options = Organisation.Kind.allCases.map(\.rawValue)
                            error(.unknownOrganisationKind, Messages.unknownOrganisationKind(NodeReader.shorten(text), key: key), at: fieldValue,
                                  hint: Suggestions.nearest(to: text, in: options).map(Messages.didYouMean)
                                    ?? Messages.organisationKindsAre(options.joined(separator: ", ")))
                        }
                    }
                default: break
                }
            }
            requireKeys(["name"], of: walk, in: "organisation '\(key)'", at: value)
            organisations.append(Organisation(key: key, name: name ?? key, short: short, aliases: aliases, kind: kind, location: location(keyNode)))
        }
        return organisations
    }

    // MARK: declared totals

    private func decodeDeclaredTotals(_ node: YAMLNode) -> DeclaredTotals? {
        guard let mapping = mapping(node, "'declared_totals'", example: .same("declared_totals:\n  years: {2022: \"€ 153.000\"}")) else { return nil }
        var sourceText: String?, years: [YearAmount]?
        forEachEntry(of: mapping, in: "'declared_totals'", keys: ["source", "years"]) { key, value, _ in
            if key == "source" { sourceText = nonEmptyText(value, "the source of the declared totals") } else {
                years = decodeYearAmounts(value, "the declared totals")
            }
        }
        guard let years else {
            error(.missingKey, Messages.missingKey("years", in: subject("'declared_totals'")), at: node, hint: Messages.addYearsHint)
            return nil
        }
        return DeclaredTotals(source: sourceText, years: years, location: location(node))
    }

    /// A mapping from years to amounts: `{2023: "€ 50.000,00", 2024: 25000}`.
    func decodeYearAmounts(_ node: YAMLNode, _ what: String) -> [YearAmount]? {
        guard let mapping = mapping(node, what, example: .same("{2023: \"€ 50.000,00\", 2024: 25000}")) else { return nil }
        var amounts: [YearAmount] = []
        var seenYears: [Int: SourceLocation] = [:]
        for pair in mapping.pairs {
            let keyNode = pair.key, value = pair.value
            guard let year = year(keyNode, "a year of \(what)") else { continue }
            if let first = seenYears[year] {
                error(.yearTwice, Messages.yearTwice(year, in: subject(what)), at: keyNode, notes: [.init(Messages.yearFirstAppears(year), at: first)])
                continue
            }
            seenYears[year] = location(keyNode)
            if case .scalar(let scalar) = value, Self.isToBeSet(scalar.text) {
                // "p.m.": the year has an amount still to be set.
                var amount = YearAmount(year: year, amount: .zero, location: location(keyNode))
                amount.isToBeSet = true
                amounts.append(amount)
            } else if let amount = money(value, "the amount for \(year)") {
                amounts.append(YearAmount(year: year, amount: amount, location: location(keyNode)))
            }
        }
        return amounts.sorted { $0.year < $1.year }
    }
}
