/// How many agents each municipality sends: in proportion to its demand weight, at least one each,
/// and exactly one for a scarce island municipality (as long as a bigger one can take the rest).
enum AgentApportionment {
    /// Counts aligned with `weights`, summing to `agents` (≥ weights.count). After one seat each, seats
    /// go one at a time to the largest weight per (seats + ½) (Sainte-Laguë: unbiased between large
    /// and small, and a larger weight never gets fewer seats).
    static func counts(agents: Int, weights: [Double], scarce: [Bool]) -> [Int] {
        var counts = Array(repeating: 1, count: weights.count)
        let growable = weights.indices.filter { !scarce[$0] }
        // With only scarce municipalities chosen, they have to take the agents after all.
        let candidates = growable.isEmpty ? Array(weights.indices) : growable
        guard !candidates.isEmpty else { return counts }
        var remaining = agents - weights.count
        while remaining > 0 {
            var best = candidates[0]
            for index in candidates where weights[index] / (Double(counts[index]) + 0.5) > weights[best] / (Double(counts[best]) + 0.5) {
                best = index
            }
            counts[best] += 1
            remaining -= 1
        }
        return counts
    }
}
