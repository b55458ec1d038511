import HotlineDomain

/// What `generate --weeks` makes: `weeks` consecutive weeks from `firstWeek` for the municipalities
/// and agents that `base` (without `--scarce`) gives, `scarceWeeks` of them short-staffed.
public struct SeasonRequest: Sendable, Hashable {
    public var base: GenerationRequest
    public var firstWeek: IsoWeek
    public var weeks: Int
    public var scarceWeeks: Int

    public init(base: GenerationRequest, firstWeek: IsoWeek, weeks: Int, scarceWeeks: Int = 0) {
        self.base = base
        self.firstWeek = firstWeek
        self.weeks = weeks
        self.scarceWeeks = scarceWeeks
    }

    /// Two years of weeks keep a season's folder far below any file-system limit.
    public static let maximumWeeks = 106

    /// Every problem with the request, in the order of the options.
    public var problems: [GenerationError] {
        var found = base.problems
        if base.scarce {
            found.append(.init(.weeks, "--scarce makes one week short-staffed", expected: "--scarce-weeks K with --weeks"))
        }
        if !(1...Self.maximumWeeks).contains(weeks) {
            found.append(.init(.weeks, "\(weeks) is out of range", expected: "1 to \(Self.maximumWeeks) weeks"))
        }
        if scarceWeeks < 0 || scarceWeeks > weeks {
            found.append(.init(.scarceWeeks, "\(scarceWeeks) is out of range", expected: "0 to the number of weeks (\(weeks))"))
        }
        return found
    }

    /// The weeks in order.
    public var isoWeeks: [IsoWeek] {
        var list: [IsoWeek] = []
        var week = firstWeek
        for _ in 0..<max(0, weeks) {
            list.append(week)
            week = week.next
        }
        return list
    }
}
