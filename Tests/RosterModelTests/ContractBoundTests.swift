import HotlineDomain
@testable import RosterModel
import Testing

/// The contracts bound once both fairness stages are fixed: a municipality whose contracted agent
/// needs more hours than its fair share can only get them by raising the debts' sum.
struct ContractBoundTests {
    /// North's agent is contracted for 6 h; at every total H north may take 4 h (debt 0) or 6 h
    /// (debt 2 h), south only 4 h (debt 0). With the debts' sum capped at 0 north stays at 4 h: 2 h
    /// short. With a cap of 2 it may take 6 h. With a cap of 1 the relaxation prices a debt hour at
    /// 1: 2 − 1 = 1 h (the true least is 2 h, since 5 h is not allowed; a bound need only be below).
    @Test(arguments: [(Double?.none, 0.0), (0, 2), (1, 1), (2, 0)])
    func theFixedDebtSumLimitsContractHours(debtSumCap: Double?, bound: Double) {
        let day: [Weekday: [TimeWindow]] = [.mon: [SmallPlans.window("08:00", "14:00")]]
        let plan = Plan(
            settings: SmallPlans.settings(opening: day, minAgents: 0, minShift: 2, maxShift: 6),
            municipalities: [SmallPlans.municipality("north", population: 1000), SmallPlans.municipality("south", population: 1000)],
            agents: [
                SmallPlans.agent("north", "n1", max: 8, min: 6, windows: day),
                SmallPlans.agent("south", "s1", max: 8, windows: day),
            ],
            callsByMunicipality: ["north": Array(repeating: 0, count: 6), "south": Array(repeating: 0, count: 6)],
            owedHours: [:], balanceAfterWeek: nil)
        let model = RosterProgram(plan: plan, requirement: Array(repeating: 1, count: 6))
        let contract = ContractBound(plan: plan, reachable: model.reachable, slotHours: model.slotHours)
        let options = { (m: Int, _: Int) -> [(slots: Int, debt: Double)] in m == 0 ? [(4, 0), (6, 2)] : [(4, 0)] }
        #expect(contract.value(totals: 8...8, options: options, debtSumCap: debtSumCap) == bound)
    }
}
