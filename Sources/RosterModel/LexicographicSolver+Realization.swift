import HotlineDomain
import LinearModel

extension LexicographicSolver {
    /// Asks for exactly the municipality totals of a bound's witness, adjusting the current roster in
    /// Swift; true when the result is feasible and proves the stage.
    func realizeInSwift(
        _ witness: [Int], from start: Set<Int>? = nil, point: inout [Double], run: inout StageRun, addedRows: [Constraint],
        known: Double, clock: SolveClock
    ) -> Bool {
        let chosen = start ?? model.chosenShifts(at: point)
        // On national-size programs, totals that need a smaller H than the roster's were never reached
        // this way (seeds 1–3, every stage: only the least-staffing search gets below the roster's H),
        // and asking cost 5–9 s of the largest-debt stage, 7.5 s of the debt-sum one and 2.2 s of economy.
        if model.scale == .slowRelaxation, witness.reduce(0, +) < model.municipalitySlots(of: chosen).reduce(0, +) {
            return false
        }
        let ends = run.ends
        let seed = 0x7074_A150 &+ UInt64(run.stage.hashSeed)
        var attempts: [() -> Set<Int>?] = [
            { TotalsRealization(model: model, plan: plan).realize(from: chosen, targets: witness) },
        ]
        // Then exact totals with holes in the coverage, which the search repairs; then the search alone.
        let goal = TotalsSearch.Goal(targets: witness, need: model.keptNeed(of: chosen), contractLimit: nil)
        attempts.append {
            guard let holey = TotalsRealization(model: model, plan: plan).realize(from: chosen, targets: witness, allowingHoles: true)
            else { return nil }
            return TotalsSearch(model: model, plan: plan).search(from: holey, goal: goal, seed: seed, deadline: clock.deadline(ends))
        }
        attempts.append {
            TotalsSearch(model: model, plan: plan).search(from: chosen, goal: goal, seed: seed, deadline: clock.deadline(ends))
        }
        for attempt in attempts {
            guard let found = attempt() else { continue }
            let candidate = model.completePoint(chosen: found)
            guard model.program.isFeasible(candidate, extraRows: addedRows) else { continue }
            accept(candidate, into: &point, run: &run)
            run.bound = max(run.bound, known)
            guard run.isProven(gap: 0) else { continue }
            run.detail = "proven optimal: the current roster, adjusted to the municipality totals of the lower bound, meets it"
            return true
        }
        return false
    }

    /// Approaches a bound's municipality totals by exact chains (`TotalsChains`) from the current
    /// roster, coverage kept: with staffing held near its least (an economy stage's limit before
    /// fairness) the totals can only move between municipalities. True when it proves the stage.
    func approachWitnessByChains(
        _ witness: [Int], point: inout [Double], run: inout StageRun, addedRows: [Constraint], known: Double,
        caps: TotalsSearch.Caps, deadline: SearchDeadline
    ) -> Bool {
        let chosen = model.chosenShifts(at: point)
        guard let reached = TotalsChains(model: model, plan: plan).approach(
            targets: witness, from: chosen, need: model.keptNeed(of: chosen), contractCap: caps.contractShort, deadline: deadline)
        else { return false }
        acceptIfFeasible(reached.roster, into: &point, run: &run, addedRows: addedRows)
        run.bound = max(run.bound, known)
        guard run.isProven(gap: 0) else { return false }
        run.detail = "proven optimal: exact chains move the roster's hours to the municipality totals of the lower bound"
        return true
    }

