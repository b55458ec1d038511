import HotlineDomain
import LinearModel

extension LexicographicSolver {
    /// A lower bound on a stage, with the municipality totals that reach it where they are known.
    typealias KnownBound = (value: Double, witness: [Int]?, applies: Bool)

    /// Whether the debt-sum DP (municipalities × total × reachable totals within the largest debt, for
    /// up to 10 totals) stays within a few hundred million steps; beyond, it would outlast any budget.
    func debtSumIsAffordable(largest: Double, totals: ClosedRange<Int>) -> Bool {
        let options = 2 * largest / model.slotHours + 1
        return options * Double(model.shares.count) * Double(totals.upperBound) * Double(min(totals.count, 10)) < ProgramSizeRules.debtSumSteps
    }

    /// Whether `chosen`'s debt sum is the least its own total H allows with every debt within
    /// `largest` (the debt-sum bound's DP at that one H); false where that DP would outlast the budget.
    func reachesLeastDebtSumOfItsTotal(_ chosen: Set<Int>, largest: Double, measure: FairnessBound.Measure = .sum) -> Bool {
        let total = model.municipalitySlots(of: chosen).reduce(0, +)
        guard debtSumIsAffordable(largest: largest, totals: total...total),
              let least = model.fairnessBound.leastDebtSum(atTotal: total, largest: largest, measure: measure) else { return false }
        let stage: Stage = measure == .sum ? .fairnessSum : .fairnessSpread
        let value = MixedIntegerProgram.evaluate(model.objective(stage), at: model.completePoint(chosen: chosen))
        return value <= least + 1e-7
    }

    /// The totals H (in slots) that counting alone allows: at least the requirement less the shortfall
    /// the fixed coverage stages permit (and what the shifts' shapes need to cover it), at most what
    /// every agent can reach.
    func countedTotals(results: [StageResult]) -> ClosedRange<Int> {
        var highest = model.reachable.reachable.reduce(0) { $0 + ($1.lastIndex(of: true) ?? 0) }
        var lowest = 0
        let required = model.requirement.reduce(0, +)
        let service = limit(of: .service, in: results)
        let floor = limit(of: .floor, in: results)
        if let service {
            lowest = max(lowest, required - Int((service + 1e-6).rounded(.down)))
        }
        if let floor {
            lowest = max(lowest, model.minAgents * model.requirement.count - Int((floor + 1e-6).rounded(.down)))
        }
        // H = R − service + economy: an economy limit caps H, service being at least its bound.
        if let economy = limit(of: .economy, in: results) {
            let serviceBound = results.filter { $0.stage == .service }.map(\.bound).max() ?? 0
            highest = min(highest, required - Int((serviceBound - 1e-6).rounded(.up)) + Int((economy + 1e-6).rounded(.down)))
        }
        if let service, let floor {
            let allowed = Int((service + floor + 1e-6).rounded(.down))
            if let shaped = CoverageShapeBound(model: model).leastTotal(allowedShortfall: allowed, makeSolver: makeSolver) {
                lowest = max(lowest, shaped)
            }
        }
        return min(lowest, highest)...highest
    }

    /// The totals H (in slots) within the LP relaxation's least and greatest total hours.
    func relaxedTotals(solver: any MixedIntegerSolver, seconds: Double, stop: StopRequest?) throws(ModelDefect) -> ClosedRange<Int>? {
        try solver.setObjective([Term(1, model.totalHours)])
        guard let lowest = solver.relaxationOptimum(timeLimitSeconds: seconds / 2, stop: stop) else { return nil }
        try solver.setObjective([Term(-1, model.totalHours)])
        guard let highest = solver.relaxationOptimum(timeLimitSeconds: seconds / 2, stop: stop).map({ -$0 }) else { return nil }
        let low = Int((lowest / model.slotHours - 1e-6).rounded(.up))
        let high = Int((highest / model.slotHours + 1e-6).rounded(.down))
        return low <= high ? low...high : nil
    }

