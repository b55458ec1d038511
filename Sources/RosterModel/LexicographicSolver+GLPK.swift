import HotlineDomain
import LinearModel

extension LexicographicSolver {
    /// GLPK's steps, on programs where they pay: the LP relaxation's range of H tightens the bound
    /// from municipality totals, GLPK realizes the bound's totals, then runs branch-and-cut on the
    /// whole program, then a neighbourhood search.
    func searchWithGLPK(
        _ run: inout StageRun, point: inout [Double], solver: any MixedIntegerSolver, addedRows: inout [Constraint],
        results: [StageResult], bound counted: KnownBound, currentTotal: Int, began: Double,
        policy: SolvePolicy, clock: SolveClock, progress: ProgressHandler?
    ) throws(ModelDefect) {
        let stage = run.stage
        var bound = counted
        if bound.applies,
           let precise = try relaxedTotals(solver: solver, seconds: max(0.1, (run.ends - began) / 4), stop: policy.stop) {
            bound = knownBound(stage, totals: precise, results: results, near: currentTotal)
        }
        let known = bound.value
        if known > 0 {
            // Valid for every roster, and it lifts the LP bound to where proofs are possible.
            let row = Constraint(name: "bound_\(stage.rawValue)", terms: run.objective, lower: known - 1e-9)
            try solver.add(row)
            addedRows.append(row)
        }
        try solver.setObjective(run.objective)
        let report = progress.map { handler in { (step: SolveProgress) in handler(stage, step) } }

        // The totals H at which every debt can be within the bound, when the roster's H lies above them
        // (a municipality that gives all it has owes more the more everyone works).
        let window: ClosedRange<Int>?
        if stage == .fairnessMax, known > 0,
           let possible = model.fairnessBound.possibleTotals(in: countedTotals(results: results), largest: known),
           possible.upperBound < model.municipalitySlots(of: model.chosenShifts(at: point)).reduce(0, +) {
            window = possible
        } else {
            window = nil
        }

        // Realization: ask for exactly the municipality totals that reach the bound. Any roster with
        // those totals is optimal for the stage, so GLPK only has to find one.
        if let witness = bound.witness, !run.isProven(gap: 0) {
            // First in Swift, from the current roster: cheap and deterministic.
            if realizeInSwift(witness, point: &point, run: &run, addedRows: addedRows, known: known, clock: clock) { return }
            // The bound's totals may need a total H that coverage cannot pack; the best totals near the
            // current H are often realizable and improve the roster (the bound stays as it is).
            realizeNearby(stage, point: &point, run: &run, addedRows: addedRows, results: results, clock: clock)
        }
        // Exactly the bound's totals, unless they need an H below the roster's: no start is near them
        // then, and the neighbourhood search within the window does better (30×120 seed 7: pinned,
        // nothing in 45 s; within the window, the bound in 0.7 s).
        // Below the largest debt, a fifth of the stage: the Swift realization above settled every
        // generated plan measured where such totals were reachable, and 30×120 seed 7's debt sum
        // spent 45 s here finding none.
        if let witness = bound.witness, !run.isProven(gap: 0), window == nil {
            let share = stage == .fairnessMax ? 0.5 : 0.2
            try solver.setBounds(model.pinningHours(to: witness))
            let realized = solver.solve(
                SolveOptions(timeLimitSeconds: max(0.1, min(run.ends - clock.elapsed, share * (run.ends - began))),
                             knownLowerBound: known, stop: policy.stop),
                progress: report)
            try solver.setBounds(model.releasingHours)
            run.absorb(realized)
            if let values = realized.values {
                accept(model.completePoint(chosen: model.chosenShifts(at: values)), into: &point, run: &run)
            }
            run.bound = max(run.bound, known)
            if run.isProven(gap: 0) {
                run.detail = "proven optimal: a roster realizes the municipality totals of the lower bound"
                return
            }
        }

        // A roster that already meets the LP bound needs no search (and stays independent of timing).
        if let relaxed = solver.relaxationOptimum(timeLimitSeconds: max(0.1, (run.ends - clock.elapsed) / 4), stop: policy.stop) {
            let lp = stage.isIntegral ? (relaxed - 1e-6).rounded(.up) : relaxed
            run.bound = max(run.bound, min(lp, run.value), known)
            if run.isProven(gap: 0) {
                run.detail = "proven optimal: the starting roster meets the LP bound"
                return
            }
        }

        if run.stopsWithinRequestedGap(bound: known) { return }
        // Branch-and-cut on the whole program: proves the coverage stages outright.
        let wholeLimit = max(0.1, min(run.ends - clock.elapsed, known > 0 ? min(2, 0.1 * (run.ends - began)) : max(2, 0.25 * (run.ends - began))))
        let wholeOptions = SolveOptions(
            timeLimitSeconds: wholeLimit, relativeGap: policy.relativeGap, objectiveIsIntegral: stage.isIntegral,
            knownLowerBound: max(0, known), start: point, stop: policy.stop)
        let whole = solver.solve(wholeOptions, progress: report)
        run.absorb(whole)
        run.bound = max(run.bound, min(whole.bound.isFinite ? whole.bound : 0, run.value), known)
        if let values = whole.values {
            accept(model.completePoint(chosen: model.chosenShifts(at: values)), into: &point, run: &run)
        }
        if whole.termination == .optimal { run.bound = max(run.bound, run.value) }
        try neighbourhoodSearch(&run, point: &point, solver: solver, addedRows: &addedRows, known: known, totals: window,
                                began: began, policy: policy, clock: clock, report: report)
        // Coverage comes before everything else: where the neighbourhoods stopped paying, branch-and-cut
        // on the whole program gets the rest of the stage rather than the later stages (scarce 30×120
        // seed 15 at --time-limit 20: 57 against 54 after 4.3 s of its 14 s, then proven 54).
        if stage == .floor || stage == .service, !run.isProven(gap: policy.relativeGap), policy.stop?.isRequested != true,
           run.ends - clock.elapsed > 0.5 {
            let rest = solver.solve(
                SolveOptions(timeLimitSeconds: run.ends - clock.elapsed, relativeGap: policy.relativeGap, objectiveIsIntegral: true,
                             knownLowerBound: max(0, known, run.bound), start: point, stop: policy.stop),
                progress: report)
            run.absorb(rest)
            run.bound = max(run.bound, min(rest.bound.isFinite ? rest.bound : 0, run.value))
            if let values = rest.values {
                accept(model.completePoint(chosen: model.chosenShifts(at: values)), into: &point, run: &run)
            }
            if rest.termination == .optimal { run.bound = max(run.bound, run.value) }
            if run.isProven(gap: 0) { run.detail = "proven optimal: branch-and-cut on the whole program after the neighbourhoods" }
            if policy.stop?.isRequested == true, !run.isProven(gap: 0) { run.termination = .interrupted }
        }
    }

