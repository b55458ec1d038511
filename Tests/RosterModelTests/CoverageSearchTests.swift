import GLPKSolver
import HotlineDomain
import LinearModel
@testable import RosterModel
import SeededRandomness
import Testing

/// The two tools for rosters that staff little beyond the need: the shapes' lower bound on the total
/// hours H and the search that brings a roster down to it.
struct CoverageSearchTests {
    /// Monday 08–14 in 1-hour slots, one agent-slot needed every hour, every shift exactly 4 h. The
    /// 08:00 slot is covered only by 08–12 and the 13:00 slot only by 10–14, so no roster staffs fewer
    /// than 8 agent-slots. With shortfall allowed the bound is the LP's: 6 with one short slot (half
    /// of 10–14 and two half-short slots), 4 with two (08–12 alone).
    @Test(arguments: [(0, 8), (1, 6), (2, 4)])
    func shapesForceOverstaffing(allowedShortfall: Int, least: Int) {
        let model = RosterProgram(plan: Self.plan(minShift: 4, maxShift: 4), requirement: Array(repeating: 1, count: 6))
        let total = CoverageShapeBound(model: model).leastTotal(allowedShortfall: allowedShortfall) { program throws(ModelDefect) in
            try GLPKProblem(program)
        }
        #expect(total == least)
    }

