import HotlineDomain

/// One step of the lexicographic solve. Fairness is two steps: the largest debt, then the sum.
public enum Stage: String, Sendable, Hashable, CaseIterable {
    case floor
    case service
    case fairnessMax = "fairness_max"
    case fairnessSum = "fairness_sum"
    case contracts
    case economy

    /// The stages in the order the plan's priorities ask for.
    public static func order(for priorities: [Component]) -> [Stage] {
        priorities.flatMap { component -> [Stage] in
            switch component {
            case .floor: [.floor]
            case .service: [.service]
            case .fairness: [.fairnessMax, .fairnessSum]
            case .contracts: [.contracts]
            case .economy: [.economy]
            }
        }
    }

    /// The unit a stage's objective is measured in.
    public var unit: String {
        switch self {
        case .floor, .service, .economy: "agent-slots"
        case .fairnessMax, .fairnessSum, .contracts: "hours"
        }
    }

    /// Objectives counted in whole agent-slots: a bound can be rounded up.
    var isIntegral: Bool {
        switch self {
        case .floor, .service, .economy: true
        case .fairnessMax, .fairnessSum, .contracts: false
        }
    }
}
