import HotlineDomain

/// Plans small enough to solve by hand, built directly from domain values.
enum SmallPlans {
    static let week = IsoWeek(year: 2026, week: 49)!

    static func time(_ text: String) -> TimeOfDay {
        let parts = text.split(separator: ":").compactMap { Int($0) }
        return TimeOfDay(hours: parts[0], minutes: parts[1])
    }

    static func window(_ from: String, _ to: String) -> TimeWindow {
        TimeWindow(start: time(from), end: time(to))
    }

    static func settings(
        opening: [Weekday: [TimeWindow]], slotMinutes: Int = 60, minAgents: Int = 1, minShift: Double = 2,
        maxShift: Double = 4, rest: Double = 11, basis: FairnessBasis = .population,
        priorities: [Priority] = Priority.v1Order
    ) -> Settings {
        Settings(
            week: week, timezone: "Europe/Copenhagen", slotMinutes: slotMinutes, openingHours: opening, closedDates: [],
            staffing: StaffingRules(minAgents: minAgents, handleTimeSeconds: 420, serviceLevel: 0.8, answerWithinSeconds: 60, shrinkage: 0.15),
            shifts: ShiftRules(minHours: minShift, maxHours: maxShift, minRestHours: rest),
            fairnessBasis: basis, priorities: priorities)
    }

    static func municipality(_ id: String, population: Int) -> Municipality {
        Municipality(id: id, code: "100", name: id.capitalized, region: "Test", population: population, weight: nil)
    }

    static func agent(
        _ municipality: String, _ id: String, max: Double, min: Double = 0, days: Int = 7, windows: [Weekday: [TimeWindow]]
    ) -> Agent {
        Agent(municipality: municipality, id: id, name: id.uppercased(), maxHours: max, minHours: min, maxDays: days, windows: windows)
    }

    /// Monday 08–12, 1-hour slots, floor 1, no calls; two agents of equally large municipalities,
    /// each free 08–12. Shifts 2–4 h. Optimum: floor 0, service 0, each municipality 2 h (debts 0),
    /// economy 0 — one agent 08–10, the other 10–12.
    static var tinyOneDay: Plan {
        let settings = settings(opening: [.mon: [window("08:00", "12:00")]])
        return Plan(
            settings: settings,
            municipalities: [municipality("north", population: 1000), municipality("south", population: 1000)],
            agents: [
                agent("north", "n1", max: 4, windows: [.mon: [window("08:00", "12:00")]]),
                agent("south", "s1", max: 4, windows: [.mon: [window("08:00", "12:00")]]),
            ],
            callsByMunicipality: ["north": [0, 0, 0, 0], "south": [0, 0, 0, 0]],
            owedHours: [:], balanceAfterWeek: nil)
    }
}
