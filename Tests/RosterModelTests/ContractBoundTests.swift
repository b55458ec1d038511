import HotlineDomain
@testable import RosterModel
import Testing

/// The contracts bound: the least shortfall a municipality's agents allow at each total it may take.
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