    /// GLPK on a few municipalities at a time, the rest fixed, until the roster meets the bound or the
    /// budget runs out (below the largest debt, also once it stops paying).
    func neighbourhoodSearch(
        _ run: inout StageRun, point: inout [Double], solver: any MixedIntegerSolver, addedRows: inout [Constraint],
        known: Double, totals window: ClosedRange<Int>?, began: Double, policy: SolvePolicy, clock: SolveClock,
        report: ((SolveProgress) -> Void)?
    ) throws(ModelDefect) {
        let stage = run.stage
        // Neighbourhood search until the roster meets the bound. For the largest debt, the search
        // minimizes how far all debts exceed the bound instead: a smooth measure that reaches zero
        // exactly when the roster meets the bound.
        let excessLevel = stage == .fairnessMax && known > 0 ? known : nil
        var search = NeighborhoodRun(objective: run.objective, level: 0)
        if let excessLevel {
            for row in model.excessRows(level: excessLevel) {
                try solver.add(row)
                addedRows.append(row)
            }
            search = NeighborhoodRun(objective: model.excessObjective, level: excessLevel)
            try solver.setObjective(search.objective)
        }
        var searchPoint = point
        var searchValue = search.value(of: model, chosen: model.chosenShifts(at: searchPoint))
        var holdsTotal = false
        if excessLevel != nil, let window {
            // The bound needs an H below the roster's, which neighbourhoods that keep most shifts
            // rarely reach: first the least H one day at a time, then every step within the window.
            let lowered = try leastStaffingByDay(
                from: model.chosenShifts(at: searchPoint), lowest: window.lowerBound, solver: solver, clock: clock,
                ends: clock.elapsed + 0.2 * max(0, run.ends - clock.elapsed), stop: policy.stop)
            try solver.setObjective(search.objective)
            let total = model.municipalitySlots(of: lowered).reduce(0, +)
            if window.contains(total) {
                try solver.setBounds(model.holdingTotal(within: window))
                holdsTotal = true
                searchPoint = model.completePoint(chosen: lowered, excessLevel: search.level)
                searchValue = search.value(of: model, chosen: lowered)
                acceptIfFeasible(lowered, into: &point, run: &run, addedRows: addedRows)
            }
        }
        var neighborhoods = Neighborhoods(model: model, plan: plan, seed: 0x5EED_0000 &+ UInt64(stage.hashSeed))
        var step = 0
        var agentTarget = 12
        var failures = 0
        while !run.isProven(gap: policy.relativeGap), policy.stop?.isRequested != true, run.ends - clock.elapsed > 0.05 {
            let chosen = model.chosenShifts(at: searchPoint)
            let free = neighborhoods.choose(for: stage, at: searchPoint, step: step, agentTarget: agentTarget)
            try solver.setBounds(model.fixing(allBut: free, at: searchPoint))
            var options = SolveOptions(
                timeLimitSeconds: min(run.ends - clock.elapsed, 10), objectiveIsIntegral: stage.isIntegral && excessLevel == nil,
                knownLowerBound: excessLevel == nil ? run.bound : 0,
                start: model.completePoint(chosen: chosen, excessLevel: search.level), stop: policy.stop, nodeLimit: 60)
            options.feasibilityPump = false
            options.pseudoCostBranching = false
            let sub = solver.solve(options, progress: nil)
            run.absorb(sub)
            let before = run.value
            if let values = sub.values {
                let found = model.chosenShifts(at: values)
                let value = search.value(of: model, chosen: found)
                if value < searchValue - 1e-9 {
                    searchValue = value
                    searchPoint = model.completePoint(chosen: found)
                    accept(searchPoint, into: &point, run: &run)
                }
            }
            if run.value < before - 1e-9 || searchValue < 1e-9 {
                failures = 0
                agentTarget = 12
                report?(SolveProgress(incumbent: run.value, bound: run.bound, seconds: clock.elapsed - began, nodes: run.nodes))
            } else {
                failures += 1
                // Widen the neighbourhood when small ones stop paying.
                if failures % 6 == 0 { agentTarget = min(agentTarget * 2, plan.agents.count) }
            }
            if holdsTotal, failures >= Self.fruitlessStepLimit {
                // Held at the least H, the lowered roster's totals may be too far from the bound's for
                // neighbourhoods to move them (45×180 seed 102: 1.398 h after 85 s, every step
                // fruitless); from the best roster with H free they reach 1.26–1.29 h.
                try solver.setBounds(model.releasingHours)
                holdsTotal = false
                searchPoint = point
                searchValue = search.value(of: model, chosen: model.chosenShifts(at: point))
                failures = 0
                agentTarget = 12
            }
            if excessLevel != nil, searchValue < 1e-9 { break }
            step += 1
            // After the largest debt, a search that stopped paying hands its time to the next stages
            // (30×120 seed 7: fairness_sum the same after 12 fruitless steps as after 21).
            if stage != .fairnessMax, failures >= Self.fruitlessStepLimit { break }
        }
        if holdsTotal { try solver.setBounds(model.releasingHours) }
        if step > 0 || excessLevel != nil {
            try solver.setBounds(model.releasingAll)
            run.detail = run.isProven(gap: 0)
                ? "proven optimal: roster meets the lower bound from municipality totals after \(step) neighbourhood steps"
                : "best roster after \(step) neighbourhood steps; bound from \(known > 0 ? "municipality totals" : "branch-and-cut")"
        }
        if policy.stop?.isRequested == true, !run.isProven(gap: 0) { run.termination = .interrupted }
    }

    /// Neighbourhood steps in a row without gain after which a stage below the largest debt ends:
    /// two widenings of the neighbourhood.
    static let fruitlessStepLimit = 12
}
