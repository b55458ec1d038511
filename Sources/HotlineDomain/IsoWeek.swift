/// An ISO 8601 week such as `2026-W49`, with the calendar dates of its seven days.
public struct IsoWeek: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let week: Int

    /// Returns nil unless `week` exists in `year` (weeks 1 … 52, or 53 in long years).
    public init?(year: Int, week: Int) {
        guard (1...9999).contains(year), week >= 1, week <= IsoWeek.weeks(inYear: year) else { return nil }
        self.year = year
        self.week = week
    }

    /// Parses `YYYY-Www`.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 3, parts[1].first == "W",
              let year = Int(parts[0]), let week = Int(parts[1].dropFirst()),
              parts[0].allSatisfy(\.isASCII), parts[1].dropFirst().allSatisfy({ $0.isASCII && $0.isNumber })
        else { return nil }
        self.init(year: year, week: week)
    }

    public var description: String {
        let w = week < 10 ? "0\(week)" : "\(week)"
        return "\(year)-W\(w)"
    }

    /// The week before this one.
    public var previous: IsoWeek {
        if week > 1, let before = IsoWeek(year: year, week: week - 1) { return before }
        let lastYear = year - 1
        return IsoWeek(year: lastYear, week: IsoWeek.weeks(inYear: lastYear)) ?? self
    }

    /// The dates (`YYYY-MM-DD`) of Monday … Sunday of this week.
    public var dates: [CalendarDate] {
        // Monday of ISO week 1 is the Monday on or before 4 January.
        let jan4 = CalendarDate.daysSinceEpoch(year: year, month: 1, day: 4)
        let mondayOfWeek1 = jan4 - CalendarDate.weekdayIndex(daysSinceEpoch: jan4)
        let monday = mondayOfWeek1 + (week - 1) * 7
        return (0..<7).map { CalendarDate(daysSinceEpoch: monday + $0) }
    }

    /// 53 when the year starts on a Thursday, or is a leap year starting on a Wednesday.
    public static func weeks(inYear year: Int) -> Int {
        let jan1 = CalendarDate.weekdayIndex(daysSinceEpoch: CalendarDate.daysSinceEpoch(year: year, month: 1, day: 1))
        let leap = CalendarDate.isLeap(year)
        return (jan1 == 3 || (leap && jan1 == 2)) ? 53 : 52
    }

    public static func < (lhs: IsoWeek, rhs: IsoWeek) -> Bool { (lhs.year, lhs.week) < (rhs.year, rhs.week) }
}

/// A proleptic Gregorian calendar date, independent of time zones.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    init(daysSinceEpoch days: Int) {
        // Civil-from-days (Howard Hinnant's algorithm), epoch 1970-01-01.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    public var description: String {
        let m = month < 10 ? "0\(month)" : "\(month)"
        let d = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(m)-\(d)"
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// 0 = Monday … 6 = Sunday. 1970-01-01 was a Thursday.
    static func weekdayIndex(daysSinceEpoch days: Int) -> Int {
        ((days % 7) + 7 + 3) % 7
    }
}

extension IsoWeek {
    /// The week after this one.
    public var next: IsoWeek {
        if let after = IsoWeek(year: year, week: week + 1) { return after }
        return IsoWeek(year: year + 1, week: 1) ?? self
    }

    /// The ISO week a date lies in (1 January 2027 lies in 2026-W53).
    public init(containing date: CalendarDate) {
        let days = CalendarDate.daysSinceEpoch(year: date.year, month: date.month, day: date.day)
        // The week's Thursday decides its year.
        let thursday = CalendarDate(daysSinceEpoch: days - CalendarDate.weekdayIndex(daysSinceEpoch: days) + 3)
        let jan1 = CalendarDate.daysSinceEpoch(year: thursday.year, month: 1, day: 1)
        let thursdayDays = CalendarDate.daysSinceEpoch(year: thursday.year, month: thursday.month, day: thursday.day)
        self.year = thursday.year
        self.week = (thursdayDays - jan1) / 7 + 1
    }
}
