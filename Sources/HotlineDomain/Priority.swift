/// What one entry of `priorities` minimises: a stage, or `fairness`, which stands for two.
public enum PriorityObjective: String, Sendable, Hashable, CaseIterable {
    /// Agent-slots below the floor.
    case floor
    /// Agent-slots short of the Erlang C requirement.
    case service
    /// Shorthand for `fairness_max` then `fairness_sum`, the tolerance applying to each.
    case fairness
    /// The largest |owed_after| (hours).
    case fairnessMax = "fairness_max"
    /// Σ |owed_after| (hours).
    case fairnessSum = "fairness_sum"
    /// Σ owed_after² (hours²): spreads a debt nobody can avoid over many municipalities.
    case fairnessSpread = "fairness_spread"
    /// Hours short of agents' contracted minimum.
    case contracts
    /// Agent-slots above the requirement.
    case economy

    /// The stages this entry stands for, in order.
    public var stageNames: [String] {
        self == .fairness ? [Self.fairnessMax.rawValue, Self.fairnessSum.rawValue] : [rawValue]
    }

    /// Whether a tolerance may be written as a share of the week's requirement (`N%`): only for the
    /// stages counted in agent-slots.
    public var acceptsPercent: Bool {
        switch self {
        case .floor, .service, .economy: true
        default: false
        }
    }
}

/// How much of a stage's value later stages may give up (Gurobi's ObjNAbsTol).
public enum PriorityTolerance: Sendable, Hashable {
    /// In the stage's own unit: agent-slots, hours or hours².
    case absolute(Double)
    /// A percentage of the week's requirement R = Σ_t r_t agent-slots (agent-slot stages only).
    case percentOfRequirement(Double)

    /// The tolerance in the stage's unit, given the week's requirement in agent-slots.
    public func value(requirement: Int) -> Double {
        switch self {
        case .absolute(let value): value
        case .percentOfRequirement(let percent): percent / 100 * Double(requirement)
        }
    }
}

/// One entry of `priorities`: stage k minimises its objective while every earlier stage j keeps
/// z_j ≤ z_j* + tolerance_j.
public struct Priority: Sendable, Hashable, CustomStringConvertible {
    public let objective: PriorityObjective
    public let tolerance: PriorityTolerance?

    public init(_ objective: PriorityObjective, tolerance: PriorityTolerance? = nil) {
        self.objective = objective
        self.tolerance = tolerance
    }

    /// As hotline.yaml writes it: `economy`, `economy: 5%`, `fairness_max: 0.25`.
    public var description: String {
        switch tolerance {
        case nil: objective.rawValue
        case .absolute(let value): "\(objective.rawValue): \(Self.number(value))"
        case .percentOfRequirement(let percent): "\(objective.rawValue): \(Self.number(percent))%"
        }
    }

    /// Up to six decimals, no trailing zeros: the same text for the same value everywhere.
    private static func number(_ value: Double) -> String {
        let micros = Int((abs(value) * 1e6).rounded())
        var fraction = String(micros % 1_000_000)
        fraction = String(repeating: "0", count: 6 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let whole = (value < 0 && micros > 0 ? "-" : "") + String(micros / 1_000_000)
        return fraction.isEmpty ? whole : whole + "." + fraction
    }

    /// Contract v1's order (every stage exact, fairness before economy).
    public static let v1Order: [Priority] = [.init(.floor), .init(.service), .init(.fairness), .init(.contracts), .init(.economy)]

    /// Contract v2's default: staffing held within 5 % of the requirement above its least before
    /// fairness, then fairness (largest debt, then squares), contracts and economy again.
    public static let v2Default: [Priority] = [
        .init(.floor), .init(.service), .init(.economy, tolerance: .percentOfRequirement(5)), .init(.fairnessMax),
        .init(.fairnessSpread), .init(.contracts), .init(.economy),
    ]
}
