import HotlineDomain
import Testing

/// The closing days a season's weeks carry, against the published Danish calendars.
struct DanishHolidaysTests {
    /// Easter Sunday as published (the Church of Denmark's calendar; 2285 the earliest possible date
    /// of the Gregorian computus, 2038 the latest of this century).
    @Test(arguments: [
        (2008, "2008-03-23"), (2011, "2011-04-24"), (2019, "2019-04-21"), (2024, "2024-03-31"), (2025, "2025-04-20"),
        (2026, "2026-04-05"), (2027, "2027-03-28"), (2028, "2028-04-16"), (2038, "2038-04-25"), (2285, "2285-03-22"),
    ])
    func easterSunday(year: Int, date: String) {
        #expect(DanishHolidays.easterSunday(year: year).description == date)
    }

    /// Every closing day of three years, as in the Danish calendar (helligdage, plus 24 and 31 December).
    @Test(arguments: [
        (2025, ["2025-01-01", "2025-04-17", "2025-04-18", "2025-04-20", "2025-04-21", "2025-05-29", "2025-06-05",
                "2025-06-08", "2025-06-09", "2025-12-24", "2025-12-25", "2025-12-26", "2025-12-31"]),
        (2026, ["2026-01-01", "2026-04-02", "2026-04-03", "2026-04-05", "2026-04-06", "2026-05-14", "2026-05-24",
                "2026-05-25", "2026-06-05", "2026-12-24", "2026-12-25", "2026-12-26", "2026-12-31"]),
        // Whit Monday is Constitution Day in 2028: one closing day.
        (2028, ["2028-01-01", "2028-04-13", "2028-04-14", "2028-04-16", "2028-04-17", "2028-05-25", "2028-06-04",
                "2028-06-05", "2028-12-24", "2028-12-25", "2028-12-26", "2028-12-31"]),
    ])
    func closingDays(year: Int, dates: [String]) {
        #expect(DanishHolidays.holidays(inYear: year).map(\.date.description) == dates)
    }

    @Test func whitMondayOnConstitutionDayKeepsBothNames() {
        let day = DanishHolidays.holidays(inYear: 2028).first { $0.date.description == "2028-06-05" }
        #expect(day?.name == "Whit Monday and Constitution Day")
    }

    /// ISO weeks at the turn of the year: 1 January 2027 lies in 2026-W53, 1 January 2028 in 2027-W52.
    @Test(arguments: [
        ("2026-12-31", "2026-W53"), ("2027-01-01", "2026-W53"), ("2027-01-03", "2026-W53"), ("2027-01-04", "2027-W01"),
        ("2028-01-01", "2027-W52"), ("2028-01-03", "2028-W01"), ("2024-12-30", "2025-W01"), ("2026-12-07", "2026-W50"),
    ])
    func isoWeekOfADate(date: String, week: String) throws {
        let day = try #require(CalendarDate(date))
        #expect(IsoWeek(containing: day).description == week)
        #expect(try #require(IsoWeek(week)).dates.contains(day))
    }

    @Test(arguments: [
        ("2026-W53", ["2026-12-31", "2027-01-01"]), ("2027-W52", ["2027-12-31", "2028-01-01"]),
        ("2027-W12", ["2027-03-25", "2027-03-26", "2027-03-28"]), ("2027-W13", ["2027-03-29"]), ("2027-W02", []),
    ])
    func holidaysOfAWeekSpanTheTurnOfTheYear(week: String, dates: [String]) throws {
        let isoWeek = try #require(IsoWeek(week))
        #expect(DanishHolidays.holidays(in: isoWeek).map(\.date.description) == dates)
    }

    @Test func nextWeekCrossesLongAndShortYears() throws {
        #expect(try #require(IsoWeek("2026-W52")).next.description == "2026-W53")
        #expect(try #require(IsoWeek("2026-W53")).next.description == "2027-W01")
        #expect(try #require(IsoWeek("2027-W52")).next.description == "2028-W01")
    }
}
