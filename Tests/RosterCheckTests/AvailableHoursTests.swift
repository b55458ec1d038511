import HotlineDomain
@testable import RosterCheck
import Testing

/// The checker's own count of the hours an agent could work (fairness.csv's available_hours).
struct AvailableHoursTests {
    /// Plan A's odder/o1 is free 10–12 on Monday and shifts last 2–4 h: a weekly maximum below the
    /// shortest shift allows no shift at all, which the roster writer reports as 0 too.
    @Test(arguments: [(4.0, 2.0), (2.0, 2.0), (1.5, 0.0), (0.0, 0.0)])
    func weeklyMaximumCapsTheHours(maxHours: Double, expected: Double) {
        let plan = Plans.planA()
        let agent = Agent(municipality: "odder", id: "o1", name: "+Ole", maxHours: maxHours, minHours: 0, maxDays: 5,
                          windows: [.mon: [Plans.window(10, 12)]])
        let hours = AvailableHours.of(agent, plan: plan, calendar: WeekCalendar(settings: plan.settings))
        #expect(abs(hours - expected) < 1e-9)
    }
}
