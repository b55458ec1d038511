import HotlineDomain
import LinearModel

/// Options of a lexicographic solve.
public struct SolvePolicy: Sendable {
    /// Budget for all stages together.
    public var timeLimitSeconds: Double
    /// Relative gap at which a stage may stop (0 = prove every stage optimal).
    public var relativeGap: Double
    public var stop: StopRequest?

    public init(timeLimitSeconds: Double, relativeGap: Double = 0, stop: StopRequest? = nil) {
        self.timeLimitSeconds = timeLimitSeconds
        self.relativeGap = relativeGap
        self.stop = stop
    }
}

/// Solves the roster program stage by stage in priority order. Each stage starts from the previous
/// stage's roster, runs GLPK's branch-and-cut on the whole program, and if that does not prove the
/// stage, improves the roster by neighbourhood search (GLPK on a few municipalities at a time, the
/// rest fixed) until it meets the stage's lower bound or the budget runs out. The stage's value is
/// then fixed (as an upper limit) before the next stage.
public struct LexicographicSolver {
    public typealias SolverFactory = (MixedIntegerProgram) throws(ModelDefect) -> any MixedIntegerSolver
    public typealias ProgressHandler = (Stage, SolveProgress) -> Void

    private let plan: Plan
    private let model: RosterProgram
    private let makeSolver: SolverFactory

    public init(plan: Plan, requirement: [Int], makeSolver: @escaping SolverFactory) {
        self.plan = plan
        self.model = RosterProgram(plan: plan, requirement: requirement)
        self.makeSolver = makeSolver
    }

    public var modelSize: ModelSize {
        ModelSize(
            candidateShifts: model.catalog.shifts.count, variables: model.program.variables.count,
            binaries: model.program.integerVariableCount, constraints: model.program.constraints.count,
            nonzeros: model.program.nonzeroCount)
    }

