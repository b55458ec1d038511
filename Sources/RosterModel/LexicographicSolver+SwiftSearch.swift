import HotlineDomain
import LinearModel

/// The Swift searches that improve a stage's roster while keeping the coverage and every earlier
/// stage: no LP, so they fit programs of any size.
extension LexicographicSolver {
    /// Contracts within the municipality totals the earlier stages settled: redistributes each
    /// municipality's hours among its agents, contracted minimums first.
    func rebalanceContracts(point: inout [Double], run: inout StageRun, addedRows: [Constraint]) {
        let chosen = model.chosenShifts(at: point)
        let totals = model.municipalitySlots(of: chosen)
        if let adjusted = TotalsRealization(model: model, plan: plan).realize(from: chosen, targets: totals, rebalance: true) {
            acceptIfFeasible(adjusted, into: &point, run: &run, addedRows: addedRows)
        }
    }

    /// Trades hours between municipalities directly, each debt within the fixed largest: exact
    /// totals are hard to reach when the roster staffs little beyond the need. Stops at `lowerBound`
    /// (hours), where nothing better exists.
    func improveDebtSum(
        within largest: Double, lowerBound: Double, measure: FairnessBound.Measure = .sum, caps: TotalsSearch.Caps = .init(),
        point: inout [Double], run: inout StageRun, addedRows: [Constraint], clock: SolveClock, ends: Double
    ) {
        var reachedBound = run.value <= lowerBound + 1e-7
        guard !reachedBound else { return }
        let chosen = model.chosenShifts(at: point)
        let need = model.keptNeed(of: chosen)
        let search = TotalsSearch(model: model, plan: plan)
        // The rounds keep H where the first one left it (national seeds 1–3: never moved after it), so
        // a roster at the least sum its own H allows (the bound's DP at that H) ends them: the rest of
        // the budget is the later stages' (national seeds 1 and 3: contracts 23–30 → 11.5–17 h).
        var reachedOwnTotalsLeast = false
        let first = UInt64(0xD5_0B7)
        // Seeds that find nothing are common here and cheap (an H-pinned roster leaves few moves):
        // 30×120 seed 7 went from 18.44 h (stop at the first fruitless round) to 12.05 h in 2.6 s.
        if let found = Self.rounds(
            from: chosen, seed: first, maximumRounds: 32, patience: 4,
            until: { reachedBound || reachedOwnTotalsLeast || clock.elapsed > ends },
            { from, seed in
                // On national weeks later rounds start from a good roster, which a hot start first
                // undoes: seeds 1–3 13.841, 14.244, 15.163 h at 2 against 13.750, 14.244, 15.153 h at
                // 0.5 (seed 1's 13.750 h by the second round). On smaller programs the rounds share
                // the stage with GLPK and fewer of them fit: 45×180 seed 102 11.597 h at 2, 11.786 h at 0.5.
                let temperature = model.scale == .slowRelaxation && seed != first ? 0.5 : 2
                let found = search.leastDebtSum(
                    from: from, need: need, cap: largest, stopAt: lowerBound, seed: seed, deadline: clock.deadline(ends),
                    startTemperature: temperature, measure: measure, caps: caps)
                guard let found else { return nil }
                reachedBound = MixedIntegerProgram.evaluate(run.objective, at: model.completePoint(chosen: found)) <= lowerBound + 1e-7
                reachedOwnTotalsLeast = reachesLeastDebtSumOfItsTotal(found, largest: largest, measure: measure)
                return found
            }) {
            acceptIfFeasible(found, into: &point, run: &run, addedRows: addedRows)
        }
    }

