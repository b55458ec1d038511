import HotlineDomain

/// The rules that concern all of one agent's shifts together: one shift a day, weekly hours,
/// days worked, and rest between shifts.
enum AgentRules {
    static func check(_ shifts: [RosterShift], plan: Plan, file: String, log: inout FindingLog) {
        let byAgent = Dictionary(grouping: shifts, by: { $0.agent.key })
        let minRest = plan.settings.shifts.minRestHours * 60
        for key in byAgent.keys.sorted() {
            guard let own = byAgent[key], let agent = own.first?.agent else { continue }
            let ordered = own.sorted { ($0.weekStart, $0.weekEnd, $0.line) < ($1.weekStart, $1.weekEnd, $1.line) }

            // At most one shift per day.
            var firstOfDay: [Int: RosterShift] = [:]
            for shift in ordered {
                if let first = firstOfDay[shift.day] {
                    log.add(file, shift.line,
                            "shift \(shift.span) of \(key) on \(shift.date) is the agent's second shift that day (the other is \(first.span) on line \(first.line)), expected at most one shift per agent per day")
                } else {
                    firstOfDay[shift.day] = shift
                }
            }

            // Weekly hours: reported on the shift that takes the agent past max_hours.
            var minutes = 0
            for shift in ordered {
                let before = minutes
                minutes += shift.minutes
                if Double(before) <= agent.maxHours * 60 + 1e-6, Double(minutes) > agent.maxHours * 60 + 1e-6 {
                    let total = NumberText.hours(minutes: ordered.reduce(0) { $0 + $1.minutes })
                    log.add(file, shift.line,
                            "shift \(shift.span) of \(key) on \(shift.date) takes the agent past max_hours \(NumberText.format(agent.maxHours)) (\(NumberText.counted(total, "hour")) in the week), expected at most \(NumberText.counted(NumberText.format(agent.maxHours), "hour"))")
                }
            }

            // Days worked: reported on the first shift of the first day too many.
            var days: [Int] = []
            for shift in ordered where !days.contains(shift.day) {
                days.append(shift.day)
                if days.count == agent.maxDays + 1 {
                    let worked = Set(ordered.map(\.day)).count
                    log.add(file, shift.line,
                            "shift \(shift.span) of \(key) on \(shift.date) takes the agent past max_days \(agent.maxDays) (works on \(worked) days), expected at most \(NumberText.counted(String(agent.maxDays), "day"))")
                }
            }

            // Rest: from the latest end among the earlier shifts to the start of each shift.
            var latest: RosterShift?
            for shift in ordered {
                if let earlier = latest {
                    let rest = shift.weekStart - earlier.weekEnd
                    if Double(rest) < minRest - 1e-6 {
                        let other = "the shift \(earlier.span) on \(earlier.date) (line \(earlier.line))"
                        let what = rest < 0
                            ? "starts \(NumberText.counted(NumberText.hours(minutes: -rest), "hour")) before \(other) ends (they overlap)"
                            : "starts only \(NumberText.counted(NumberText.hours(minutes: rest), "hour")) after \(other) ends"
                        log.add(file, shift.line,
                                "shift \(shift.span) of \(key) on \(shift.date) \(what), expected at least shifts.min_rest_hours \(NumberText.counted(NumberText.format(plan.settings.shifts.minRestHours), "hour")) of rest")
                    }
                }
                if shift.weekEnd > latest?.weekEnd ?? Int.min { latest = shift }
            }
        }
    }
}
