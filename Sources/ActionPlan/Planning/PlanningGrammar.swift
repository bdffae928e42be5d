/// Reads the words of one planning text from the front into a schedule kind. The rules, in the
/// order they are tried, and each form's due rule are documented in `docs/plan-format.md`.
struct PlanningGrammar {
    let words: [String]
    /// The text as written, for messages.
    let original: String
    let context: PlanningParser.Context
    var position = 0
    /// Set while trying the text with a year added, for the hint of a phrase that needs one.
    var isCompletion = false

    init(words: [String], original: String, context: PlanningParser.Context) {
        self.words = words
        self.original = original
        self.context = context
    }

    // MARK: reading words

    var atEnd: Bool { position >= words.count }
    var next: String? { atEnd ? nil : words[position] }
    func peek(_ offset: Int) -> String? { position + offset < words.count ? words[position + offset] : nil }

    mutating func take(_ word: String) -> Bool {
        guard next == word else { return false }
        position += 1
        return true
    }

    mutating func take(anyOf options: Set<String>) -> String? {
        guard let word = next, options.contains(word) else { return nil }
        position += 1
        return word
    }

    /// Takes a sequence of words if all of them come next.
    mutating func take(sequence: [String]) -> Bool {
        for (offset, word) in sequence.enumerated() where peek(offset) != word { return false }
        position += sequence.count
        return true
    }

    /// Takes the first of several word sequences that comes next.
    mutating func take(oneOf sequences: [[String]]) -> Bool {
        sequences.contains { take(sequence: $0) }
    }

    func failure(_ reason: MessageText, hint: MessageText) -> PlanningParser.Failure {
        PlanningParser.Failure(reason, hint: hint)
    }

    /// An unknown phrase. Its hint (the closest forms, an edit-distance search) is filled in only when
    /// the failure reaches the caller: the grammar throws and catches this while trying alternatives.
    var unknown: PlanningParser.Failure {
        PlanningParser.Failure(Messages.unknownPlanning(original), hint: nil)
    }

    /// A window without a year; the hint is the text with the plan's first year added when that parses.
    var needsYear: PlanningParser.Failure {
        let year = context.period?.firstYear ?? 2025
        let completed = "\(original) \(year)"
        var probe = PlanningGrammar(words: PlanningWords.tokenize(completed), original: completed, context: context)
        probe.isCompletion = true
        if !isCompletion, (try? probe.schedule()) != nil {
            return failure(Messages.needsYear(original), hint: Messages.addYearHint(completed))
        }
        return failure(Messages.needsYear(original), hint: context.language == .en ? Messages.addYearEnglishHint : Messages.addYearDutchHint)
    }

    static func isYear(_ word: String?) -> Bool {
        guard let word, word.count == 4, word.allSatisfy(\.isNumber), let value = Int(word) else { return false }
        return (1900...2999).contains(value)
    }

    static func isSmallNumber(_ word: String?) -> Bool {
        guard let word else { return false }
        return word.count <= 2 && word.allSatisfy(\.isNumber)
    }

    /// A four-digit year from 1900 to 2999.
    mutating func year() -> Int? {
        guard Self.isYear(next) else { return nil }
        defer { position += 1 }
        return Int(next!)
    }

    mutating func smallNumber() -> Int? {
        guard Self.isSmallNumber(next) else { return nil }
        defer { position += 1 }
        return Int(next!)
    }

    /// "1e", "2de", "3rd", "eerste", "fourth" …
    mutating func ordinal() -> Int? {
        if let number = smallNumber() {
            _ = take(anyOf: PlanningWords.ordinalSuffixes)
            return number
        }
        guard let word = next, let value = PlanningWords.ordinals[word] else { return nil }
        position += 1
        return value
    }

    /// A count of times: digits (up to three), a number word, or nothing read.
    mutating func count() -> Int? {
        if let word = next, word.count <= 3, word.allSatisfy(\.isNumber) {
            position += 1
            return Int(word)
        }
        if let word = next, let value = PlanningWords.numbers[word] {
            position += 1
            return value
        }
        return nil
    }

    // MARK: the grammar

