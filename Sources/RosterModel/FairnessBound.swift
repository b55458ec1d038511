/// Lower bounds for the two fairness stages from municipality totals alone.
///
/// The LP relaxation balances hours perfectly with fractional shifts, so its fairness bound is near
/// zero and proves nothing. Hours come in whole slots and each municipality can only reach certain
/// weekly totals; for every possible total H the best achievable debts follow from those sets, with
/// the hours adding up to H. The minimum over H is a valid bound, and usually the optimum.
struct FairnessBound {
    /// What the debts are summed as: Σ|owed_after| (fairness_sum) or Σ owed_after² (fairness_spread).
    enum Measure {
        case sum, squares

        func cost(_ debt: Double) -> Double { self == .sum ? debt : debt * debt }
    }

    let reachable: [[Bool]]
    let shares: [Double]
    let owed: [Double]
    let slotHours: Double

    /// Target hours of municipality m when H slots are rostered in total: owed + share·H.
    private func target(_ m: Int, _ total: Int) -> Double {
        owed[m] + shares[m] * Double(total) * slotHours
    }

    /// Distance from the target to the nearest reachable total.
    private func nearest(_ m: Int, _ total: Int) -> Double {
        let goal = target(m, total) / slotHours
        let row = reachable[m]
        let center = min(max(Int(goal.rounded()), 0), row.count - 1)
        var best = Double.infinity
        var offset = 0
        while offset < row.count {
            for candidate in [center - offset, center + offset] where candidate >= 0 && candidate < row.count && row[candidate] {
                best = min(best, abs(goal - Double(candidate)))
            }
            if best <= Double(offset) - 1 { break }
            offset += 1
        }
        return best * slotHours
    }

    /// Reachable totals of m within `limit` hours of its target, with their debts (hours).
    func allowed(_ m: Int, _ total: Int, within limit: Double) -> [(slots: Int, debt: Double)] {
        let goal = target(m, total)
        let low = max(0, Int(((goal - limit) / slotHours - 1e-9).rounded(.up)))
        let high = min(reachable[m].count - 1, Int(((goal + limit) / slotHours + 1e-9).rounded(.down)))
        guard low <= high else { return [] }
        return (low...high).compactMap { slots in
            reachable[m][slots] ? (slots, abs(goal - Double(slots) * slotHours)) : nil
        }
    }

    /// A lower bound on the largest |owed_after| over all rosters whose total lies in `totals` (slots).
    func largestDebt(totals: ClosedRange<Int>) -> Double { largestDebtAndTotal(totals: totals).value }

    /// The bound and a total H at which the exact DP reached it (nil when the cheap bound decided).
    private func largestDebtAndTotal(totals: ClosedRange<Int>) -> (value: Double, at: Int?) {
        let municipalities = reachable.indices
        let candidates = totals.map { total in
            (simple: municipalities.reduce(0.0) { max($0, nearest($1, total)) }, total: total)
        }.sorted { ($0.simple, $0.total) < ($1.simple, $1.total) }
        var best = Double.infinity
        var at: Int?
        for (position, (simple, total)) in candidates.enumerated() {
            guard simple < best - 1e-12 else { break }
            // Past the budget every remaining total is worth at least its own simple bound.
            guard position < Self.exactEvaluations else { return (min(best, simple), simple < best ? nil : at) }
            let value = smallestLargestDebt(total: total, floor: simple, cap: min(best, simple + 4))
            if value < best { (best, at) = (value, total) }
        }
        return best.isFinite ? (best, at) : (0, nil)
    }

