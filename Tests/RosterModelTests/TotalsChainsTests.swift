import GLPKSolver
import HotlineDomain
import LinearModel
@testable import RosterModel
import Testing

/// The exact chains that bring municipality totals to their targets while every slot keeps its need.
struct TotalsChainsTests {
    /// Monday 08–16 in 1-hour slots (0–7), one agent-slot each, shifts 2–3 h. North's a (free 08–11)
    /// works 08–11; south's b (free 10–13) 11–13, e (free 13–16) 13–16 and f (free 14–16) 14–16, so
    /// 14–16 is staffed twice. North is to give up a slot, south to keep its 7.
    struct HandOverDay {
        let plan: Plan
        let model: RosterProgram
        let start: Set<Int>
        let need = Array(repeating: 1, count: 8)

        /// `aMinimum`: a's contracted minimum (hours). `extraAgentShort` adds south's g, contracted
        /// 2.5 h and working 08–10.
        init(withDoubleStaffing: Bool = true, aMinimum: Double = 0, extraAgentShort: Bool = false) throws {
            let day = [Weekday.mon: [SmallPlans.window("08:00", "16:00")]]
            let windows = ["a": ("08:00", "11:00"), "b": ("10:00", "13:00"), "e": ("13:00", "16:00"), "f": ("14:00", "16:00"), "g": ("08:00", "10:00")]
            let ids = ["a", "b", "e", "f", "g"].filter { (withDoubleStaffing || $0 != "f") && (extraAgentShort || $0 != "g") }
            let agents = ids.map { id in
                let window = windows[id] ?? ("08:00", "16:00")
                let minimum = id == "a" ? aMinimum : id == "g" ? 2.5 : 0
                return SmallPlans.agent(id == "a" ? "north" : "south", id, max: 8, min: minimum,
                                        windows: [.mon: [SmallPlans.window(window.0, window.1)]])
            }
            plan = TwoDayPlans.twoDayPlan(monday: day, tuesday: [:], minShift: 2, maxShift: 3, agents: agents)
            model = RosterProgram(plan: plan, requirement: need)
            var start: Set<Int> = [try TwoDayPlans.shift("a", first: 0, length: 3, plan: plan, model: model),
                                   try TwoDayPlans.shift("b", first: 3, length: 2, plan: plan, model: model),
                                   try TwoDayPlans.shift("e", first: 5, length: 3, plan: plan, model: model)]
            if withDoubleStaffing { start.insert(try TwoDayPlans.shift("f", first: 6, length: 2, plan: plan, model: model)) }
            if extraAgentShort { start.insert(try TwoDayPlans.shift("g", first: 0, length: 2, plan: plan, model: model)) }
            self.start = start
        }

        func shift(_ id: String, first: Int, length: Int) throws -> Int {
            try TwoDayPlans.shift(id, first: first, length: length, plan: plan, model: model)
        }

        /// A solver for the day and a run of `stage` from the start roster.
        func started(_ stage: Stage) -> (solver: LexicographicSolver, point: [Double], run: StageRun) {
            let solver = LexicographicSolver(plan: plan, requirement: need) { program throws(ModelDefect) in try GLPKProblem(program) }
            let point = solver.model.completePoint(chosen: start)
            var run = StageRun(stage: stage, objective: solver.model.objective(stage), ends: 30)
            run.value = MixedIntegerProgram.evaluate(run.objective, at: point)
            return (solver, point, run)
        }

        /// North one slot fewer, south as it is.
        var targets: [Int] {
            let totals = model.municipalitySlots(of: start)
            return [totals[0] - 1, totals[1]]
        }
    }

