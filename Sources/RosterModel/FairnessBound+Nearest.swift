extension FairnessBound {
    /// Municipality totals adding up to `total` slots with every debt within `largest` and the debts
    /// summing to at most `sum`, moving as few slots away from `current` as possible (at most
    /// `farthest`, summed over municipalities); nil when none are that close.
    ///
    /// The fixed fairness stages allow many totals vectors at a smaller H; the one nearest the
    /// roster's own totals asks for the fewest changes to reach it. Nil, too, where the DP would take
    /// more than `nearestWitnessSteps` steps.
    func nearestWitness(total: Int, largest: Double, sum: Double, current: [Int], farthest: Int, measure: Measure = .sum) -> [Int]? {
        let limit = largest + 1e-6 * max(1, largest)
        let options = reachable.indices.map { allowed($0, total, within: limit) }
        guard options.allSatisfy({ !$0.isEmpty }), farthest >= 0 else { return nil }
        // The partial sums after each municipality lie within the sums of its options' extremes: a
        // window of a few hundred slots instead of all of 0...total.
        var low = [0]
        var high = [0]
        for m in options.indices {
            low.append(low[m] + (options[m].map(\.slots).min() ?? 0))
            high.append(high[m] + (options[m].map(\.slots).max() ?? 0))
        }
        guard low[options.count] <= total, total <= high[options.count] else { return nil }
        let width = farthest + 1
        // The DP's steps: on the national week about 10^7 (a few milliseconds); the 3,000-agent week's
        // 15-minute slots and wider debts would take 10^9 and more per H.
        let steps = options.indices.reduce(0.0) { $0 + Double(high[$1] - low[$1] + 1) * Double(width) * Double(options[$1].count) }
        guard steps <= Self.nearestWitnessSteps else { return nil }
        // cost[m][(partial − low[m]) · width + distance]: least debt sum of the first m municipalities.
        var cost = [Array(repeating: Double.infinity, count: width)]
        cost[0][0] = 0
        var choice: [[Int32]] = []
        for m in options.indices {
            let span = high[m + 1] - low[m + 1] + 1
            var next = Array(repeating: Double.infinity, count: span * width)
            var picked = Array(repeating: Int32(-1), count: span * width)
            for partial in low[m]...high[m] {
                for distance in 0..<width {
                    let value = cost[m][(partial - low[m]) * width + distance]
                    guard value.isFinite else { continue }
                    for (k, option) in options[m].enumerated() {
                        let moved = distance + abs(option.slots - current[m])
                        guard moved < width else { continue }
                        let cell = (partial + option.slots - low[m + 1]) * width + moved
                        let cost = value + measure.cost(option.debt)
                        if cost < next[cell] {
                            next[cell] = cost
                            picked[cell] = Int32(k)
                        }
                    }
                }
            }
            cost.append(next)
            choice.append(picked)
        }
        let tolerance = sum + 1e-6 * max(1, sum)
        let final = cost[options.count]
        let base = (total - low[options.count]) * width
        // Unreached cells are infinite, which an infinite `sum` would otherwise let through.
        guard let distance = (0..<width).first(where: { final[base + $0].isFinite && final[base + $0] <= tolerance }) else { return nil }
        var slots = Array(repeating: 0, count: options.count)
        var partial = total
        var remaining = distance
        for m in options.indices.reversed() {
            let k = Int(choice[m][(partial - low[m + 1]) * width + remaining])
            guard k >= 0 else { return nil }
            slots[m] = options[m][k].slots
            partial -= slots[m]
            remaining -= abs(slots[m] - current[m])
        }
        return slots
    }

    /// Most DP steps one nearest witness may take.
    static let nearestWitnessSteps = 5e7
}
