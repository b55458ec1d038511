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
/// rest fixed) until it meets the stage's lower bound, stops paying or the budget runs out. The stage's value is
/// then fixed (as an upper limit) before the next stage.
public struct LexicographicSolver {
    public typealias SolverFactory = (MixedIntegerProgram) throws(ModelDefect) -> any MixedIntegerSolver
    public typealias ProgressHandler = (Stage, SolveProgress) -> Void

    let plan: Plan
    let model: RosterProgram
    let makeSolver: SolverFactory

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

    /// The program of a stage exactly as it is solved (earlier stages kept within the given limits).
    /// Squares (fairness_spread) enter as tangent rows, which under-estimate them between breakpoints.
    public func program(for stage: Stage, fixing earlier: [Stage: Double] = [:]) -> MixedIntegerProgram {
        var program = model.program
        // In every stage's file of a plan that has the squares, so that the files share their columns'
        // meaning (an independent optimizer reads one and takes the others' objectives).
        if !model.spread.isEmpty {
            for cut in spreadCuts(largestDebt: earlier[.fairnessMax], at: nil) { program.add(cut) }
        }
        for (fixed, limit) in earlier.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            program.add(fixingRow(fixed, at: limit))
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
        let order = Stage.planned(plan.settings.priorities, requirement: model.requirement.reduce(0, +))
        let stages = stoppingBefore.flatMap { last in order.firstIndex { $0.stage == last }.map { Array(order[..<$0]) } } ?? order
        let clock = SolveClock()
        var point = model.completePoint(chosen: [])
        var start = GreedyCoverage(model: model, plan: plan).roster()
        // Where the greedy roster leaves slots short, trade shifts until none is (or the search ends).
        let fullNeed = model.requirement.map { max($0, model.minAgents) }
        let startEnds = 0.25 * policy.timeLimitSeconds
        if let better = TotalsSearch(model: model, plan: plan).leastShortage(
            from: start, need: fullNeed, seed: 0x57A7, deadline: clock.deadline(startEnds, stop: policy.stop)) {
            start = better
        }
        let greedy = model.completePoint(chosen: start)
        if model.program.isFeasible(greedy) { point = greedy }
        var results: [StageResult] = []

        for (position, planned) in stages.enumerated() {
            let stage = planned.stage
            let stagesLeft = stages.count - position
            let remaining = max(0, policy.timeLimitSeconds - clock.elapsed)
            // Leave each later stage a slice of the budget, but let this one use most of it.
            let reserve = 0.08 * policy.timeLimitSeconds * Double(stagesLeft - 1)
            let budget = max(min(remaining, 0.5), min(remaining, max(remaining - reserve, remaining / Double(stagesLeft))))
            let began = clock.elapsed
            var run = StageRun(stage: stage, objective: model.objective(stage), ends: began + budget, requestedGap: policy.relativeGap)
            run.tolerance = planned.tolerance
            run.spreadLimit = limit(of: .fairnessSpread, in: results)
            run.value = MixedIntegerProgram.evaluate(run.objective, at: point)
            if stage == .fairnessSpread {
                let cuts = spreadCuts(largestDebt: limit(of: .fairnessMax, in: results), at: point)
                for cut in cuts { try solver.add(cut) }
                addedRows += cuts
            }

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
            // The searches stop within 0.05 s of a deadline and may pass it by a check's length.
            run.usedWholeBudget = clock.elapsed >= run.ends - 0.1
            let result = run.result
            progress?(stage, SolveProgress(incumbent: result.objective, bound: result.bound, seconds: result.seconds,
                                           nodes: result.nodes, isStageEnd: true))
            results.append(result)
            let keep = fixingRow(stage, at: result.limit)
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
        let debts = model.signedDebts(at: point)
        let components = ComponentValues(
            floor: value(.floor), service: value(.service), fairnessMax: value(.fairnessMax),
            fairnessSum: value(.fairnessSum), fairnessSpread: debts.reduce(0) { $0 + $1 * $1 }, contracts: value(.contracts),
            economy: value(.economy))
        let status: RosterStatus = results.allSatisfy(\.isProven) ? .optimal : .feasible
        return RosterSolution(roster: roster, status: status, stages: results, components: components,
                              modelSize: modelSize, interrupted: results.contains { $0.termination == .interrupted })
    }


    /// Keeps a roster if it is at least as good for the running stage; true when it kept it.
    @discardableResult
    func accept(_ candidate: [Double], into point: inout [Double], run: inout StageRun) -> Bool {
        let value = MixedIntegerProgram.evaluate(run.objective, at: candidate)
        guard value <= run.value + 1e-9 else { return false }
        // GLPK keeps the squares' limit only through their tangent rows, which under-estimate them:
        // the exact sum decides.
        if let spreadLimit = run.spreadLimit, !model.spread.isEmpty,
           MixedIntegerProgram.evaluate(model.objective(.fairnessSpread), at: candidate) > spreadLimit + Self.rowSlack(spreadLimit) {
            return false
        }
        point = candidate
        run.value = min(run.value, value)
        return true
    }


    /// Runs a search again from its own result, with the next seed, while it still improves (up to
    /// `maximumRounds`) and time is left: one annealing run often stops in a local optimum that a
    /// fresh run from there leaves. `patience` rounds in a row may find nothing before it gives up.
    /// The last improvement, or nil if no round found one.
    static func rounds(
        from start: Set<Int>, seed: UInt64, maximumRounds: Int = maximumRounds, patience: Int = 1, until ended: () -> Bool,
        _ search: (Set<Int>, UInt64) -> Set<Int>?
    ) -> Set<Int>? {
        var best: Set<Int>?
        var fruitless = 0
        for round in 0..<maximumRounds where !ended() {
            guard let found = search(best ?? start, seed &+ UInt64(round)) else {
                fruitless += 1
                if fruitless >= patience { break }
                continue
            }
            fruitless = 0
            best = found
        }
        return best
    }

    static let maximumRounds = 8

    /// The limits of the finished earlier stages that the Swift searches must keep.
    func fixedCaps(_ results: [StageResult]) -> TotalsSearch.Caps {
        let value = { (stage: Stage) in limit(of: stage, in: results) }
        // H = R − service + economy (agent-slots): an economy limit caps H where service stays.
        let service = results.last { $0.stage == .service }?.objective ?? 0
        let required = Double(model.requirement.reduce(0, +))
        return TotalsSearch.Caps(
            debt: value(.fairnessMax), debtSum: value(.fairnessSum), spread: value(.fairnessSpread),
            contractShort: value(.contracts).map { Int(($0 / model.slotHours + 1e-6).rounded(.down)) },
            staffed: value(.economy).map { Int(($0 + required - service + 1e-6).rounded(.down)) })
    }

    /// The squares' tangent rows, dense where the debts can lie: within the largest debt's limit once
    /// it is settled, else within the point's largest debt (or two longest shifts without a point).
    func spreadCuts(largestDebt: Double?, at point: [Double]?) -> [Constraint] {
        let reach = largestDebt ?? point.map { max(1, model.signedDebts(at: $0).map(abs).max() ?? 1) }
            ?? 2 * plan.settings.shifts.maxHours
        let span = reach + model.slotHours
        return model.spreadCuts(reach: span, spacing: max(0.02, span / 12))
    }

    /// The tightest limit (objective + tolerance) that the finished stages put on `stage`'s
    /// component; nil when it has not run yet.
    func limit(of stage: Stage, in results: [StageResult]) -> Double? {
        results.filter { $0.stage == stage }.map(\.limit).min()
    }

    /// Keeps a finished stage within its limit (its value plus its tolerance) while later stages run.
    func fixingRow(_ stage: Stage, at limit: Double) -> Constraint {
        let slack = stage.isIntegral ? 1e-6 : Self.rowSlack(limit)
        return Constraint(name: "keep_\(stage.rawValue)", terms: model.objective(stage), upper: limit + slack)
    }

    /// The slack of a row keeping a continuous stage's limit.
    static func rowSlack(_ limit: Double) -> Double { 1e-7 * max(1, abs(limit)) }
}


extension Stage {
    /// A stable per-stage seed (Swift's hashValue changes between runs); fixed numbers, so that a
    /// new stage changes no other stage's draws.
    var hashSeed: Int {
        switch self {
        case .floor: 0
        case .service: 1
        case .fairnessMax: 2
        case .fairnessSum: 3
        case .contracts: 4
        case .economy: 5
        case .fairnessSpread: 6
        }
    }
}