    /// Both agents work all day (12 agent-slots) where one agent-slot an hour is needed: the search
    /// finds a roster with exactly 6 that still covers every hour.
    @Test func leastStaffingRemovesEveryAgentSlotBeyondTheNeed() throws {
        let model = RosterProgram(plan: Self.plan(minShift: 2, maxShift: 6), requirement: Array(repeating: 1, count: 6))
        let wholeDays = Set(model.catalog.shifts.indices.filter { model.catalog.shifts[$0].length == 6 })
        #expect(wholeDays.count == 2)
        let need = Array(repeating: 1, count: 6)
        let found = try #require(TotalsSearch(model: model, plan: Self.plan(minShift: 2, maxShift: 6)).leastStaffing(
            from: wholeDays, need: need, seed: 1, deadline: .none))
        #expect(model.municipalitySlots(of: found).reduce(0, +) == 6)
        #expect(model.keptNeed(of: found) == need)
    }

    /// North's agent works Monday 08–14 alone, one agent-slot needed every hour; north, south and
    /// east share equally, north owes 2 h from earlier weeks and east has no agents, so east's debt
    /// share·H reaches the fixed largest debt (2 h) at H = 6: no roster may staff a slot more. Debts
    /// start at −2, +2 and 2 (sum 6); with H held at 6 the sum is 2 + 2·|4 − north's hours|, least
    /// with north 4 h and south 2 h. Single changes open a hole or raise H, a whole hand-over only
    /// swaps the debts: the search must move the boundary between the two agents (an exchange).
    @Test func debtSumSearchMovesHoursBetweenAgentsAtFixedCoverage() throws {
        let day: [Weekday: [TimeWindow]] = [.mon: [SmallPlans.window("08:00", "14:00")]]
        let plan = Plan(
            settings: SmallPlans.settings(opening: day, minAgents: 0, minShift: 2, maxShift: 6),
            municipalities: ["north", "south", "east"].map { SmallPlans.municipality($0, population: 1000) },
            agents: [SmallPlans.agent("north", "n1", max: 8, windows: day), SmallPlans.agent("south", "s1", max: 3, windows: day)],
            callsByMunicipality: Dictionary(uniqueKeysWithValues: ["north", "south", "east"].map { ($0, Array(repeating: 0.0, count: 6)) }),
            owedHours: ["north": 2], balanceAfterWeek: nil)
        let model = RosterProgram(plan: plan, requirement: Array(repeating: 1, count: 6))
        let north = try #require(model.catalog.shifts.indices.first { model.catalog.shifts[$0].length == 6 && model.catalog.shifts[$0].agent == 0 })
        let need = Array(repeating: 1, count: 6)
        let debtSum = { (chosen: Set<Int>) in model.signedDebts(at: model.completePoint(chosen: chosen)).reduce(0) { $0 + abs($1) } }
        #expect(abs(debtSum([north]) - 6) < 1e-9)
        let found = try #require(TotalsSearch(model: model, plan: plan).leastDebtSum(
            from: [north], need: need, cap: 2, seed: 1, deadline: .none))
        #expect(abs(debtSum(found) - 2) < 1e-9)
        // Municipalities in id order: east, north, south.
        #expect(model.municipalitySlots(of: found) == [0, 4, 2])
        #expect(model.keptNeed(of: found) == need)
        // The debt-sum stage's rounds end at the least sum of the roster's own H (2 at H = 6), not before.
        let solver = LexicographicSolver(plan: plan, requirement: Array(repeating: 1, count: 6)) { program throws(ModelDefect) in
            try GLPKProblem(program)
        }
        #expect(!solver.reachesLeastDebtSumOfItsTotal([north], largest: 2))
        #expect(solver.reachesLeastDebtSumOfItsTotal(found, largest: 2))
    }

    /// Monday 08–14 and Tuesday 08–11, one agent-slot an hour, shifts 2–6 h. North and south have
    /// 4/9 of the demand each, east (no agents) 1/9, and north is owed 1 h: at H = 9 the targets are
    /// north 5, south 4, east 1, and east's debt of H/9 is the fixed largest debt (1 h), so H cannot
    /// rise. North's n1 (weekly maximum 4 h) works Monday 08–12 beside south's s1 12–14, and south's
    /// s2 works Tuesday: debts 1, 1, 1. North can only reach 5 h if its n2 takes Tuesday's whole
    /// shift (north 7 h, debt 2) and n1 hands two Monday hours to s1 (north 2 h first: debt 3): each
    /// half breaks the cap, the two together reach the least sum, 1 (east's debt alone). Like Morsø
    /// on the national week seed 1, whose agents gain hours only as a whole Saturday shift.
    @Test(arguments: [UInt64(1), 2, 3])
    func debtSumChainPassesBeyondTheCapsToAWholeShiftOnAnotherDay(seed: UInt64) throws {
        let (monday, tuesday) = TwoDayPlans.mondayTuesday(until: "14:00", "11:00")
        let plan = TwoDayPlans.twoDayPlan(
            monday: monday, tuesday: tuesday, minShift: 2, maxShift: 6,
            municipalities: [("north", 4000), ("south", 4000), ("east", 1000)], owed: ["north": 1],
            agents: [SmallPlans.agent("north", "n1", max: 4, windows: monday), SmallPlans.agent("north", "n2", max: 3, windows: tuesday),
                     SmallPlans.agent("south", "s1", max: 8, windows: monday), SmallPlans.agent("south", "s2", max: 8, windows: tuesday)])
        let model = RosterProgram(plan: plan, requirement: Array(repeating: 1, count: 9))
        let shift = { (id: String, first: Int, length: Int) in try TwoDayPlans.shift(id, first: first, length: length, plan: plan, model: model) }
        let start: Set<Int> = [try shift("n1", 0, 4), try shift("s1", 4, 2), try shift("s2", 6, 3)]
        let need = Array(repeating: 1, count: 9)
        let debts = { (chosen: Set<Int>) in model.signedDebts(at: model.completePoint(chosen: chosen)).map { abs($0) } }
        #expect(debts(start).allSatisfy { abs($0 - 1) < 1e-9 })
        let result = TotalsSearch(model: model, plan: plan).leastDebtSum(from: start, need: need, cap: 1, stopAt: 1, seed: seed, deadline: .none)
        let found = try #require(result, "no roster with a debt sum below 3 h")
        #expect(abs(debts(found).reduce(0, +) - 1) < 1e-9)
        // Municipalities in id order: east, north, south.
        #expect(model.municipalitySlots(of: found) == [0, 5, 4])
        #expect(model.keptNeed(of: found) == need)
    }

    /// The second link of an ejection chain starts in the municipality the first left worse off:
    /// an exchange asked to start from a colleague of south's agent re-divides a shift of south's.
    @Test(arguments: [UInt64(1), 2, 3, 4, 5])
    func aChainedExchangeStartsInTheColleaguesMunicipality(seed: UInt64) throws {
        let day: [Weekday: [TimeWindow]] = [.mon: [SmallPlans.window("08:00", "14:00")]]
        let plan = Plan(
            settings: SmallPlans.settings(opening: day, minAgents: 0, minShift: 1, maxShift: 6),
            municipalities: ["north", "south"].map { SmallPlans.municipality($0, population: 1000) },
            agents: [SmallPlans.agent("north", "n1", max: 8, windows: day), SmallPlans.agent("south", "s1", max: 8, windows: day),
                     SmallPlans.agent("south", "s2", max: 8, windows: day)],
            callsByMunicipality: ["north": Array(repeating: 0.0, count: 6), "south": Array(repeating: 0.0, count: 6)],
            owedHours: [:], balanceAfterWeek: nil)
        let model = RosterProgram(plan: plan, requirement: Array(repeating: 1, count: 6))
        // n1 works 08–11 and s1 11–14: their shifts meet, so a boundary move exists.
        let shifts = model.catalog.shifts
        let morning = try #require(shifts.indices.first { shifts[$0].agent == 0 && shifts[$0].firstSlot == 0 && shifts[$0].length == 3 })
        let afternoon = try #require(shifts.indices.first { shifts[$0].agent == 1 && shifts[$0].firstSlot == 3 && shifts[$0].length == 3 })
        var goal = TotalsSearch.Goal(targets: nil, need: Array(repeating: 1, count: 6), contractLimit: nil)
        goal.largestDebt = 0
        let state = SearchState(model: model, plan: plan, chosen: [morning, afternoon], goal: goal)
        var random = SplitMix64(seed: seed)
        var found = 0
        for _ in 0..<200 {
            guard let (give, _) = state.exchange(&random, sameMunicipalityAs: 2) else { continue }
            found += 1
            #expect(give.agent == 1 || give.agent == 2, "the chain's second link started with agent \(give.agent), not south's")
        }
        #expect(found > 0, "no exchange from south's agents in 200 draws")
    }

    /// Monday and Tuesday 08–14, one agent-slot an hour, shifts 2–6 h, north and south equally large.
    /// n1 (north, contracted 4 h, free only Monday) works 08–10 beside s1's 10–14; on Tuesday s2
    /// (south) works 08–10 beside n2's 10–14 (north). Both municipalities have 6 h (debts 0, the
    /// fixed fairness caps them there), so every change to either total is refused and n1 can only
    /// reach 4 h if Monday's boundary moves two hours towards s1 and Tuesday's two hours towards n2
    /// at once: an exchange that breaks the caps followed by one between the same two municipalities
    /// that restores them.
    @Test(arguments: [UInt64(1), 2, 3])
    func contractsChainRepaysTheHoursBetweenTheSameMunicipalities(seed: UInt64) throws {
        let (monday, tuesday) = TwoDayPlans.mondayTuesday(until: "14:00", "14:00")
        let plan = TwoDayPlans.twoDayPlan(
            monday: monday, tuesday: tuesday, minShift: 2, maxShift: 6,
            agents: [SmallPlans.agent("north", "n1", max: 8, min: 4, windows: monday), SmallPlans.agent("south", "s1", max: 8, windows: monday),
                     SmallPlans.agent("north", "n2", max: 8, windows: tuesday), SmallPlans.agent("south", "s2", max: 8, windows: tuesday)])
        let model = RosterProgram(plan: plan, requirement: Array(repeating: 1, count: 12))
        let shift = { (id: String, first: Int, length: Int) in try TwoDayPlans.shift(id, first: first, length: length, plan: plan, model: model) }
        let start: Set<Int> = [try shift("n1", 0, 2), try shift("s1", 2, 4), try shift("s2", 6, 2), try shift("n2", 8, 4)]
        let need = Array(repeating: 1, count: 12)
        #expect(TwoDayPlans.contractShortfall(start, model: model) == 2)
        let found = try #require(Self.leastContractShortAtZeroDebts(from: start, need: need, plan: plan, model: model, seed: seed))
        #expect(TwoDayPlans.contractShortfall(found, model: model) == 0)
        #expect(model.municipalitySlots(of: found) == [6, 6])
        #expect(model.keptNeed(of: found) == need)
    }

    /// The hand-over week (`HandOverWeek`): no re-division of a day helps (a 3 h shift cannot be
    /// split), so n1 only reaches its minimum through a chain of two hand-overs whose first breaks
    /// the caps.
    @Test(arguments: [UInt64(1), 2, 3])
    func contractsChainOfHandOversReachesTheMinimum(seed: UInt64) throws {
        let week = try HandOverWeek()
        #expect(TwoDayPlans.contractShortfall(week.start, model: week.model) == 3)
        let result = Self.leastContractShortAtZeroDebts(from: week.start, need: week.need, plan: week.plan, model: week.model, seed: seed)
        let found = try #require(result, "no roster with a smaller contract shortfall")
        #expect(TwoDayPlans.contractShortfall(found, model: week.model) == 0)
        #expect(found == [try week.shift("n1", first: 3), try week.shift("s1", first: 0)])
    }

    /// The same week solved by GLPK one day at a time with objective H, coverage kept by the rows
    /// that fix the coverage stages at 0: both whole days shrink to exactly one agent-slot an hour.
    @Test func leastStaffingByDayKeepsCoverageAndReachesTheLeastH() throws {
        let plan = Self.plan(minShift: 2, maxShift: 6)
        let solver = LexicographicSolver(plan: plan, requirement: Array(repeating: 1, count: 6)) { program throws(ModelDefect) in
            try GLPKProblem(program)
        }
        let model = solver.model
        let glpk = try GLPKProblem(model.program)
        for stage in [Stage.floor, .service] where !model.objective(stage).isEmpty {
            try glpk.add(Constraint(name: "keep_\(stage.rawValue)", terms: model.objective(stage), upper: 0))
        }
        let wholeDays = Set(model.catalog.shifts.indices.filter { model.catalog.shifts[$0].length == 6 })
        #expect(model.municipalitySlots(of: wholeDays).reduce(0, +) == 12)
        let found = try solver.leastStaffingByDay(
            from: wholeDays, lowest: 0, solver: glpk, clock: SolveClock(), ends: 60, stop: nil)
        #expect(model.municipalitySlots(of: found).reduce(0, +) == 6)
        #expect(model.keptNeed(of: found) == Array(repeating: 1, count: 6))
    }

    /// The contracts search with both fixed fairness stages at 0 (no municipality may move off its
    /// target), aiming at no shortfall at all.
    private static func leastContractShortAtZeroDebts(from start: Set<Int>, need: [Int], plan: Plan, model: RosterProgram, seed: UInt64) -> Set<Int>? {
        TotalsSearch(model: model, plan: plan).leastContractShort(
            from: start, need: need, caps: TotalsSearch.Caps(debt: 0, debtSum: 0), limit: 0, seed: seed, deadline: .none)
    }

    private static func plan(minShift: Double, maxShift: Double) -> Plan {
        let day: [Weekday: [TimeWindow]] = [.mon: [SmallPlans.window("08:00", "14:00")]]
        return Plan(
            settings: SmallPlans.settings(opening: day, minAgents: 0, minShift: minShift, maxShift: maxShift),
            municipalities: [SmallPlans.municipality("north", population: 1000), SmallPlans.municipality("south", population: 1000)],
            agents: [
                SmallPlans.agent("north", "n1", max: 8, windows: day),
                SmallPlans.agent("south", "s1", max: 8, windows: day),
            ],
            callsByMunicipality: ["north": Array(repeating: 0, count: 6), "south": Array(repeating: 0, count: 6)],
            owedHours: [:], balanceAfterWeek: nil)
    }
}