    /// No single change gets there: a alone covers 08–10 and shortening her leaves a slot short, and
    /// b cannot slide to 10–12 without leaving 12 short, which only b can work. The one chain: a works
    /// 08–10, b takes 10 on (10–13, south +1), and e gives the hour back at 15, which f still staffs.
    @Test func aHandOverThroughAnotherMunicipalityReachesTheTargets() throws {
        let day = try HandOverDay()
        #expect(day.model.municipalitySlots(of: day.start) == [3, 7])
        let reached = try #require(TotalsChains(model: day.model, plan: day.plan).approach(
            targets: day.targets, from: day.start, need: day.need, contractCap: nil, deadline: .none))
        #expect(reached.off.isEmpty)
        #expect(reached.roster == [try day.shift("a", first: 0, length: 2), try day.shift("b", first: 2, length: 3),
                                   try day.shift("e", first: 5, length: 2), try day.shift("f", first: 6, length: 2)])
        #expect(day.model.municipalitySlots(of: reached.roster) == [2, 7])
        #expect(day.model.keptNeed(of: reached.roster) == day.need)
    }

    /// Without f nobody staffs 14–16 twice, so no chain can end and the roster stays as it is, with
    /// north reported as still off its target.
    @Test func withoutAnExitTheRosterStaysAndReportsWhoIsOff() throws {
        let day = try HandOverDay(withDoubleStaffing: false)
        let reached = try #require(TotalsChains(model: day.model, plan: day.plan).approach(
            targets: day.targets, from: day.start, need: day.need, contractCap: nil, deadline: .none))
        #expect(reached.roster == day.start)
        #expect(reached.off == [0])
    }

    /// A contracted minimum of 3 h for a forbids the only chain's first link when the contract
    /// shortfall may not grow (the fixed contracts stage at 0).
    @Test func theContractCapHoldsEveryLink() throws {
        let day = try HandOverDay(aMinimum: 3)
        let chains = TotalsChains(model: day.model, plan: day.plan)
        let capped = try #require(chains.approach(targets: day.targets, from: day.start, need: day.need, contractCap: 0, deadline: .none))
        #expect(capped.roster == day.start)
        #expect(capped.off == [0])
        let free = try #require(chains.approach(targets: day.targets, from: day.start, need: day.need, contractCap: nil, deadline: .none))
        #expect(free.off.isEmpty)
    }

    /// A start that does not meet the need is refused rather than searched from.
    @Test func aStartBelowTheNeedIsRefused() throws {
        let day = try HandOverDay()
        let holey = day.start.subtracting([try day.shift("e", first: 5, length: 3)])
        #expect(TotalsChains(model: day.model, plan: day.plan).approach(
            targets: day.targets, from: holey, need: day.need, contractCap: nil, deadline: .none) == nil)
    }
}

/// The economy stage's use of the chains: fair totals at a smaller H, reached and checked.
struct StaffLessByChainsTests {
    /// The hand-over day (8 agent-slots needed, 10 staffed; north 3 h, south 7 h, equal shares, so
    /// debts ±2 h). With every debt within 2.5 h and their sum within 5 h, H = 8 is fair enough as
    /// 3 + 5 (debts ±1 h), which f's day off reaches: economy 0. Within 0.9 h no H is: north can
    /// only give 0, 2 or 3 hours, never within 0.9 h of 4 or 4.5.
    @Test(arguments: [(2.5, 5.0, 0.0), (0.9, Double.infinity, 2.0)])
    func economyFallsAsFarAsTheFixedFairnessAllows(largest: Double, sum: Double, economy: Double) throws {
        let day = try TotalsChainsTests.HandOverDay()
        var (solver, point, run) = day.started(.economy)
        let model = solver.model
        #expect(run.value == 2)
        var kept = [solver.fixingRow(.floor, at: 0), solver.fixingRow(.service, at: 0), solver.fixingRow(.fairnessMax, at: largest)]
        if sum.isFinite { kept.append(solver.fixingRow(.fairnessSum, at: sum)) }
        let caps = TotalsSearch.Caps(debt: largest, debtSum: sum.isFinite ? sum : nil, contractShort: 0)

        solver.staffLessByChains(&run, point: &point, addedRows: kept, bound: 0, caps: caps, need: day.need, deadline: .none)
        #expect(run.value == economy)
        #expect(MixedIntegerProgram.evaluate(model.objective(.economy), at: point) == economy)
        if economy == 0 {
            #expect(model.municipalitySlots(of: model.chosenShifts(at: point)) == [3, 5])
            #expect(model.program.isFeasible(point, extraRows: kept))
        } else {
            #expect(model.chosenShifts(at: point) == day.start)
        }
    }
}