    mutating func schedule() throws -> Schedule.Kind {
        if atEnd || words == ["-"] { return .noPlanning }
        if PlanningWords.notYetScheduled.contains(words) { return .unscheduled }
        if words == PlanningWords.placeholder {
            throw failure(Messages.planningPlaceholder, hint: Messages.planningPlaceholderHint(PlanningParser.documentation))
        }
        try refuseAmbiguous()
        if let kind = try relativeToAdoption() { return kind }
        if let kind = afterUndatedEvent() { return kind }
        if let kind = ongoing() { return kind }
        if let kind = try openEnded() { return kind }
        if let kind = try recurring() { return kind }
        return try deadline()
    }

    /// "tweejaarlijks" is twice a year to some readers and once every two years to others.
    func refuseAmbiguous() throws {
        for (index, word) in words.enumerated() {
            var candidate = word
            if PlanningWords.ambiguousPrefixes.contains(word), index + 1 < words.count {
                let after = words[index + 1] == "-" && index + 2 < words.count ? words[index + 2] : words[index + 1]
                candidate = word + after
            }
            if let hint = PlanningWords.ambiguous[candidate] {
                throw failure(Messages.ambiguousFrequency(original), hint: hint)
            }
        }
    }

    /// A term: "3 maanden", "zes weken", "een jaar"; nil (and nothing read) when none comes next.
    mutating func term() -> (days: Int, months: Int)? {
        let start = position
        guard let amount = count() else { return nil }
        guard let word = next, let unit = PlanningWords.termUnits[word] else {
            position = start
            return nil
        }
        position += 1
        return (amount * unit.days, amount * unit.months)
    }

    /// "na vaststelling", "binnen 3 maanden na vaststelling", "after adoption", "within 3 months of adoption":
    /// counted from this plan's adoption. "na vaststelling van de begroting" names another event: not this rule.
    mutating func relativeToAdoption() throws -> Schedule.Kind? {
        guard words.contains(where: PlanningWords.adoption.contains) else { return nil }
        let start = position
        _ = take(anyOf: PlanningWords.promptly)
        let hasWithin = take(anyOf: PlanningWords.within) != nil
        let offset = term()
        if offset == nil, hasWithin, !atEnd, Self.isSmallNumber(next) || PlanningWords.numbers[next!] != nil {
            throw unknown
        }
        if offset == nil, hasWithin {
            throw failure(Messages.needsTerm(original), hint: Messages.needsTermHint)
        }
        guard take(anyOf: PlanningWords.afterAdoption) != nil, take(anyOf: PlanningWords.adoption) != nil else {
            position = start
            return nil
        }
        while let word = next, PlanningWords.namesThisPlan(word) { position += 1 }
        guard atEnd else {
            // "na vaststelling van de begroting": another event, read by `afterUndatedEvent`.
            position = start
            return nil
        }
        guard let adopted = context.adoptedOn else {
            var missingDate = failure(Messages.needsAdoptionDate(original), hint: Messages.needsAdoptionDateHint)
            missingDate.code = .planningNeedsAdoption
            throw missingDate
        }
        guard let (days, months) = offset else { return .ongoingFrom(adopted) }
        let due = adopted.adding(months: months).adding(days: days)
        var first = adopted
        if let period = context.period { first = min(max(adopted, period.start), due) }
        return .deadline([DateWindow(start: first, end: due)])
    }

    /// "na vaststelling van de begroting", "binnen 3 maanden na oplevering van het onderzoek", "after the evaluation":
    /// after an event the plan does not date. Not yet scheduled; the event stays in the planning's text.
    /// A phrase that names a date, a month or a season (or nearly: "zommer") is never read as an event.
    mutating func afterUndatedEvent() -> Schedule.Kind? {
        let start = position
        _ = take(anyOf: PlanningWords.promptly)
        if take(anyOf: PlanningWords.within) != nil, term() == nil { position = start; return nil }
        _ = term()
        guard take(oneOf: PlanningWords.afterWords) else { position = start; return nil }
        let event = words[position...]
        let dateWords = PlanningWords.dateWords
        let names = event.contains { !PlanningWords.articles.contains($0) }
        let undated = event.allSatisfy { word in
            word.first?.isLetter == true && !dateWords.contains(word) && !Self.nearlyDateWord(word, dateWords)
        }
        guard names, undated else { position = start; return nil }
        position = words.count
        return .unscheduled
    }

