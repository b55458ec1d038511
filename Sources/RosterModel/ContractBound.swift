import HotlineDomain

/// A lower bound on the contracts component (Σ max(0, min_hours − hours) over agents) from totals.
///
/// The LP relaxation spreads fractional shifts over agents and proves nothing here. Each agent can
/// only reach certain weekly totals, and once fairness is fixed each municipality's total lies within
/// the largest debt of its target. Per municipality, a knapsack over its agents' reachable totals gives
/// the least shortfall for every municipality total; the bound is the sum over municipalities of the
/// least shortfall among the totals it may still take.
struct ContractBound {
    /// Per municipality: (contracted minimum in slots, reachable totals) of each agent with a minimum,
    /// and the combined reachable totals of the agents without one.
    private let contracted: [[(minimum: Double, totals: [Bool])]]
    private let uncontracted: [[Bool]]
    private let slotHours: Double

    init(plan: Plan, reachable: ReachableHours, slotHours: Double) {
        let municipalityIndex = Dictionary(uniqueKeysWithValues: plan.municipalities.enumerated().map { ($1.id, $0) })
        var contracted = Array(repeating: [(minimum: Double, totals: [Bool])](), count: plan.municipalities.count)
        var uncontracted = Array(repeating: [true], count: plan.municipalities.count)
        for (a, agent) in plan.agents.enumerated() {
            guard let m = municipalityIndex[agent.municipality], a < reachable.agentTotals.count else { continue }
            if agent.minHours > 0 {
                contracted[m].append((agent.minHours / slotHours, reachable.agentTotals[a]))
            } else {
                uncontracted[m] = ReachableHours.sumset(uncontracted[m], reachable.agentTotals[a])
            }
        }
        self.contracted = contracted
        self.uncontracted = uncontracted
        self.slotHours = slotHours
    }

    /// The least total shortfall (hours) when municipality m's total (slots) must satisfy `allowed(m, total)`.
    func value(allowed: (Int, Int) -> Bool) -> Double {
        var sum = 0.0
        for m in contracted.indices where !contracted[m].isEmpty {
            let least = leastShortfall(m)
            var best = Double.infinity
            for total in least.indices where least[total].isFinite && allowed(m, total) {
                best = min(best, least[total])
            }
            // No allowed total: the fixed stages leave nothing to bound (they are met by the roster).
            if best.isFinite { sum += best }
        }
        return sum * slotHours
    }

    /// least[t]: the smallest shortfall (slots) of m's contracted agents when m's agents work t slots in all.
    private func leastShortfall(_ m: Int) -> [Double] {
        var least = uncontracted[m].map { $0 ? 0.0 : Double.infinity }
        for agent in contracted[m] {
            let options = agent.totals.indices.filter { agent.totals[$0] }
            var next = Array(repeating: Double.infinity, count: least.count + agent.totals.count - 1)
            for total in least.indices where least[total].isFinite {
                for hours in options {
                    let cost = least[total] + max(0, agent.minimum - Double(hours))
                    if cost < next[total + hours] { next[total + hours] = cost }
                }
            }
            least = next
        }
        return least
    }
}
