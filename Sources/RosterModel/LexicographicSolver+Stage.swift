import HotlineDomain
import LinearModel

extension LexicographicSolver {
    /// One stage: the cheap Swift steps first (bounds from municipality totals, realizing their
    /// totals, the searches), GLPK only where they leave the stage unproven and GLPK can pay.
    func solveStage(
        _ run: inout StageRun, point: inout [Double], solver: any MixedIntegerSolver, addedRows: inout [Constraint], results: [StageResult],
        policy: SolvePolicy, clock: SolveClock, progress: ProgressHandler?
    ) throws(ModelDefect) {
        let stage = run.stage
        let began = clock.elapsed
        // Every component is ≥ 0: a roster at 0 is optimal without any search.
        if run.value <= 1e-9 {
            run.bound = 0
            run.detail = "proven optimal: the roster reaches 0, the least value possible"
            return
        }
        if stage == .contracts { rebalanceContracts(point: &point, run: &run, addedRows: addedRows) }

        // Bounds from municipality totals, first over the totals H that counting alone allows (no LP);
        // only when that does not settle the stage, over the tighter range the LP relaxation gives.
        let currentTotal = model.municipalitySlots(of: model.chosenShifts(at: point)).reduce(0, +)
        let counted = countedTotals(results: results)
        var bound = knownBound(stage, totals: counted, results: results, near: currentTotal)
        // A stage listed twice runs the second time with more rows than the first: the first's bound holds.
        if let earlier = results.filter({ $0.stage == stage }).map(\.bound).max(), earlier > bound.value {
            bound = (earlier, nil, true)
        }
        // Where GLPK cannot pay (its LP alone outlasts the budget), the Swift searches get all of it.
        let glpkPays = model.scale == .small || stage == .fairnessMax
        let searchEnds = glpkPays ? began + 0.5 * (run.ends - began) : run.ends
        let caps = fixedCaps(results)
        if run.stopsWithinRequestedGap(bound: bound.value) { return }
        if stage == .fairnessSum || stage == .fairnessSpread, let largest = caps.debt {
            let measure: FairnessBound.Measure = stage == .fairnessSum ? .sum : .squares
            improveDebtSum(within: largest, lowerBound: bound.value, measure: measure, caps: caps, point: &point, run: &run,
                           addedRows: addedRows, clock: clock, ends: searchEnds)
            // The bound's totals often lie at another H than the roster's (national seed 1: 8 slots
            // below, reached in 0.1 s and proven; seed 3: 42 below, where the chains reach 13 of the 30
            // municipalities' totals they would need to change).
            approachDebtSumByChains(largest: largest, bound: bound.value, measure: measure, reach: Self.chainReach, allowed: counted,
                                    point: &point, run: &run, addedRows: addedRows, contractCap: caps.contractShort,
                                    deadline: clock.deadline(searchEnds))
        }
        if let witness = bound.witness, caps.staffed != nil, stage == .fairnessMax || stage == .fairnessSpread,
           approachWitnessByChains(witness, point: &point, run: &run, addedRows: addedRows, known: bound.value, caps: caps,
                                   deadline: clock.deadline(searchEnds)) {
            return
        }
        if let witness = bound.witness, realizeInSwift(witness, point: &point, run: &run, addedRows: addedRows, known: bound.value, clock: clock) {
            return
        }
        // Where GLPK cannot search the whole program: on smaller ones its realization of the bound's
        // totals does better from the least-staffed roster (bundled week: 1.458 h proven in 7 s, against
        // 1.470 h after this search first).
        if stage == .fairnessMax, let staffed = caps.staffed, model.scale != .beyondGLPK,
           fairestWithinStaffing(atMost: staffed, bound: bound.value, point: &point, run: &run, addedRows: addedRows, clock: clock,
                                 ends: began + 0.25 * (run.ends - began)) {
            run.bound = max(run.bound, bound.value)
            if run.isProven(gap: 0) {
                run.detail = "proven optimal: the fairest-roster search within the economy limit meets the bound from municipality totals"
                return
            }
        }
        // Not on programs too large for GLPK (the 3,000-agent week): there the searches' iterations
        // outlast the stage's budget and leave nothing for the steps that reach 4.3 h (measured: 86 h).
        if stage == .fairnessMax, model.scale != .beyondGLPK,
           realizeBelow(totals: counted, point: &point, run: &run, addedRows: addedRows, clock: clock),
           model.scale == .slowRelaxation,
           run.value - bound.value <= 0.01 * run.value {
            // Within 1 % of its bound, where GLPK's LP bound is no better than the shapes' one and the
            // bound's own totals need an H the least-staffed roster already missed: the rest of the
            // budget is the next stages'.
            run.bound = max(run.bound, bound.value)
            run.detail = run.isProven(gap: 0)
                ? "proven optimal: the roster meets the lower bound from municipality totals"
                : "roster from the least-staffing search; bound from municipality totals and shift shapes"
            return
        }
        run.bound = max(run.bound, bound.value)
        if run.isProven(gap: 0) {
            run.detail = "proven optimal: the roster meets the lower bound from municipality totals"
            return
        }
        progress?(stage, SolveProgress(incumbent: run.value, bound: run.bound, seconds: clock.elapsed - began, nodes: run.nodes))
        if run.stopsWithinRequestedGap(bound: bound.value) { return }
        if stage == .floor || stage == .service, model.scale == .slowRelaxation {
            try improveCoverageDayByDay(&run, point: &point, solver: solver, addedRows: addedRows, clock: clock, stop: policy.stop)
            if run.isProven(gap: 0) {
                run.detail = "proven optimal: GLPK one day at a time reaches the LP relaxation's bound"
                return
            }
            if run.stopsWithinRequestedGap(bound: run.bound) { return }
        }
        // Only right after the coverage stages: with a fixed fairness or contracts stage the day programs
        // stall on their rows (contracts first: economy 79 against 74 from the annealing alone).
        let dayByDay = stage == .economy && model.scale != .beyondGLPK
            && caps.debt == nil && caps.debtSum == nil && caps.contractShort == nil
        if dayByDay {
            try staffLessFirstByAnnealingThenByDay(&run, point: &point, addedRows: addedRows, bound: bound.value, caps: caps,
                                                  clock: clock, ends: searchEnds, stop: policy.stop)
            if run.isProven(gap: 0) {
                run.detail = "proven optimal: GLPK one day at a time reaches the lower bound from shift shapes"
                return
            }
            if run.stopsWithinRequestedGap(bound: bound.value) { return }
        }
        if stage == .contracts || stage == .economy {
            improveContractsOrEconomy(
                &run, point: &point, addedRows: addedRows, bound: bound.value, caps: caps, firstWithinTotals: glpkPays,
                clock: clock, ends: searchEnds)
            if run.isProven(gap: 0) {
                run.detail = stage == .contracts
                    ? "proven optimal: the roster meets the lower bound from agents' reachable totals"
                    : "proven optimal: the roster meets the lower bound from municipality totals and shift shapes"
                return
            }
            if run.stopsWithinRequestedGap(bound: bound.value) { return }
        }
        // Past the stage's budget, or a program too large for GLPK to search within any budget: keep
        // the roster the Swift steps found and the bound they proved.
        let searchable = model.scale != .beyondGLPK
        if !searchable || !glpkPays || run.ends - clock.elapsed <= 0.05 || policy.stop?.isRequested == true {
            realizeNearby(stage, point: &point, run: &run, addedRows: addedRows, results: results, clock: clock)
            if policy.stop?.isRequested == true {
                run.termination = .interrupted
                run.detail = "stopped: best roster so far"
            } else if !searchable {
                run.detail = "GLPK not used: \(model.program.nonzeroCount) nonzeros is more than it can search in time "
                    + "(limit \(ProgramSizeRules.largestSearchableNonzeros)); roster and bound from the Swift steps"
            } else if dayByDay {
                run.detail = "roster from GLPK one day at a time and the Swift searches (one LP relaxation of the whole "
                    + "\(model.program.nonzeroCount) nonzeros takes seconds); bound from shift shapes"
            } else if !glpkPays {
                run.detail = "GLPK not used: one LP relaxation of \(model.program.nonzeroCount) nonzeros takes seconds "
                    + "(over \(ProgramSizeRules.slowRelaxationNonzeros)); roster from the Swift searches, bound from municipality totals"
            } else {
                run.detail = "time limit reached before GLPK's search; bound from municipality totals"
            }
            return
        }
        try searchWithGLPK(&run, point: &point, solver: solver, addedRows: &addedRows, results: results, bound: bound,
                           currentTotal: currentTotal, began: began, policy: policy, clock: clock, progress: progress)
    }
}
