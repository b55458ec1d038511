import HotlineDomain
@testable import RosterModel
import Testing

/// The exact chains that raise agents below their contracted minimum while every municipality's
/// total and every slot's need stay as they are.
struct ContractRepairTests {
    /// The hand-over week (`HandOverWeek`): the only roster without shortfall at the same totals
    /// is n1 taking Tuesday (north +3), n2 giving Monday up, south's s1 covering it, and s2 giving
    /// back the Tuesday that n1 now staffs.
    @Test func fourAgentChainRaisesTheAgentAtFixedTotals() throws {
        let week = try HandOverWeek()
        let result = ContractRepair(model: week.model, plan: week.plan).repaired(from: week.start, need: week.need, deadline: .none)
        let found = try #require(result, "no chain found")
        #expect(found == [try week.shift("n1", first: 3), try week.shift("s1", first: 0)])
        #expect(TwoDayPlans.contractShortfall(found, model: week.model) == 0)
    }

    /// Monday 08–14, one agent-slot an hour, shifts 2–4 h. North's n1 (contracted 4 h, free 08–12)
    /// works 08–11 and n2 11–14; south's s1 works 08–12, so 08–12 is staffed twice. n1 can take
    /// 11:00 from n2 (north's total stays 6), or work 08–12 while n2 gives up an hour staffed twice.
    @Test func colleagueGivesBackHoursTheRosterStaffsBeyondTheNeed() throws {
        let day: [Weekday: [TimeWindow]] = [.mon: [SmallPlans.window("08:00", "14:00")]]
        let plan = TwoDayPlans.twoDayPlan(
            monday: day, tuesday: [:], minShift: 2, maxShift: 4,
            agents: [SmallPlans.agent("north", "n1", max: 8, min: 4, windows: [.mon: [SmallPlans.window("08:00", "12:00")]]),
                     SmallPlans.agent("north", "n2", max: 8, windows: day), SmallPlans.agent("south", "s1", max: 8, windows: day)])
        let model = RosterProgram(plan: plan, requirement: Array(repeating: 1, count: 6))
        let start: Set<Int> = [
            try TwoDayPlans.shift("n1", first: 0, length: 3, plan: plan, model: model),
            try TwoDayPlans.shift("n2", first: 3, length: 3, plan: plan, model: model),
            try TwoDayPlans.shift("s1", first: 0, length: 4, plan: plan, model: model),
        ]
        let need = Array(repeating: 1, count: 6)
        #expect(TwoDayPlans.contractShortfall(start, model: model) == 1)

        let result = ContractRepair(model: model, plan: plan).repaired(from: start, need: need, deadline: .none)
        let found = try #require(result, "no chain found")
        #expect(TwoDayPlans.contractShortfall(found, model: model) == 0)
        #expect(model.municipalitySlots(of: found) == model.municipalitySlots(of: start))
        #expect(model.keptNeed(of: found) == need)
    }

    /// The hand-over week without s1: nobody from south can work Monday, so n2 cannot give it up,
    /// n1 stays short, and the repair reports that it found nothing.
    @Test func noChainLeavesTheRosterAsItIs() throws {
        let week = try HandOverWeek(withMondayCover: false)
        let result = ContractRepair(model: week.model, plan: week.plan).repaired(from: week.start, need: week.need, deadline: .none)
        #expect(result == nil)
    }
}
