import HotlineDomain
import Testing
@testable import PlanReading

@Suite struct WindowListTests {
    private func window(_ start: Int, _ end: Int) -> TimeWindow {
        TimeWindow(start: TimeOfDay(hours: start, minutes: 0), end: TimeOfDay(hours: end, minutes: 0))
    }

    @Test(arguments: ["", "-", "  -  ", " "])
    func emptyOrDashMeansUnavailable(text: String) {
        #expect(WindowList.parse(text, slotMinutes: 30) == WindowList.Outcome())
    }

    @Test(arguments: [
        "08:00-12:00,13:00-17:00", "08:00-12:00, 13:00-17:00", "08:00-12:00 13:00-17:00",
        "13:00-17:00  08:00-12:00", "08:00 - 12:00, 13:00 -17:00",
    ])
    func severalWindowsInOneCell(text: String) {
        let outcome = WindowList.parse(text, slotMinutes: 30)
        #expect(outcome.problems.isEmpty)
        #expect(outcome.windows == [window(8, 12), window(13, 17)])
    }

    @Test func overlappingWindowsAreReported() {
        let outcome = WindowList.parse("08:00-12:00,11:00-14:00", slotMinutes: 30)
        #expect(outcome.problems == [ValueProblem("08:00-12:00 and 11:00-14:00 overlap, expected windows that do not overlap")])
    }

    @Test func touchingWindowsAreMerged() {
        #expect(WindowList.merge([window(12, 14), window(8, 12)]) == [window(8, 14)])
    }

    @Test func everyBadWindowIsReported() {
        let outcome = WindowList.parse("8:00-12:00,13:00-12:00", slotMinutes: 30)
        #expect(outcome.problems.count == 2)
        #expect(outcome.windows.isEmpty)
    }
}
