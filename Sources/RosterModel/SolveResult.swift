import HotlineDomain
import LinearModel

/// How one lexicographic stage ended.
public struct StageResult: Sendable {
    public let stage: Stage
    public let termination: Termination
    /// The stage objective of the roster kept after this stage.
    public let objective: Double
    /// Proven lower bound on the stage optimum (given the earlier stages' limits).
    public let bound: Double
    /// What later stages may give up of `objective` (the stage's unit; 0 = keep it exactly).
    public let tolerance: Double
    public let seconds: Double
    public let simplexIterations: Int
    public let nodes: Int
    public let detail: String

    public var isProven: Bool { termination == .optimal }
    /// objective + tolerance: what every later stage keeps this stage's component at or below.
    public var limit: Double { objective + tolerance }
    /// Gap in the stage's own unit (hours or agent-slots).
    public var absoluteGap: Double { bound.isFinite ? max(0, objective - bound) : .infinity }
    /// Relative gap; meaningless near zero objectives, so always read it with `absoluteGap`.
    public var relativeGap: Double {
        let gap = absoluteGap
        if gap == 0 { return 0 }
        return gap / max(abs(objective), 1e-9)
    }
}

public struct ModelSize: Sendable, Hashable {
    public let candidateShifts: Int
    public let variables: Int
    public let binaries: Int
    public let constraints: Int
    public let nonzeros: Int
}

/// Overall status: optimal only when every stage was proven optimal.
public enum RosterStatus: String, Sendable {
    case optimal
    case feasible
}

/// The values of the five components of a roster, as the model computes them.
public struct ComponentValues: Sendable, Hashable {
    public let floor: Double
    public let service: Double
    public let fairnessMax: Double
    public let fairnessSum: Double
    /// Σ owed_after² (hours²).
    public let fairnessSpread: Double
    public let contracts: Double
    public let economy: Double
}

public struct RosterSolution: Sendable {
    public let roster: Roster
    public let status: RosterStatus
    public let stages: [StageResult]
    public let components: ComponentValues
    public let modelSize: ModelSize
    /// True when a stop was requested (e.g. Ctrl-C) before every stage finished.
    public let interrupted: Bool
}
