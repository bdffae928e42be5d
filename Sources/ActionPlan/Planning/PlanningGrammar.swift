/// Reads the words of one planning text from the front into a schedule kind. The rules, in the
/// order they are tried, and each form's due rule are documented in `docs/plan-format.md`.
struct PlanningGrammar {
    let words: [String]
    /// The text as written, for messages.
    let original: String
    let context: PlanningParser.Context
    var position = 0

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

    func failure(_ reason: String, hint: String) -> PlanningParser.Failure {
        PlanningParser.Failure(reason: reason, hint: hint)
    }

    /// An unknown phrase. Its hint (the closest forms, an edit-distance search) is filled in only when
    /// the failure reaches the caller: the grammar throws and catches this while trying alternatives.
    var unknown: PlanningParser.Failure {
        PlanningParser.Failure(reason: "unknown planning '\(original)'", hint: nil)
    }

    var needsYear: PlanningParser.Failure {
        failure("'\(original)' needs a year", hint: "add the year with four digits: Q1 2025, 1e helft 2025, september 2025")
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
            _ = take(anyOf: ["e", "ste", "de", "st", "nd", "rd", "th"])
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
        if words == ["todo"] {
            throw failure("the planning is still a placeholder (TODO)",
                          hint: "write the planning of the source, such as Doorlopend, Q1 2025, Jaarlijks or Nog te bepalen; all forms are listed in \(PlanningParser.documentation)")
        }
        try refuseAmbiguous()
        if let kind = try relativeToAdoption() { return kind }
        if let kind = ongoing() { return kind }
        if let kind = try openEnded() { return kind }
        if let kind = try recurring() { return kind }
        return try deadline()
    }

    /// "tweejaarlijks" is twice a year to some readers and once every two years to others.
    func refuseAmbiguous() throws {
        for (index, word) in words.enumerated() {
            var candidate = word
            if word == "bi" || word == "semi" || word == "twee", index + 1 < words.count {
                let after = words[index + 1] == "-" && index + 2 < words.count ? words[index + 2] : words[index + 1]
                candidate = word + after
            }
            if let hint = PlanningWords.ambiguous[candidate] {
                throw failure("'\(original)' is ambiguous: it can mean twice per period or once every two periods", hint: hint)
            }
        }
    }

    /// "na vaststelling", "binnen 3 maanden na vaststelling", "after adoption", "within 3 months of adoption".
    mutating func relativeToAdoption() throws -> Schedule.Kind? {
        guard words.contains(where: { ["vaststelling", "adoption", "goedkeuring", "approval"].contains($0) }) else { return nil }
        let start = position
        _ = take(anyOf: ["direct", "meteen", "immediately", "kort", "shortly", "snel", "zo", "soon"])
        let hasWithin = take(anyOf: ["binnen", "within", "uiterlijk"]) != nil
        var offset: (Int, PlanningWords.Unit?)?
        if let amount = count() {
            let unitWord = take(anyOf: ["dag", "dagen", "day", "days", "week", "weken", "weeks", "maand", "maanden", "month", "months", "jaar", "year", "years"])
            switch unitWord {
            case "dag", "dagen", "day", "days": offset = (amount, nil)
            case "week", "weken", "weeks": offset = (amount * 7, nil)
            case "maand", "maanden", "month", "months": offset = (amount, .month)
            case "jaar", "year", "years": offset = (amount * 12, .month)
            default: throw unknown
            }
        } else if hasWithin {
            throw failure("'\(original)' needs a number of days, weeks or months", hint: "write it as: binnen 3 maanden na vaststelling")
        }
        let hasFrom = take(anyOf: ["vanaf", "from"]) != nil
        let hasAfter = take(anyOf: ["na", "after", "of", "following", "from"]) != nil
        guard hasAfter || hasFrom, take(anyOf: ["vaststelling", "adoption", "goedkeuring", "approval"]) != nil else {
            position = start
            return nil
        }
        let trailing: Set = ["van", "het", "dit", "de", "of", "the", "this", "door", "by"]
        while let word = next, trailing.contains(word) || word.hasSuffix("plan") || word == "rvo" || word == "raad" || word == "council" {
            position += 1
        }
        guard atEnd else { throw unknown }
        guard let adopted = context.adoptedOn else {
            var missingDate = failure("'\(original)' counts from the plan's adoption, but the plan has no adoption date",
                                      hint: "add the date the plan was adopted under 'plan': adopted: {on: YYYY-MM-DD}, or write the planning as a date")
            missingDate.code = .planningNeedsAdoption
            throw missingDate
        }
        guard let (amount, unit) = offset else { return .ongoingFrom(adopted) }
        let due = unit == .month ? adopted.adding(months: amount) : adopted.adding(days: amount)
        var first = adopted
        if let period = context.period { first = min(max(adopted, period.start), due) }
        return .deadline([DateWindow(start: first, end: due)])
    }