    /// A word one typo away from a date word ("zommer", "septmber"): a mistyped date, not an event.
    static func nearlyDateWord(_ word: String, _ dateWords: Set<String>) -> Bool {
        guard word.count >= 4 else { return false }
        let scalars = Array(word.unicodeScalars)
        return dateWords.contains { other in
            other.count >= 4 && abs(other.count - word.count) <= 1
                && Suggestions.editDistance(scalars, Array(other.unicodeScalars)) <= 1
        }
    }

    mutating func ongoing() -> Schedule.Kind? {
        if words.count == 1, PlanningWords.ongoing.contains(words[0]) { return .ongoing }
        // "Gehele looptijd uitvoeringsplan Mensenhandel …": what follows names the plan.
        if take(oneOf: PlanningWords.wholePeriod) { return .ongoing }
        position = 0
        return nil
    }

    /// "vanaf 2025", "vanaf Q2 2025", "2025 e.v.", "doorlopend vanaf 2025", "vanaf 2025, doorlopend",
    /// "start 2025, doorlopend", "from 2025", "2025 onwards".
    mutating func openEnded() throws -> Schedule.Kind? {
        let start = position
        _ = take(anyOf: PlanningWords.ongoing)
        // "per 1 januari 2026" (as of); "per" before anything else is a frequency ("per kwartaal").
        let asOf = next == "per" && (Self.isYear(peek(1)) || (Self.isSmallNumber(peek(1)) && PlanningWords.months[peek(2) ?? ""] != nil))
        if take(oneOf: PlanningWords.fromWords) || (asOf && take("per")) {
            // "vanaf juli tot november 2024", "from July to November 2024": a range, read as a deadline.
            var probe = self
            if let span = try? probe.span(), span.items.count > 1 {
                position = start
                return nil
            }
            let window = try singleWindow()
            if !takeOpenEnd(), !atEnd, window.start.month == 1, window.start.day == 1 {
                // "vanaf 2025 minimaal 2x per jaar": a recurring obligation from that year on.
                var rest = self
                _ = rest.take(",")
                if case .recurring(var recurrence)? = try? rest.recurring(), rest.atEnd {
                    recurrence.fromYear = window.start.year
                    self = rest
                    return .recurring(recurrence)
                }
            }
            guard atEnd else { throw unknown }
            return .ongoingFrom(window.start)
        }
        position = start
        var probe = self
        if let window = try? probe.singleWindow(), probe.takeOpenEnd(), probe.atEnd {
            self = probe
            return .ongoingFrom(window.start)
        }
        return nil
    }

    /// "e.v.", "en verder", "onwards", ", doorlopend".
    mutating func takeOpenEnd() -> Bool {
        if take(oneOf: PlanningWords.openEndSuffixes) { return true }
        let start = position
        _ = take(",")
        if take(anyOf: PlanningWords.ongoing) != nil { return true }
        position = start
        return false
    }

    // MARK: recurring

    /// A frequency ("Jaarlijks", "Minimaal 3x per jaar", "halfjaarlijks", "elk kwartaal", "maandelijks",
    /// "twee keer per jaar"), optionally within a season or months ("Jaarlijks, in het najaar", "jaarlijks in september").
    mutating func recurring() throws -> Schedule.Kind? {
        let start = position
        let hasMinimum = take(oneOf: PlanningWords.minimum)
        guard let found = try frequency(hasMinimum: hasMinimum) else {
            if hasMinimum {
                throw failure(Messages.expectedTimes(original), hint: Messages.timesPerYearHint)
            }
            position = start
            return nil
        }
        var (times, months) = (found.0, found.2)
        let unit = found.1
        _ = take(",")
        if !atEnd {
            guard months == nil else { throw unknown }
            months = try recurrenceMonths()
            guard atEnd else { throw unknown }
        }
        switch unit {
        case .year: break
        case .quarter:
            if months != nil {
                throw failure(Messages.quarterlyInPart(original), hint: Messages.quarterlyInPartHint)
            }
            times *= 4
        case .month:
            times *= months.map { $0.1 - $0.0 + 1 } ?? 12
        case .week:
            times *= months.map { first, last in
                (first...last).reduce(0) { $0 + CalendarDate.daysInMonth($1, of: 2023) } / 7
            } ?? 52
        }
        guard times >= 1 else { throw failure(Messages.noOccurrences(original), hint: Messages.noOccurrencesHint) }
        guard times <= 366 else {
            throw failure(Messages.moreThanDaily(original), hint: Messages.moreThanDailyHint)
        }
        let (first, last) = months ?? (1, 12)
        return .recurring(Recurrence(timesPerYear: times, firstMonth: first, lastMonth: last))
    }

