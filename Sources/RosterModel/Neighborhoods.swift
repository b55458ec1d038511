import HotlineDomain
import SeededRandomness

/// Chooses which municipalities' agents may change in one neighbourhood-search step. The rest of
/// the roster stays fixed, which leaves GLPK a small problem it solves quickly.
struct Neighborhoods {
    private let model: RosterProgram
    private var random: SplitMix64
    /// Agents per municipality (indices into `Plan.agents`).
    private let agentsOf: [[Int]]

    init(model: RosterProgram, plan: Plan, seed: UInt64) {
        self.model = model
        random = SplitMix64(seed: seed)
        let index = Dictionary(uniqueKeysWithValues: plan.municipalities.enumerated().map { ($1.id, $0) })
        var agentsOf = Array(repeating: [Int](), count: plan.municipalities.count)
        for (a, agent) in plan.agents.enumerated() {
            if let m = index[agent.municipality] { agentsOf[m].append(a) }
        }
        self.agentsOf = agentsOf
    }

    /// Municipalities to free: those the stage points at first, then random ones until about
    /// `agentTarget` agents are free.
    mutating func choose(for stage: Stage, at point: [Double], step: Int, agentTarget: Int) -> Set<Int> {
        var chosen: [Int] = []
        switch stage {
        case .fairnessMax, .fairnessSum, .fairnessSpread:
            // The most-owing and the most-over municipalities trade hours.
            let debts = model.signedDebts(at: point)
            let owing = debts.indices.filter { debts[$0] > 1e-9 }.sorted { debts[$0] > debts[$1] }
            let over = debts.indices.filter { debts[$0] < -1e-9 }.sorted { debts[$0] < debts[$1] }
            let rotation = stage == .fairnessMax ? step % 3 : step
            if !owing.isEmpty { chosen.append(owing[rotation % owing.count]) }
            if !over.isEmpty { chosen.append(over[(rotation / 2) % over.count]) }
            if let first = owing.first { chosen.append(first) }
            if let first = over.first { chosen.append(first) }
        case .contracts:
            let short = model.municipalitiesWithContractShortfall(at: point)
            if !short.isEmpty { chosen.append(short[step % short.count]) }
        case .floor, .service, .economy:
            break
        }
        var free = Set(chosen)
        var agents = free.reduce(0) { $0 + agentsOf[$1].count }
        var attempts = 0
        while agents < agentTarget, free.count < agentsOf.count, attempts < 10 * agentsOf.count {
            attempts += 1
            let m = Int(random.next() % UInt64(agentsOf.count))
            if free.insert(m).inserted { agents += agentsOf[m].count }
        }
        return free
    }
}
