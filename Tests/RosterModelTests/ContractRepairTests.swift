import HotlineDomain
@testable import RosterModel
import SeededRandomness
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
    /// works 08–11 and n2 11–14; south's s1 works 08–12, so 08–12 is staffed twice. n1 reaches 4 h
    /// with north's total unchanged (n1 08–12 while n2 moves to 08–10 and s1 to 10–14, for one).
    @Test func shortfallDropsAtFixedTotalsAndCoverage() throws {
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

    /// The hand-over week with n1 and s1 contracted for ¼ h and s2 for 1 h: the chain would lift n1
    /// and s1 by a slot each and leave s2 a slot short, fewer slots below minimums but ½ h more
    /// shortfall, so there is nothing to repair.
    @Test func aChainThatCostsHoursIsNoRepair() throws {
        let week = try HandOverWeek(minimums: ["n1": 0.25, "s1": 0.25, "s2": 1])
        #expect(TwoDayPlans.contractShortfall(week.start, model: week.model) == 0.5)
        let result = ContractRepair(model: week.model, plan: week.plan).repaired(from: week.start, need: week.need, deadline: .none)
        #expect(result == nil)
    }

    /// Random small weeks (one to three days, two or three municipalities, minimums on quarter hours
    /// in 1-hour slots) from random valid starts: whatever the repair returns keeps every
    /// municipality's total and every slot's need, and has less shortfall in hours, as the contracts
    /// objective counts it (a count of slots below minimums rounded up to slots once accepted a chain
    /// that cost 0.25 h more); some weeks must have a chain at all.
    @Test(arguments: 0..<6)
    func repairedRostersKeepTotalsAndNeedAndLowerTheHoursShort(block: Int) throws {
        var repaired = 0
        for seed in (block * 500)..<((block + 1) * 500) {
            var random = SplitMix64(seed: UInt64(seed))
            let pick = { (count: Int) in random.index(below: count) }
            let week = Self.randomWeek(pick)
            let model = RosterProgram(plan: week.plan, requirement: week.requirement)
            let start = Self.randomRoster(model: model, plan: week.plan, changes: 40, pick)
            let need = model.keptNeed(of: start)
            let before = TwoDayPlans.contractShortfall(start, model: model)
            guard before > 0, let found = ContractRepair(model: model, plan: week.plan).repaired(from: start, need: need, deadline: .none)
            else { continue }
            repaired += 1
            #expect(model.municipalitySlots(of: found) == model.municipalitySlots(of: start), "seed \(seed)")
            #expect(zip(model.keptNeed(of: found), need).allSatisfy { $0 >= $1 }, "seed \(seed)")
            #expect(TwoDayPlans.contractShortfall(found, model: model) < before - 1e-9, "seed \(seed)")
        }
        #expect(repaired > 0)
    }

    private static func randomWeek(_ pick: (Int) -> Int) -> (plan: Plan, requirement: [Int]) {
        let days = Array([Weekday.mon, .tue, .wed].prefix(1 + pick(3)))
        let opening = Dictionary(uniqueKeysWithValues: days.map { ($0, [SmallPlans.window("08:00", "14:00")]) })
        let municipalities = Array(["north", "south", "east"].prefix(2 + pick(2)))
        let hour = { (value: Int) in (value < 10 ? "0" : "") + "\(value):00" }
        let agents = (0..<(3 + pick(6))).map { index -> Agent in
            var windows: [Weekday: [TimeWindow]] = [:]
            for day in days where pick(3) > 0 {
                let from = 8 + pick(3)
                windows[day] = [SmallPlans.window(hour(from), hour(min(14, from + 2 + pick(5))))]
            }
            let most = Double(3 + pick(8))
            let least = min(most, Double(pick(Int(most) + 1)) + [0, 0.25, 0.5, 0.75][pick(4)])
            return SmallPlans.agent(municipalities[pick(municipalities.count)], "a\(index)", max: most, min: least, days: 1 + pick(3), windows: windows)
        }
        let slots = days.count * 6
        let plan = Plan(
            settings: SmallPlans.settings(opening: opening, minAgents: 0, minShift: 2, maxShift: Double(3 + pick(2)), rest: pick(2) == 0 ? 11 : 19),
            municipalities: municipalities.map { SmallPlans.municipality($0, population: 1000) }, agents: agents,
            callsByMunicipality: Dictionary(uniqueKeysWithValues: municipalities.map { ($0, Array(repeating: 0.0, count: slots)) }),
            owedHours: [:], balanceAfterWeek: nil)
        return (plan, (0..<slots).map { _ in 1 + pick(2) })
    }

    /// Up to `changes` random agent-day changes that keep every agent's week valid.
    private static func randomRoster(model: RosterProgram, plan: Plan, changes: Int, _ pick: (Int) -> Int) -> Set<Int> {
        let slots = model.requirement.count
        var state = SearchState(model: model, plan: plan, chosen: [],
                                goal: TotalsSearch.Goal(targets: nil, need: Array(repeating: 0, count: slots), contractLimit: nil))
        for _ in 0..<changes {
            let agent = pick(plan.agents.count)
            let workable = state.shiftsByAgentDay[agent].enumerated().filter { !$0.element.isEmpty }
            guard !workable.isEmpty else { continue }
            let (day, options) = workable[pick(workable.count)]
            let change = AgentDayChange(agent: agent, day: day, shift: options[pick(options.count)])
            if state.delta(of: change).isFinite { state.apply(change) }
        }
        return state.roster
    }
}