    /// Realizes the best fairness totals within 1, 3 and 10 % of the current total hours, keeping
    /// each roster that improves the stage. Not a bound: `run.bound` is left alone.
    func realizeNearby(
        _ stage: Stage, point: inout [Double], run: inout StageRun, addedRows: [Constraint], results: [StageResult], clock: SolveClock
    ) {
        guard stage == .fairnessMax || stage == .fairnessSum || stage == .fairnessSpread else { return }
        let fixedLargest = limit(of: .fairnessMax, in: results)
        let measure: FairnessBound.Measure = stage == .fairnessSpread ? .squares : .sum
        let bound = model.fairnessBound
        for fraction in [0.01, 0.03, 0.1] {
            guard clock.elapsed < run.ends, !run.isProven(gap: 0) else { return }
            let current = model.municipalitySlots(of: model.chosenShifts(at: point)).reduce(0, +)
            let reach = max(1, Int(Double(current) * fraction))
            let window = max(0, current - reach)...(current + reach)
            let found = stage == .fairnessMax
                ? bound.largestDebtWitness(totals: window, near: current)
                : fixedLargest.flatMap { largest in
                    debtSumIsAffordable(largest: largest, totals: window)
                        ? bound.debtSumWitness(totals: window, largest: largest, near: current, measure: measure) : nil
                }
            guard let found, found.value < run.value - 1e-9 else { continue }
            _ = realizeInSwift(found.slots, point: &point, run: &run, addedRows: addedRows, known: run.bound, clock: clock)
        }
    }

    /// When the largest debt grows with the total hours H (a municipality that cannot take a shift
    /// owes more the more everyone works), the best totals lie below the current H, where the current
    /// roster's coverage cannot reach them by exact totals. First the roster with the fewest
    /// agent-slots beyond the need, then a search that keeps every municipality's debt near the
    /// bound at its H while still holding H down. True when it improved the roster.
    func realizeBelow(
        totals: ClosedRange<Int>, point: inout [Double], run: inout StageRun, addedRows: [Constraint], clock: SolveClock
    ) -> Bool {
        let chosen = model.chosenShifts(at: point)
        let current = model.municipalitySlots(of: chosen).reduce(0, +)
        let bound = model.fairnessBound
        guard totals.lowerBound < current,
              bound.largestDebt(totals: totals.lowerBound...(current - 1)) < run.value - 1e-9 else { return false }
        let ends = run.ends
        let need = model.keptNeed(of: chosen)
        let search = TotalsSearch(model: model, plan: plan)
        guard var from = search.leastStaffing(from: chosen, need: need, seed: 0x10E_57AF, deadline: clock.deadline(ends))
        else { return false }
        let lowest = model.municipalitySlots(of: from).reduce(0, +)
        var goal = TotalsSearch.Goal(targets: nil, need: need, contractLimit: nil)
        // The best debt within 1 % above the least H: ambitious, so the search keeps pushing.
        goal.largestDebt = bound.largestDebt(totals: lowest...(lowest + max(1, lowest / 100)))
        // Measured on the national week: weights 1–2.5 per agent-slot reach 0.4–0.8 % of the bound,
        // 3 and more let H fall at any price in fairness.
        goal.staffingWeight = 2
        let before = run.value
        // Rounds while they lower the largest debt, each from the last one's roster (national seeds
        // 2 and 3: 1.293 → 1.291 h and 1.109 → 1.108 h in a third and fourth round; a fixed two
        // left them there), but none beyond the first two starts after half the stage's budget:
        // on a slow run seed 3's fourth round left the debt-sum stage 5 s (15.43 h against 15.31 h).
        var largest = Double.infinity
        let halfway = clock.halfway(to: ends)
        for round in 0..<6 where clock.elapsed < ends && (round < 2 || clock.elapsed < halfway) {
            guard let found = search.fairest(from: from, goal: goal, seed: 0x1E7E1 &+ UInt64(round), deadline: clock.deadline(ends)),
                  found.largestDebt < largest - 1e-9 else { break }
            largest = found.largestDebt
            from = found.roster
            acceptIfFeasible(found.roster, into: &point, run: &run, addedRows: addedRows)
        }
        return run.value < before - 1e-9
    }
}

