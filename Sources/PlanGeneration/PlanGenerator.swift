import HotlineDomain
import Staffing

/// Generates a valid planning folder of a requested size: deterministic per seed, with the variety
/// of a real hotline, and staffable with floor = service = 0 (proven by a greedy roster).
public enum PlanGenerator {
    /// Required agent-hours per agent the forecast volume is scaled to: the bundled plan's ratio
    /// (about 17 contacts per agent there; larger lines pool better, so each agent goes further).
    static let requiredHoursPerAgent = 4.0
    /// The least volume: 17 contacts per agent, as in the bundled plan.
    static let contactsPerAgent = 17.0
    /// Every slot is covered by the windows of at least this many times its requirement …
    static let coverageFactor = 1.5
    /// … and by at least this many agents where there are enough of them.
    static let minimumCoverage = 8
    /// Offered hours above `offerLimit` × required are trimmed to `offerGoal` × required.
    static let offerLimit = 2.0
    static let offerGoal = 1.85
    /// Rounds of "greedy roster falls short → widen availability there" before giving up.
    static let repairRounds = 400

    /// The staffable week every generated plan starts from: what `generate` writes without
    /// `--scarce`, before it becomes files; a season's weeks are drawn from it.
    struct BaseWeek {
        let settings: Settings
        let grid: WeekGrid
        let municipalities: [DanishMunicipality]
        let forecast: ContactForecast
        let requirement: [Int]
        let agents: [AgentDraft]
        let minimumCoverage: Int
        let rosterMinutes: Int
    }

    public static func generate(_ request: GenerationRequest) throws(GenerationError) -> GeneratedPlan {
        let base = try baseWeek(request)
        let municipalities = base.municipalities, forecast = base.forecast, requirement = base.requirement, grid = base.grid
        let settings = base.settings
        let calls = forecast.callsPerSlot(slotMinutes: request.slotMinutes)
        let requiredHours = Double(requirement.reduce(0, +)) * settings.slotHours
        var agents = base.agents
        var absent: [Int] = []
        if request.scarce {
            (agents, absent) = ScarceWeek.apply(
                to: agents, municipalities: municipalities.count, requirement: requirement, grid: grid, seed: request.seed)
        }
        // Also where flu took the days a minimum needed: nobody is held to hours they cannot work.
        ContractTerms.fitMinimums(&agents)
        let plan = Plan(
            settings: settings,
            municipalities: municipalities.map {
                Municipality(id: $0.id, code: $0.code, name: $0.name, region: $0.region, population: $0.population, weight: nil)
            },
            agents: agents.map { PlanText.agent($0, municipality: municipalities[$0.municipality].id) },
            callsByMunicipality: Dictionary(uniqueKeysWithValues: zip(municipalities.map(\.id), calls)),
            owedHours: [:], balanceAfterWeek: nil)
        let figures = GenerationFigures(
            municipalities: municipalities.count, agents: agents.count, contacts: forecast.totalContacts,
            requiredAgentHours: requiredHours, offeredHours: agents.reduce(0) { $0 + $1.offeredHours },
            minimumCoverage: base.minimumCoverage, greedyRosterHours: request.scarce ? nil : Double(base.rosterMinutes) / 60,
            absentMunicipalities: absent.map { municipalities[$0].name },
            slotsBelowRequirement: request.scarce ? ScarceWeek.shortSlots(agents, requirement: requirement, grid: grid).count : 0)
        return GeneratedPlan(
            request: request, plan: plan,
            files: PlanText.files(request: request, municipalities: municipalities, forecast: forecast, agents: agents),
            figures: figures)
    }

    /// Draws the municipalities, the forecast and the agents, and proves the week staffable.
    static func baseWeek(_ request: GenerationRequest) throws(GenerationError) -> BaseWeek {
        if let problem = request.problems.first { throw problem }
        guard let settings = WeekTemplate.settings(slotMinutes: request.slotMinutes) else {
            throw GenerationError(nil, "the template week \(WeekTemplate.week) is not a valid ISO week", expected: "a valid template")
        }
        var random = SeededRandom(seed: request.seed)
        let grid = WeekGrid(slotMinutes: request.slotMinutes)
        let municipalities = DanishMunicipalities.pick(request.municipalities, random: &random)
        let forecast = calibratedForecast(municipalities: municipalities, request: request, settings: settings, random: &random)

        let calls = forecast.callsPerSlot(slotMinutes: request.slotMinutes)
        let requirement = requirements(calls: calls, settings: settings)
        let requiredHours = Double(requirement.reduce(0, +)) * settings.slotHours
        let totals = forecast.tenths.map { Double($0.reduce(0, +)) }
        let shares = totals.map { $0 / max(totals.reduce(0, +), 1) }

        // Islands send a single agent only where the others have agents to spare (4 each in the
        // bundled plan); in a thinly staffed plan every agent has to carry a full share.
        let islandsScarce = municipalities.contains { !$0.isScarce } && request.agents >= 3 * request.municipalities
        let scarce = municipalities.map { $0.isScarce && islandsScarce }
        let counts = AgentApportionment.counts(agents: request.agents, weights: shares, scarce: scarce)
        let drafting = AgentDrafting(
            slotMinutes: request.slotMinutes, municipalities: municipalities, counts: counts, scarce: scarce,
            budgets: shares.map { AgentDrafting.initialOfferRatio * $0 * requiredHours })
        var repair = CoverageRepair(agents: drafting.draft(random: &random), grid: grid, budgets: drafting.budgets)

        let floorCover = min(minimumCoverage, max(settings.staffing.minAgents + 1, repair.flexibleCount / 3))
        var target = requirement.map { min(repair.flexibleCount, max(floorCover, Int((coverageFactor * Double($0)).rounded(.up)))) }
        if let slot = repair.raise(to: target, slotMinutes: request.slotMinutes, random: &random) {
            throw cannotStaff(slot, grid: grid, request: request)
        }
        repair.trim(target: target, requiredHours: requiredHours, goal: offerGoal, limit: offerGoal) { _, _ in nil }
        var agents = repair.agents
        ContractTerms.assign(&agents, random: &random)
        repair = CoverageRepair(agents: agents, grid: grid, budgets: drafting.budgets)

        let shifts = try proveStaffable(&repair, target: &target, requirement: requirement, request: request, random: &random)
        // Surplus availability goes only where the proof roster has no shift, so the proof stands.
        repair.trim(target: target, requiredHours: requiredHours, goal: offerGoal, limit: offerLimit) { a, day in
            shifts[a][day.rawValue]
        }
        let rosterMinutes = shifts.reduce(0) { $0 + $1.reduce(0) { $0 + ($1?.minutes ?? 0) } }
        return BaseWeek(
            settings: settings, grid: grid, municipalities: municipalities, forecast: forecast, requirement: requirement,
            agents: repair.agents, minimumCoverage: repair.coverage.min() ?? 0, rosterMinutes: rosterMinutes)
    }

