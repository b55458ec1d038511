import LinearModel

/// The bookkeeping of one stage while it runs.
struct StageRun {
    let stage: Stage
    let objective: [Term]
    /// Seconds since the solve began at which this stage must stop.
    let ends: Double
    var value = 0.0
    var bound = 0.0
    /// Wall-clock seconds of the whole stage (bounds, heuristics and GLPK), set when it ends.
    var seconds = 0.0
    var simplexIterations = 0
    var nodes = 0
    var termination: Termination?
    var detail = ""
    private var lastTermination: Termination = .optimal

    init(stage: Stage, objective: [Term], ends: Double) {
        self.stage = stage
        self.objective = objective
        self.ends = ends
    }

    mutating func absorb(_ outcome: SolveOutcome) {
        simplexIterations += outcome.simplexIterations
        nodes += outcome.nodes
        lastTermination = outcome.termination
        if detail.isEmpty { detail = outcome.detail }
    }

    func isProven(gap: Double) -> Bool {
        let tolerance = 1e-6 * max(1, abs(value))
        if value <= bound + tolerance { return true }
        return gap > 0 && (value - bound) / max(abs(value), 1e-9) <= gap
    }

    var result: StageResult {
        let proven = isProven(gap: 0)
        let ending: Termination = termination ?? (proven ? .optimal : (isProven(gap: 1e-300) ? .gapReached : .timeLimit))
        return StageResult(
            stage: stage, termination: ending, objective: value, bound: proven ? value : min(bound, value),
            seconds: seconds, simplexIterations: simplexIterations, nodes: nodes, detail: detail)
    }
}
