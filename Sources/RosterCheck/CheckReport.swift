/// The quality components of a roster, recomputed from the plan and roster.csv (lower is better).
public struct RecomputedComponents: Sendable, Hashable {
    /// Σ_t max(0, min_agents − s_t), in agent-slots.
    public let floor: Double
    /// Σ_t max(0, r_t − s_t), in agent-slots.
    public let service: Double
    /// max_m |owed_after_m|, in hours.
    public let fairnessMax: Double
    /// Σ_m |owed_after_m|, in hours.
    public let fairnessSum: Double
    /// Σ_m owed_after_m², in hours².
    public let fairnessSpread: Double
    /// Σ_a max(0, min_hours_a − hours_a), in hours.
    public let contracts: Double
    /// Σ_t max(0, s_t − r_t), in agent-slots.
    public let economy: Double
    /// H: every counted shift's length, in hours.
    public let totalHours: Double

    public init(
        floor: Double, service: Double, fairnessMax: Double, fairnessSum: Double, fairnessSpread: Double, contracts: Double,
        economy: Double, totalHours: Double
    ) {
        self.floor = floor
        self.service = service
        self.fairnessMax = fairnessMax
        self.fairnessSum = fairnessSum
        self.fairnessSpread = fairnessSpread
        self.contracts = contracts
        self.economy = economy
        self.totalHours = totalHours
    }

    /// The components as summary.json names them, in that file's order.
    var named: [(key: String, value: Double)] {
        [("floor", floor), ("service", service), ("fairness_max", fairnessMax), ("fairness_sum", fairnessSum),
         ("fairness_spread", fairnessSpread), ("contracts", contracts), ("economy", economy)]
    }
}

/// One municipality's fairness figures, recomputed from the plan and roster.csv.
public struct RecomputedFairness: Sendable, Hashable {
    public let municipality: String
    public let share: Double
    /// share × H + owed_before.
    public let targetHours: Double
    public let rosteredHours: Double
    /// The most its agents could work this week.
    public let availableHours: Double
    public let owedBefore: Double
    public let owedAfter: Double
}

/// The outcome of checking one roster folder.
public struct CheckReport: Sendable {
    /// Sorted by file, then line; empty when the roster passed.
    public let findings: [CheckFinding]
    public let components: RecomputedComponents
    /// Data rows of roster.csv.
    public let shiftCount: Int
    /// False when roster.csv is malformed: nothing was recounted (`components` are those of an
    /// empty roster) and no other file was checked; the findings say what is wrong with roster.csv.
    public let rosterCounted: Bool
    /// Per municipality, sorted by id (empty when nothing was recounted).
    public let fairness: [RecomputedFairness]
    /// Σ_t r_t over the open slots, in agent-slots, and the slot length in hours.
    public let requiredAgentSlots: Int
    public let slotHours: Double

    public init(
        findings: [CheckFinding], components: RecomputedComponents, shiftCount: Int, rosterCounted: Bool = true,
        fairness: [RecomputedFairness] = [], requiredAgentSlots: Int = 0, slotHours: Double = 0
    ) {
        self.findings = findings
        self.components = components
        self.shiftCount = shiftCount
        self.rosterCounted = rosterCounted
        self.fairness = fairness
        self.requiredAgentSlots = requiredAgentSlots
        self.slotHours = slotHours
    }

    public var passed: Bool { rosterCounted && findings.isEmpty }

    /// PASS or FAIL, the recomputed components, and every finding, one per line.
    public func render() -> String {
        var lines: [String] = []
        let shifts = "\(shiftCount) \(shiftCount == 1 ? "shift" : "shifts")"
        let hours = "\(NumberText.format(components.totalHours)) hours rostered"
        let count = "\(findings.count) \(findings.count == 1 ? "finding" : "findings")"
        if !rosterCounted {
            lines.append("FAIL: \(count) (roster.csv cannot be read as a roster, so nothing was recounted and no other file was checked)")
            lines.append("findings:")
            lines += findings.map { "  \($0)" }
            return lines.joined(separator: "\n") + "\n"
        }
        if passed {
            lines.append("PASS: \(shifts), \(hours); every file agrees with the plan")
        } else {
            lines.append("FAIL: \(count) (\(shifts), \(hours))")
        }
        lines.append("recomputed components:")
        for (key, value) in components.named {
            lines.append("  " + key + String(repeating: " ", count: max(1, 17 - key.count)) + NumberText.format(value))
        }
        if !findings.isEmpty {
            lines.append("findings:")
            lines += findings.map { "  \($0)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
