import HotlineDomain

/// A shift an agent could work: a contiguous run of open slots on one day.
public struct CandidateShift: Sendable, Hashable {
    /// Index into `Plan.agents`.
    public let agent: Int
    public let day: Weekday
    /// Index into `Plan.slots` of the first slot.
    public let firstSlot: Int
    /// Number of slots.
    public let length: Int
    public let start: TimeOfDay
    public let end: TimeOfDay

    /// The indices (into `Plan.slots`) of the slots it covers.
    var slots: Range<Int> { firstSlot..<(firstSlot + length) }

    /// The slots it covers (first slot and length) as one key: shifts of different agents with the
    /// same key are interchangeable for coverage.
    var slotsKey: Int { firstSlot << 16 | length }
}

/// Every feasible shift of every agent (contract: inside opening hours and inside one availability
/// window, between the shift length limits, no longer than the agent's weekly maximum).
public struct ShiftCatalog: Sendable {
    public let shifts: [CandidateShift]
    /// Shift indices per agent, per weekday.
    public let byAgentDay: [[Weekday: [Int]]]
    public let minimumLength: Int
    public let maximumLength: Int

    public init(plan: Plan) {
        let settings = plan.settings
        let slotMinutes = settings.slotMinutes
        // A small tolerance keeps 7.5 h on a 30-minute grid at exactly 15 slots.
        let minimumLength = max(1, Int((settings.shifts.minHours * 60 / Double(slotMinutes) - 1e-9).rounded(.up)))
        let maximumLength = Int((settings.shifts.maxHours * 60 / Double(slotMinutes) + 1e-9).rounded(.down))
        self.minimumLength = minimumLength
        self.maximumLength = maximumLength

        var slotIndex: [SlotKey: Int] = [:]
        for (index, slot) in plan.slots.enumerated() {
            slotIndex[SlotKey(day: slot.day, minute: slot.start.minutes)] = index
        }

        var shifts: [CandidateShift] = []
        var byAgentDay: [[Weekday: [Int]]] = []
        for (agentIndex, agent) in plan.agents.enumerated() {
            var perDay: [Weekday: [Int]] = [:]
            let weeklySlots = Int((agent.maxHours * 60 / Double(slotMinutes) + 1e-9).rounded(.down))
            let longest = min(maximumLength, weeklySlots)
            for day in Weekday.allCases where agent.maxDays > 0 {
                for segment in Self.workableSegments(agent: agent, day: day, settings: settings) {
                    var startMinute = segment.start.minutes
                    while startMinute < segment.end.minutes {
                        guard let first = slotIndex[SlotKey(day: day, minute: startMinute)] else { break }
                        var length = minimumLength
                        while length <= longest, startMinute + length * slotMinutes <= segment.end.minutes {
                            perDay[day, default: []].append(shifts.count)
                            shifts.append(CandidateShift(
                                agent: agentIndex, day: day, firstSlot: first, length: length,
                                start: TimeOfDay(minutes: startMinute),
                                end: TimeOfDay(minutes: startMinute + length * slotMinutes)))
                            length += 1
                        }
                        startMinute += slotMinutes
                    }
                }
            }
            byAgentDay.append(perDay)
        }
        self.shifts = shifts
        self.byAgentDay = byAgentDay
    }

    /// The parts of a day where the agent is available and the hotline is open (closed dates removed).
    static func workableSegments(agent: Agent, day: Weekday, settings: Settings) -> [TimeWindow] {
        let date = settings.week.dates[day.rawValue]
        guard !settings.closedDates.contains(date) else { return [] }
        var segments: [TimeWindow] = []
        for opening in settings.openingHours[day] ?? [] {
            for window in agent.windows[day] ?? [] where opening.overlaps(window) {
                segments.append(TimeWindow(start: max(opening.start, window.start), end: min(opening.end, window.end)))
            }
        }
        return segments.sorted()
    }
}

private struct SlotKey: Hashable {
    let day: Weekday
    let minute: Int
}

extension ShiftCatalog {
    /// Slots of candidate shift `shift`; 0 for a day off (nil).
    func length(of shift: Int?) -> Int {
        shift.map { shifts[$0].length } ?? 0
    }
}