    /// The frequency part: a count, the unit it counts per, and a season when the words name one ("elk najaar").
    mutating func frequency(hasMinimum: Bool) throws -> (Int, PlanningWords.Unit, (Int, Int)?)? {
        if let word = next, let (times, unit) = PlanningWords.frequencyWords[word] {
            position += 1
            return (times, unit, nil)
        }
        if take(oneOf: PlanningWords.halfYearly) { return (2, .year, nil) }
        let start = position
        if let everyWord = take(anyOf: PlanningWords.every) {
            _ = take(anyOf: PlanningWords.per)
            if let word = next, let unit = PlanningWords.units[word] {
                position += 1
                return (1, unit, nil)
            }
            if take(oneOf: PlanningWords.halfYearUnit) { return (2, .year, nil) }
            if let word = next, let season = PlanningWords.seasons[word], everyWord != "per" {
                position += 1
                return (1, .year, try Self.recurrenceMonths(of: season, original: original))
            }
            position = start
        }
        var times: Int
        var hasTimesWord = false
        if let word = next, let value = PlanningWords.multiples[word] {
            position += 1
            times = value
            hasTimesWord = true
        } else if let value = count() {
            times = value
            hasTimesWord = take(anyOf: PlanningWords.times) != nil
        } else {
            return nil
        }
        let hasPer = take(anyOf: PlanningWords.per) != nil
        guard hasTimesWord || hasMinimum || hasPer else {
            position = start
            return nil
        }
        if take(oneOf: PlanningWords.halfYearUnit) { return (times * 2, .year, nil) }
        guard let word = next, let unit = PlanningWords.units[word] else {
            if hasTimesWord || hasMinimum {
                throw failure(Messages.expectedPerYear(original), hint: Messages.timesPerYearHint)
            }
            position = start
            return nil
        }
        position += 1
        return (times, unit, nil)
    }

    /// "in het najaar", "in september", "september – november", "van september tot november": the months of each year.
    mutating func recurrenceMonths() throws -> (Int, Int) {
        _ = take(oneOf: PlanningWords.withinWords)
        _ = take(anyOf: PlanningWords.articles)
        if let word = next, let season = PlanningWords.seasons[word] {
            position += 1
            return try Self.recurrenceMonths(of: season, original: original)
        }
        _ = take(anyOf: PlanningWords.rangeOpeners)
        if let word = next, let first = PlanningWords.months[word] {
            position += 1
            var last = first
            if take(anyOf: PlanningWords.rangeConnectors) != nil {
                guard let word = next, let end = PlanningWords.months[word] else { throw unknown }
                position += 1
                last = end
            }
            guard last >= first else {
                throw failure(Messages.pastYearEnd(original), hint: Messages.pastYearEndHint)
            }
            return (first, last)
        }
        throw failure(Messages.unknownSeason(original), hint: Messages.unknownSeasonHint)
    }

    static func recurrenceMonths(of season: PlanningWords.Season, original: String) throws -> (Int, Int) {
        guard !season.isWinter else {
            throw PlanningParser.Failure(Messages.winterAcrossYear(original), hint: Messages.winterAcrossYearHint)
        }
        return (season.firstMonth, season.firstMonth + 2)
    }

    // MARK: deadlines

    /// One or more alternatives ("4e kwartaal van 2022/ 1e helft 2023"), each a window or a span of
    /// windows ("Q3 en Q4 2025", "Q4 2024 – Q1 2025"); due at the latest.
    mutating func deadline() throws -> Schedule.Kind {
        var spans = [try span()]
        while !atEnd {
            guard take(anyOf: PlanningWords.alternatives) != nil else { throw unknown }
            spans.append(try span())
        }
        // A window without a year takes the year of the next one that has one: "Q3 en Q4 2025".
        var nextYear: Int?
        for spanIndex in spans.indices.reversed() {
            for itemIndex in spans[spanIndex].items.indices.reversed() {
                if let year = spans[spanIndex].items[itemIndex].year {
                    nextYear = year
                } else if let nextYear {
                    spans[spanIndex].items[itemIndex].year = nextYear
                } else {
                    throw needsYear
                }
            }
        }
        return .deadline(try spans.map(resolve))
    }

