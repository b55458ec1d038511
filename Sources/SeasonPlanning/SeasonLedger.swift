import HotlineDomain
import RosterCheck

/// One solved (or kept) week of a season, in the checker's recomputed figures.
public struct SeasonWeekResult: Sendable {
    public let week: IsoWeek
    /// `optimal` or `feasible` for a week solved now; `kept` for one already written (--resume).
    public let status: String
    /// Solve time (nil for a kept week).
    public let seconds: Double?
    public let fairness: [RecomputedFairness]
    public let requiredHours: Double
    /// Σ max(0, s_t − r_t) in agent-hours.
    public let beyondNeedHours: Double
    public let rosteredHours: Double
    /// One shortest shift: how far from its share a municipality may drift when nothing forces it.
    public let excursionLimit: Double

    public init(week: IsoWeek, status: String, seconds: Double?, report: CheckReport, plan: Plan) {
        self.week = week
        self.status = status
        self.seconds = seconds
        fairness = report.fairness
        requiredHours = Double(report.requiredAgentSlots) * report.slotHours
        beyondNeedHours = report.components.economy * report.slotHours
        rosteredHours = report.components.totalHours
        excursionLimit = plan.settings.shifts.minHours
    }
}

/// What the season did to each municipality's balance: how far it drifted, and whether its own
/// availability forced it.
public struct SeasonLedger: Sendable {
    /// Rounding of the written figures (0.01 h) must not turn a settled week into an excursion.
    static let slack = 0.011

    public struct MunicipalitySeason: Sendable {
        public let municipality: String
        /// Σ share × H over the season, and its fraction of all hours.
        public let dueHours: Double
        public let shareOfSeason: Double
        public let givenHours: Double
        public let largestOwed: Double
        public let largestOwedWeek: IsoWeek?
        public let finalOwed: Double
        /// Weeks whose availability could not reach the target (share × H + owed_before).
        public let forcedWeeks: [IsoWeek]
        /// Weeks more than one shortest shift from its share although its availability could reach the target.
        public let unforcedWeeks: [IsoWeek]
        /// The largest |owed_after| of those weeks (0 when none).
        public let largestUnforced: Double
    }

    public let weeks: [SeasonWeekResult]
    public let municipalities: [MunicipalitySeason]

    public init(weeks: [SeasonWeekResult]) {
        self.weeks = weeks
        let totalHours = weeks.reduce(0) { $0 + $1.rosteredHours }
        let ids = weeks.flatMap { $0.fairness.map(\.municipality) }
        var seen = Set<String>()
        municipalities = ids.filter { seen.insert($0).inserted }.sorted().map { id in
            var due = 0.0, given = 0.0, largest = 0.0, finalOwed = 0.0, largestUnforced = 0.0
            var largestWeek: IsoWeek?
            var forced: [IsoWeek] = [], unforced: [IsoWeek] = []
            for week in weeks {
                guard let row = week.fairness.first(where: { $0.municipality == id }) else { continue }
                due += row.share * week.rosteredHours
                given += row.rosteredHours
                finalOwed = row.owedAfter
                if abs(row.owedAfter) > largest { largest = abs(row.owedAfter); largestWeek = week.week }
                if Self.isForced(row) {
                    forced.append(week.week)
                } else if abs(row.owedAfter) > week.excursionLimit + Self.slack {
                    unforced.append(week.week)
                    largestUnforced = max(largestUnforced, abs(row.owedAfter))
                }
            }
            return MunicipalitySeason(
                municipality: id, dueHours: due, shareOfSeason: totalHours > 0 ? due / totalHours : 0, givenHours: given,
                largestOwed: largest, largestOwedWeek: largestWeek, finalOwed: finalOwed, forcedWeeks: forced,
                unforcedWeeks: unforced, largestUnforced: largestUnforced)
        }
    }

    /// Its agents could not work the hours the week asked of it.
    static func isForced(_ row: RecomputedFairness) -> Bool {
        row.availableHours < row.targetHours - slack
    }

    public var requiredHours: Double { weeks.reduce(0) { $0 + $1.requiredHours } }
    public var beyondNeedHours: Double { weeks.reduce(0) { $0 + $1.beyondNeedHours } }
    /// Staffing beyond the need over the season, as a fraction of the required agent-hours.
    public var beyondNeedFraction: Double { requiredHours > 0 ? beyondNeedHours / requiredHours : 0 }
    /// The largest |owed_after| in any municipality-week its availability did not force.
    public var largestUnforced: Double { municipalities.map(\.largestUnforced).max() ?? 0 }
    public var unforcedExcursions: Int { municipalities.reduce(0) { $0 + $1.unforcedWeeks.count } }
}