    /// The smallest z ≤ cap such that every municipality can be within z of its target with totals
    /// adding up to `total`; `cap` when none is.
    private func smallestLargestDebt(total: Int, floor: Double, cap: Double) -> Double {
        var levels = Set<Double>()
        for m in reachable.indices {
            for option in allowed(m, total, within: cap) where option.debt >= floor - 1e-12 {
                levels.insert(option.debt)
            }
        }
        let sorted = levels.sorted()
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if addsUp(total: total, within: sorted[middle]) { high = middle } else { low = middle + 1 }
        }
        return low < sorted.count ? sorted[low] : cap
    }

    private func addsUp(total: Int, within limit: Double) -> Bool {
        var sums = Array(repeating: false, count: total + 1)
        sums[0] = true
        for m in reachable.indices {
            let options = allowed(m, total, within: limit + 1e-9)
            guard !options.isEmpty else { return false }
            var next = Array(repeating: false, count: total + 1)
            for sum in sums.indices where sums[sum] {
                for option in options where sum + option.slots <= total {
                    next[sum + option.slots] = true
                }
            }
            sums = next
        }
        return sums[total]
    }

    /// A lower bound on Σ|owed_after| over rosters whose largest debt is at most `largest`. Where no
    /// totals H in the range keep every debt within it, the separate bound (still a lower bound).
    func debtSum(totals: ClosedRange<Int>, largest: Double, measure: Measure = .sum) -> Double {
        debtSumAndTotal(totals: totals, largest: largest, measure: measure).value
    }

    /// The least Σ|owed_after| of municipality totals adding up to exactly `total` slots with every
    /// debt within `largest` (the DP's own value at that H); nil when no such totals exist.
    func leastDebtSum(atTotal total: Int, largest: Double, measure: Measure = .sum) -> Double? {
        let value = smallestDebtSum(total: total, largest: largest, measure: measure)
        return value.isFinite ? value : nil
    }

    /// A lower bound on Σ|owed_after| from each municipality on its own: whatever H is, its debt is
    /// at least the distance from its target to its nearest reachable total. Weaker than `debtSum`
    /// (the totals need not add up to H) but O(totals × municipalities): for plans where that DP would
    /// outlast the budget (the 3,000-agent week), instead of no bound at all.
    func separateDebtSum(totals: ClosedRange<Int>, measure: Measure = .sum) -> Double {
        let best = totals.reduce(Double.infinity) { min($0, separateDebtSum(at: $1, measure: measure)) }
        return best.isFinite ? best : 0
    }

    /// Σ over municipalities of the distance to the nearest reachable total at total H.
    private func separateDebtSum(at total: Int, measure: Measure = .sum) -> Double {
        reachable.indices.reduce(0.0) { $0 + measure.cost(nearest($1, total)) }
    }

    private func debtSumAndTotal(totals: ClosedRange<Int>, largest: Double, measure: Measure = .sum) -> (value: Double, at: Int?) {
        let candidates = totals.map { total in (simple: separateDebtSum(at: total, measure: measure), total: total) }.sorted { ($0.simple, $0.total) < ($1.simple, $1.total) }
        guard let weakest = candidates.first?.simple else { return (0, nil) }
        var best = Double.infinity
        var at: Int?
        for (position, (simple, total)) in candidates.enumerated() {
            guard simple < best - 1e-12 else { break }
            // Past the budget every remaining total is worth at least its own simple bound.
            guard position < Self.exactEvaluations else { return (min(best, simple), simple < best ? nil : at) }
            let value = smallestDebtSum(total: total, largest: largest, measure: measure)
            if value < best { (best, at) = (value, total) }
        }
        return best.isFinite ? (best, at) : (weakest, nil)
    }

    private func smallestDebtSum(total: Int, largest: Double, measure: Measure = .sum) -> Double {
        var cost = Array(repeating: Double.infinity, count: total + 1)
        cost[0] = 0
        for m in reachable.indices {
            let options = allowed(m, total, within: largest + 1e-6 * max(1, largest))
            guard !options.isEmpty else { return .infinity }
            var next = Array(repeating: Double.infinity, count: total + 1)
            for sum in cost.indices where cost[sum].isFinite {
                for option in options where sum + option.slots <= total {
                    next[sum + option.slots] = min(next[sum + option.slots], cost[sum] + measure.cost(option.debt))
                }
            }
            cost = next
        }
        return cost[total]
    }

    /// The least and greatest totals H (slots) in `totals` at which every municipality can be within
    /// `largest` of its target with totals that may add up to H (a necessary condition, so every
    /// roster keeping the largest debt within `largest` has its total in the range); nil if none.
    func possibleTotals(in totals: ClosedRange<Int>, largest: Double) -> ClosedRange<Int>? {
        // As loose as the row that keeps the largest debt fixed plus the feasibility check's slack.
        let limit = largest + 2e-6 * max(1, largest) + 1e-6
        guard let lowest = totals.first(where: { isPossible($0, within: limit) }),
              let highest = totals.reversed().first(where: { isPossible($0, within: limit) }) else { return nil }
        return lowest...highest
    }

    /// Whether every municipality can be within `limit` of its target at total H with totals whose
    /// range contains H: necessary for any roster with that total and largest debt (cheap, O(M)).
    private func isPossible(_ total: Int, within limit: Double) -> Bool {
        var least = 0
        var most = 0
        for m in reachable.indices {
            guard let span = allowedSpan(m, total, within: limit) else { return false }
            least += span.lowerBound
            most += span.upperBound
        }
        return least <= total && total <= most
    }

    /// The least and greatest reachable totals of m within `limit` hours of its target.
    private func allowedSpan(_ m: Int, _ total: Int, within limit: Double) -> ClosedRange<Int>? {
        let goal = target(m, total)
        let low = max(0, Int(((goal - limit) / slotHours - 1e-9).rounded(.up)))
        let high = min(reachable[m].count - 1, Int(((goal + limit) / slotHours + 1e-9).rounded(.down)))
        guard low <= high,
              let first = (low...high).first(where: { reachable[m][$0] }),
              let last = (low...high).reversed().first(where: { reachable[m][$0] }) else { return nil }
        return first...last
    }

    /// The smallest total (slots) in `totals` whose municipality debts can stay within the fixed
    /// fairness values; nil when none can (then the caller falls back to the LP range).
    /// After `exactEvaluations` totals it returns the next one unchecked: still a lower bound on the
    /// smallest total, which is how the economy bound uses it.
    func smallestTotal(in totals: ClosedRange<Int>, largest: Double, sum: Double?, measure: Measure = .sum) -> Int? {
        let limit = largest + 2e-6 * max(1, largest) + 1e-6
        // About 10^10 DP steps in all: ~1,700 totals of the national week, ~60 of the stress week.
        let stepsPerTotal = (2 * largest / slotHours + 1) * Double(reachable.count) * Double(max(1, totals.upperBound))
        let budget = max(Self.exactEvaluations, Int(min(1e6, 1e10 / stepsPerTotal)))
        var evaluations = 0
        for total in totals where isPossible(total, within: limit) {
            if evaluations >= budget { return total }
            evaluations += 1
            if let sum {
                if smallestDebtSum(total: total, largest: largest, measure: measure) <= sum + 1e-6 * max(1, sum) { return total }
            } else if addsUp(total: total, within: largest + 1e-6 * max(1, largest)) {
                return total
            }
        }
        return nil
    }

    /// Municipality totals (slots) that reach `largestDebt`'s bound: one per municipality, adding up
    /// to the total whose bound is smallest. The realization step asks the solver for exactly these.
    /// Totals nearest `near` come first: the closer to the current roster, the easier to realize.
    func largestDebtWitness(totals: ClosedRange<Int>, near: Int? = nil) -> (value: Double, slots: [Int])? {
        let (value, at) = largestDebtAndTotal(totals: totals)
        let limit = value + 1e-6 * max(1, value)
        let nearest = Self.ordered(totals, near: near).lazy.filter { self.isPossible($0, within: limit) }.prefix(Self.witnessAttempts)
        // Then the total at which the bound itself was found, which surely has such totals.
        for total in Array(nearest) + (at.map { [$0] } ?? []) {
            if let slots = witness(total: total, largest: value, sum: nil) { return (value, slots) }
        }
        return nil
    }

    /// Municipality totals that reach `debtSum`'s bound, preferring totals near `near`, else the
    /// smallest total hours (economy comes after fairness by default).
    func debtSumWitness(
        totals: ClosedRange<Int>, largest: Double, near: Int? = nil, measure: Measure = .sum
    ) -> (value: Double, slots: [Int])? {
        let (value, at) = debtSumAndTotal(totals: totals, largest: largest, measure: measure)
        let limit = largest + 1e-6 * max(1, largest)
        let nearest = Self.ordered(totals, near: near).lazy.filter { self.isPossible($0, within: limit) }.prefix(Self.witnessAttempts)
        // Then the total at which the bound itself was found, which surely has such totals.
        for total in Array(nearest) + (at.map { [$0] } ?? []) {
            if let slots = witness(total: total, largest: largest, sum: value, measure: measure) { return (value, slots) }
        }
        return nil
    }

    /// Totals tried for a witness (one DP each, among those passing the cheap necessary check); past
    /// them the stage goes on without one.
    static let witnessAttempts = 64
    /// Totals whose exact value a bound computes with a DP before it settles for cheaper bounds.
    static let exactEvaluations = 64

    /// The totals in order of distance from `near` (ties: smaller first), or ascending without it.
    private static func ordered(_ totals: ClosedRange<Int>, near: Int?) -> [Int] {
        guard let near else { return Array(totals) }
        return totals.sorted { (abs($0 - near), $0) < (abs($1 - near), $1) }
    }

    /// Totals per municipality adding up to `total`, each debt within `largest`, and (when given)
    /// the debts summing to at most `sum`; nil when there are none.
    func witness(total: Int, largest: Double, sum: Double?, measure: Measure = .sum) -> [Int]? {
        let limit = largest + 1e-6 * max(1, largest)
        let options = reachable.indices.map { allowed($0, total, within: limit) }
        guard options.allSatisfy({ !$0.isEmpty }) else { return nil }
        // cost[m][s]: least debt sum of the first m municipalities with s slots; choice for backtracking.
        var cost = [Array(repeating: Double.infinity, count: total + 1)]
        cost[0][0] = 0
        var choice: [[Int]] = []
        for m in reachable.indices {
            var next = Array(repeating: Double.infinity, count: total + 1)
            var picked = Array(repeating: -1, count: total + 1)
            for partial in 0...total where cost[m][partial].isFinite {
                for (k, option) in options[m].enumerated() where partial + option.slots <= total {
                    let value = cost[m][partial] + measure.cost(option.debt)
                    if value < next[partial + option.slots] {
                        next[partial + option.slots] = value
                        picked[partial + option.slots] = k
                    }
                }
            }
            cost.append(next)
            choice.append(picked)
        }
        guard cost[reachable.count][total].isFinite else { return nil }
        if let sum, cost[reachable.count][total] > sum + 1e-6 * max(1, sum) { return nil }
        var slots = Array(repeating: 0, count: reachable.count)
        var remaining = total
        for m in reachable.indices.reversed() {
            let k = choice[m][remaining]
            guard k >= 0 else { return nil }
            slots[m] = options[m][k].slots
            remaining -= slots[m]
        }
        return slots
    }
}