    /// How a window is introduced: in it, before it ("voor de zomer"), or after it ("na de zomer").
    enum Bound { case within, before, after }

    /// A window of the grammar whose year may still be missing.
    struct Item {
        var year: Int?
        var window: (Int) -> DateWindow
        /// "eind …": "voor eind 2025" means by the end of 2025.
        var isEnd = false
        /// The day a moment begins when it differs from its window's first day: the summer recess starts
        /// in July, so "voor de zomer" and "tot de zomer" end on 30 June although the season starts in June.
        var beginsAt: ((Int) -> CalendarDate)?
        /// A season or the summer recess: what "na" may follow ("na de zomer 2025").
        var isSeason = false
    }

    struct Span {
        var bound: Bound
        var items: [Item]
        /// The word before each item after the first ("tot", "t/m", "-").
        var connectors: [String]
    }

    func resolve(_ span: Span) throws -> DateWindow {
        let windows = span.items.map { $0.window($0.year!) }
        let first = windows.first!
        var end = windows.last!.end
        // "januari tot zomer 2024": until the summer recess begins.
        if let connector = span.connectors.last, PlanningWords.untilConnectors.contains(connector), let last = span.items.last,
           let beginsAt = last.beginsAt {
            end = beginsAt(last.year!).adding(days: -1)
        }
        guard end >= first.start else {
            let years = span.items.allSatisfy(\.isBareYear) && span.items.count == 2
            throw failure(Messages.rangeBackwards(original),
                          hint: years ? Messages.firstYearFirst(span.items[1].year!, span.items[0].year!) : Messages.earliestFirstHint)
        }
        let window = DateWindow(start: first.start, end: end)
        switch span.bound {
        case .within:
            return window
        case .before:
            if span.items.count == 1, span.items[0].isEnd { return window }
            let begins = span.items[0].beginsAt?(span.items[0].year!) ?? window.start
            let due = begins.adding(days: -1)
            return DateWindow(start: .startOfYear(due.year), end: due)
        case .after:
            // "na de zomer 2025": from the day after the summer to the end of that year.
            return DateWindow(start: window.end.adding(days: 1), end: .endOfYear(window.end.year))
        }
    }

    /// Windows joined into one: "Q3 en Q4 2025", "2024 - 2025", "september t/m december 2025",
    /// "van juli tot november 2024".
    mutating func span() throws -> Span {
        let bound = self.bound()
        let opened = bound == .within ? take(anyOf: PlanningWords.rangeOpeners) : nil
        var items = [try item()]
        var connectors: [String] = []
        while true {
            if next == "/", items.last?.isBareYear == true, Self.isYear(peek(1)),
               peek(2) == nil || PlanningWords.alternatives.contains(peek(2)!) {
                position += 1
                connectors.append("/")
                items.append(try item())
                continue
            }
            guard let word = next, PlanningWords.rangeConnectors.contains(word) else { break }
            position += 1
            connectors.append(word)
            items.append(try item())
        }
        if let opened, items.count == 1 {
            throw failure(Messages.openRange(original), hint: opened == "from" ? Messages.openRangeEnglishHint : Messages.openRangeDutchHint)
        }
        if bound == .after, items.count != 1 || !items[0].isSeason {
            throw failure(Messages.afterOnlySeason(original), hint: Messages.afterOnlySeasonHint)
        }
        return Span(bound: bound, items: items, connectors: connectors)
    }

    mutating func bound() -> Bound {
        if take(oneOf: PlanningWords.deadlineWords) {
            _ = take(oneOf: PlanningWords.withinWords)
            return .within
        }
        if take(oneOf: PlanningWords.beforeWords) { return .before }
        if take(oneOf: PlanningWords.afterWords) { return .after }
        _ = take(oneOf: PlanningWords.withinWords)
        return .within
    }