/// The debt-sum stage's use of the chains: the bound's totals at another H than the roster's.
struct ApproachDebtSumByChainsTests {
    /// The hand-over day with every debt within 2 h (north can give 0, 2 or 3 h; 8 agent-slots
    /// needed, so H ≥ 8). At its own H = 10 the roster's 3 + 7 owe ±2 h (sum 4); at H = 9 the best is
    /// 3 + 6 (sum 3); at H = 8, 3 + 5 (sum 2, the bound), which f's day off reaches. Within 1 of the
    /// roster's H only 9 is in reach.
    @Test(arguments: [(5, 2.0), (1, 3.0)])
    func theBoundsTotalsAtAnotherTotalH(reach: Int, sum: Double) throws {
        let day = try TotalsChainsTests.HandOverDay()
        var (solver, point, run) = day.started(.fairnessSum)
        let model = solver.model
        #expect(abs(run.value - 4) < 1e-9)
        let kept = [solver.fixingRow(.floor, at: 0), solver.fixingRow(.service, at: 0), solver.fixingRow(.fairnessMax, at: 2)]

        let improved = solver.approachDebtSumByChains(
            largest: 2, bound: 2, reach: reach, allowed: 8...100, point: &point, run: &run, addedRows: kept, contractCap: nil, deadline: .none)
        #expect(improved)
        #expect(abs(run.value - sum) < 1e-9)
        #expect(abs(MixedIntegerProgram.evaluate(model.objective(.fairnessSum), at: point) - sum) < 1e-9)
        #expect(model.program.isFeasible(point, extraRows: kept))
        #expect(model.municipalitySlots(of: model.chosenShifts(at: point)) == (reach == 5 ? [3, 5] : [3, 6]))
    }
}

/// Raising agents below their contracted minimum by chains at fixed municipality totals.
struct RaisingShortAgentsTests {
    /// Monday 08–17 in 1-hour slots (0–8), one agent-slot each, shifts 2–3 h, every slot staffed
    /// once. North's x (contracted 3 h, free 08–11) works 08–10 and y (free 14–17) 14–17; south's w
    /// (free 10–13) 10–12 and z (free 12–15) 12–14. x can work 08–11 only if y gives an hour back:
    /// y 15–17 leaves 14 short, z moves to 13–15 and leaves 12 short, w moves to 11–13 and leaves 10
    /// to x. Two moves after the give-back: beyond `ContractRepair`, which covers with one.
    private static func day() throws -> (plan: Plan, model: RosterProgram, start: Set<Int>, need: [Int]) {
        let open = [Weekday.mon: [SmallPlans.window("08:00", "17:00")]]
        let agents = [("north", "x", "08:00", "11:00", 3.0), ("north", "y", "14:00", "17:00", 0), ("south", "w", "10:00", "13:00", 0),
                      ("south", "z", "12:00", "15:00", 0)].map { municipality, id, from, to, minimum in
            SmallPlans.agent(municipality, id, max: 8, min: minimum, windows: [.mon: [SmallPlans.window(from, to)]])
        }
        let plan = TwoDayPlans.twoDayPlan(monday: open, tuesday: [:], minShift: 2, maxShift: 3, agents: agents)
        let need = Array(repeating: 1, count: 9)
        let model = RosterProgram(plan: plan, requirement: need)
        let start: Set<Int> = [try TwoDayPlans.shift("x", first: 0, length: 2, plan: plan, model: model),
                               try TwoDayPlans.shift("y", first: 6, length: 3, plan: plan, model: model),
                               try TwoDayPlans.shift("w", first: 2, length: 2, plan: plan, model: model),
                               try TwoDayPlans.shift("z", first: 4, length: 2, plan: plan, model: model)]
        return (plan, model, start, need)
    }