    /// A lower bound from municipality totals over the totals H in `totals` (0 when none applies):
    /// - fairness: the debts each municipality's reachable totals allow, over the possible totals H;
    /// - contracts: the least shortfall each municipality's agents allow at the totals fairness leaves it;
    /// - economy: economy = H − Σ required + service, so the smallest H the fixed fairness allows.
    func knownBound(
        _ stage: Stage, totals: ClosedRange<Int>, results: [StageResult], near: Int
    ) -> KnownBound {
        let bound = model.fairnessBound
        let fixedLargest = limit(of: .fairnessMax, in: results)
        let fixedSum = limit(of: .fairnessSum, in: results)
        // Once the largest debt is fixed, only totals H near which every municipality can stay within it remain.
        let totals = fixedLargest.flatMap { bound.possibleTotals(in: totals, largest: $0) } ?? totals
        switch stage {
        case .fairnessMax:
            guard let found = bound.largestDebtWitness(totals: totals, near: near) else { return (bound.largestDebt(totals: totals), nil, true) }
            return (found.value, found.slots, true)
        case .fairnessSum:
            guard let fixedLargest else { return (0, nil, false) }
            guard debtSumIsAffordable(largest: fixedLargest, totals: totals) else {
                return (bound.separateDebtSum(totals: totals), nil, true)
            }
            guard let found = bound.debtSumWitness(totals: totals, largest: fixedLargest, near: near) else {
                return (bound.debtSum(totals: totals, largest: fixedLargest), nil, true)
            }
            return (found.value, found.slots, true)
        case .fairnessSpread:
            // Without a settled largest debt, or where the DP would outlast the budget: each municipality on its own.
            guard let fixedLargest, debtSumIsAffordable(largest: fixedLargest, totals: totals) else {
                return (bound.separateDebtSum(totals: totals, measure: .squares), nil, true)
            }
            guard let found = bound.debtSumWitness(totals: totals, largest: fixedLargest, near: near, measure: .squares) else {
                return (bound.debtSum(totals: totals, largest: fixedLargest, measure: .squares), nil, true)
            }
            return (found.value, found.slots, true)
        case .contracts:
            // Each municipality's total stays within the fixed largest debt of its target for some H.
            let contract = ContractBound(plan: plan, reachable: model.reachable, slotHours: model.slotHours)
            if let fixedLargest, totals.count <= ProgramSizeRules.contractBoundTotals {
                // Per total H, with the fixed debts' sum: as loose as the fixing rows plus the check's slack.
                // Or, where no debt sum is settled, with the settled squares, priced the same way.
                let slack = { (value: Double) in 2e-6 * max(1, value) + 1e-6 }
                let fixedSpread = fixedSum == nil ? limit(of: .fairnessSpread, in: results) : nil
                let value = contract.value(
                    totals: totals,
                    options: { m, total in
                        let options = bound.allowed(m, total, within: fixedLargest + slack(fixedLargest))
                        return fixedSpread == nil ? options : options.map { ($0.slots, $0.debt * $0.debt) }
                    },
                    debtSumCap: (fixedSum ?? fixedSpread).map { $0 + slack($0) })
                return (value, nil, true)
            }
            let value = contract.value { m, total in
                guard let fixedLargest else { return true }
                let hours = Double(total) * model.slotHours
                let lowest = model.owed[m] + model.shares[m] * Double(totals.lowerBound) * model.slotHours
                let highest = model.owed[m] + model.shares[m] * Double(totals.upperBound) * model.slotHours
                // As loose as the row that keeps the largest debt fixed plus the feasibility check's slack.
                let slack = fixedLargest + 2e-6 * max(1, fixedLargest) + 1e-6
                return hours >= lowest - slack && hours <= highest + slack
            }
            return (value, nil, true)
        case .economy:
            let affordable = fixedLargest.map { debtSumIsAffordable(largest: $0, totals: totals) } ?? false
            // The debts' sum, or else their squares, as a settled stage holds them.
            let fixedSpread = limit(of: .fairnessSpread, in: results)
            let sumCap = fixedSum ?? fixedSpread
            let measure: FairnessBound.Measure = fixedSum == nil && fixedSpread != nil ? .squares : .sum
            let smallest = affordable
                ? fixedLargest.flatMap { bound.smallestTotal(in: totals, largest: $0, sum: sumCap, measure: measure) } ?? totals.lowerBound
                : totals.lowerBound
            let required = model.requirement.reduce(0, +)
            let serviceBound = results.filter { $0.stage == .service }.map(\.bound).max() ?? 0
            // Municipality totals at that smallest H: a roster with them (and no new shortfall) meets the bound.
            let witness = affordable ? fixedLargest.flatMap { bound.witness(total: smallest, largest: $0, sum: sumCap, measure: measure) } : nil
            return (max(0, Double(smallest - required) + serviceBound), witness, true)
        default:
            return (0, nil, false)
        }
    }

}
