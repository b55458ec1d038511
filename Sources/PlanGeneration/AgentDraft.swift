import HotlineDomain

/// An agent while the generator drafts it: windows per weekday (sorted, disjoint, never touching),
/// contract fields as whole numbers.
struct AgentDraft {
    let municipality: Int
    let id: String
    let name: String
    let style: AvailabilityStyle
    /// One agent with a single short morning, for a scarce island municipality.
    let scarce: Bool
    var maxHours: Int
    var minHours = 0
    /// 7 means unlimited (written as an empty cell).
    var maxDays = 7
    /// Indexed by `Weekday.rawValue`.
    var windows: [[Span]] = Array(repeating: [], count: 7)

    init(municipality: Int, id: String, name: String, style: AvailabilityStyle, scarce: Bool, maxHours: Int) {
        self.municipality = municipality
        self.id = id
        self.name = name
        self.style = style
        self.scarce = scarce
        self.maxHours = maxHours
    }

    var windowMinutes: Int { windows.reduce(0) { $0 + $1.reduce(0) { $0 + $1.minutes } } }

    var workingDays: Int { windows.filter { !$0.isEmpty }.count }

    /// What the agent offers: min(max_hours, window hours).
    var offeredHours: Double { min(Double(maxHours), Double(windowMinutes) / 60) }

    /// The most the shift rules let the agent work: the longest shift of each workable day (at most
    /// 8 hours, inside one window), the best `maxDays` days, capped by max_hours.
    var achievableHours: Double {
        let shiftMax = WeekTemplate.shiftMaxHours * 60, shiftMin = WeekTemplate.shiftMinHours * 60
        let perDay = windows.compactMap { spans -> Int? in
            let longest = spans.map(\.minutes).max() ?? 0
            return longest >= shiftMin ? min(shiftMax, longest) : nil
        }.sorted(by: >)
        let best = perDay.prefix(maxDays).reduce(0, +)
        return min(Double(maxHours), Double(best) / 60)
    }

    func covers(day: Weekday, minute: Int) -> Bool {
        windows[day.rawValue].contains { $0.contains(minute: minute) }
    }

    /// Replaces the day's windows with a day pattern.
    mutating func set(_ day: Weekday, _ pattern: [Span]) {
        windows[day.rawValue] = pattern.sorted()
    }

    /// Stretches the day's nearest window to cover the slot at `minute`, merging windows it reaches.
    mutating func widen(_ day: Weekday, toCover minute: Int, slotMinutes: Int) {
        var spans = windows[day.rawValue]
        guard let nearest = spans.indices.min(by: { distance(spans[$0], minute) < distance(spans[$1], minute) }) else { return }
        let grown = Span(start: min(spans[nearest].start, minute), end: max(spans[nearest].end, minute + slotMinutes))
        spans.remove(at: nearest)
        // Windows the grown one overlaps or touches become part of it: touching windows stay
        // separate in the contract, which would split the availability the repair meant to add.
        var merged = grown
        var kept: [Span] = []
        for other in spans {  // sorted, so a window reached only after merging comes later
            if other.start <= merged.end, merged.start <= other.end {
                merged = Span(start: min(merged.start, other.start), end: max(merged.end, other.end))
            } else {
                kept.append(other)
            }
        }
        windows[day.rawValue] = (kept + [merged]).sorted()
    }

    private func distance(_ span: Span, _ minute: Int) -> Int {
        minute < span.start ? span.start - minute : max(0, minute - span.end + 1)
    }
}
