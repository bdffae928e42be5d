import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace
/// Writes calendar events as iCalendar (RFC 5545) that Outlook and Thunderbird import: all-day
/// VEVENTs, CRLF line ends, TEXT escaped (`\`, `;`, `,`, line breaks), lines folded at 75 octets
/// without splitting a UTF-8 sequence, and a DTSTAMP from a given day so the same plans give the
/// same file.
public struct ICalendarWriter: Sendable {
    /// The day written as every event's DTSTAMP (midnight UTC).
    package var stamp: CalendarDate
    /// The calendar's name (X-WR-CALNAME).
    package var name: String
    /// The language of the line that says how many events were left out.
    package var language: PlanLanguage = .en

    /// Creates a writer.
    public init(stamp: CalendarDate, name: String) {
        self.stamp = stamp
        self.name = name
    }

    /// The calendar.
    public func render(_ events: [CalendarEvent]) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//ActionPlan//plan calendar//NL", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "X-WR-CALNAME:" + Self.escape(name),
        ]
        // At most `OutputLimits.maximumCalendarEvents`, the first by date; the calendar says how
        // many more there were (the description clients show, and a count for programs).
        let limited = LimitedList(events, limit: OutputLimits.maximumCalendarEvents)
        if let more = omittedLine(limited.omitted) {
            lines += ["X-WR-CALDESC:" + Self.escape(more), "X-ACTIONPLAN-OMITTED-EVENTS:\(limited.omitted)"]
        }
        for event in limited.kept {
            lines += [
                "BEGIN:VEVENT",
                "UID:" + Self.escape(event.uid),
                "DTSTAMP:" + Self.date(stamp) + "T000000Z",
                "DTSTART;VALUE=DATE:" + Self.date(event.date),
                "DTEND;VALUE=DATE:" + Self.date(event.date.adding(days: 1)),
                "SUMMARY:" + Self.escape(event.summary),
                "DESCRIPTION:" + Self.escape(event.description),
                "CATEGORIES:" + event.kind.rawValue,
                "TRANSP:TRANSPARENT",
                "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.fold).joined(separator: "\r\n") + "\r\n"
    }

    /// "… and N more events, after DATE" when `omitted` events were left out.
    package func omittedLine(_ omitted: Int) -> String? {
        guard omitted > 0 else { return nil }
        let l = Localizer(language)
        return l.t("… en \(omitted) meer (ten hoogste \(OutputLimits.maximumCalendarEvents) afspraken per bestand; kies met --from, --until of --owner)",
                   "… and \(omitted) more (at most \(OutputLimits.maximumCalendarEvents) events per file; choose with --from, --until or --owner)")
    }

    /// How many of `events` a calendar leaves out.
    package static func omitted(_ events: [CalendarEvent]) -> Int {
        max(0, events.count - OutputLimits.maximumCalendarEvents)
    }

    /// `YYYYMMDD`.
    static func date(_ date: CalendarDate) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
        return String(date.year) + two(date.month) + two(date.day)
    }

    /// A TEXT value: backslash, semicolon and comma escaped, line breaks as `\n`; other control
    /// characters (which RFC 5545 does not allow), bidi characters and the separators U+2028/U+2029
    /// shown visibly as `\u{…}`, as on a terminal (`TerminalText`), so a calendar shows what the plan holds.
    package static func escape(_ text: String) -> String {
        var out = ""
        let visible = TerminalText.visible(text.replacingOccurrences(of: "\r\n", with: "\n"), keepingNewlines: true)
        for scalar in visible.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Folds a content line into lines of at most 75 octets; each continuation starts with a
    /// space. Cuts fall between UTF-8 sequences, never inside one.
    package static func fold(_ line: String) -> String {
        let bytes = Array(line.utf8)
        guard bytes.count > 75 else { return line }
        var parts: [[UInt8]] = []
        var start = 0
        var limit = 75
        while start < bytes.count {
            var end = min(start + limit, bytes.count)
            // Step back over continuation bytes (10xxxxxx) so a sequence stays whole.
            while end < bytes.count && end > start && bytes[end] & 0xC0 == 0x80 { end -= 1 }
            parts.append(Array(bytes[start..<end]))
            start = end
            limit = 74
        }
        return parts.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\r\n ")
    }
}
