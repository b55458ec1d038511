import LinearModel

/// The bookkeeping of one stage while it runs.
struct StageRun {
    let stage: Stage
    let objective: [Term]
    /// Seconds since the solve began at which this stage must stop.
    let ends: Double
    /// The relative gap at which the stage may stop (`--gap`; 0 = prove optimality).
    let requestedGap: Double
    var value = 0.0
    var bound = 0.0
    /// What later stages may give up of this stage's value (its unit).
    var tolerance = 0.0
    /// The limit an earlier fairness_spread stage set, which GLPK's tangent rows keep only roughly.
    var spreadLimit: Double?
    /// Wall-clock seconds of the whole stage (bounds, heuristics and GLPK), set when it ends.
    var seconds = 0.0
    var simplexIterations = 0
    var nodes = 0
    var termination: Termination?
    /// Whether the stage ran until its budget ended (set when it ends): an unproven stage that did
    /// is `time_limit`, one whose searches ended sooner is `search_ended`.
    var usedWholeBudget = true
    var detail = ""
    private var lastTermination: Termination = .optimal

    init(stage: Stage, objective: [Term], ends: Double, requestedGap: Double = 0) {
        self.stage = stage
        self.objective = objective
        self.ends = ends
        self.requestedGap = requestedGap
    }

    /// Whether the stage may stop here, not proven but within the requested gap of `known` (a valid
    /// bound, which is kept): the rest of its budget goes to the later stages.
    mutating func stopsWithinRequestedGap(bound known: Double) -> Bool {
        guard requestedGap > 0 else { return false }
        bound = max(bound, min(known, value))
        guard !isProven(gap: 0), isProven(gap: requestedGap) else { return false }
        termination = .gapReached
        detail = "stopped within the requested gap (\(requestedGap)): roster from the searches so far, bound from municipality totals"
        return true
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
        let unproven: Termination = usedWholeBudget ? .timeLimit : .searchEnded
        let ending: Termination = termination ?? (proven ? .optimal : (isProven(gap: requestedGap) ? .gapReached : unproven))
        return StageResult(
            stage: stage, termination: ending, objective: value, bound: proven ? value : min(bound, value),
            tolerance: tolerance, seconds: seconds, simplexIterations: simplexIterations, nodes: nodes, detail: detail)
    }
}
