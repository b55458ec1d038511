/// The planning settings of `hotline.yaml`, validated.
public struct Settings: Sendable, Hashable {
    public var week: IsoWeek
    public var timezone: String
    /// 15, 30 or 60.
    public var slotMinutes: Int
    /// Opening intervals per weekday, sorted and disjoint; an absent day is closed.
    public var openingHours: [Weekday: [TimeWindow]]
    /// Dates inside the week on which the hotline is closed.
    public var closedDates: Set<CalendarDate>
    public var staffing: StaffingRules
    public var shifts: ShiftRules
    public var fairnessBasis: FairnessBasis
    /// Most important first (contract v2: stages with tolerances).
    public var priorities: [Priority]

    public init(
        week: IsoWeek, timezone: String, slotMinutes: Int, openingHours: [Weekday: [TimeWindow]],
        closedDates: Set<CalendarDate>, staffing: StaffingRules, shifts: ShiftRules,
        fairnessBasis: FairnessBasis, priorities: [Priority]
    ) {
        self.week = week
        self.timezone = timezone
        self.slotMinutes = slotMinutes
        self.openingHours = openingHours
        self.closedDates = closedDates
        self.staffing = staffing
        self.shifts = shifts
        self.fairnessBasis = fairnessBasis
        self.priorities = priorities
    }

    /// Hours of one slot.
    public var slotHours: Double { Double(slotMinutes) / 60 }
}

public struct StaffingRules: Sendable, Hashable {
    /// Floor in every open slot.
    public var minAgents: Int
    public var handleTimeSeconds: Double
    /// Share of contacts answered within `answerWithinSeconds`, in (0, 1).
    public var serviceLevel: Double
    public var answerWithinSeconds: Double
    /// Share of rostered time not available for contacts, in [0, 1).
    public var shrinkage: Double

    public init(minAgents: Int, handleTimeSeconds: Double, serviceLevel: Double, answerWithinSeconds: Double, shrinkage: Double) {
        self.minAgents = minAgents
        self.handleTimeSeconds = handleTimeSeconds
        self.serviceLevel = serviceLevel
        self.answerWithinSeconds = answerWithinSeconds
        self.shrinkage = shrinkage
    }
}

public struct ShiftRules: Sendable, Hashable {
    public var minHours: Double
    public var maxHours: Double
    public var minRestHours: Double

    public init(minHours: Double, maxHours: Double, minRestHours: Double) {
        self.minHours = minHours
        self.maxHours = maxHours
        self.minRestHours = minRestHours
    }
}

/// What a municipality's fair share is proportional to.
public enum FairnessBasis: String, Sendable, Hashable, CaseIterable {
    case demand, population, weight
}