    /// One window: a year, quarter, half, month, season, week, school year, date, or begin/medio/eind
    /// of one of these ("begin/half 2026": the first or middle part, due at the later).
    mutating func item() throws -> Item {
        _ = take(anyOf: PlanningWords.articles)
        var parts: [PlanningWords.Part] = []
        while let part = partOfPeriod() {
            parts.append(part)
            guard let word = next, word == "/" || word == "of" || word == "or", let after = peek(1), PlanningWords.parts[after] != nil else { break }
            position += 1
        }
        if !parts.isEmpty {
            _ = take("-")
            _ = take(anyOf: PlanningWords.yearPrepositions)
            _ = take(anyOf: PlanningWords.articles)
            let base = try baseItem()
            guard !base.isDate else { throw unknown }
            let window = base.item.window
            let chosen = parts
            return Item(year: base.item.year, window: { year in
                let windows = chosen.map { Self.part($0, of: window(year)) }
                return DateWindow(start: windows.map(\.start).min()!, end: windows.map(\.end).max()!)
            }, isEnd: parts == [.end])
        }
        return try baseItem().item
    }

    /// Begin, medio or eind; "half" only before a year ("half 2025", not "1e half").
    mutating func partOfPeriod() -> PlanningWords.Part? {
        guard let word = next, let part = PlanningWords.parts[word] else { return nil }
        // "half 2025", "half juni 2025", "half Q2", "begin/half 2026"; not "half jaar" (a frequency's unit).
        if word == "half" {
            guard let after = peek(1) else { return nil }
            let opensWindow = Self.isYear(after) || PlanningWords.months[after] != nil || PlanningWords.seasons[after] != nil
                || after == "q" || after == "/" || after == "-" || PlanningWords.ordinals[after] != nil
                || (Self.isSmallNumber(after) && PlanningWords.ordinalSuffixes.contains(peek(2) ?? ""))
            guard opensWindow else { return nil }
        }
        position += 1
        return part
    }

    /// The first, middle or last third of a window: of its months when it is several whole months,
    /// of its days (1–10, 11–20, 21–end) when it is one month. The middle of a whole year is mid-year:
    /// May and June, due 30 June ("medio 2025", "half 2025").
    static func part(_ part: PlanningWords.Part, of window: DateWindow) -> DateWindow {
        let months = (window.end.year - window.start.year) * 12 + window.end.month - window.start.month + 1
        if part == .middle, months == 12, window.start.month == 1 {
            let year = window.start.year
            return DateWindow(start: CalendarDate(year: year, month: 5, day: 1)!, end: CalendarDate(year: year, month: 6, day: 30)!)
        }
        let index = part.rawValue
        if months >= 3 {
            let third = months / 3
            let start = window.start.adding(months: third * index)
            let end = part == .end ? window.end : window.start.adding(months: third * (index + 1)).adding(days: -1)
            return DateWindow(start: start, end: end)
        }
        let year = window.start.year, month = window.start.month
        let firstDay = [1, 11, 21][index]
        let lastDay = part == .end ? CalendarDate.daysInMonth(month, of: year) : firstDay + 9
        return DateWindow(start: CalendarDate(year: year, month: month, day: firstDay)!,
                          end: CalendarDate(year: year, month: month, day: lastDay)!)
    }

