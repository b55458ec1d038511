/// Denmark's public holidays on which the hotline closes, computed for any year (Easter by the
/// Gregorian computus, not a table), plus the days the municipalities close: 24 and 31 December.
/// Great Prayer Day (store bededag) is not a holiday since 2024.
public enum DanishHolidays {
    public struct Holiday: Sendable, Hashable {
        public let date: CalendarDate
        public let name: String
    }

    /// Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher).
    public static func easterSunday(year: Int) -> CalendarDate {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDate(daysSinceEpoch: CalendarDate.daysSinceEpoch(year: year, month: month, day: day))
    }

    /// The year's closing days, in date order.
    public static func holidays(inYear year: Int) -> [Holiday] {
        let easter = easterSunday(year: year)
        func fixed(_ month: Int, _ day: Int, _ name: String) -> Holiday {
            Holiday(date: CalendarDate(daysSinceEpoch: CalendarDate.daysSinceEpoch(year: year, month: month, day: day)), name: name)
        }
        func movable(_ offset: Int, _ name: String) -> Holiday {
            Holiday(date: easter.adding(days: offset), name: name)
        }
        let days = [
            fixed(1, 1, "New Year's Day"),
            movable(-3, "Maundy Thursday"), movable(-2, "Good Friday"), movable(0, "Easter Sunday"), movable(1, "Easter Monday"),
            movable(39, "Ascension Day"), movable(49, "Whit Sunday"), movable(50, "Whit Monday"),
            fixed(6, 5, "Constitution Day"),
            fixed(12, 24, "Christmas Eve"), fixed(12, 25, "Christmas Day"), fixed(12, 26, "Boxing Day"),
            fixed(12, 31, "New Year's Eve"),
        ].sorted { $0.date < $1.date }
        // Whit Monday falls on Constitution Day in some years (2028): one closing day, both names.
        var merged: [Holiday] = []
        for holiday in days {
            if let last = merged.last, last.date == holiday.date {
                merged[merged.count - 1] = Holiday(date: last.date, name: last.name + " and " + holiday.name)
            } else {
                merged.append(holiday)
            }
        }
        return merged
    }

    /// The closing days that fall in an ISO week (which may span two calendar years).
    public static func holidays(in week: IsoWeek) -> [Holiday] {
        let dates = Set(week.dates)
        let years = Set(week.dates.map(\.year)).sorted()
        return years.flatMap { holidays(inYear: $0) }.filter { dates.contains($0.date) }
    }
}

extension CalendarDate {
    /// The date `days` days later (earlier when negative).
    public func adding(days: Int) -> CalendarDate {
        CalendarDate(daysSinceEpoch: CalendarDate.daysSinceEpoch(year: year, month: month, day: day) + days)
    }

    /// The date's weekday.
    public var weekday: Weekday? {
        Weekday(rawValue: CalendarDate.weekdayIndex(daysSinceEpoch: CalendarDate.daysSinceEpoch(year: year, month: month, day: day)))
    }
}
