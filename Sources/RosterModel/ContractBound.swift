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
        return onSlotGrid(sum * slotHours)
    }

    /// The least total shortfall (hours) over the totals H in `totals` once fairness is fixed:
    /// `options(m, H)` lists the totals (slots) municipality m may take at H with their debts (hours),
    /// and the debts may add up to at most `debtSumCap`.
    ///
    /// The sum cap couples the municipalities; relaxing it with a price λ per hour of debt gives, for
    /// every λ ≥ 0, Σ_m min_t (shortfall_m(t) + λ·debt_m(t)) − λ·cap ≤ the least shortfall at H (weak
    /// duality), where the minimum keeps the totals adding up to H. The bound is the least over H of
    /// the best λ tried. It sees that a municipality whose contracted agents need more hours than its
    /// fair share can only get them from another municipality, raising the debts' sum, which the
    /// fixed sum stage forbids.
    func value(totals: ClosedRange<Int>, options: (Int, Int) -> [(slots: Int, debt: Double)], debtSumCap: Double?) -> Double {
        let least = contracted.indices.map(leastShortfall)
        let prices = debtSumCap == nil ? [0.0] : Self.prices
        var lowest = Double.infinity
        for total in totals {
            let choices = least.indices.map { m in
                options(m, total).compactMap { option -> PricedTotal? in
                    guard option.slots >= 0, option.slots < least[m].count, least[m][option.slots].isFinite else { return nil }
                    return PricedTotal(slots: option.slots, shortfall: least[m][option.slots] * slotHours, debt: option.debt)
                }
            }
            // A total H that some municipality cannot meet within the fixed largest debt is no roster's.
            guard choices.allSatisfy({ !$0.isEmpty }) else { continue }
            var best = 0.0
            for price in prices {
                let relaxed = Self.leastPriced(choices, total: total, price: price)
                // No totals within the fixed largest debt add up to H: no roster has it.
                guard relaxed.isFinite else {
                    best = .infinity
                    break
                }
                best = max(best, relaxed - price * (debtSumCap ?? 0))
            }
            lowest = min(lowest, best)
            if lowest <= 0 { return 0 }
        }
        return lowest.isFinite ? onSlotGrid(lowest) : 0
    }

    /// One total a municipality may take, with its least shortfall (hours) and its debt (hours).
    struct PricedTotal {
        let slots: Int
        let shortfall: Double
        let debt: Double
    }

    /// The least Σ (shortfall + price · debt) over one total per municipality, the totals adding up
    /// to `total` (a DP over the municipalities' partial sums); +infinity when none do. Without the
    /// sum, each municipality would take its own best total, and a municipality whose contracts need
    /// more hours than its share would get them from nowhere.
    static func leastPriced(_ choices: [[PricedTotal]], total: Int, price: Double) -> Double {
        var lowestSum = 0
        var costs = [0.0]
        for options in choices {
            guard let low = options.map(\.slots).min(), let high = options.map(\.slots).max() else { return .infinity }
            var next = Array(repeating: Double.infinity, count: costs.count + high - low)
            for (offset, cost) in costs.enumerated() where cost.isFinite {
                for option in options {
                    let position = offset + option.slots - low
                    next[position] = min(next[position], cost + option.shortfall + price * option.debt)
                }
            }
            lowestSum += low
            costs = next
        }
        let position = total - lowestSum
        return position >= 0 && position < costs.count ? costs[position] : .infinity
    }

    /// With every contracted minimum a whole number of slots, every shortfall is a whole number of
    /// slots too, so a bound rounds up to the next one.
    private func onSlotGrid(_ hours: Double) -> Double {
        let whole = contracted.allSatisfy { $0.allSatisfy { ($0.minimum - $0.minimum.rounded()).magnitude < 1e-9 } }
        guard whole else { return hours }
        return (hours / slotHours - 1e-6).rounded(.up) * slotHours
    }

    /// Prices per hour of debt tried in the relaxation: a contract hour against a debt hour is
    /// worth about 1, so the grid is finest there.
    static let prices: [Double] = [0, 0.25, 0.5, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 2, 3, 4, 8]

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
