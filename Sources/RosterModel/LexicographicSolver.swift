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

/// Solves the roster program stage by stage in priority order: each stage starts from the previous
/// stage's roster and its result is fixed (as an upper limit) before the next stage.
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
        for (fixed, value) in earlier {
            program.add(fixingRow(fixed, at: value))
        }
        program.objective = model.objective(stage)
        return program
    }

    public func solve(_ policy: SolvePolicy, progress: ProgressHandler? = nil) throws(ModelDefect) -> RosterSolution {
        let solver = try makeSolver(model.program)
        let stages = Stage.order(for: plan.settings.priorities)
        let clock = ContinuousClock()
        let began = clock.now
        var point = model.completePoint(chosen: [])
        var results: [StageResult] = []
        var interrupted = false

        for (position, stage) in stages.enumerated() {
            let objective = model.objective(stage)
            let elapsed = Self.seconds(clock.now - began)
            let remaining = max(0, policy.timeLimitSeconds - elapsed)
            let stagesLeft = stages.count - position
            // Leave each later stage a slice of the budget, but let this one use most of it.
            let reserve = 0.08 * policy.timeLimitSeconds * Double(stagesLeft - 1)
            let limit = max(min(remaining, 0.5), min(remaining, max(remaining - reserve, remaining / Double(stagesLeft))))
            let startValue = MixedIntegerProgram.evaluate(objective, at: point)

            var outcome: SolveOutcome?
            if policy.stop?.isRequested != true, !objective.isEmpty {
                let knownBound = try combinatorialBound(stage, solver: solver, fixedLargestDebt: results.first { $0.stage == .fairnessMax }?.objective, limit: limit)
                if knownBound > 0 {
                    // Valid for every roster, and it lifts the LP bound to where proofs are possible.
                    try solver.add(Constraint(name: "bound_\(stage.rawValue)", terms: objective, lower: knownBound - 1e-9))
                }
                try solver.setObjective(objective)
                let options = SolveOptions(
                    timeLimitSeconds: max(0.1, limit - Self.seconds(clock.now - began) + elapsed), relativeGap: policy.relativeGap,
                    objectiveIsIntegral: stage.isIntegral, knownLowerBound: max(0, knownBound), start: point, stop: policy.stop)
                outcome = solver.solve(options, progress: progress.map { handler in { handler(stage, $0) } })
            }
            if let values = outcome?.values {
                let candidate = model.completePoint(chosen: model.chosenShifts(at: values))
                if MixedIntegerProgram.evaluate(objective, at: candidate) <= startValue + 1e-9 {
                    point = candidate
                }
            }
            let value = MixedIntegerProgram.evaluate(objective, at: point)
            let result = Self.stageResult(stage, outcome: outcome, value: value, emptyObjective: objective.isEmpty,
                                          stopped: policy.stop?.isRequested == true)
            interrupted = interrupted || result.termination == .interrupted
            results.append(result)
            try solver.add(fixingRow(stage, at: value))
        }

        let chosen = model.chosenShifts(at: point)
        let roster = Roster(shifts: chosen.map { index in
            let candidate = model.catalog.shifts[index]
            return Shift(agent: plan.agents[candidate.agent].key, day: candidate.day,
                         window: TimeWindow(start: candidate.start, end: candidate.end))
        })
        let components = ComponentValues(
            floor: MixedIntegerProgram.evaluate(model.objective(.floor), at: point),
            service: MixedIntegerProgram.evaluate(model.objective(.service), at: point),
            fairnessMax: MixedIntegerProgram.evaluate(model.objective(.fairnessMax), at: point),
            fairnessSum: MixedIntegerProgram.evaluate(model.objective(.fairnessSum), at: point),
            contracts: MixedIntegerProgram.evaluate(model.objective(.contracts), at: point),
            economy: MixedIntegerProgram.evaluate(model.objective(.economy), at: point))
        let status: RosterStatus = results.allSatisfy(\.isProven) ? .optimal : .feasible
        return RosterSolution(roster: roster, status: status, stages: results, components: components,
                              modelSize: modelSize, interrupted: interrupted)
    }

    /// A lower bound from municipality totals for the fairness stages (0 for the others): the range of
    /// total hours the earlier stages allow comes from two LPs, the debts from `FairnessBound`.
    private func combinatorialBound(_ stage: Stage, solver: any MixedIntegerSolver, fixedLargestDebt: Double?, limit: Double) throws(ModelDefect) -> Double {
        guard stage == .fairnessMax || stage == .fairnessSum else { return 0 }
        let total = [Term(1, model.totalHours)]
        try solver.setObjective(total)
        guard let lowest = solver.relaxationOptimum(timeLimitSeconds: limit / 4) else { return 0 }
        try solver.setObjective([Term(-1, model.totalHours)])
        guard let highest = solver.relaxationOptimum(timeLimitSeconds: limit / 4).map({ -$0 }) else { return 0 }
        let low = Int((lowest / model.slotHours - 1e-6).rounded(.up))
        let high = Int((highest / model.slotHours + 1e-6).rounded(.down))
        guard low <= high else { return 0 }
        let bound = model.fairnessBound
        switch stage {
        case .fairnessMax: return bound.largestDebt(totals: low...high)
        case .fairnessSum: return fixedLargestDebt.map { bound.debtSum(totals: low...high, largest: $0) } ?? 0
        default: return 0
        }
    }

    /// Keeps a finished stage at its value while later stages run.
    private func fixingRow(_ stage: Stage, at value: Double) -> Constraint {
        let tolerance = stage.isIntegral ? 1e-6 : 1e-7 * max(1, abs(value))
        return Constraint(name: "keep_\(stage.rawValue)", terms: model.objective(stage), upper: value + tolerance)
    }

    private static func stageResult(_ stage: Stage, outcome: SolveOutcome?, value: Double, emptyObjective: Bool, stopped: Bool) -> StageResult {
        guard let outcome else {
            // Nothing to optimize (e.g. no agent has a contracted minimum) is trivially optimal.
            return StageResult(
                stage: stage, termination: emptyObjective ? .optimal : .interrupted, objective: value,
                bound: emptyObjective ? value : 0, seconds: 0, simplexIterations: 0, nodes: 0,
                detail: emptyObjective ? "nothing to optimize" : "not started: stop requested")
        }
        let bound = min(value, outcome.bound.isFinite ? outcome.bound : 0)
        let proven = outcome.termination == .optimal || value <= bound + 1e-6 * max(1, abs(value))
        return StageResult(
            stage: stage, termination: proven ? .optimal : outcome.termination, objective: value,
            bound: proven ? value : bound, seconds: outcome.seconds, simplexIterations: outcome.simplexIterations,
            nodes: outcome.nodes, detail: outcome.detail)
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }
}
