import HotlineDomain

/// The most hours each agent could work this week: the longest shift of each workable day, on at
/// most `max_days` days, capped by `max_hours` on the slot grid (rest between days not counted).
enum AvailableHours {
    static func perMunicipality(plan: Plan) -> [String: Double] {
        var result: [String: Double] = [:]
        for municipality in plan.municipalities {
            result[municipality.id] = 0
        }
        for agent in plan.agents {
            result[agent.municipality, default: 0] += hours(of: agent, plan: plan)
        }
        return result
    }

    static func hours(of agent: Agent, plan: Plan) -> Double {
        let settings = plan.settings
        let slot = settings.slotMinutes
        let shortest = Int((settings.shifts.minHours * 60 / Double(slot) - 1e-9).rounded(.up))
        let longest = Int((settings.shifts.maxHours * 60 / Double(slot) + 1e-9).rounded(.down))
        let dates = settings.week.dates
        var dayLengths: [Int] = []
        for day in Weekday.allCases where !settings.closedDates.contains(dates[day.rawValue]) {
            var best = 0
            for opening in settings.openingHours[day] ?? [] {
                for window in agent.windows[day] ?? [] where opening.overlaps(window) {
                    let minutes = min(opening.end, window.end).minutes - max(opening.start, window.start).minutes
                    let slots = min(longest, minutes / slot)
                    if slots >= max(1, shortest) { best = max(best, slots) }
                }
            }
            if best > 0 { dayLengths.append(best) }
        }
        let days = dayLengths.sorted(by: >).prefix(max(0, agent.maxDays))
        let weekly = Int((agent.maxHours * 60 / Double(slot) + 1e-9).rounded(.down))
        guard weekly >= max(1, shortest) else { return 0 }
        return Double(min(weekly, days.reduce(0, +))) * Double(slot) / 60
    }
}
