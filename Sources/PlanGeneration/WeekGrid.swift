import HotlineDomain

/// The open slots of the generated week (one opening interval a day), indexed as `Plan.slots`.
struct WeekGrid {
    let slotMinutes: Int
    /// Index of each day's first slot; `firstSlot[7]` is the slot count.
    private let firstSlot: [Int]

    init(slotMinutes: Int) {
        self.slotMinutes = slotMinutes
        var first = [0]
        for day in Weekday.allCases {
            first.append(first[first.count - 1] + WeekTemplate.opening(day).minutes / slotMinutes)
        }
        firstSlot = first
    }

    var count: Int { firstSlot[7] }

    func slots(of day: Weekday) -> Range<Int> { firstSlot[day.rawValue] ..< firstSlot[day.rawValue + 1] }

    /// The slot starting at `minute` on `day` (the minute must be open and on a slot boundary).
    func index(day: Weekday, minute: Int) -> Int {
        firstSlot[day.rawValue] + (minute - WeekTemplate.opening(day).start.minutes) / slotMinutes
    }

    func day(ofSlot index: Int) -> Weekday {
        Weekday.allCases.last { firstSlot[$0.rawValue] <= index } ?? .mon
    }

    func startMinute(ofSlot index: Int) -> Int {
        let day = day(ofSlot: index)
        return WeekTemplate.opening(day).start.minutes + (index - firstSlot[day.rawValue]) * slotMinutes
    }

    /// The slots a window covers on `day`.
    func slots(day: Weekday, span: Span) -> Range<Int> {
        index(day: day, minute: span.start) ..< index(day: day, minute: span.end)
    }
}