    @Test func aChainOfMovesRaisesTheAgentAtFixedTotals() throws {
        let (plan, model, start, need) = try Self.day()
        #expect(TwoDayPlans.contractShortfall(start, model: model) == 1)
        #expect(ContractRepair(model: model, plan: plan).repaired(from: start, need: need, deadline: .none) == nil)

        let found = try #require(TotalsChains(model: model, plan: plan).raisingShortAgents(from: start, need: need, deadline: .none))
        let shift = { (id: String, first: Int, length: Int) in try TwoDayPlans.shift(id, first: first, length: length, plan: plan, model: model) }
        #expect(found == [try shift("x", 0, 3), try shift("y", 7, 2), try shift("w", 3, 2), try shift("z", 5, 2)])
        #expect(TwoDayPlans.contractShortfall(found, model: model) == 0)
        #expect(model.municipalitySlots(of: found) == model.municipalitySlots(of: start))
        #expect(model.keptNeed(of: found) == need)
    }

    /// Nobody below a minimum once raised: nothing more to do. A start that leaves a slot short
    /// (14–15: y works 15–17, the others as at the start, x still an hour short) is refused.
    @Test func nothingToRaiseOrNoValidStartGivesNil() throws {
        let (plan, model, start, need) = try Self.day()
        let chains = TotalsChains(model: model, plan: plan)
        let raised = try #require(chains.raisingShortAgents(from: start, need: need, deadline: .none))
        #expect(chains.raisingShortAgents(from: raised, need: need, deadline: .none) == nil)
        let shift = { (id: String, first: Int, length: Int) in try TwoDayPlans.shift(id, first: first, length: length, plan: plan, model: model) }
        let holey: Set<Int> = [try shift("x", 0, 2), try shift("y", 7, 2), try shift("w", 2, 2), try shift("z", 4, 2)]
        #expect(TwoDayPlans.contractShortfall(holey, model: model) == 1)
        #expect(chains.raisingShortAgents(from: holey, need: need, deadline: .none) == nil)
    }
}

/// Giving back fewer slots than any shift can lose: two colleagues, one off for a day, one longer.
struct GiveBackByTwoTests {
    /// Monday 08–12 and Tuesday 08–16 in 1-hour slots, one agent-slot each, shifts 3–5 h. North's x
    /// (contracted 4 h, free Monday 08–12) works 08–11, y (free Tuesday 08–11) 08–11 and z (free
    /// Tuesday 11–16) 11–14; south's w works Monday 09–12 and Tuesday 08–11, v Tuesday 13–16. x can
    /// work 08–12 only if north gives an hour back, and no north shift can lose just one (3 h is the
    /// shortest): y takes Tuesday off (w still staffs it) and z works 11–16.
    @Test func aDayOffAndALongerShiftGiveBackOneHour() throws {
        let monday = [Weekday.mon: [SmallPlans.window("08:00", "12:00")]]
        let tuesday = [Weekday.tue: [SmallPlans.window("08:00", "16:00")]]
        let agents = [
            SmallPlans.agent("north", "x", max: 8, min: 4, windows: monday),
            SmallPlans.agent("north", "y", max: 8, windows: [.tue: [SmallPlans.window("08:00", "11:00")]]),
            SmallPlans.agent("north", "z", max: 8, windows: [.tue: [SmallPlans.window("11:00", "16:00")]]),
            SmallPlans.agent("south", "w", max: 8, windows: [.mon: [SmallPlans.window("09:00", "12:00")], .tue: [SmallPlans.window("08:00", "11:00")]]),
            SmallPlans.agent("south", "v", max: 8, windows: [.tue: [SmallPlans.window("13:00", "16:00")]]),
        ]
        let plan = TwoDayPlans.twoDayPlan(monday: monday, tuesday: tuesday, minShift: 3, maxShift: 5, agents: agents)
        let need = Array(repeating: 1, count: 12)
        let model = RosterProgram(plan: plan, requirement: need)
        let shift = { (id: String, first: Int, length: Int) in try TwoDayPlans.shift(id, first: first, length: length, plan: plan, model: model) }
        let start: Set<Int> = [try shift("x", 0, 3), try shift("y", 4, 3), try shift("z", 7, 3), try shift("w", 1, 3), try shift("w", 4, 3),
                               try shift("v", 9, 3)]
        #expect(TwoDayPlans.contractShortfall(start, model: model) == 1)
        #expect(ContractRepair(model: model, plan: plan).repaired(from: start, need: need, deadline: .none) == nil)

        let found = try #require(TotalsChains(model: model, plan: plan).raisingShortAgents(from: start, need: need, deadline: .none))
        #expect(found == [try shift("x", 0, 4), try shift("z", 7, 5), try shift("w", 1, 3), try shift("w", 4, 3), try shift("v", 9, 3)])
        #expect(TwoDayPlans.contractShortfall(found, model: model) == 0)
        #expect(model.municipalitySlots(of: found) == model.municipalitySlots(of: start))
    }
}