    /// The program of a stage exactly as it is solved (earlier stages fixed at the given values).
    public func program(for stage: Stage, fixing earlier: [Stage: Double] = [:]) -> MixedIntegerProgram {
        var program = model.program
        for (fixed, value) in earlier.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            program.add(fixingRow(fixed, at: value))
        }
        program.objective = model.objective(stage)
        program.name = "hotline_\(stage.rawValue)"
        return program
    }

    /// Solves every stage, or only those before `stoppingBefore` (to export a later stage's program
    /// with the earlier stages fixed at the values they reached).
    public func solve(
        _ policy: SolvePolicy, progress: ProgressHandler? = nil, stoppingBefore: Stage? = nil
    ) throws(ModelDefect) -> RosterSolution {
        let solver = try DeferredSolver(model.program, factory: makeSolver)
        var addedRows: [Constraint] = []
        let order = Stage.order(for: plan.settings.priorities)
        let stages = stoppingBefore.flatMap { last in order.firstIndex(of: last).map { Array(order[..<$0]) } } ?? order
        let clock = SolveClock()
        var point = model.completePoint(chosen: [])
        var start = GreedyCoverage(model: model, plan: plan).roster()
        // Where the greedy roster leaves slots short, trade shifts until none is (or the search ends).
        let fullNeed = model.requirement.map { max($0, model.minAgents) }
        let startEnds = 0.25 * policy.timeLimitSeconds
        if let better = TotalsSearch(model: model, plan: plan).leastShortage(
            from: start, need: fullNeed, seed: 0x57A7, deadline: SearchDeadline(now: { clock.elapsed }, ends: startEnds, stopped: { policy.stop?.isRequested == true })) {
            start = better
        }
        let greedy = model.completePoint(chosen: start)
        if model.program.isFeasible(greedy) { point = greedy }
        var results: [StageResult] = []

        for (position, stage) in stages.enumerated() {
            let stagesLeft = stages.count - position
            let remaining = max(0, policy.timeLimitSeconds - clock.elapsed)
            // Leave each later stage a slice of the budget, but let this one use most of it.
            let reserve = 0.08 * policy.timeLimitSeconds * Double(stagesLeft - 1)
            let budget = max(min(remaining, 0.5), min(remaining, max(remaining - reserve, remaining / Double(stagesLeft))))
            let began = clock.elapsed
            var run = StageRun(stage: stage, objective: model.objective(stage), ends: began + budget)
            run.value = MixedIntegerProgram.evaluate(run.objective, at: point)

            if policy.stop?.isRequested == true {
                // Every component is ≥ 0, so a stage already at 0 is optimal even unstarted.
                run.detail = "not started: stop requested"
                if run.value > 1e-9 { run.termination = .interrupted }
            } else if run.objective.isEmpty {
                run.detail = "nothing to optimize"
                run.bound = run.value
            } else {
                try solveStage(&run, point: &point, solver: solver, addedRows: &addedRows, results: results,
                               policy: policy, clock: clock, progress: progress)
            }
            run.seconds = clock.elapsed - began
            let result = run.result
            progress?(stage, SolveProgress(incumbent: result.objective, bound: result.bound, seconds: result.seconds,
                                           nodes: result.nodes, isStageEnd: true))
            results.append(result)
            let keep = fixingRow(stage, at: run.value)
            try solver.add(keep)
            addedRows.append(keep)
        }

        let chosen = model.chosenShifts(at: point)
        let roster = Roster(shifts: chosen.map { index in
            let candidate = model.catalog.shifts[index]
            return Shift(agent: plan.agents[candidate.agent].key, day: candidate.day,
                         window: TimeWindow(start: candidate.start, end: candidate.end))
        })
        let value = { (stage: Stage) in MixedIntegerProgram.evaluate(model.objective(stage), at: point) }
        let components = ComponentValues(
            floor: value(.floor), service: value(.service), fairnessMax: value(.fairnessMax),
            fairnessSum: value(.fairnessSum), contracts: value(.contracts), economy: value(.economy))
        let status: RosterStatus = results.allSatisfy(\.isProven) ? .optimal : .feasible
        return RosterSolution(roster: roster, status: status, stages: results, components: components,
                              modelSize: modelSize, interrupted: results.contains { $0.termination == .interrupted })
    }

    private func solveStage(
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
        // Contracts within the municipality totals the earlier stages settled: redistribute each
        // municipality's hours among its agents, contracted minimums first.
        if stage == .contracts {
            let chosen = model.chosenShifts(at: point)
            let totals = model.municipalitySlots(of: chosen)
            if let adjusted = TotalsRealization(model: model, plan: plan).realize(from: chosen, targets: totals, rebalance: true) {
                let candidate = model.completePoint(chosen: adjusted)
                if model.program.isFeasible(candidate, extraRows: addedRows) {
                    accept(candidate, into: &point, run: &run)
                }
            }
        }

        // Bounds from municipality totals, first over the totals H that counting alone allows (no LP);
        // only when that does not settle the stage, over the tighter range the LP relaxation gives.
        let currentTotal = model.municipalitySlots(of: model.chosenShifts(at: point)).reduce(0, +)
        let counted = countedTotals(results: results)
        var bound = knownBound(stage, totals: counted, results: results, near: currentTotal)
        // Where GLPK cannot pay (its LP alone outlasts the budget), the Swift searches get all of it.
        let glpkPays = model.program.nonzeroCount <= Self.slowRelaxationNonzeros || stage == .fairnessMax
        let searchEnds = glpkPays ? began + 0.5 * (run.ends - began) : run.ends
        let caps = fixedCaps(results)
        if stage == .fairnessSum, let largest = caps.debt {
            // Trade hours between municipalities directly, each debt within the fixed largest: exact
            // totals are hard to reach when the roster staffs little beyond the need.
            let chosen = model.chosenShifts(at: point)
            let need = model.keptNeed(of: chosen)
            let search = TotalsSearch(model: model, plan: plan)
            if let found = Self.rounds(from: chosen, seed: 0xD5_0B7, until: { clock.elapsed > searchEnds }, { from, seed in
                search.leastDebtSum(from: from, need: need, cap: largest, seed: seed, deadline: clock.deadline(searchEnds))
            }) {
                let candidate = model.completePoint(chosen: found)
                if model.program.isFeasible(candidate, extraRows: addedRows) { accept(candidate, into: &point, run: &run) }
            }
        }
        if let witness = bound.witness, realizeInSwift(witness, point: &point, run: &run, addedRows: addedRows, known: bound.value, clock: clock) {
            return
        }
        // Not on programs too large for GLPK (the 3,000-agent week): there the searches' iterations
        // outlast the stage's budget and leave nothing for the steps that reach 4.3 h (measured: 86 h).
        if stage == .fairnessMax, model.program.nonzeroCount <= Self.largestSearchableNonzeros,
           realizeBelow(totals: counted, point: &point, run: &run, addedRows: addedRows, clock: clock),
           model.program.nonzeroCount > Self.slowRelaxationNonzeros,
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
        if stage == .contracts || stage == .economy {
            // Contracts: trade hours between agents. Economy: staff less. Both keep the coverage and
            // every earlier stage (hours may move between municipalities where fairness allows it).
            let chosen = model.chosenShifts(at: point)
            let need = model.keptNeed(of: chosen)
            let search = TotalsSearch(model: model, plan: plan)
            let limit = Int((bound.value / model.slotHours - 1e-6).rounded(.up))
            let ends = clock.deadline(searchEnds)
            var start = chosen
            if stage == .contracts, glpkPays {
                // First within each municipality's total, where off-target totals are only scored
                // and so may pass through on the way; then across municipalities within the caps.
                // (On the national week the caps alone did better with the whole budget: 79–82.5 h
                // against 120.5 h.)
                let goal = TotalsSearch.Goal(targets: model.municipalitySlots(of: chosen), need: need, contractLimit: limit)
                let half = clock.deadline(clock.elapsed + 0.5 * (searchEnds - clock.elapsed))
                if let found = search.search(from: chosen, goal: goal, seed: 0xC0_4742, deadline: half) { start = found }
            }
            let found = Self.rounds(from: start, seed: stage == .contracts ? 0xC0_4742 : 0xEC0_4011, until: { ends.hasPassed }) { from, seed in
                stage == .contracts
                    ? search.leastContractShort(from: from, need: need, caps: caps, limit: limit, seed: seed, deadline: ends)
                    : search.leastStaffing(from: from, need: need, caps: caps, seed: seed, deadline: ends)
            } ?? (start == chosen ? nil : start)
            if let found {
                let candidate = model.completePoint(chosen: found)
                if model.program.isFeasible(candidate, extraRows: addedRows) { accept(candidate, into: &point, run: &run) }
            }
            if run.isProven(gap: 0) {
                run.detail = stage == .contracts
                    ? "proven optimal: the roster meets the lower bound from agents' reachable totals"
                    : "proven optimal: the roster meets the lower bound from municipality totals and shift shapes"
                return
            }
        }
        // Past the stage's budget, or a program too large for GLPK to search within any budget: keep
        // the roster the Swift steps found and the bound they proved.
        let searchable = model.program.nonzeroCount <= Self.largestSearchableNonzeros
        if !searchable || !glpkPays || run.ends - clock.elapsed <= 0.05 || policy.stop?.isRequested == true {
            realizeNearby(stage, point: &point, run: &run, addedRows: addedRows, results: results, clock: clock)
            if policy.stop?.isRequested == true {
                run.termination = .interrupted
                run.detail = "stopped: best roster so far"
            } else if !searchable {
                run.detail = "GLPK not used: \(model.program.nonzeroCount) nonzeros is more than it can search in time "
                    + "(limit \(Self.largestSearchableNonzeros)); roster and bound from the Swift steps"
            } else if !glpkPays {
                run.detail = "GLPK not used: one LP relaxation of \(model.program.nonzeroCount) nonzeros takes seconds "
                    + "(over \(Self.slowRelaxationNonzeros)); roster from the Swift searches, bound from municipality totals"
            } else {
                run.detail = "time limit reached before GLPK's search; bound from municipality totals"
            }
            return
        }
        if bound.applies,
           let precise = try relaxedTotals(solver: solver, seconds: max(0.1, (run.ends - began) / 4)) {
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

        // Realization: ask for exactly the municipality totals that reach the bound. Any roster with
        // those totals is optimal for the stage, so GLPK only has to find one.
        if let witness = bound.witness, !run.isProven(gap: 0) {
            // First in Swift, from the current roster: cheap and deterministic.
            if realizeInSwift(witness, point: &point, run: &run, addedRows: addedRows, known: known, clock: clock) { return }
            // The bound's totals may need a total H that coverage cannot pack; the best totals near the
            // current H are often realizable and improve the roster (the bound stays as it is).
            realizeNearby(stage, point: &point, run: &run, addedRows: addedRows, results: results, clock: clock)
            try solver.setBounds(model.pinningHours(to: witness))
            let realized = solver.solve(
                SolveOptions(timeLimitSeconds: max(0.1, min(run.ends - clock.elapsed, 0.5 * (run.ends - began))),
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
        if let relaxed = solver.relaxationOptimum(timeLimitSeconds: max(0.1, (run.ends - clock.elapsed) / 4)) {
            let lp = stage.isIntegral ? (relaxed - 1e-6).rounded(.up) : relaxed
            run.bound = max(run.bound, min(lp, run.value), known)
            if run.isProven(gap: 0) {
                run.detail = "proven optimal: the starting roster meets the LP bound"
                return
            }
        }

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
            if excessLevel != nil, searchValue < 1e-9 { break }
            step += 1
        }
        if step > 0 || excessLevel != nil {
            try solver.setBounds(model.releasingAll)
            run.detail = run.isProven(gap: 0)
                ? "proven optimal: roster meets the lower bound from municipality totals after \(step) neighbourhood steps"
                : "best roster after \(step) neighbourhood steps; bound from \(known > 0 ? "municipality totals" : "branch-and-cut")"
        }
        if policy.stop?.isRequested == true, !run.isProven(gap: 0) { run.termination = .interrupted }
    }

    /// Programs larger than this are not handed to GLPK: building its copy alone takes seconds and
    /// gigabytes, and one LP of the 3,000-agent, 15-minute week (19.6 M nonzeros) outlasts the default
    /// budget. The 1,000-agent national week has 1.05 M.
    static let largestSearchableNonzeros = 5_000_000
    /// Totals H beyond which the contracts bound is taken over the whole range at once (looser, but
    /// without a pass per H).
    static let contractBoundTotals = 4_000

    /// Programs larger than this take seconds for one LP relaxation (8.8 s for the national week's
    /// 1.05 M nonzeros), so GLPK's later steps cannot pay for themselves within a stage's budget.
    static let slowRelaxationNonzeros = 500_000

    /// Keeps a roster if it is at least as good for the running stage.
    private func accept(_ candidate: [Double], into point: inout [Double], run: inout StageRun) {
        let value = MixedIntegerProgram.evaluate(run.objective, at: candidate)
        if value <= run.value + 1e-9 {
            point = candidate
            run.value = min(run.value, value)
        }
    }

    /// Asks for exactly the municipality totals of a bound's witness, adjusting the current roster in
    /// Swift; true when the result is feasible and proves the stage.
    private func realizeInSwift(
        _ witness: [Int], from start: Set<Int>? = nil, point: inout [Double], run: inout StageRun, addedRows: [Constraint],
        known: Double, clock: SolveClock
    ) -> Bool {
        let chosen = start ?? model.chosenShifts(at: point)
        let ends = run.ends
        let seed = 0x7074_A150 &+ UInt64(run.stage.hashSeed)
        var attempts: [() -> Set<Int>?] = [
            { TotalsRealization(model: model, plan: plan).realize(from: chosen, targets: witness) },
        ]
        // Then exact totals with holes in the coverage, which the search repairs; then the search alone.
        let goal = TotalsSearch.Goal(targets: witness, need: model.keptNeed(of: chosen), contractLimit: nil)
        attempts.append {
            guard let holey = TotalsRealization(model: model, plan: plan).realize(from: chosen, targets: witness, allowingHoles: true)
            else { return nil }
            return TotalsSearch(model: model, plan: plan).search(from: holey, goal: goal, seed: seed, deadline: clock.deadline(ends))
        }
        attempts.append {
            TotalsSearch(model: model, plan: plan).search(from: chosen, goal: goal, seed: seed, deadline: clock.deadline(ends))
        }
        for attempt in attempts {
            guard let found = attempt() else { continue }
            let candidate = model.completePoint(chosen: found)
            guard model.program.isFeasible(candidate, extraRows: addedRows) else { continue }
            accept(candidate, into: &point, run: &run)
            run.bound = max(run.bound, known)
            guard run.isProven(gap: 0) else { continue }
            run.detail = "proven optimal: the current roster, adjusted to the municipality totals of the lower bound, meets it"
            return true
        }
        return false
    }

    /// Realizes the best fairness totals within 1, 3 and 10 % of the current total hours, keeping
    /// each roster that improves the stage. Not a bound: `run.bound` is left alone.
    private func realizeNearby(
        _ stage: Stage, point: inout [Double], run: inout StageRun, addedRows: [Constraint], results: [StageResult], clock: SolveClock
    ) {
        guard stage == .fairnessMax || stage == .fairnessSum else { return }
        let fixedLargest = results.first { $0.stage == .fairnessMax }?.objective
        let bound = model.fairnessBound
        for fraction in [0.01, 0.03, 0.1] {
            guard clock.elapsed < run.ends, !run.isProven(gap: 0) else { return }
            let current = model.municipalitySlots(of: model.chosenShifts(at: point)).reduce(0, +)
            let reach = max(1, Int(Double(current) * fraction))
            let window = max(0, current - reach)...(current + reach)
            let found = stage == .fairnessMax
                ? bound.largestDebtWitness(totals: window, near: current)
                : fixedLargest.flatMap { largest in
                    debtSumIsAffordable(largest: largest, totals: window)
                        ? bound.debtSumWitness(totals: window, largest: largest, near: current) : nil
                }
            guard let found, found.value < run.value - 1e-9 else { continue }
            _ = realizeInSwift(found.slots, point: &point, run: &run, addedRows: addedRows, known: run.bound, clock: clock)
        }
    }

    /// When the largest debt grows with the total hours H (a municipality that cannot take a shift
    /// owes more the more everyone works), the best totals lie below the current H, where the current
    /// roster's coverage cannot reach them by exact totals. First the roster with the fewest
    /// agent-slots beyond the need, then a search that keeps every municipality's debt near the
    /// bound at its H while still holding H down. True when it improved the roster.
    private func realizeBelow(
        totals: ClosedRange<Int>, point: inout [Double], run: inout StageRun, addedRows: [Constraint], clock: SolveClock
    ) -> Bool {
        let chosen = model.chosenShifts(at: point)
        let current = model.municipalitySlots(of: chosen).reduce(0, +)
        let bound = model.fairnessBound
        guard totals.lowerBound < current,
              bound.largestDebt(totals: totals.lowerBound...(current - 1)) < run.value - 1e-9 else { return false }
        let ends = run.ends
        let need = model.keptNeed(of: chosen)
        let search = TotalsSearch(model: model, plan: plan)
        guard var from = search.leastStaffing(from: chosen, need: need, seed: 0x10E_57AF, deadline: clock.deadline(ends))
        else { return false }
        let lowest = model.municipalitySlots(of: from).reduce(0, +)
        var goal = TotalsSearch.Goal(targets: nil, need: need, contractLimit: nil)
        // The best debt within 1 % above the least H: ambitious, so the search keeps pushing.
        goal.largestDebt = bound.largestDebt(totals: lowest...(lowest + max(1, lowest / 100)))
        // Measured on the national week: weights 1–2.5 per agent-slot reach 0.4–0.8 % of the bound,
        // 3 and more let H fall at any price in fairness.
        goal.staffingWeight = 2
        let before = run.value
        for round in 0..<2 where clock.elapsed < ends {
            guard let found = search.fairest(from: from, goal: goal, seed: 0x1E7E1 &+ UInt64(round), deadline: clock.deadline(ends))
            else { break }
            from = found.roster
            let candidate = model.completePoint(chosen: found.roster)
            if model.program.isFeasible(candidate, extraRows: addedRows) { accept(candidate, into: &point, run: &run) }
        }
        return run.value < before - 1e-9
    }

    /// Whether the debt-sum DP (municipalities × total × reachable totals within the largest debt, for
    /// up to 10 totals) stays within a few hundred million steps; beyond, it would outlast any budget.
    private func debtSumIsAffordable(largest: Double, totals: ClosedRange<Int>) -> Bool {
        let options = 2 * largest / model.slotHours + 1
        return options * Double(model.shares.count) * Double(totals.upperBound) * Double(min(totals.count, 10)) < 3e8
    }

    /// The totals H (in slots) that counting alone allows: at least the requirement less the shortfall
    /// the fixed coverage stages permit (and what the shifts' shapes need to cover it), at most what
    /// every agent can reach.
    private func countedTotals(results: [StageResult]) -> ClosedRange<Int> {
        let highest = model.reachable.reachable.reduce(0) { $0 + ($1.lastIndex(of: true) ?? 0) }
        var lowest = 0
        let service = results.first { $0.stage == .service }
        let floor = results.first { $0.stage == .floor }
        if let service {
            lowest = max(lowest, model.requirement.reduce(0, +) - Int((service.objective + 1e-6).rounded(.down)))
        }
        if let floor {
            lowest = max(lowest, model.minAgents * model.requirement.count - Int((floor.objective + 1e-6).rounded(.down)))
        }
        if let service, let floor {
            let allowed = Int((service.objective + floor.objective + 1e-6).rounded(.down))
            if let shaped = CoverageShapeBound(model: model).leastTotal(allowedShortfall: allowed, makeSolver: makeSolver) {
                lowest = max(lowest, shaped)
            }
        }
        return min(lowest, highest)...highest
    }

    /// The totals H (in slots) within the LP relaxation's least and greatest total hours.
    private func relaxedTotals(solver: any MixedIntegerSolver, seconds: Double) throws(ModelDefect) -> ClosedRange<Int>? {
        try solver.setObjective([Term(1, model.totalHours)])
        guard let lowest = solver.relaxationOptimum(timeLimitSeconds: seconds / 2) else { return nil }
        try solver.setObjective([Term(-1, model.totalHours)])
        guard let highest = solver.relaxationOptimum(timeLimitSeconds: seconds / 2).map({ -$0 }) else { return nil }
        let low = Int((lowest / model.slotHours - 1e-6).rounded(.up))
        let high = Int((highest / model.slotHours + 1e-6).rounded(.down))
        return low <= high ? low...high : nil
    }

    /// A lower bound from municipality totals over the totals H in `totals` (0 when none applies):
    /// - fairness: the debts each municipality's reachable totals allow, over the possible totals H;
    /// - contracts: the least shortfall each municipality's agents allow at the totals fairness leaves it;
    /// - economy: economy = H − Σ required + service, so the smallest H the fixed fairness allows.
    private func knownBound(
        _ stage: Stage, totals: ClosedRange<Int>, results: [StageResult], near: Int
    ) -> (value: Double, witness: [Int]?, applies: Bool) {
        let bound = model.fairnessBound
        let fixedLargest = results.first { $0.stage == .fairnessMax }?.objective
        let fixedSum = results.first { $0.stage == .fairnessSum }?.objective
        // Once the largest debt is fixed, only totals H near which every municipality can stay within it remain.
        let totals = fixedLargest.flatMap { bound.possibleTotals(in: totals, largest: $0) } ?? totals
        switch stage {
        case .fairnessMax:
            guard let found = bound.largestDebtWitness(totals: totals, near: near) else { return (bound.largestDebt(totals: totals), nil, true) }
            return (found.value, found.slots, true)
        case .fairnessSum:
            guard let fixedLargest, debtSumIsAffordable(largest: fixedLargest, totals: totals) else { return (0, nil, false) }
            guard let found = bound.debtSumWitness(totals: totals, largest: fixedLargest, near: near) else {
                return (bound.debtSum(totals: totals, largest: fixedLargest), nil, true)
            }
            return (found.value, found.slots, true)
        case .contracts:
            // Each municipality's total stays within the fixed largest debt of its target for some H.
            let contract = ContractBound(plan: plan, reachable: model.reachable, slotHours: model.slotHours)
            if let fixedLargest, totals.count <= Self.contractBoundTotals {
                // Per total H, with the fixed debts' sum: as loose as the fixing rows plus the check's slack.
                let slack = { (value: Double) in 2e-6 * max(1, value) + 1e-6 }
                let value = contract.value(
                    totals: totals, options: { m, total in bound.allowed(m, total, within: fixedLargest + slack(fixedLargest)) },
                    debtSumCap: fixedSum.map { $0 + slack($0) })
                return (value, nil, true)
            }
            let value = contract.value { m, total in
                guard let fixedLargest else { return true }
                let hours = Double(total) * model.slotHours
                let lowest = model.owed[m] + model.shares[m] * Double(totals.lowerBound) * model.slotHours
                let highest = model.owed[m] + model.shares[m] * Double(totals.upperBound) * model.slotHours
                // As loose as the row that keeps the largest debt fixed plus the feasibility check's slack.
                let slack = fixedLargest + 2e-6 * max(1, fixedLargest) + 1e-6
                return hours >= lowest - slack && hours <= highest + slack
            }
            return (value, nil, true)
        case .economy:
            let affordable = fixedLargest.map { debtSumIsAffordable(largest: $0, totals: totals) } ?? false
            let smallest = affordable ? fixedLargest.flatMap { bound.smallestTotal(in: totals, largest: $0, sum: fixedSum) } ?? totals.lowerBound
                : totals.lowerBound
            let required = model.requirement.reduce(0, +)
            let serviceBound = results.first { $0.stage == .service }?.bound ?? 0
            // Municipality totals at that smallest H: a roster with them (and no new shortfall) meets the bound.
            let witness = affordable ? fixedLargest.flatMap { bound.witness(total: smallest, largest: $0, sum: fixedSum) } : nil
            return (max(0, Double(smallest - required) + serviceBound), witness, true)
        default:
            return (0, nil, false)
        }
    }

    /// Runs a search again from its own result, with the next seed, while it still improves (up to
    /// `maximumRounds`) and time is left: one annealing run often stops in a local optimum that a
    /// fresh run from there leaves. The last improvement, or nil if the first round found none.
    private static func rounds(
        from start: Set<Int>, seed: UInt64, until ended: () -> Bool, _ search: (Set<Int>, UInt64) -> Set<Int>?
    ) -> Set<Int>? {
        var best: Set<Int>?
        for round in 0..<maximumRounds where !ended() {
            guard let found = search(best ?? start, seed &+ UInt64(round)) else { break }
            best = found
        }
        return best
    }

    static let maximumRounds = 8

    /// The values of the fixed earlier stages that the Swift searches must keep.
    private func fixedCaps(_ results: [StageResult]) -> TotalsSearch.Caps {
        let value = { (stage: Stage) in results.first { $0.stage == stage }?.objective }
        return TotalsSearch.Caps(
            debt: value(.fairnessMax), debtSum: value(.fairnessSum),
            contractShort: value(.contracts).map { Int(($0 / model.slotHours + 1e-6).rounded(.down)) })
    }

    /// Keeps a finished stage at its value while later stages run.
    private func fixingRow(_ stage: Stage, at value: Double) -> Constraint {
        let tolerance = stage.isIntegral ? 1e-6 : 1e-7 * max(1, abs(value))
        return Constraint(name: "keep_\(stage.rawValue)", terms: model.objective(stage), upper: value + tolerance)
    }
}


/// Seconds since the solve began.
struct SolveClock {
    private let clock = ContinuousClock()
    private let began: ContinuousClock.Instant

    init() {
        began = clock.now
    }

    var elapsed: Double {
        let duration = clock.now - began
        return Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }
}

extension SolveClock {
    func deadline(_ ends: Double) -> SearchDeadline { SearchDeadline(now: { elapsed }, ends: ends) }
}

extension Stage {
    /// A stable per-stage seed (Swift's hashValue changes between runs).
    var hashSeed: Int { Stage.allCases.firstIndex(of: self) ?? 0 }
}


