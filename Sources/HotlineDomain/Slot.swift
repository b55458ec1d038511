/// One open slot of the week: `slotMinutes` long, starting at `start` on `day`.
public struct Slot: Sendable, Hashable, Comparable {
    public let day: Weekday
    public let date: CalendarDate
    public let start: TimeOfDay
    public let end: TimeOfDay

    public init(day: Weekday, date: CalendarDate, start: TimeOfDay, end: TimeOfDay) {
        self.day = day
        self.date = date
        self.start = start
        self.end = end
    }

    public static func < (lhs: Slot, rhs: Slot) -> Bool { (lhs.day, lhs.start) < (rhs.day, rhs.start) }
}

extension Settings {
    /// The open slots of the week in time order: opening hours minus closed dates.
    public func openSlots() -> [Slot] {
        let dates = week.dates
        var slots: [Slot] = []
        for day in Weekday.allCases {
            let date = dates[day.rawValue]
            guard !closedDates.contains(date) else { continue }
            for interval in (openingHours[day] ?? []).sorted() {
                var minute = interval.start.minutes
                while minute + slotMinutes <= interval.end.minutes {
                    slots.append(Slot(
                        day: day, date: date,
                        start: TimeOfDay(minutes: minute), end: TimeOfDay(minutes: minute + slotMinutes)))
                    minute += slotMinutes
                }
            }
        }
        return slots
    }
}
