/// A day in the Gregorian calendar, without a time or time zone: plans speak in days.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year, e.g. 2025.
    public let year: Int
    /// The month, 1 to 12.
    public let month: Int
    /// The day of the month, 1 to 31.
    public let day: Int

    /// Creates a date, or nil when the day does not exist (`2024-02-30`).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CalendarDate.daysInMonth(month, of: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses the strict ISO form `YYYY-MM-DD` of a real calendar day.
    public init?(iso text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The first day of a year.
    package static func startOfYear(_ year: Int) -> CalendarDate { CalendarDate(year: year, month: 1, day: 1)! }
    /// The last day of a year.
    package static func endOfYear(_ year: Int) -> CalendarDate { CalendarDate(year: year, month: 12, day: 31)! }
    /// The last day of a month.
    package static func endOfMonth(_ month: Int, of year: Int) -> CalendarDate {
        CalendarDate(year: year, month: month, day: daysInMonth(month, of: year))!
    }

    /// Whether a year has 29 February.
    package static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in a month of a year.
    package static func daysInMonth(_ month: Int, of year: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }


    /// The day of the year, 1 for 1 January.
    package var dayOfYear: Int {
        (1..<month).reduce(0) { $0 + CalendarDate.daysInMonth($1, of: year) } + day
    }

    /// Days since 1 January of year 1 (proleptic Gregorian), for differences between dates.
    package var dayNumber: Int {
        let y = year - 1
        return y * 365 + y / 4 - y / 100 + y / 400 + dayOfYear
    }

    /// The number of days from `self` to `other` (positive when `other` is later).
    package func days(until other: CalendarDate) -> Int { other.dayNumber - dayNumber }

    /// The date a number of days later (or earlier, when negative).
    public func adding(days: Int) -> CalendarDate {
        var target = dayNumber + days
        var year = max(1, min(9999, self.year + days / 366))
        while CalendarDate.startOfYear(year).dayNumber > target, year > 1 { year -= 1 }
        while year < 9999, CalendarDate.startOfYear(year + 1).dayNumber <= target { year += 1 }
        target -= CalendarDate.startOfYear(year).dayNumber - 1
        var month = 1
        while month < 12, target > CalendarDate.daysInMonth(month, of: year) {
            target -= CalendarDate.daysInMonth(month, of: year)
            month += 1
        }
        return CalendarDate(year: year, month: month, day: max(1, min(target, CalendarDate.daysInMonth(month, of: year))))!
    }

    /// The same day some months later, clamped to the month's last day (31 Aug + 6 months = 28/29 Feb).
    package func adding(months: Int) -> CalendarDate {
        // Clamped to the years a date can have (1 to 9999), so no count of months can trap.
        let (sum, overflow) = (year * 12 + (month - 1)).addingReportingOverflow(months)
        let total = overflow ? (months < 0 ? 12 : 9999 * 12 + 11) : min(max(sum, 12), 9999 * 12 + 11)
        let newYear = total / 12
        let newMonth = total % 12 + 1
        return CalendarDate(year: newYear, month: newMonth, day: min(day, CalendarDate.daysInMonth(newMonth, of: newYear)))!
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
