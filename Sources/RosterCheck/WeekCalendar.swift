import HotlineDomain

/// The planned week as the checks need it: dates, weekdays, opening hours and closures.
struct WeekCalendar {
    let week: IsoWeek
    /// Monday … Sunday.
    let dates: [CalendarDate]
    let slotMinutes: Int

    init(settings: Settings) {
        week = settings.week
        dates = settings.week.dates
        slotMinutes = settings.slotMinutes
    }

    /// 0 = Monday … 6 = Sunday, or nil when `date` is not in the planned week.
    func dayIndex(of date: CalendarDate) -> Int? {
        dates.firstIndex(of: date)
    }

    /// "2026-W49 (2026-11-30 to 2026-12-06)".
    var span: String {
        "\(week) (\(dates.first.map(String.init(describing:)) ?? "?") to \(dates.last.map(String.init(describing:)) ?? "?"))"
    }

    /// The weekday of any date (0 = Monday), by counting days from 1970-01-01, a Thursday.
    static func weekday(of date: CalendarDate) -> Int {
        let y = date.month <= 2 ? date.year - 1 : date.year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = date.month > 2 ? date.month - 3 : date.month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + date.day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        return ((days % 7) + 7 + 3) % 7
    }
}
