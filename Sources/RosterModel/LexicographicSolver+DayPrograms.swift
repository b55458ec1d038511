import HotlineDomain
import LinearModel

extension LexicographicSolver {
    /// GLPK on the shifts `isFree` picks alone: every other shift is fixed at its value in `point`
    /// and substituted out (`RestrictedProgram`), so GLPK builds and searches a program of what may
    /// change rather than the whole one. Every row of the program and of `addedRows` holds, and a
    /// bound in `options` is on the whole objective. The shifts of the best point GLPK found, with
    /// its outcome; nil when the restriction is infeasible or larger than `largestNonzeros`.
    func solveRestricted(
        freeing isFree: (Int) -> Bool, objective: [Term], at point: [Double], addedRows: [Constraint], options: SolveOptions,
        largestNonzeros: Int = ProgramSizeRules.slowRelaxationNonzeros
    ) throws(ModelDefect) -> (outcome: SolveOutcome, chosen: Set<Int>?)? {
        var keeps = Array(repeating: true, count: model.program.variables.count)
        for (index, variable) in model.shift.enumerated() where !isFree(index) { keeps[variable.index] = false }
        var whole = model.program
        whole.objective = objective
        guard let restricted = try RestrictedProgram(whole, keeping: { keeps[$0.index] }, at: point, extraRows: addedRows),
              restricted.program.nonzeroCount <= largestNonzeros else { return nil }
        let solver = try makeSolver(restricted.program)
        var options = options
        options.start = options.start.map(restricted.restricting)
        options.knownLowerBound -= restricted.objectiveOffset
        let outcome = solver.solve(options, progress: nil)
        return (outcome, outcome.values.map { model.chosenShifts(at: restricted.expanding($0)) })
    }

    /// Economy where GLPK cannot search the whole program in time: the least-staffing annealing once,
    /// then GLPK one day at a time (from the greedy roster's 1,028 agent-slots beyond the need the days'
    /// programs do not finish within the national week's budget), in half the time to `ends` at most,
    /// so that the annealing rounds keep theirs where the days do not pay.
    func staffLessFirstByAnnealingThenByDay(
        _ run: inout StageRun, point: inout [Double], addedRows: [Constraint], bound: Double, caps: TotalsSearch.Caps,
        clock: SolveClock, ends: Double, stop: StopRequest?
    ) throws(ModelDefect) {
        let chosen = model.chosenShifts(at: point)
        let half = clock.halfway(to: ends)
        if let less = TotalsSearch(model: model, plan: plan).leastStaffing(
            from: chosen, need: model.keptNeed(of: chosen), caps: caps, seed: 0x10E_57AF, deadline: clock.deadline(half, stop: stop)) {
            acceptIfFeasible(less, into: &point, run: &run, addedRows: addedRows)
        }
        try staffLessDayByDay(&run, point: &point, addedRows: addedRows, bound: bound, clock: clock, ends: half, stop: stop)
    }

    /// A coverage stage (floor, service) where one LP of the whole program takes seconds: the LP
    /// relaxation's bound first (in at most 40 % of the stage), then GLPK one day at a time from the
    /// current roster. Coverage is a matter of each day's shifts alone, so the days' programs are small
    /// covering programs; where availability falls short of the need (a scarce week), the searches'
    /// start leaves slots short that a day's program can fill by moving several shifts at once.
    func improveCoverageDayByDay(
        _ run: inout StageRun, point: inout [Double], solver: any MixedIntegerSolver, addedRows: [Constraint], clock: SolveClock,
        stop: StopRequest?
    ) throws(ModelDefect) {
        try solver.setObjective(run.objective)
        let lpSeconds = 0.4 * max(0, run.ends - clock.elapsed)
        if lpSeconds > 0.1, let relaxed = solver.relaxationOptimum(timeLimitSeconds: lpSeconds, stop: stop) {
            run.bound = max(run.bound, min(run.value, (relaxed - 1e-6).rounded(.up)))
        }
        guard !run.isProven(gap: 0) else { return }
        try staffLessDayByDay(&run, point: &point, addedRows: addedRows, bound: run.bound, clock: clock, ends: run.ends, stop: stop)
        guard !run.isProven(gap: 0) else { return }
        try staffLessDayByDay(&run, point: &point, addedRows: addedRows, bound: run.bound, clock: clock, ends: run.ends, stop: stop, daysAtOnce: 2)
    }

    /// Staffs less one day at a time: GLPK on a program of one day's shifts, every other day fixed,
    /// in rounds over the days until the other days gain nothing after the last gain, the stage
    /// meets `bound` or `ends` comes. Coverage is a matter of each day's shifts alone and the days
    /// meet only in each agent's weekly rows, so a day's program is a small covering program that
    /// GLPK settles in well under a second (national week: 180–220 k nonzeros against 1.05 M,
    /// 8,070 → 8,048 agent-slots in 1.8 s, every day proven). Only while no fairness stage is fixed:
    /// with rows on the debts a day's program stalls (5–13 nodes in 5 s, nothing found). True when
    /// it improved the roster.
    @discardableResult
    func staffLessDayByDay(
        _ run: inout StageRun, point: inout [Double], addedRows: [Constraint], bound: Double, clock: SolveClock, ends: Double,
        stop: StopRequest?, daysAtOnce: Int = 1
    ) throws(ModelDefect) -> Bool {
        let workdays = Weekday.allCases.filter { day in model.catalog.shifts.contains { $0.day == day } }
        // Groups of consecutive days; with two at once, an agent's shift can move to the next day.
        let width = max(1, min(daysAtOnce, workdays.count))
        let days = workdays.isEmpty ? [] : (0...(workdays.count - width)).map { Set(workdays[$0..<($0 + width)]) }
        let before = run.value
        // No day may take the whole budget: a day's program that stalls leaves the others theirs.
        let perDay = max(0.5, (ends - clock.elapsed) / Double(max(1, days.count)))
        var withoutGain = 0
        // A full round without gain ends it; after a gain, the day that gained needs no second look
        // unless another day changed.
        var patience = days.count
        var step = 0
        while withoutGain < patience, run.value > bound + 1e-9, ends - clock.elapsed > 0.05, stop?.isRequested != true {
            let day = days[step % days.count]
            step += 1
            let value = run.value
            var options = SolveOptions(
                timeLimitSeconds: min(ends - clock.elapsed, perDay), relativeGap: run.requestedGap,
                objectiveIsIntegral: run.stage.isIntegral, knownLowerBound: bound, start: point, stop: stop)
            // A start is known and the program is small: the pump and pseudo-cost start-up would dominate.
            options.feasibilityPump = false
            options.pseudoCostBranching = false
            if let solved = try solveRestricted(
                freeing: { day.contains(model.catalog.shifts[$0].day) }, objective: run.objective, at: point, addedRows: addedRows,
                options: options) {
                run.absorb(solved.outcome)
                // Only a better roster: an equally good one would change the roster for nothing.
                if let chosen = solved.chosen,
                   MixedIntegerProgram.evaluate(run.objective, at: model.completePoint(chosen: chosen)) < value - 1e-9 {
                    acceptIfFeasible(chosen, into: &point, run: &run, addedRows: addedRows)
                }
            }
            if run.value < value - 1e-9 {
                withoutGain = 0
                patience = max(1, days.count - 1)
            } else {
                withoutGain += 1
            }
        }
        return run.value < before - 1e-9
    }
}
