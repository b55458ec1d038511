import GLPKSolver
import HotlineDomain
import LinearModel
import RosterModel
import Testing

/// Contract v2: each stage may give up its tolerance so that later stages improve, and
/// fairness_spread spreads a debt that nobody can avoid.
@Suite struct PriorityToleranceTests {
    private static func solve(_ plan: Plan) throws -> RosterSolution {
        let need = Array(repeating: plan.settings.staffing.minAgents, count: plan.slots.count)
        let solver = LexicographicSolver(plan: plan, requirement: need) { program throws(ModelDefect) in try GLPKProblem(program) }
        return try solver.solve(SolvePolicy(timeLimitSeconds: 30))
    }

    /// Monday 08–12, one agent an hour (R = 4 agent-slots), shifts 3–4 h, north and south equally
    /// large. South's s1 is free 08–11 only. Covering with exactly 4 agent-hours needs n1 alone
    /// 08–12 (north 4 h against a target of 2: largest debt 2). With s1 08–11, n1 must cover 11–12
    /// with a 3-hour shift, 09–12: two agent-slots beyond the need (H = 6, targets 3: debts 0).
    static func lopsidedMorning(_ economy: PriorityTolerance?) -> Plan {
        let morning = SmallPlans.window("08:00", "12:00")
        let priorities = [Priority(.floor), Priority(.service), Priority(.economy, tolerance: economy), Priority(.fairnessMax),
                          Priority(.contracts), Priority(.economy)]
        return Plan(
            settings: SmallPlans.settings(opening: [.mon: [morning]], minAgents: 1, minShift: 3, priorities: priorities),
            municipalities: [SmallPlans.municipality("north", population: 1000), SmallPlans.municipality("south", population: 1000)],
            agents: [
                SmallPlans.agent("north", "n1", max: 4, windows: [.mon: [morning]]),
                SmallPlans.agent("south", "s1", max: 4, windows: [.mon: [SmallPlans.window("08:00", "11:00")]]),
            ],
            callsByMunicipality: ["north": [0, 0, 0, 0], "south": [0, 0, 0, 0]], owedHours: [:], balanceAfterWeek: nil)
    }

    @Test("an economy tolerance buys fairness, and no more staffing than it allows", arguments: [
        (PriorityTolerance?.none, 0.0, 2.0, 0.0),
        (.absolute(1), 1.0, 2.0, 0.0),
        (.absolute(1.5), 1.5, 2.0, 0.0),
        (.absolute(2), 2.0, 0.0, 2.0),
        (.absolute(3), 3.0, 0.0, 2.0),
        (.percentOfRequirement(25), 1.0, 2.0, 0.0),
        (.percentOfRequirement(50), 2.0, 0.0, 2.0),
    ])
    func economyToleranceBuysFairness(tolerance: PriorityTolerance?, limit: Double, largestDebt: Double, economy: Double) throws {
        let solution = try Self.solve(Self.lopsidedMorning(tolerance))
        #expect(solution.status == .optimal)
        let stages = solution.stages
        #expect(stages.map(\.stage) == [.floor, .service, .economy, .fairnessMax, .contracts, .economy])
        #expect(stages[2].objective == 0)
        #expect(abs(stages[2].tolerance - limit) < 1e-9 && abs(stages[2].limit - limit) < 1e-9)
        #expect(abs(stages[3].objective - largestDebt) < 1e-6)
        #expect(abs(solution.components.fairnessMax - largestDebt) < 1e-6)
        // The economy stage again, last: as lean as the fixed fairness allows, within the limit.
        #expect(solution.components.economy == economy)
        #expect(solution.components.economy <= stages[2].limit + 1e-9)
    }

    /// Monday 08–14, one agent an hour, three equally large municipalities; "island" sends nobody,
    /// so it owes its 2 h whatever the roster. Σ owed_after is fixed by the ledger (0), so the debt
    /// sum cannot tell 3 h + 3 h (debts −1, −1) from 4 h + 2 h (debts −2, 0); the squares can:
    /// 4 + 1 + 1 = 6 against 4 + 4 + 0 = 8.
    @Test func fairnessSpreadSharesAnUnavoidableDebt() throws {
        let day = SmallPlans.window("08:00", "14:00")
        let priorities = [Priority(.floor), Priority(.service), Priority(.economy), Priority(.fairnessMax),
                          Priority(.fairnessSpread), Priority(.contracts)]
        let plan = Plan(
            settings: SmallPlans.settings(opening: [.mon: [day]], minAgents: 1, maxShift: 4, priorities: priorities),
            municipalities: ["east", "west", "island"].map { SmallPlans.municipality($0, population: 1000) },
            agents: [
                SmallPlans.agent("east", "e1", max: 4, windows: [.mon: [day]]),
                SmallPlans.agent("west", "w1", max: 4, windows: [.mon: [day]]),
            ],
            callsByMunicipality: Dictionary(uniqueKeysWithValues: ["east", "west", "island"].map { ($0, Array(repeating: 0.0, count: 6)) }),
            owedHours: [:], balanceAfterWeek: nil)
        let solution = try Self.solve(plan)
        #expect(solution.status == .optimal)
        let spread = try #require(solution.stages.first { $0.stage == .fairnessSpread })
        #expect(abs(spread.objective - 6) < 1e-6 && abs(spread.bound - 6) < 1e-6)
        #expect(abs(solution.components.fairnessSpread - 6) < 1e-6)
        #expect(abs(solution.components.fairnessMax - 2) < 1e-6)
        let hours = Dictionary(grouping: solution.roster.shifts, by: \.agent.municipality).mapValues { $0.reduce(0) { $0 + $1.hours } }
        #expect(hours == ["east": 3, "west": 3])
    }
}
