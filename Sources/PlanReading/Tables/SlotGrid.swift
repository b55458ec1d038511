import HotlineDomain

/// The open slots of the week as `Settings.openSlots()` lists them, looked up by day and start.
struct SlotGrid {
    let slotMinutes: Int
    let count: Int
    private let indexByStart: [Weekday: [Int: Int]]

    /// Nil unless the week, slot length, opening hours and closed dates are all usable.
    init?(draft: SettingsDraft) {
        guard let week = draft.week, let slotMinutes = draft.slotMinutes, let openingHours = draft.openingHours,
              let closedDates = draft.closedDates else { return nil }
        let settings = Settings(
            week: week, timezone: SettingsDefaults.timezone, slotMinutes: slotMinutes, openingHours: openingHours,
            closedDates: closedDates,
            staffing: StaffingRules(minAgents: 0, handleTimeSeconds: 1, serviceLevel: 0.5, answerWithinSeconds: 0, shrinkage: 0),
            shifts: ShiftRules(minHours: 1, maxHours: 1, minRestHours: 0), fairnessBasis: .demand, priorities: [])
        var index: [Weekday: [Int: Int]] = [:]
        let slots = settings.openSlots()
        for (position, slot) in slots.enumerated() {
            index[slot.day, default: [:]][slot.start.minutes] = position
        }
        self.slotMinutes = slotMinutes
        self.count = slots.count
        self.indexByStart = index
    }

    /// Indices of the open slots covering `window` on `day`.
    func indices(day: Weekday, window: TimeWindow) -> [Int] {
        slots(day: day, window: window).map(\.index)
    }

    /// The open slots covering `window` on `day`: their start and index.
    func slots(day: Weekday, window: TimeWindow) -> [(start: TimeOfDay, index: Int)] {
        stride(from: window.start.minutes, to: window.end.minutes, by: slotMinutes).compactMap { start in
            indexByStart[day]?[start].map { (TimeOfDay(minutes: start), $0) }
        }
    }
}
