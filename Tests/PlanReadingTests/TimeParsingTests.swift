import HotlineDomain
import Testing
@testable import PlanReading

@Suite struct TimeParsingTests {
    @Test(arguments: [("08:00", 480), ("00:00", 0), ("23:30", 1410), ("12:30", 750)])
    func validTimes(text: String, minutes: Int) {
        #expect(TimeParsing.time(text, role: .start, slotMinutes: 30) == .success(TimeOfDay(minutes: minutes)))
    }

    @Test(arguments: [
        ("8:00", "\"8:00\" is not a time, expected HH:MM with two digits each, such as 08:00"),
        ("08:0", "\"08:0\" is not a time, expected HH:MM with two digits each, such as 08:00"),
        ("0800", "\"0800\" is not a time, expected HH:MM with two digits each, such as 08:00"),
        ("08.00", "\"08.00\" is not a time, expected HH:MM with two digits each, such as 08:00"),
        ("24:30", "\"24:30\" is not a time of day, expected 00:00 to 23:59 (or 24:00 as an end)"),
        ("25:00", "\"25:00\" is not a time of day, expected 00:00 to 23:59 (or 24:00 as an end)"),
        ("12:60", "\"12:60\" is not a time of day, expected 00:00 to 23:59 (or 24:00 as an end)"),
        ("24:00", "\"24:00\" cannot start an interval, expected a start from 00:00 to 23:59"),
        ("08:10", "\"08:10\" is not on a 30-minute slot boundary (slot_minutes: 30), expected a time such as 08:00 or 08:30"),
    ])
    func invalidStartTimes(text: String, message: String) {
        #expect(TimeParsing.time(text, role: .start, slotMinutes: 30) == .failure(ValueProblem(message)))
    }

    @Test func midnightEndsADay() {
        #expect(TimeParsing.time("24:00", role: .end, slotMinutes: 60) == .success(TimeOfDay(minutes: 1440)))
    }

    @Test(arguments: [15, 30, 60])
    func slotGridFollowsTheSetting(slot: Int) {
        let quarterPast = TimeParsing.time("08:15", role: .start, slotMinutes: slot)
        #expect((quarterPast.value != nil) == (slot == 15))
        #expect(TimeParsing.time("09:00", role: .start, slotMinutes: slot).value != nil)
    }

    @Test(arguments: [
        ("08:00-07:00", "\"08:00-07:00\" does not end after it starts, expected start < end such as 08:00-12:00"),
        ("08:00-08:00", "\"08:00-08:00\" does not end after it starts, expected start < end such as 08:00-12:00"),
        ("08:00", "\"08:00\" is not a time window, expected HH:MM-HH:MM such as 08:00-12:00"),
        ("08:00-12:00-13:00", "\"08:00-12:00-13:00\" is not a time window, expected HH:MM-HH:MM such as 08:00-12:00"),
        ("8:00-12:00", "\"8:00\" is not a time, expected HH:MM with two digits each, such as 08:00"),
    ])
    func invalidWindows(text: String, message: String) {
        #expect(TimeParsing.window(text, slotMinutes: 30) == .failure(ValueProblem(message)))
    }

    @Test func windowUntilMidnight() {
        #expect(TimeParsing.window("22:00-24:00", slotMinutes: 30).value?.minutes == 120)
    }
}