    mutating func ongoing() -> Schedule.Kind? {
        let single: Set = ["doorlopend", "ongoing", "continuous", "continu", "permanent", "structureel", "continuously"]
        if words.count == 1, single.contains(words[0]) { return .ongoing }
        if take(sequence: ["gehele", "looptijd"]) || take(sequence: ["hele", "looptijd"]) { return .ongoing }
        _ = take(anyOf: ["for", "during", "throughout", "over"])
        _ = take(anyOf: ["the"])
        if take(anyOf: ["whole", "entire"]) != nil, take(sequence: ["plan", "period"]) || take(sequence: ["period"]) {
            if atEnd { return .ongoing }
        }
        position = 0
        return nil
    }

    /// "vanaf 2025", "vanaf Q2 2025", "2025 e.v.", "2025 en verder", "from 2025", "2025 onwards".
    mutating func openEnded() throws -> Schedule.Kind? {
        let start = position
        _ = take(anyOf: ["doorlopend", "ongoing", "continu", "continuous"])
        // "per 1 januari 2026" (as of); "per" before anything else is a frequency ("per kwartaal").
        let asOf = next == "per" && (Self.isYear(peek(1)) || (Self.isSmallNumber(peek(1)) && PlanningWords.months[peek(2) ?? ""] != nil))
        if take(anyOf: ["vanaf", "from", "since", "sinds"]) != nil || (asOf && take("per"))
            || take(sequence: ["m", "i", "v"]) || take(sequence: ["met", "ingang", "van"]) || take(sequence: ["as", "of"])
            || take(sequence: ["starting", "from"]) {
            let window = try singleWindow()
            _ = takeOpenEndSuffix()
            guard atEnd else { throw unknown }
            return .ongoingFrom(window.start)
        }
        position = start
        var probe = self
        if let window = try? probe.singleWindow(), probe.takeOpenEndSuffix(), probe.atEnd {
            self = probe
            return .ongoingFrom(window.start)
        }
        return nil
    }

    mutating func takeOpenEndSuffix() -> Bool {
        take(sequence: ["e", "v"]) || take(sequence: ["en", "verder"]) || take(sequence: ["en", "later"])
            || take(sequence: ["onwards"]) || take(sequence: ["onward"]) || take(sequence: ["and", "beyond"])
            || take(sequence: ["and", "later"]) || take(sequence: ["and", "after"])
    }

    // MARK: recurring