/// Every link is judged against the agent's week when the search meets it, not only when the chain
/// is applied: a node keeps the first link that reaches it.
struct ChainLinkValidityTests {
    /// Monday 08–12 and Tuesday 08–10 in 1-hour slots, one agent-slot each, shifts 1–3 h. North's a
    /// (free 08–11) works Monday 08–11; south's c (at most 3 h) Monday 11–12 and Tuesday 08–10, d
    /// (free Monday 10–11) nothing, e Tuesday 08–10. North is to give an hour up: a works 08–10, d
    /// takes 10–11 and e gives an hour back on Tuesday. c could cover 10 too, but not within 3 h.
    @Test func aLinkBeyondAWeeklyMaximumDoesNotHideAValidOne() throws {
        let monday = [Weekday.mon: [SmallPlans.window("08:00", "12:00")]]
        let tuesday = [Weekday.tue: [SmallPlans.window("08:00", "10:00")]]
        let agents = [
            SmallPlans.agent("north", "a", max: 8, windows: [.mon: [SmallPlans.window("08:00", "11:00")]]),
            SmallPlans.agent("south", "c", max: 3, windows: [.mon: [SmallPlans.window("10:00", "12:00")], .tue: [SmallPlans.window("08:00", "10:00")]]),
            SmallPlans.agent("south", "d", max: 8, windows: [.mon: [SmallPlans.window("10:00", "11:00")]]),
            SmallPlans.agent("south", "e", max: 8, windows: [.tue: [SmallPlans.window("08:00", "10:00")]]),
        ]
        let plan = TwoDayPlans.twoDayPlan(monday: monday, tuesday: tuesday, minShift: 1, maxShift: 3, agents: agents)
        let need = Array(repeating: 1, count: 6)
        let model = RosterProgram(plan: plan, requirement: need)
        let shift = { (id: String, first: Int, length: Int) in try TwoDayPlans.shift(id, first: first, length: length, plan: plan, model: model) }
        let start: Set<Int> = [try shift("a", 0, 3), try shift("c", 3, 1), try shift("c", 4, 2), try shift("e", 4, 2)]
        #expect(model.municipalitySlots(of: start) == [3, 5])

        let reached = try #require(TotalsChains(model: model, plan: plan).approach(
            targets: [2, 5], from: start, need: need, contractCap: nil, deadline: .none))
        #expect(reached.off.isEmpty)
        #expect(model.municipalitySlots(of: reached.roster) == [2, 5])
        #expect(model.keptNeed(of: reached.roster) == need)
        #expect(reached.roster.contains(try shift("d", 2, 1)))
    }

    /// A contracted minimum that is not a whole number of slots (2.5 h in 1-hour slots, 2 h worked:
    /// 0.5 h short, one slot by the state's count, none by the stage's) does not stop chains that
    /// leave that agent alone.
    @Test func aFractionalShortfallElsewhereDoesNotBlockTheChains() throws {
        let day = try TotalsChainsTests.HandOverDay(extraAgentShort: true)
        let reached = try #require(TotalsChains(model: day.model, plan: day.plan).approach(
            targets: day.targets, from: day.start, need: day.need, contractCap: 0, deadline: .none))
        #expect(reached.off.isEmpty)
    }
}
