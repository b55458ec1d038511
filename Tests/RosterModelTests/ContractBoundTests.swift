import HotlineDomain
@testable import RosterModel
import Testing

/// The contracts bound: the least shortfall a municipality's agents allow at each total it may take,
/// and, once both fairness stages are fixed, what the fixed debts' sum still allows.
struct ContractBoundTests {
    /// North has two agents contracted for 3 h each, free Monday 08–12 (shifts 2–4 h, 1-hour slots):
    /// at 2 h in all one works 2 h (short 1 h + 3 h); at 4 h 2 + 2 (short 1 + 1), better than 4 + 0
    /// (short 3); at 5 h 2 + 3 (short 1); at 6 h 3 + 3 (none). South has no contracts.
    @Test(arguments: [(2, 4.0), (4, 2.0), (5, 1.0), (6, 0.0), (8, 0.0)])
    func leastShortfallAtATotal(total: Int, expected: Double) {
        let bound = Self.bound()
        let value = bound.value { m, slots in m == 0 ? slots == total : true }
        #expect(abs(value - expected) < 1e-9, "at \(total) h: \(value)")
    }

    /// Where several totals are allowed the least among them counts.
    @Test func leastOverTheAllowedTotals() {
        #expect(Self.bound().value { m, slots in m != 0 || slots == 4 || slots == 5 } == 1)
    }

    /// North's agent is contracted for 6 h; at H = 8 north may take 4 h (debt 0) or 6 h (debt 2 h),
    /// south 4 h (debt 0) or 2 h (debt 2 h), and the totals add up to 8: 4 + 4 (debts 0, north 2 h
    /// short) or 6 + 2 (debts 4 h, none short). With the debts' sum capped below 4 north stays at
    /// 4 h; with a cap of 2 the relaxation prices a debt hour at ½: 2 − 1 = 1 h (the true least is
    /// 2 h; a bound need only be below).
    @Test(arguments: [(Double?.none, 0.0), (0, 2), (2, 1), (4, 0)])
    func theFixedDebtSumLimitsContractHours(debtSumCap: Double?, bound: Double) {
        let contract = Self.sixHourContract()
        let options = { (m: Int, _: Int) -> [(slots: Int, debt: Double)] in m == 0 ? [(4, 0), (6, 2)] : [(4, 0), (2, 2)] }
        #expect(contract.value(totals: 8...8, options: options, debtSumCap: debtSumCap) == bound)
    }

    /// The same contract without any cap on the debts: north reaches 6 h only if south can take
    /// 2 h, since the municipalities' totals add up to H = 8 (taking each one's best total alone
    /// would give north 6 h from nowhere).
    @Test(arguments: [([4], 2.0), ([2, 4], 0.0)])
    func theTotalsAddUpToH(southTotals: [Int], bound: Double) {
        let contract = Self.sixHourContract()
        let options = { (m: Int, _: Int) -> [(slots: Int, debt: Double)] in m == 0 ? [(4, 0), (6, 0)] : southTotals.map { ($0, 0) } }
        #expect(contract.value(totals: 8...8, options: options, debtSumCap: nil) == bound)
    }

    /// Monday 08–14, shifts 2–6 h: north's n1 contracted for 6 h, south's s1 without a contract.
    private static func sixHourContract() -> ContractBound {
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
        return ContractBound(plan: plan, reachable: model.reachable, slotHours: model.slotHours)
    }

    private static func bound() -> ContractBound {
        let morning: [Weekday: [TimeWindow]] = [.mon: [SmallPlans.window("08:00", "12:00")]]
        let base = SmallPlans.tinyOneDay
        let plan = Plan(
            settings: base.settings, municipalities: base.municipalities,
            agents: [
                SmallPlans.agent("north", "n1", max: 4, min: 3, windows: morning),
                SmallPlans.agent("north", "n2", max: 4, min: 3, windows: morning),
                SmallPlans.agent("south", "s1", max: 4, windows: morning),
            ],
            callsByMunicipality: base.callsByMunicipality, owedHours: [:], balanceAfterWeek: nil)
        let catalog = ShiftCatalog(plan: plan)
        return ContractBound(plan: plan, reachable: ReachableHours(plan: plan, catalog: catalog), slotHours: 1)
    }
}