    /// Runs the greedy roster until it staffs every slot, each time it falls short adding availability
    /// at that slot (or, where every flexible agent is available already, contract hours). Returns the
    /// roster's shifts per agent and weekday.
    private static func proveStaffable(
        _ repair: inout CoverageRepair, target: inout [Int], requirement: [Int], request: GenerationRequest,
        random: inout SeededRandom
    ) throws(GenerationError) -> [[Span?]] {
        for _ in 0..<repairRounds {
            switch GreedyRoster(agents: repair.agents, requirement: requirement, grid: repair.grid).run() {
            case .staffed(let shifts):
                return shifts
            case .short(let slot):
                target[slot] = max(target[slot], repair.coverage[slot] + 1)
                if let full = repair.raise(to: target, slotMinutes: request.slotMinutes, random: &random) {
                    target[full] = repair.coverage[full]
                    guard repair.loosenContracts(at: slot) else { throw cannotStaff(slot, grid: repair.grid, request: request) }
                }
            }
        }
        switch GreedyRoster(agents: repair.agents, requirement: requirement, grid: repair.grid).run() {
        case .staffed(let shifts): return shifts
        case .short(let slot): throw cannotStaff(slot, grid: repair.grid, request: request)
        }
    }

    /// The forecast scaled so the week needs about `requiredHoursPerAgent` agent-hours per agent
    /// (never fewer than `contactsPerAgent` contacts per agent), found by bisection on the volume.
    static func calibratedForecast(
        municipalities: [DanishMunicipality], request: GenerationRequest, settings: Settings, random: inout SeededRandom
    ) -> ContactForecast {
        let least = contactsPerAgent * Double(request.agents)
        let base = ContactForecast(municipalities: municipalities, weeklyContacts: least, random: &random)
        let goal = requiredHoursPerAgent * Double(request.agents)
        func hours(_ forecast: ContactForecast) -> Double {
            Double(requirements(calls: forecast.callsPerSlot(slotMinutes: request.slotMinutes), settings: settings).reduce(0, +))
                * settings.slotHours
        }
        guard hours(base) < goal else { return base }
        var low = least, high = 2 * least
        while hours(base.rescaled(to: high)) < goal { low = high; high *= 2 }
        for _ in 0..<30 {
            let middle = (low + high) / 2
            if hours(base.rescaled(to: middle)) < goal { low = middle } else { high = middle }
        }
        return base.rescaled(to: high)
    }

    /// r_t on the pooled calls. The calls are summed in municipality order and nudged up by one part
    /// in 10⁹, so a later sum in another order can never need an agent more than this proof provided.
    static func requirements(calls: [[Double]], settings: Settings) -> [Int] {
        let slots = calls.first?.count ?? 0
        var pooled = Array(repeating: 0.0, count: slots)
        for series in calls {
            for (slot, value) in series.enumerated() { pooled[slot] += value }
        }
        let nudged = pooled.map { $0 * (1 + 1e-9) }
        let plan = Plan(settings: settings, municipalities: [], agents: [], callsByMunicipality: ["pooled": nudged],
                        owedHours: [:], balanceAfterWeek: nil)
        return StaffingPlan(plan: plan).slots.map(\.required)
    }

    private static func cannotStaff(_ slot: Int, grid: WeekGrid, request: GenerationRequest) -> GenerationError {
        let day = grid.day(ofSlot: slot), start = TimeOfDay(minutes: grid.startMinute(ofSlot: slot))
        return GenerationError(
            .agents,
            "\(request.agents) agents in \(request.municipalities) municipalities cannot staff the slot \(day.code) \(start) with 3–8 hour shifts",
            expected: "more agents per municipality, such as \(max(request.agents * 2, request.municipalities * 4))")
    }
}
