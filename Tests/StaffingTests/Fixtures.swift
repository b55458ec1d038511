import HotlineDomain
import Testing

/// A small hand-built plan: week 2026-W49, Monday 08:00–10:00 in 30-minute slots (four slots),
/// handle time 180 s, 80 % within 20 s, shrinkage 15 %, floor of 2 agents.
enum Fixtures {
    static let rules = StaffingRules(
        minAgents: 2, handleTimeSeconds: 180, serviceLevel: 0.8, answerWithinSeconds: 20, shrinkage: 0.15)

    static func plan(calls: [String: [Double]], rules: StaffingRules = rules) throws -> Plan {
        let week = try #require(IsoWeek(year: 2026, week: 49))
        let settings = Settings(
            week: week, timezone: "Europe/Copenhagen", slotMinutes: 30,
            openingHours: [.mon: [TimeWindow(start: TimeOfDay(hours: 8, minutes: 0), end: TimeOfDay(hours: 10, minutes: 0))]],
            closedDates: [], staffing: rules,
            shifts: ShiftRules(minHours: 2, maxHours: 8, minRestHours: 11),
            fairnessBasis: .demand, priorities: Priority.v1Order)
        let municipalities = calls.keys.sorted().enumerated().map { index, id in
            Municipality(id: id, code: String(101 + index), name: id.uppercased(), region: "Hovedstaden",
                         population: 10_000, weight: nil)
        }
        return Plan(
            settings: settings, municipalities: municipalities, agents: [],
            callsByMunicipality: calls, owedHours: [:], balanceAfterWeek: nil)
    }
}