    mutating func baseItem() throws -> (item: Item, isDate: Bool) {
        if let year = year() {
            if next == "-", Self.isSmallNumber(peek(1)), peek(2) == "-", Self.isSmallNumber(peek(3)) {
                let date = try self.date(year: year, month: Int(peek(1)!)!, day: Int(peek(3)!)!)
                position += 4
                return (Item(year: year, window: { _ in DateWindow(start: date, end: date) }), true)
            }
            return (Item(year: year, window: DateWindow.year), false)
        }
        if Self.isSmallNumber(next), peek(1) == "-", Self.isSmallNumber(peek(2)), peek(3) == "-", Self.isYear(peek(4)) {
            let date = try self.date(year: Int(peek(4)!)!, month: Int(peek(2)!)!, day: Int(next!)!)
            position += 5
            return (Item(year: date.year, window: { _ in DateWindow(start: date, end: date) }), true)
        }
        if Self.isSmallNumber(next), let word = peek(1), let month = PlanningWords.months[word] {
            let day = Int(next!)!
            position += 2
            return (try dateItem(month: month, day: day), true)
        }
        if take("q") {
            guard let number = smallNumber(), (1...4).contains(number) else { throw notAQuarter }
            if next == "-", Self.isYear(peek(1)) { position += 1 }
            return (quarter(number), false)
        }
        if take("h") {
            guard let number = smallNumber(), (1...2).contains(number) else { throw notAHalf }
            if next == "-", Self.isYear(peek(1)) { position += 1 }
            return (half(number), false)
        }
        if take(anyOf: PlanningWords.quarter) != nil {
            guard let number = smallNumber() else { throw unknown }
            guard (1...4).contains(number) else { throw notAQuarter }
            return (quarter(number), false)
        }
        if let word = next, PlanningWords.week.contains(word), Self.isSmallNumber(peek(1)) {
            position += 1
            return (try isoWeek(smallNumber()!), false)
        }
        if take(oneOf: PlanningWords.schoolYear) {
            return (try schoolYear(), false)
        }
        if take(oneOf: PlanningWords.summerRecess) {
            let year = optionalYear()
            let (first, last) = PlanningWords.summerRecessMonths
            return (Item(year: year, window: { DateWindow(start: CalendarDate(year: $0, month: first, day: 1)!, end: .endOfMonth(last, of: $0)) },
                         beginsAt: { CalendarDate(year: $0, month: first, day: 1)! }, isSeason: true), false)
        }
        if let word = next, let month = PlanningWords.months[word] {
            position += 1
            if Self.isSmallNumber(next), !Self.isYear(next) {
                let day = Int(next!)!
                position += 1
                _ = take(",")
                return (try dateItem(month: month, day: day), true)
            }
            let year = optionalYear()
            return (Item(year: year, window: { DateWindow(start: CalendarDate(year: $0, month: month, day: 1)!, end: .endOfMonth(month, of: $0)) }), false)
        }
        if let word = next, let season = PlanningWords.seasons[word] {
            position += 1
            let year = optionalYear()
            if season.isWinter, let year, next == "/" || next == "-", peek(1) == String(year + 1) { position += 2 }
            // The summer as a moment ("voor de zomer") is the summer recess, which starts in July.
            let recess = PlanningWords.summerRecessMonths.first
            return (Item(year: year, window: { year in
                let start = CalendarDate(year: year, month: season.firstMonth, day: 1)!
                return DateWindow(start: start, end: start.adding(months: 3).adding(days: -1))
            }, beginsAt: season.isSummer ? { CalendarDate(year: $0, month: recess, day: 1)! } : nil, isSeason: !season.isWinter), false)
        }
        guard let ordinal = ordinal() else { throw unknown }
        if take(anyOf: PlanningWords.quarter) != nil {
            guard (1...4).contains(ordinal) else { throw notAQuarter }
            return (quarter(ordinal), false)
        }
        if take(anyOf: PlanningWords.half) != nil {
            guard (1...2).contains(ordinal) else { throw notAHalf }
            return (half(ordinal), false)
        }
        // "1e en 2e kwartaal 2025": the unit comes after the last of the list.
        switch unitAfterList() {
        case "quarter":
            guard (1...4).contains(ordinal) else { throw notAQuarter }
            return (Item(year: nil, window: { DateWindow(start: CalendarDate(year: $0, month: (ordinal - 1) * 3 + 1, day: 1)!,
                                                         end: .endOfMonth(ordinal * 3, of: $0)) }), false)
        case "half":
            guard (1...2).contains(ordinal) else { throw notAHalf }
            return (Item(year: nil, window: { DateWindow(start: CalendarDate(year: $0, month: ordinal == 1 ? 1 : 7, day: 1)!,
                                                         end: .endOfMonth(ordinal == 1 ? 6 : 12, of: $0)) }), false)
        default:
            throw unknown
        }
    }

    /// The unit of a list of ordinals ("1e en 2e kwartaal"), read ahead without moving.
    func unitAfterList() -> String? {
        var probe = self
        guard let word = probe.next, PlanningWords.rangeConnectors.contains(word) || PlanningWords.alternatives.contains(word), word != "," else { return nil }
        probe.position += 1
        guard probe.ordinal() != nil else { return nil }
        if probe.take(anyOf: PlanningWords.quarters) != nil { return "quarter" }
        if probe.take(anyOf: PlanningWords.halves) != nil { return "half" }
        return nil
    }

    var notAQuarter: PlanningParser.Failure {
        failure(Messages.notAQuarter(original), hint: Messages.notAQuarterHint)
    }