    /// Contracts: exact chains at fixed municipality totals (`ContractRepair`), then trades hours
    /// between agents, then the chains again. Economy: exact chains to the nearest fair totals at a
    /// smaller H (`staffLessByChains`), then staffs less by annealing. Both keep the coverage and every
    /// earlier stage (hours may move between municipalities where fairness allows it).
    func improveContractsOrEconomy(
        _ run: inout StageRun, point: inout [Double], addedRows: [Constraint], bound: Double, caps: TotalsSearch.Caps,
        firstWithinTotals: Bool, clock: SolveClock, ends searchEnds: Double
    ) {
        let stage = run.stage
        let chosen = model.chosenShifts(at: point)
        let need = model.keptNeed(of: chosen)
        let search = TotalsSearch(model: model, plan: plan)
        let limit = Int((bound / model.slotHours - 1e-6).rounded(.up))
        let ends = clock.deadline(searchEnds)
        var start = chosen
        if stage == .contracts, firstWithinTotals {
            // First within each municipality's total, where off-target totals are only scored and so
            // may pass through on the way; then across municipalities within the caps. (On the
            // national week the caps alone did better with the whole budget: 79–82.5 h against 120.5 h.)
            let goal = TotalsSearch.Goal(targets: model.municipalitySlots(of: chosen), need: need, contractLimit: limit)
            let half = clock.deadline(clock.halfway(to: searchEnds))
            if let found = search.search(from: chosen, goal: goal, seed: 0xC0_4742, deadline: half) {
                acceptIfFeasible(found, into: &point, run: &run, addedRows: addedRows)
                start = found
            }
        }
        let repair = ContractRepair(model: model, plan: plan)
        if stage == .contracts, let repaired = repair.repaired(from: start, need: need, deadline: ends),
           acceptIfFeasible(repaired, into: &point, run: &run, addedRows: addedRows) {
            // Exact chains, after the search within totals where that runs (30×120 seed 9 reaches 0 h
            // in 0.2 s from its roster, 1 h in 110 s from theirs). National seeds 1–3: 0, 1–12 and 0 h
            // in 0.5–1.8 s (seed 2 starts the stage at 132–156 h; the annealing alone left 14.5,
            // 18–42.5 and 16.5–28 h in 2–7 s).
            if run.value <= bound + 1e-9 { return }
            start = repaired
        }
        if stage == .contracts, run.value > bound + 1e-9 {
            // Chains of any length after the give-back, where the repair covers with one change
            // (national seed 1 after the debt-sum stage's chains: 0.5 → 0 h in 0.01 s).
            // Half of what is left at most: a fruitless search explores its whole graph for every
            // raise, and the annealing after it needs time of its own.
            let half = clock.deadline(clock.halfway(to: searchEnds))
            if let raised = TotalsChains(model: model, plan: plan).raisingShortAgents(from: start, need: need, deadline: half),
               acceptIfFeasible(raised, into: &point, run: &run, addedRows: addedRows) {
                start = raised
            }
            if run.value <= bound + 1e-9 { return }
        }
        // A tenth of the time is kept for the chains again: the annealing's roster may have new
        // ones (45×180 seed 102: 3 → 2 h in 0.05 s).
        if stage == .economy, run.value > bound + 1e-9 {
            // Before the annealing, which cannot follow them (national seed 1: 77 → 71 in 0.2 s; its
            // rounds found nothing more from either roster).
            // Half of what is left at most, as for contracts above.
            let half = clock.deadline(clock.halfway(to: searchEnds))
            staffLessByChains(&run, point: &point, addedRows: addedRows, bound: bound, caps: caps, need: need, deadline: half)
            start = model.chosenShifts(at: point)
        }
        let roundsEnd = stage == .contracts ? clock.deadline(searchEnds - 0.1 * (searchEnds - clock.elapsed)) : ends
        let found = Self.rounds(from: start, seed: stage == .contracts ? 0xC0_4742 : 0xEC0_4011, maximumRounds: 32, patience: 4, until: { roundsEnd.hasPassed }) { from, seed in
            stage == .contracts
                ? search.leastContractShort(from: from, need: need, caps: caps, limit: limit, seed: seed, deadline: roundsEnd)
                : search.leastStaffing(from: from, need: need, caps: caps, seed: seed, deadline: roundsEnd)
        }
        // Whatever start the steps above found is kept already; the rounds only ever return a better one.
        if let found, acceptIfFeasible(found, into: &point, run: &run, addedRows: addedRows), stage == .contracts,
           run.value > bound + 1e-9, !ends.hasPassed,
           let repaired = repair.repaired(from: model.chosenShifts(at: point), need: need, deadline: ends) {
            acceptIfFeasible(repaired, into: &point, run: &run, addedRows: addedRows)
        }
    }

    /// Economy within the fixed fairness stages: at each smaller total H those stages allow (the
    /// least first), the municipality totals nearest the roster's that keep them
    /// (`FairnessBound.nearestWitness`), approached by exact chains (`TotalsChains`). The roster the
    /// chains reach is kept when it passes the whole program's check, even short of every target:
    /// part of the way to a smaller H may itself be fair enough. Rounds until one gains nothing.
    func staffLessByChains(
        _ run: inout StageRun, point: inout [Double], addedRows: [Constraint], bound: Double, caps: TotalsSearch.Caps, need: [Int],
        deadline: SearchDeadline
    ) {
        guard let largest = caps.debt else { return }
        let chains = TotalsChains(model: model, plan: plan)
        var improved = true
        while improved, run.value > bound + 1e-9, !deadline.hasPassed {
            improved = false
            let chosen = model.chosenShifts(at: point)
            let totals = model.municipalitySlots(of: chosen)
            let current = totals.reduce(0, +)
            // Economy counts agent-slots beyond the need, so its bound says how far H can fall; more
            // than `chainReach` below, the nearest totals ask for more chains than are found.
            let lowest = current - min(Self.chainReach, Int((run.value - bound + 1e-9).rounded(.down)))
            let before = run.value
            for total in lowest..<current where !deadline.hasPassed {
                // National seed 3's nearest totals 30 below its H differ by 30 slots; the chains made 10–13.
                // The nearest totals that keep the settled debt sum, or else the settled squares.
                guard let targets = model.fairnessBound.nearestWitness(
                    total: total, largest: largest, sum: caps.debtSum ?? caps.spread ?? .infinity, current: totals,
                    farthest: 2 * (current - total) + 40, measure: caps.debtSum == nil && caps.spread != nil ? .squares : .sum),
                    let reached = chains.approach(targets: targets, from: chosen, need: need, contractCap: caps.contractShort, deadline: deadline),
                    reached.roster != chosen
                else { continue }
                // A chain that ends in a municipality below its target keeps H: only a smaller one counts.
                acceptIfFeasible(reached.roster, into: &point, run: &run, addedRows: addedRows)
                if run.value < before - 1e-9 {
                    improved = true
                    break
                }
            }
        }
    }

    /// Keeps a roster if it satisfies every row (the earlier stages' among them) and is at least as
    /// good for the running stage; true when it kept it.
    @discardableResult
    func acceptIfFeasible(_ chosen: Set<Int>, into point: inout [Double], run: inout StageRun, addedRows: [Constraint]) -> Bool {
        let candidate = model.completePoint(chosen: chosen)
        guard model.program.isFeasible(candidate, extraRows: addedRows) else { return false }
        return accept(candidate, into: &point, run: &run)
    }
}
