import HotlineDomain

/// A quick roster that keeps every open slot at its requirement while every shift rule holds
/// (3–8 hour shifts inside one window, one a day, max_hours, max_days, 11 hours' rest). When it
/// succeeds, floor = service = 0 is attainable, which is what a generated plan promises; when it
/// fails it names the slot it could not staff, and the generator widens availability there.
///
/// Scarcest day first; within a day the slots in time order; at each understaffed slot the agents
/// with the most hours to spare per remaining workable day go first, each shift starting at the slot
/// and lasting while the following slots are still short.
struct GreedyRoster {
    enum Outcome: Equatable {
        /// The shift of each agent on each weekday (indexed by `Weekday.rawValue`), if any.
        case staffed(shifts: [[Span?]])
        case short(slot: Int)
    }

    let agents: [AgentDraft]
    let requirement: [Int]
    let grid: WeekGrid

    private static let minShift = WeekTemplate.shiftMinHours * 60
    private static let maxShift = WeekTemplate.shiftMaxHours * 60
    private static let minRest = WeekTemplate.minRestHours * 60

    func run() -> Outcome {
        let slot = grid.slotMinutes
        var remaining = agents.map { $0.maxHours * 60 }
        var daysLeft = agents.map(\.maxDays)
        var workableLeft = agents.map { agent in agent.windows.filter { Self.longestUsable($0) != nil }.count }
        var shifts = Array(repeating: [Span?](repeating: nil, count: 7), count: agents.count)
        var staffed = Array(repeating: 0, count: grid.count)

        for day in dayOrder() {
            let onDay = agents.indices.filter { Self.longestUsable(agents[$0].windows[day.rawValue]) != nil }
            for index in grid.slots(of: day) where staffed[index] < requirement[index] {
                let minute = grid.startMinute(ofSlot: index)
                var candidates: [(spare: Double, window: Span, agent: Int)] = []
                for a in onDay where shifts[a][day.rawValue] == nil && daysLeft[a] > 0 && remaining[a] >= Self.minShift {
                    guard let window = agents[a].windows[day.rawValue].first(where: { $0.contains(minute: minute) && $0.minutes >= Self.minShift })
                    else { continue }
                    let spare = Double(remaining[a]) / Double(max(1, min(daysLeft[a], workableLeft[a])))
                    candidates.append((spare, window, a))
                }
                candidates.sort { ($0.spare, $0.window.end, -$0.agent) > ($1.spare, $1.window.end, -$1.agent) }
                for candidate in candidates where staffed[index] < requirement[index] {
                    let a = candidate.agent, window = candidate.window
                    let start = max(window.start, min(minute, window.end - Self.minShift))
                    let longest = min(Self.maxShift, window.end - start, remaining[a] / slot * slot)
                    var end = start + Self.minShift
                    while end + slot <= start + longest,
                          staffed[grid.index(day: day, minute: end)] < requirement[grid.index(day: day, minute: end)] {
                        end += slot
                    }
                    let shift = Span(start: start, end: end)
                    guard restHolds(shift, day: day, shifts: shifts[a]) else { continue }
                    shifts[a][day.rawValue] = shift
                    remaining[a] -= shift.minutes
                    daysLeft[a] -= 1
                    for covered in grid.slots(day: day, span: shift) { staffed[covered] += 1 }
                }
                if staffed[index] < requirement[index] { return .short(slot: index) }
            }
            for a in onDay { workableLeft[a] -= 1 }
        }
        return .staffed(shifts: shifts)
    }

    /// Days in order of how little availability they have per required agent-slot.
    private func dayOrder() -> [Weekday] {
        let supply = Weekday.allCases.map { day -> Double in
            let offered = agents.reduce(0) { $0 + $1.windows[day.rawValue].reduce(0) { $0 + $1.minutes } }
            let needed = grid.slots(of: day).reduce(0) { $0 + requirement[$1] } * grid.slotMinutes
            return Double(offered) / Double(max(1, needed))
        }
        return Weekday.allCases.sorted { (supply[$0.rawValue], $0.rawValue) < (supply[$1.rawValue], $1.rawValue) }
    }

    /// The longest window of a day if a minimum-length shift fits in it.
    private static func longestUsable(_ spans: [Span]) -> Int? {
        let longest = spans.map(\.minutes).max() ?? 0
        return longest >= minShift ? longest : nil
    }

    /// Rest between this shift and the agent's shifts on the neighbouring days.
    private func restHolds(_ shift: Span, day: Weekday, shifts: [Span?]) -> Bool {
        let d = day.rawValue
        if d > 0, let before = shifts[d - 1], shift.start + 1440 - before.end < Self.minRest { return false }
        if d < 6, let after = shifts[d + 1], after.start + 1440 - shift.end < Self.minRest { return false }
        return true
    }
}