    var notAHalf: PlanningParser.Failure {
        failure(Messages.notAHalf(original), hint: Messages.notAHalfHint)
    }

    mutating func optionalYear() -> Int? {
        if let word = next, PlanningWords.yearPrepositions.contains(word), Self.isYear(peek(1)) { position += 1 }
        return year()
    }

    mutating func quarter(_ number: Int) -> Item {
        let year = optionalYear()
        let first = (number - 1) * 3 + 1
        return Item(year: year, window: { DateWindow(start: CalendarDate(year: $0, month: first, day: 1)!, end: .endOfMonth(first + 2, of: $0)) })
    }

    mutating func half(_ number: Int) -> Item {
        let year = optionalYear()
        let first = number == 1 ? 1 : 7
        return Item(year: year, window: { DateWindow(start: CalendarDate(year: $0, month: first, day: 1)!, end: .endOfMonth(first + 5, of: $0)) })
    }

    /// ISO week `number` ("week 10 van 2022"): Monday to Sunday, the week holding the year's first Thursday being week 1.
    mutating func isoWeek(_ number: Int) throws -> Item {
        let year = optionalYear()
        let notAWeek = failure(Messages.notAWeek(original), hint: Messages.notAWeekHint)
        guard (1...53).contains(number) else { throw notAWeek }
        if let year, number > Self.isoWeeks(in: year) { throw notAWeek }
        return Item(year: year, window: { year in
            let monday = Self.isoWeekMonday(min(number, Self.isoWeeks(in: year)), of: year)
            return DateWindow(start: monday, end: monday.adding(days: 6))
        })
    }

    /// The Monday of an ISO week: week 1 holds 4 January.
    static func isoWeekMonday(_ week: Int, of year: Int) -> CalendarDate {
        let fourth = CalendarDate(year: year, month: 1, day: 4)!
        let weekday = (fourth.dayNumber - 1) % 7  // 0 is Monday: 1 January of year 1 was a Monday
        return fourth.adding(days: -weekday + 7 * (week - 1))
    }

    /// 52 or 53: a year has a week 53 when that week's Thursday still lies in it.
    static func isoWeeks(in year: Int) -> Int {
        isoWeekMonday(53, of: year).adding(days: 3).year == year ? 53 : 52
    }

    /// "schooljaar 2025-2026", "schooljaar 2025/2026", "schooljaar 2025-'26": 1 August to 31 July.
    mutating func schoolYear() throws -> Item {
        let wrong = failure(Messages.notASchoolYear(original), hint: Messages.notASchoolYearHint)
        guard let first = year() else { throw wrong }
        guard take("-") || take("/") else { throw wrong }
        guard let word = next, word.allSatisfy(\.isNumber), let second = Int(word),
              second == first + 1 || (word.count == 2 && second == (first + 1) % 100) else { throw wrong }
        position += 1
        return Item(year: first, window: { year in
            DateWindow(start: CalendarDate(year: year, month: 8, day: 1)!, end: CalendarDate(year: year + 1, month: 7, day: 31)!)
        })
    }

    mutating func dateItem(month: Int, day: Int) throws -> Item {
        let year = optionalYear()
        guard (1...31).contains(day), day <= CalendarDate.daysInMonth(month, of: year ?? 2024) else {
            throw failure(Messages.planningNotADate(original), hint: Messages.checkDayAndMonthHint)
        }
        if let year { _ = try date(year: year, month: month, day: day) }
        return Item(year: year, window: { year in
            let date = CalendarDate(year: year, month: month, day: min(day, CalendarDate.daysInMonth(month, of: year)))!
            return DateWindow(start: date, end: date)
        })
    }

    func date(year: Int, month: Int, day: Int) throws -> CalendarDate {
        guard let date = CalendarDate(year: year, month: month, day: day) else {
            throw failure(Messages.planningNotADate(original), hint: Messages.writeDateHint)
        }
        return date
    }

    /// A single window with its year, for "vanaf …" and "… e.v.".
    mutating func singleWindow() throws -> DateWindow {
        let item = try self.item()
        guard let year = item.year else { throw needsYear }
        return item.window(year)
    }
}

extension PlanningGrammar.Item {
    /// Whether this is a plain year, which "/" joins into a range ("2024/2025").
    var isBareYear: Bool {
        guard let year else { return false }
        return window(year) == .year(year)
    }
}
