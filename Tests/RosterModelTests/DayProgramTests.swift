import GLPKSolver
import HotlineDomain
import LinearModel
@testable import RosterModel
import Testing

/// GLPK on one day's shifts at a time, the other days fixed.
struct DayProgramTests {
    /// Monday and Tuesday 08–12 in 1-hour slots, shifts 3–4 h, two agents needed at 08 and at 11 and
    /// one between: two shifts of 3 h cannot cover both ends, so each day needs two 08–12 shifts
    /// (2 agent-slots beyond the need) and the least economy is 4. North's a (at most 4 h) works
    /// Monday and so cannot work Tuesday; Tuesday starts with three shifts (5 beyond the need).
    private static func week() throws -> (solver: LexicographicSolver, start: Set<Int>) {
        let (monday, tuesday) = TwoDayPlans.mondayTuesday(until: "12:00", "12:00")
        let both = monday.merging(tuesday) { $1 }
        let plan = TwoDayPlans.twoDayPlan(
            monday: monday, tuesday: tuesday, minShift: 3, maxShift: 4,
            agents: [SmallPlans.agent("north", "a", max: 4, windows: both), SmallPlans.agent("south", "b", max: 8, windows: both),
                     SmallPlans.agent("south", "c", max: 8, windows: tuesday), SmallPlans.agent("north", "d", max: 8, windows: tuesday)])
        let need = [2, 1, 1, 2, 2, 1, 1, 2]
        let solver = LexicographicSolver(plan: plan, requirement: need) { program throws(ModelDefect) in try GLPKProblem(program) }
        let shift = { (id: String, first: Int, length: Int) in try TwoDayPlans.shift(id, first: first, length: length, plan: plan, model: solver.model) }
        let start: Set<Int> = [try shift("a", 0, 4), try shift("b", 0, 4), try shift("b", 4, 4), try shift("c", 4, 4), try shift("d", 5, 3)]
        return (solver, start)
    }

    @Test(arguments: [0.0, 4.0])
    func staffsTheLeastOneDayAtATime(bound: Double) throws {
        let (solver, start) = try Self.week()
        let model = solver.model
        var point = model.completePoint(chosen: start)
        var run = StageRun(stage: .economy, objective: model.objective(.economy), ends: 30)
        run.value = MixedIntegerProgram.evaluate(run.objective, at: point)
        #expect(run.value == 7)
        let kept = [solver.fixingRow(.floor, at: 0), solver.fixingRow(.service, at: 0)]

        let improved = try solver.staffLessDayByDay(&run, point: &point, addedRows: kept, bound: bound, clock: SolveClock(), ends: 30, stop: nil)
        #expect(improved)
        #expect(run.value == 4)
        #expect(MixedIntegerProgram.evaluate(model.objective(.economy), at: point) == 4)
        #expect(model.program.isFeasible(point, extraRows: kept))
        let chosen = model.chosenShifts(at: point)
        // Monday was already least and stays (only better rosters are taken).
        #expect(chosen.filter { model.catalog.shifts[$0].day == .mon } == start.filter { model.catalog.shifts[$0].day == .mon })
        #expect(chosen.filter { model.catalog.shifts[$0].day == .tue }.allSatisfy { model.catalog.shifts[$0].length == 4 })
    }

    /// A roster at the least already: every day's program proves it and nothing changes.
    @Test func aLeastRosterStaysAsItIs() throws {
        let (solver, start) = try Self.week()
        let model = solver.model
        let least = start.filter { model.catalog.shifts[$0].firstSlot != 5 }
        var point = model.completePoint(chosen: least)
        var run = StageRun(stage: .economy, objective: model.objective(.economy), ends: 30)
        run.value = MixedIntegerProgram.evaluate(run.objective, at: point)
        #expect(run.value == 4)
        let kept = [solver.fixingRow(.floor, at: 0), solver.fixingRow(.service, at: 0)]
        let improved = try solver.staffLessDayByDay(&run, point: &point, addedRows: kept, bound: 0, clock: SolveClock(), ends: 30, stop: nil)
        #expect(!improved)
        #expect(run.nodes > 0)
        #expect(model.chosenShifts(at: point) == least)
    }

    /// The fixed earlier stages are what keep the coverage: without their rows, staffing nobody is
    /// the least economy (and the service stage's shortfall is what would pay for it).
    @Test func theEarlierStagesRowsKeepTheCoverage() throws {
        let (solver, start) = try Self.week()
        let model = solver.model
        var point = model.completePoint(chosen: start)
        var run = StageRun(stage: .economy, objective: model.objective(.economy), ends: 30)
        run.value = MixedIntegerProgram.evaluate(run.objective, at: point)
        try solver.staffLessDayByDay(&run, point: &point, addedRows: [], bound: 0, clock: SolveClock(), ends: 30, stop: nil)
        #expect(run.value == 0)
        #expect(MixedIntegerProgram.evaluate(model.objective(.service), at: point) == 12)
    }
}