    /// A frequency ("Jaarlijks", "Minimaal 3x per jaar", "halfjaarlijks", "elk kwartaal", "maandelijks",
    /// "twee keer per jaar"), optionally within a season or months ("Jaarlijks, in het najaar", "jaarlijks in september").
    mutating func recurring() throws -> Schedule.Kind? {
        let start = position
        let hasMinimum = take(anyOf: ["minimaal", "minstens", "min"]) != nil || take(sequence: ["ten", "minste"])
            || take(sequence: ["at", "least"])
        guard let found = try frequency(hasMinimum: hasMinimum) else {
            if hasMinimum {
                throw failure("expected a number of times in '\(original)'", hint: "write it as Minimaal 3x per jaar or at least 3 times a year")
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
                throw failure("'\(original)' limits a quarterly planning to part of the year",
                              hint: "write how many times in that part, such as 2x per jaar, in het najaar")
            }
            times *= 4
        case .month:
            times *= months.map { $0.1 - $0.0 + 1 } ?? 12
        case .week:
            times *= months.map { first, last in
                (first...last).reduce(0) { $0 + CalendarDate.daysInMonth($1, of: 2023) } / 7
            } ?? 52
        }
        guard times >= 1 else { throw failure("'\(original)' asks for no occurrences at all", hint: "a recurring planning needs at least 1x per jaar") }
        guard times <= 366 else {
            throw failure("'\(original)' asks for more than one occurrence a day", hint: "write Doorlopend for work that goes on all the time")
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
        if take(sequence: ["half", "-", "yearly"]) || take(sequence: ["half", "yearly"]) || take(sequence: ["semi", "-", "annually"])
            || take(sequence: ["semi", "annually"]) || take(sequence: ["semi", "-", "annual"]) {
            return (2, .year, nil)
        }
        let start = position
        if take(anyOf: ["elk", "elke", "ieder", "iedere", "every", "each", "per", "eens", "once"]) != nil {
            _ = take(anyOf: ["per", "a", "every", "each"])
            if let word = next, let unit = PlanningWords.units[word] {
                position += 1
                return (1, unit, nil)
            }
            if take(anyOf: ["halfjaar"]) != nil || take(sequence: ["half", "jaar"]) || take(sequence: ["halve", "jaar"])
                || take(sequence: ["zes", "maanden"]) || take(sequence: ["six", "months"]) || take(sequence: ["6", "maanden"])
                || take(sequence: ["6", "months"]) {
                return (2, .year, nil)
            }
            if let word = next, let season = PlanningWords.seasons[word], words[start] != "per" {
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
            hasTimesWord = take(anyOf: ["x", "keer", "maal", "times", "time"]) != nil
        } else {
            return nil
        }
        let hasPer = take(anyOf: ["per", "a", "an", "each", "in", "het", "elk", "elke", "ieder", "iedere", "every", "een"]) != nil
        guard hasTimesWord || hasMinimum || hasPer else {
            position = start
            return nil
        }
        if take(anyOf: ["halfjaar"]) != nil || take(sequence: ["half", "jaar"]) { return (times * 2, .year, nil) }
        guard let word = next, let unit = PlanningWords.units[word] else {
            if hasTimesWord || hasMinimum {
                throw failure("expected 'per jaar' or 'per year' in '\(original)'", hint: "write it as Minimaal 3x per jaar or at least 3 times a year")
            }
            position = start
            return nil
        }
        position += 1
        return (times, unit, nil)
    }

    /// "in het najaar", "in september", "september – november": the months of each year.
    mutating func recurrenceMonths() throws -> (Int, Int) {
        _ = take(anyOf: ["in", "during", "tijdens", "rond", "around"])
        _ = take(anyOf: ["het", "de", "the"])
        if let word = next, let season = PlanningWords.seasons[word] {
            position += 1
            return try Self.recurrenceMonths(of: season, original: original)
        }
        if let word = next, let first = PlanningWords.months[word] {
            position += 1
            var last = first
            if take(anyOf: ["-", "tm", "tot", "to", "until", "en", "and"]) != nil {
                guard let word = next, let end = PlanningWords.months[word] else { throw unknown }
                position += 1
                last = end
            }
            guard last >= first else {
                throw failure("'\(original)' runs past the end of the year", hint: "name months within one year, such as september – november")
            }
            return (first, last)
        }
        throw failure("unknown season or month in '\(original)'",
                      hint: "the seasons are voorjaar, zomer and najaar (spring, summer, autumn), or name a month: Jaarlijks, in het najaar; jaarlijks in september")
    }

    static func recurrenceMonths(of season: PlanningWords.Season, original: String) throws -> (Int, Int) {
        guard !season.isWinter else {
            throw PlanningParser.Failure(
                reason: "a yearly planning in winter runs across the turn of the year in '\(original)'",
                hint: "name the months within one year, such as jaarlijks in december, or jaarlijks in januari – februari")
        }
        return (season.firstMonth, season.firstMonth + 2)
    }

    // MARK: deadlines

    /// One or more alternatives ("4e kwartaal van 2022/ 1e helft 2023"), each a window or a span of
    /// windows ("Q3 en Q4 2025", "Q4 2024 – Q1 2025"); due at the latest.
    mutating func deadline() throws -> Schedule.Kind {
        var spans = [try span()]
        while !atEnd {
            guard take(anyOf: ["/", "of", "or", ","]) != nil else { throw unknown }
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

    /// How a window is introduced.
    enum Bound { case within, before }

    /// A window of the grammar whose year may still be missing.
    struct Item {
        var year: Int?
        var window: (Int) -> DateWindow
        /// "eind …": "voor eind 2025" means by the end of 2025.
        var isEnd = false
    }

    struct Span {
        var bound: Bound
        var items: [Item]
    }

    func resolve(_ span: Span) throws -> DateWindow {
        let windows = span.items.map { $0.window($0.year!) }
        let first = windows.first!, last = windows.last!
        guard last.end >= first.start else {
            let years = span.items.allSatisfy(\.isBareYear) && span.items.count == 2
            throw failure("the range '\(original)' ends before it starts",
                          hint: years ? "write the first year first: \(span.items[1].year!) - \(span.items[0].year!)"
                            : "write the earliest first, such as Q4 2024 – Q1 2025")
        }
        let window = DateWindow(start: first.start, end: last.end)
        guard span.bound == .before, !(span.items.count == 1 && span.items[0].isEnd) else { return window }
        let due = window.start.adding(days: -1)
        return DateWindow(start: .startOfYear(due.year), end: due)
    }

    /// Windows joined into one: "Q3 en Q4 2025", "2024 - 2025", "september t/m december 2025".
    mutating func span() throws -> Span {
        let bound = self.bound()
        var items = [try item()]
        while true {
            if next == "/", items.last?.isBareYear == true, Self.isYear(peek(1)),
               peek(2) == nil || ["/", "of", "or", ","].contains(peek(2)!) {
                position += 1
                items.append(try item())
                continue
            }
            guard let word = next, ["-", "tm", "tot", "to", "until", "till", "through", "en", "and"].contains(word) else { break }
            position += 1
            items.append(try item())
        }
        return Span(bound: bound, items: items)
    }

    mutating func bound() -> Bound {
        if take(anyOf: ["uiterlijk", "by", "deadline"]) != nil {
            _ = take(anyOf: ["op", "in", "on"])
            return .within
        }
        if take(sequence: ["no", "later", "than"]) || take(sequence: ["not", "later", "than"]) { return .within }
        if take(anyOf: ["voor", "before"]) != nil || take(sequence: ["prior", "to"]) { return .before }
        _ = take(anyOf: ["in", "op", "on", "during", "tijdens", "rond", "around", "omstreeks"])
        return .within
    }

    /// One window: a year, quarter, half, month, season, date, or begin/medio/eind of one of these.
    mutating func item() throws -> Item {
        _ = take(anyOf: ["het", "de", "the"])
        if let part = partOfPeriod() {
            _ = take("-")
            _ = take(anyOf: ["van", "of"])
            _ = take(anyOf: ["het", "de", "the"])
            let base = try baseItem()
            guard !base.isDate else { throw unknown }
            let window = base.item.window
            return Item(year: base.item.year, window: { Self.part(part, of: window($0)) }, isEnd: part == 2)
        }
        return try baseItem().item
    }

    /// 0 for begin, 1 for medio, 2 for eind.
    mutating func partOfPeriod() -> Int? {
        if take(anyOf: ["begin", "start", "beginning", "early", "aanvang"]) != nil { return 0 }
        if take(anyOf: ["medio", "midden", "mid", "halverwege", "middle", "midst"]) != nil { return 1 }
        if next == "half", Self.isYear(peek(1)) { position += 1; return 1 }
        if take(anyOf: ["eind", "einde", "end", "late", "ultimo", "eindje"]) != nil { return 2 }
        return nil
    }

    /// The first, middle or last third of a window: of its months when it is several whole months,
    /// of its days (1–10, 11–20, 21–end) when it is one month.
    static func part(_ part: Int, of window: DateWindow) -> DateWindow {
        let months = (window.end.year - window.start.year) * 12 + window.end.month - window.start.month + 1
        if months >= 3 {
            let third = months / 3
            let start = window.start.adding(months: third * part)
            let end = part == 2 ? window.end : window.start.adding(months: third * (part + 1)).adding(days: -1)
            return DateWindow(start: start, end: end)
        }
        let year = window.start.year, month = window.start.month
        let firstDay = [1, 11, 21][part]
        let lastDay = part == 2 ? CalendarDate.daysInMonth(month, of: year) : firstDay + 9
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
        if take(anyOf: ["kwartaal", "quarter"]) != nil {
            guard let number = smallNumber() else { throw unknown }
            guard (1...4).contains(number) else { throw notAQuarter }
            return (quarter(number), false)
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
            return (Item(year: year, window: { year in
                let start = CalendarDate(year: year, month: season.firstMonth, day: 1)!
                return DateWindow(start: start, end: start.adding(months: 3).adding(days: -1))
            }), false)
        }
        guard let ordinal = ordinal() else { throw unknown }
        if take(anyOf: ["kwartaal", "quarter"]) != nil {
            guard (1...4).contains(ordinal) else { throw notAQuarter }
            return (quarter(ordinal), false)
        }
        if take(anyOf: ["helft", "half", "halfjaar", "jaarhelft"]) != nil {
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
        guard probe.take(anyOf: ["-", "tm", "tot", "to", "en", "and", "/", "of", "or"]) != nil, probe.ordinal() != nil else { return nil }
        if probe.take(anyOf: ["kwartaal", "quarter", "quarters", "kwartalen"]) != nil { return "quarter" }
        if probe.take(anyOf: ["helft", "half", "halves"]) != nil { return "half" }
        return nil
    }

    var notAQuarter: PlanningParser.Failure {
        failure("'\(original)' is not a quarter", hint: "a year has four quarters: Q1 to Q4, or 1e to 4e kwartaal")
    }

    var notAHalf: PlanningParser.Failure {
        failure("'\(original)' is not a half year", hint: "a year has two halves: H1 and H2, or 1e and 2e helft")
    }

    mutating func optionalYear() -> Int? {
        if next == "van" || next == "of" || next == "in", Self.isYear(peek(1)) { position += 1 }
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

    mutating func dateItem(month: Int, day: Int) throws -> Item {
        let year = optionalYear()
        guard (1...31).contains(day), day <= CalendarDate.daysInMonth(month, of: year ?? 2024) else {
            throw failure("'\(original)' is not a date", hint: "check the day and the month, such as 1 juli 2025")
        }
        if let year { _ = try date(year: year, month: month, day: day) }
        return Item(year: year, window: { year in
            let date = CalendarDate(year: year, month: month, day: min(day, CalendarDate.daysInMonth(month, of: year)))!
            return DateWindow(start: date, end: date)
        })
    }

    func date(year: Int, month: Int, day: Int) throws -> CalendarDate {
        guard let date = CalendarDate(year: year, month: month, day: day) else {
            throw failure("'\(original)' is not a date", hint: "write a date as 1 juli 2025 or 2025-07-01")
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
