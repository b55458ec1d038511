import HotlineDomain

/// One step of the lexicographic solve. `fairness` in the priorities is two steps: the largest
/// debt, then the sum.
public enum Stage: String, Sendable, Hashable, CaseIterable {
    case floor
    case service
    case fairnessMax = "fairness_max"
    case fairnessSum = "fairness_sum"
    case fairnessSpread = "fairness_spread"
    case contracts
    case economy

    /// The stages in the order the plan's priorities ask for.
    public static func order(for priorities: [Priority]) -> [Stage] {
        planned(priorities, requirement: 0).map(\.stage)
    }

    /// The stages in priority order, each with its tolerance in its own unit (`N%` of the week's
    /// requirement of `requirement` agent-slots).
    public static func planned(_ priorities: [Priority], requirement: Int) -> [PlannedStage] {
        priorities.flatMap { priority -> [PlannedStage] in
            let tolerance = priority.tolerance?.value(requirement: requirement) ?? 0
            return priority.objective.stageNames.compactMap { Stage(rawValue: $0) }.map { PlannedStage(stage: $0, tolerance: tolerance) }
        }
    }

    /// The unit a stage's objective is measured in.
    public var unit: String {
        switch self {
        case .floor, .service, .economy: "agent-slots"
        case .fairnessMax, .fairnessSum, .contracts: "hours"
        case .fairnessSpread: "hours²"
        }
    }

    /// Objectives counted in whole agent-slots: a bound can be rounded up.
    public var isIntegral: Bool {
        switch self {
        case .floor, .service, .economy: true
        case .fairnessMax, .fairnessSum, .fairnessSpread, .contracts: false
        }
    }
}

/// A stage as the priorities plan it: what later stages may give up of its value.
public struct PlannedStage: Sendable, Hashable {
    public let stage: Stage
    /// In the stage's unit; 0 keeps the stage at the value it reached (contract v1).
    public let tolerance: Double
}
