import HotlineDomain

/// A year of weeks for the same municipalities and agents (`generate --weeks`): the plain week of
/// the seed is every agent's usual week; each week then brings its vacations, sick days, holidays
/// (closed dates) and seasonal demand. A week depends only on the seed and on itself, except for
/// which weeks `--scarce-weeks` picks among those generated.
public enum SeasonGenerator {
    static let demandSalt: UInt64 = 0xDE4A_4D00_0000_0001
    static let scarceSalt: UInt64 = 0x5CA2_CE00_0000_0002

    public static func generate(_ request: SeasonRequest) throws(GenerationError) -> GeneratedSeason {
        if let problem = request.problems.first { throw problem }
        let base = try PlanGenerator.baseWeek(request.base)
        let scarce = scarceWeeks(request)
        let weeks = request.isoWeeks.map { week(base, $0, request: request, scarce: scarce.contains($0)) }
        return GeneratedSeason(request: request, weeks: weeks)
    }

    /// The `scarceWeeks` weeks whose own draw is lowest: spread over the season, fixed per seed.
    static func scarceWeeks(_ request: SeasonRequest) -> Set<IsoWeek> {
        let ranked = request.isoWeeks.map { week -> (UInt64, IsoWeek) in
            var random = AgentYear.stream(seed: request.base.seed ^ scarceSalt, 3, UInt64(week.year), UInt64(week.week))
            return (random.next(), week)
        }.sorted { $0.0 < $1.0 }
        return Set(ranked.prefix(request.scarceWeeks).map(\.1))
    }

    static func week(_ base: PlanGenerator.BaseWeek, _ week: IsoWeek, request: SeasonRequest, scarce: Bool) -> GeneratedSeason.Week {
        let seed = request.base.seed
        let slotMinutes = request.base.slotMinutes
        var random = AgentYear.stream(seed: seed ^ demandSalt, 4, UInt64(week.year), UInt64(week.week))
        let forecast = base.forecast.rescaled(to: base.forecast.totalContacts * SeasonalDemand.factor(week, random: &random))

        let closed = DanishHolidays.holidays(in: week)
        let closedDays = Set(closed.compactMap(\.date.weekday))
        var requirement = PlanGenerator.requirements(calls: forecast.callsPerSlot(slotMinutes: slotMinutes), settings: base.settings)
        for day in closedDays {
            for slot in base.grid.slots(of: day) { requirement[slot] = 0 }
        }

        var agents: [AgentDraft] = []
        var away = 0, sick = 0
        for (index, agent) in base.agents.enumerated() {
            guard let (draft, ill) = AgentYear.week(of: agent, index: index, in: week, seed: seed) else {
                away += 1
                continue
            }
            agents.append(draft)
            if ill { sick += 1 }
        }
        if scarce {
            let weekSeed = AgentYear.stream(seed: seed, 5, UInt64(week.year), UInt64(week.week))
            var draw = weekSeed
            (agents, _) = ScarceWeek.apply(
                to: agents, municipalities: base.municipalities.count, requirement: requirement, grid: base.grid, seed: draw.next())
        }
        ContractTerms.fitMinimums(&agents)

        // Not the number of weeks: a week's folder is the same however many are generated.
        let command = "hotline-roster generate --weeks … --municipalities \(request.base.municipalities)"
            + " --agents \(request.base.agents) --seed \(seed) --slot-minutes \(slotMinutes)"
            + (scarce ? " (short-staffed: --scarce-weeks)" : "")
        let yaml = WeekTemplate.yaml(
            command: command, slotMinutes: slotMinutes, week: week.description, closed: closed,
            priorities: WeekTemplate.seasonPriorities)
        let files = PlanText.files(
            yaml: yaml, municipalities: base.municipalities, forecast: forecast, agents: agents, closedDays: closedDays)
        let openAgents = agents.map { agent in
            var open = agent
            for day in closedDays { open.windows[day.rawValue] = [] }
            return open
        }
        return GeneratedSeason.Week(
            week: week, files: files, closed: closed, agents: agents.count, away: away, sick: sick,
            requiredAgentHours: Double(requirement.reduce(0, +)) * Double(slotMinutes) / 60,
            offeredHours: openAgents.reduce(0) { $0 + $1.offeredHours }, scarce: scarce,
            slotsBelowRequirement: ScarceWeek.shortSlots(openAgents, requirement: requirement, grid: base.grid).count)
    }
}
