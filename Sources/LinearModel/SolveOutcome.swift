/// Why the solver stopped. Kept apart from whether a solution exists: a time limit with an
/// incumbent is a usable result, not an error.
public enum Termination: String, Sendable, Hashable {
    /// The incumbent is proven optimal (within the requested gap).
    case optimal
    /// Not proven when the time budget ran out.
    case timeLimit = "time_limit"
    /// Not proven, and the steps finished (or handed the rest of the budget on) before the time budget
    /// ran out: more time alone is unlikely to change the result.
    case searchEnded = "search_ended"
    /// Stopped from outside (Ctrl-C or a caller's request).
    case interrupted
    /// The requested relative gap was reached before proof of optimality.
    case gapReached = "gap_reached"
    /// The requested number of branch-and-bound nodes was explored.
    case nodeLimit = "node_limit"
    case infeasible
    case unbounded
    /// The solver gave up for a numerical or internal reason; `SolveOutcome.detail` says which.
    case failed
}

/// What one solve produced.
public struct SolveOutcome: Sendable {
    public let termination: Termination
    /// Values of all variables at the best solution found, or nil when none was found.
    public let values: [Double]?
    /// Objective value of `values`.
    public let objective: Double?
    /// Proven lower bound on the optimum (minimization); `-infinity` when nothing is known.
    public let bound: Double
    public let seconds: Double
    public let simplexIterations: Int
    public let nodes: Int
    public let detail: String

    public init(
        termination: Termination, values: [Double]?, objective: Double?, bound: Double, seconds: Double,
        simplexIterations: Int, nodes: Int, detail: String
    ) {
        self.termination = termination
        self.values = values
        self.objective = objective
        self.bound = bound
        self.seconds = seconds
        self.simplexIterations = simplexIterations
        self.nodes = nodes
        self.detail = detail
    }

    /// A solve that could not start because the program was refused.
    public init(failed defect: ModelDefect) {
        self.init(termination: .failed, values: nil, objective: nil, bound: -.infinity, seconds: 0,
                  simplexIterations: 0, nodes: 0, detail: defect.message)
    }

    /// Absolute gap between the solution and the bound, when both exist.
    public var absoluteGap: Double? {
        guard let objective, bound.isFinite else { return nil }
        return max(0, objective - bound)
    }

    /// Relative gap |objective − bound| / max(|objective|, 1e-9), as most solvers report it.
    public var relativeGap: Double? {
        guard let gap = absoluteGap, let objective else { return nil }
        if gap == 0 { return 0 }
        return gap / max(abs(objective), 1e-9)
    }
}

/// Progress of a running solve, as reported to an observer.
public struct SolveProgress: Sendable {
    public let incumbent: Double?
    public let bound: Double
    public let seconds: Double
    public let nodes: Int
    /// The stage's last report: its final incumbent and bound.
    public let isStageEnd: Bool

    public init(incumbent: Double?, bound: Double, seconds: Double, nodes: Int, isStageEnd: Bool = false) {
        self.incumbent = incumbent
        self.bound = bound
        self.seconds = seconds
        self.nodes = nodes
        self.isStageEnd = isStageEnd
    }
}

public struct SolveOptions: Sendable {
    /// Wall-clock budget for this solve.
    public var timeLimitSeconds: Double
    /// Stop when the relative gap falls to this value (0 = prove optimality).
    public var relativeGap: Double
    /// Every feasible solution's objective is an integer: a bound can be rounded up.
    public var objectiveIsIntegral: Bool
    /// A lower bound known from outside the solver (e.g. combinatorial reasoning); reaching it proves optimality.
    public var knownLowerBound: Double
    /// A feasible point to start from (values of all variables). A solver ignores a start that breaks
    /// its current bounds or rows.
    public var start: [Double]?
    /// Set from outside (e.g. on Ctrl-C) to stop the search; the best solution so far is returned.
    public var stop: StopRequest?
    /// Stop after this many branch-and-bound nodes: unlike a time limit, the result is reproducible.
    public var nodeLimit: Int?
    /// GLPK's feasibility pump at the root: worth it when no good start is known, wasted in a
    /// small neighbourhood that starts from the incumbent.
    public var feasibilityPump: Bool = true
    /// Pseudo-cost branching pays on hard whole problems; its start-up LPs dominate a small neighbourhood.
    public var pseudoCostBranching: Bool = true

    public init(
        timeLimitSeconds: Double, relativeGap: Double = 0, objectiveIsIntegral: Bool = false,
        knownLowerBound: Double = -.infinity, start: [Double]? = nil, stop: StopRequest? = nil, nodeLimit: Int? = nil
    ) {
        self.stop = stop
        self.nodeLimit = nodeLimit
        self.timeLimitSeconds = timeLimitSeconds
        self.relativeGap = relativeGap
        self.objectiveIsIntegral = objectiveIsIntegral
        self.knownLowerBound = knownLowerBound
        self.start = start
    }
}

/// A solver holding one program across several solves, so that lexicographic stages can change
/// the objective and add constraints without rebuilding. Not thread-safe: use it on one thread.
public protocol MixedIntegerSolver: AnyObject {
    func setObjective(_ terms: [Term]) throws(ModelDefect)
    func add(_ constraint: Constraint) throws(ModelDefect)
    func solve(_ options: SolveOptions, progress: ((SolveProgress) -> Void)?) -> SolveOutcome
    /// Changes variable bounds, e.g. to fix most shift choices while a neighbourhood is searched.
    func setBounds(_ changes: [(variable: Variable, lower: Double, upper: Double)]) throws(ModelDefect)
    /// The optimum of the LP relaxation for the current objective, or nil if none was found in time
    /// (or before `stop` was requested).
    func relaxationOptimum(timeLimitSeconds: Double, stop: StopRequest?) -> Double?
}
