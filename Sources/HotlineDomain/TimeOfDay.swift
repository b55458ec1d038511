/// A wall-clock time within one day, in whole minutes after midnight (0 … 1440; 24:00 ends a day).
public struct TimeOfDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let minutes: Int

    public init(minutes: Int) {
        self.minutes = minutes
    }

    public init(hours: Int, minutes: Int) {
        self.minutes = hours * 60 + minutes
    }

    /// `HH:MM`, zero-padded, as written in every file.
    public var description: String {
        let h = minutes / 60
        let m = minutes % 60
        return (h < 10 ? "0" : "") + String(h) + ":" + (m < 10 ? "0" : "") + String(m)
    }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.minutes < rhs.minutes }
}

/// A half-open interval [start, end) within one day.
public struct TimeWindow: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let start: TimeOfDay
    public let end: TimeOfDay

    public init(start: TimeOfDay, end: TimeOfDay) {
        self.start = start
        self.end = end
    }

    public var minutes: Int { end.minutes - start.minutes }

    public func contains(_ other: TimeWindow) -> Bool {
        start <= other.start && other.end <= end
    }

    public func overlaps(_ other: TimeWindow) -> Bool {
        start < other.end && other.start < end
    }

    public var description: String { "\(start)-\(end)" }

    public static func < (lhs: TimeWindow, rhs: TimeWindow) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}