extension LexicographicSolver {
    /// The largest debt where an economy limit holds the total H in a band above its least (contract
    /// v2): the roster starts at the least H, and the fair totals usually need more hours, which
    /// `realizeBelow` never looks for. Rounds of the fairest-roster search, each from the last one's
    /// roster, with H free up to `staffed` agent-slots and the debts scored above `bound`. True when
    /// it improved the roster.
    func fairestWithinStaffing(
        atMost staffed: Int, bound: Double, point: inout [Double], run: inout StageRun, addedRows: [Constraint], clock: SolveClock,
        ends: Double
    ) -> Bool {
        var from = model.chosenShifts(at: point)
        let need = model.keptNeed(of: from)
        var goal = TotalsSearch.Goal(targets: nil, need: need, contractLimit: nil)
        goal.largestDebt = bound
        goal.staffedCap = staffed
        goal.staffingWeight = Self.bandStaffingWeight
        let search = TotalsSearch(model: model, plan: plan)
        let before = run.value
        var largest = run.value
        for round in 0..<6 where clock.elapsed < ends {
            guard let found = search.fairest(from: from, goal: goal, seed: 0xFA1E_57 &+ UInt64(round), deadline: clock.deadline(ends)),
                  found.largestDebt < largest - 1e-9 else { break }
            largest = found.largestDebt
            from = found.roster
            acceptIfFeasible(found.roster, into: &point, run: &run, addedRows: addedRows)
        }
        return run.value < before - 1e-9
    }

    /// Score per agent-slot of H in the band: the least H is often where the bound's totals lie (the
    /// bundled week: weight 0 ended at 1.470 h with the whole band used, 1 at 1.458 h proven at the
    /// least H; national seed 1: 1.281 → 1.280 h; 30×400 seed 2: 1.300 → 1.301 h).
    static let bandStaffingWeight = 1.0

    /// The debt-sum stage where the bound's totals lie at another H than the roster's (the realization
    /// above only changes totals at the roster's own H on national weeks): at each H within `reach` of
    /// the roster's and within `allowed` (the totals counting allows), nearest first, the totals
    /// nearest the roster's with every debt within `largest`
    /// and their sum at the bound — then, where none is reached, at any sum below the roster's — are
    /// approached by exact chains (`TotalsChains`). A roster they reach is kept when it passes the
    /// whole program's check and improves the stage. True when it improved the roster.
    @discardableResult
    func approachDebtSumByChains(
        largest: Double, bound: Double, measure: FairnessBound.Measure = .sum, reach: Int, allowed: ClosedRange<Int>, point: inout [Double], run: inout StageRun,
        addedRows: [Constraint], contractCap: Int?, deadline: SearchDeadline
    ) -> Bool {
        let chains = TotalsChains(model: model, plan: plan)
        let before = run.value
        for sum in [bound, run.value - 1e-6 * max(1, run.value)] where run.value > bound + 1e-9 {
            let chosen = model.chosenShifts(at: point)
            let totals = model.municipalitySlots(of: chosen)
            let need = model.keptNeed(of: chosen)
            let current = totals.reduce(0, +)
            let nearestFirst = (max(0, current - reach)...(current + reach)).filter(allowed.contains)
                .sorted { (abs($0 - current), $0) < (abs($1 - current), $1) }
            for total in nearestFirst where !deadline.hasPassed {
                guard let targets = model.fairnessBound.nearestWitness(
                    total: total, largest: largest, sum: sum, current: totals, farthest: 2 * abs(current - total) + 40, measure: measure),
                    let reached = chains.approach(targets: targets, from: chosen, need: need, contractCap: contractCap, deadline: deadline),
                    reached.roster != chosen
                else { continue }
                let value = run.value
                acceptIfFeasible(reached.roster, into: &point, run: &run, addedRows: addedRows)
                if run.value < value - 1e-9 { break }
            }
        }
        return run.value < before - 1e-9
    }

    /// How far from the roster's total H (slots) the chains look for totals (national week: the
    /// debt-sum bound's totals lie 8 below the roster's H on seed 1, 42 on seed 3).
    static let chainReach = 45
}
