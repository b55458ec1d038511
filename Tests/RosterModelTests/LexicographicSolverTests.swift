import GLPKSolver
import HotlineDomain
import LinearModel
import RosterModel
import Testing

private func solve(_ plan: Plan, requirement: [Int]? = nil) throws -> RosterSolution {
    let need = requirement ?? Array(repeating: plan.settings.staffing.minAgents, count: plan.slots.count)
    let solver = LexicographicSolver(plan: plan, requirement: need) { program throws(ModelDefect) in try GLPKProblem(program) }
    return try solver.solve(SolvePolicy(timeLimitSeconds: 30))
}

@Test func tinyOneDaySplitsTheMorningEvenly() throws {
    let solution = try solve(SmallPlans.tinyOneDay)
    #expect(solution.status == .optimal)
    #expect(solution.components.floor == 0)
    #expect(solution.components.fairnessMax < 1e-6)
    #expect(solution.components.economy == 0)
    let windows = Set(solution.roster.shifts.map(\.window.description))
    #expect(windows == ["08:00-10:00", "10:00-12:00"])
    #expect(Set(solution.roster.shifts.map(\.agent.municipality)) == ["north", "south"])
}

/// No agents at all (every availability file empty is a warning, not an error): every slot is short
/// by its floor, which is then optimal, and nothing in the searches may divide by the agent count.
@Test func aPlanWithoutAgentsLeavesEverySlotShortAndIsOptimal() throws {
    let base = SmallPlans.tinyOneDay
    let plan = Plan(settings: base.settings, municipalities: base.municipalities, agents: [],
                    callsByMunicipality: base.callsByMunicipality, owedHours: [:], balanceAfterWeek: nil)
    let solution = try solve(plan)
    #expect(solution.roster.shifts.isEmpty)
    #expect(solution.components.floor == Double(plan.slots.count * plan.settings.staffing.minAgents))
    #expect(solution.status == .optimal)
}
