/// A half-open stretch of one day in minutes after midnight: an availability window being drafted.
struct Span: Hashable, Comparable {
    let start: Int
    let end: Int

    var minutes: Int { end - start }

    func contains(minute: Int) -> Bool { start <= minute && minute < end }

    static func < (lhs: Span, rhs: Span) -> Bool { (lhs.start, lhs.end) < (rhs.start, rhs.end) }
}

/// The kinds of weekday availability agents send, each a pool of day patterns (one or two windows,
/// every window at least the 3-hour minimum shift, inside the 08:00–18:00 weekday opening).
enum AvailabilityStyle: CaseIterable {
    case fullDay, morning, afternoon, splitDay

    /// Shares of agents per style (in percent), as in the bundled plan.
    static let weights = [40, 28, 20, 12]

    /// Day patterns on whole hours suit every slot length; half- and quarter-hour ones are added
    /// where the slot length allows them, for variety.
    func patterns(slotMinutes: Int) -> [[Span]] {
        var result = Self.hourly[self] ?? []
        if slotMinutes <= 30 { result += Self.halfHourly[self] ?? [] }
        if slotMinutes <= 15 { result += Self.quarterHourly[self] ?? [] }
        return result
    }

    /// Every weekday pattern of every style.
    static func allPatterns(slotMinutes: Int) -> [[Span]] {
        allCases.flatMap { $0.patterns(slotMinutes: slotMinutes) }
    }

    static let weekend: [[Span]] = [[h(10, 15)], [h(10, 15)], [h(10, 14)], [h(11, 15)]]

    private static func h(_ from: Int, _ to: Int) -> Span { Span(start: from * 60, end: to * 60) }
    private static func m(_ from: Int, _ to: Int) -> Span { Span(start: from, end: to) }

    private static let hourly: [AvailabilityStyle: [[Span]]] = [
        .fullDay: [[h(8, 18)], [h(8, 16)], [h(9, 17)], [h(10, 18)], [h(8, 15)]],
        .morning: [[h(8, 12)], [h(8, 13)], [h(9, 13)], [h(8, 11)]],
        .afternoon: [[h(13, 18)], [h(12, 17)], [h(14, 18)], [h(12, 16)], [h(15, 18)]],
        .splitDay: [[h(8, 11), h(14, 18)], [h(8, 12), h(15, 18)], [h(9, 12), h(14, 17)]],
    ]
    private static let halfHourly: [AvailabilityStyle: [[Span]]] = [
        .fullDay: [[m(510, 990)]],  // 08:30-16:30
        .morning: [[m(510, 750)]],  // 08:30-12:30
        .afternoon: [[m(750, 990)]],  // 12:30-16:30
        .splitDay: [[m(480, 690), m(870, 1080)]],  // 08:00-11:30, 14:30-18:00
    ]
    private static let quarterHourly: [AvailabilityStyle: [[Span]]] = [
        .fullDay: [[m(525, 945)]],  // 08:45-15:45
        .morning: [[m(495, 705)]],  // 08:15-11:45
        .afternoon: [[m(795, 1065)]],  // 13:15-17:45
        .splitDay: [],
    ]
}
