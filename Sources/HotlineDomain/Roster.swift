/// One shift of one agent: a contiguous interval on one day.
public struct Shift: Sendable, Hashable, Comparable {
    public let agent: AgentKey
    public let day: Weekday
    public let window: TimeWindow

    public init(agent: AgentKey, day: Weekday, window: TimeWindow) {
        self.agent = agent
        self.day = day
        self.window = window
    }

    public var hours: Double { Double(window.minutes) / 60 }

    /// Sorted by date, start, end, municipality, agent: the order of roster.csv.
    public static func < (lhs: Shift, rhs: Shift) -> Bool {
        (lhs.day, lhs.window.start, lhs.window.end, lhs.agent) < (rhs.day, rhs.window.start, rhs.window.end, rhs.agent)
    }
}

/// A week's roster: the shifts, sorted.
public struct Roster: Sendable, Hashable {
    public let shifts: [Shift]

    public init(shifts: [Shift]) {
        self.shifts = shifts.sorted()
    }
}
