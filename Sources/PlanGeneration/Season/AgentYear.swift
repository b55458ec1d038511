import HotlineDomain

/// What a year does to one agent's usual week: vacations of 1–3 weeks (most in July, some at
/// Christmas and in the school breaks), sick days (more in winter) and small week-to-week changes.
/// Each draw comes from a stream of its own (seed, agent, year or week), so a week's folder is the
/// same whatever weeks are generated around it.
enum AgentYear {
    static let salt: UInt64 = 0x5EA5_0000_A6E7_0001
    /// Chance of a summer vacation, and the weeks it may start in.
    static let summerChance = 0.9
    static let summerStarts = 26...29
    static let christmasChance = 0.35
    /// Winter break (week 7), autumn break (week 42) and Easter week.
    static let breakChance = 0.15
    /// Chance per week of falling ill for a few days, by season.
    static let winterSickness = 0.10
    static let summerSickness = 0.04
    /// Chance per week of offering one day fewer than usual.
    static let dayOffChance = 0.15

    /// The ISO weeks of `year` the agent is away.
    static func vacationWeeks(seed: UInt64, agent: Int, year: Int) -> Set<Int> {
        var random = stream(seed: seed, 1, UInt64(agent), UInt64(year))
        var weeks = Set<Int>()
        if random.unit() < summerChance {
            let length = random.unit() < 0.2 ? 1 : random.integer(in: 2...3)
            let start = random.integer(in: summerStarts)
            weeks.formUnion(start ..< start + length)
        }
        if random.unit() < christmasChance, let christmas = CalendarDate(year: year, month: 12, day: 28) {
            weeks.insert(IsoWeek(containing: christmas).week)
        }
        let easter = IsoWeek(containing: DanishHolidays.easterSunday(year: year).adding(days: -3)).week
        for week in [7, 42, easter] where random.unit() < breakChance {
            weeks.insert(week)
        }
        return weeks
    }

    /// The agent's week: nil when away, otherwise the usual windows less sick days and the odd day off.
    static func week(of agent: AgentDraft, index: Int, in week: IsoWeek, seed: UInt64) -> (draft: AgentDraft, sick: Bool)? {
        if vacationWeeks(seed: seed, agent: index, year: week.year).contains(week.week) { return nil }
        var random = stream(seed: seed, 2, UInt64(index), UInt64(week.year * 100 + week.week))
        var draft = agent
        var working = Weekday.allCases.filter { !draft.windows[$0.rawValue].isEmpty }
        let winter = [1, 2, 3, 11, 12].contains(week.dates[3].month)
        let sick = random.unit() < (winter ? winterSickness : summerSickness)
        if sick {
            for day in random.sample(working, count: min(working.count, random.integer(in: 1...3))) {
                draft.windows[day.rawValue] = []
            }
            working = Weekday.allCases.filter { !draft.windows[$0.rawValue].isEmpty }
        }
        if working.count > 1, random.unit() < dayOffChance, let day = random.element(of: working) {
            draft.windows[day.rawValue] = []
        }
        return (draft, sick)
    }

    static func stream(seed: UInt64, _ role: UInt64, _ a: UInt64, _ b: UInt64) -> SeededRandom {
        var mixer = SeededRandom(seed: seed ^ salt)
        let first = mixer.next() ^ (role &* 0x9E37_79B9_7F4A_7C15)
        var second = SeededRandom(seed: first ^ (a &* 0xBF58_476D_1CE4_E5B9))
        return SeededRandom(seed: second.next() ^ (b &* 0x94D0_49BB_1331_11EB))
    }
}
