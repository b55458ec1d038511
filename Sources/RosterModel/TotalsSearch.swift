import HotlineDomain
import SeededRandomness

/// Finds a roster with given hours per municipality that still staffs every slot to its need, by
/// simulated annealing over single agent-day changes (add, remove, move or resize one shift).
///
/// `TotalsRealization` changes the roster as little as possible and fails when coverage then has
/// holes that sliding cannot close; this search trades hours between agents freely instead. Every
/// move keeps each agent's week valid (one shift a day, weekly maximum, max_days, rest), so only the
/// coverage and the totals are soft; the caller still verifies the result against every row.
/// Deterministic when it finishes its iteration budget: a fixed seed decides the result. A deadline
/// that comes first cuts it short and cools it faster, so that it still ends in a local optimum.
struct TotalsSearch {
    let model: RosterProgram
    let plan: Plan

    struct Goal {
        /// Slots per municipality to reach exactly; nil to leave the totals free.
        var targets: [Int]?
        /// Agent-slots each slot must keep.
        var need: [Int]
        /// When set, also minimize the contract shortfall (slots below contracted minimums) and stop
        /// only once it is at most this many slots.
        var contractLimit: Int?
        /// Weight per agent-slot staffed beyond the need (0: the total hours H are free).
        var staffingWeight = 0.0
        /// When set, keep every municipality's debt |owed + share·H − hours| within this many hours,
        /// H being the roster's own total: a window per municipality instead of exact targets.
        var largestDebt: Double?
        /// When set, no change may take any municipality's debt above this many hours (a fixed stage).
        var debtCap: Double?
        /// When set (with `largestDebt` 0), no change may take the sum of debts above this many hours.
        var debtSumCap: Double?
        /// When set (with `largestDebt` 0), no change may take the sum of squared debts above this (hours²).
        var spreadCap: Double?
        /// Score the squared debts (Σ debt², in slots²) instead of their excess over `largestDebt`.
        var squaredDebts = false
        /// When set, no change may take the total H (agent-slots) above this: an economy stage's limit.
        var staffedCap: Int?
        /// Score per slot of excess; 0 when the debts only matter through the caps.
        var excessWeight = 1.0
        /// When set, no change may take the contract shortfall (slots) above this (a fixed stage).
        var contractCap: Int?
        /// Score per agent-slot short of the need.
        var shortageWeight = 4.0
        /// How many links a chain may have: an exchange or hand-over that would be refused may be
        /// followed by an exchange from the municipality it left worse off, or a whole hand-over from
        /// the one now holding too many hours toward one holding too few, all judged together (an
        /// ejection chain). Its links may pass beyond the debt caps, only its end being held to
        /// them: a municipality whose agents gain hours only in whole shifts on another day must go
        /// through such states. Below 2, no chains.
        var chainLinks = 0
        /// Temperature (slots of score) at which the annealing starts; it falls a hundredfold over the run.
        var startTemperature = 2.0
        var minimizeContracts: Bool { contractLimit != nil }
    }

    /// The roster with the fewest agent-slots beyond the need that still meets it (nil if none is
    /// smaller than `chosen`'s): the way down to a smaller total H when a fairness bound needs one,
    /// and the economy stage's search. `caps` keeps the fixed fairness and contracts stages.
    func leastStaffing(from chosen: Set<Int>, need: [Int], caps: Caps = Caps(), seed: UInt64, deadline: SearchDeadline) -> Set<Int>? {
        var goal = Goal(targets: nil, need: need, contractLimit: nil)
        goal.staffingWeight = 1
        caps.apply(to: &goal)
        return bestCovering(from: chosen, goal: goal, seed: seed, deadline: deadline) { Double($0.staffed) }
    }

    /// The values of earlier stages a search must not worsen.
    struct Caps {
        /// Every municipality's debt (hours): the fixed largest debt.
        var debt: Double?
        /// The debts' sum (hours): the fixed fairness sum.
        var debtSum: Double?
        /// The squared debts' sum (hours²): the fairness_spread stage's limit.
        var spread: Double?
        /// The contract shortfall (slots): the fixed contracts stage.
        var contractShort: Int?
        /// The total H (agent-slots) an economy stage's limit allows.
        var staffed: Int?

        func apply(to goal: inout Goal) {
            if debt != nil || debtSum != nil || spread != nil {
                goal.largestDebt = 0
                goal.debtCap = debt
                goal.debtSumCap = debtSum
                goal.spreadCap = spread
                goal.excessWeight = 0
            }
            goal.contractCap = contractShort
            goal.staffedCap = staffed
        }
    }

    /// The roster with the least shortage reached from `chosen` (nil if none improves on it), for
    /// when the need cannot be met in full.
    func leastShortage(from chosen: Set<Int>, need: [Int], seed: UInt64, deadline: SearchDeadline) -> Set<Int>? {
        var state = SearchState(model: model, plan: plan, chosen: chosen, goal: Goal(targets: nil, need: need, contractLimit: nil))
        var best = (shortage: state.shortage, roster: Set<Int>?.none)
        anneal(&state, seed: seed, deadline: deadline) { state in
            guard state.shortage < best.shortage else { return false }
            best = (state.shortage, state.roster)
            return state.shortage == 0
        }
        return best.roster
    }

    /// A roster meeting the goal's need and totals (with the least contract shortfall found), or nil.
    func search(from chosen: Set<Int>, goal: Goal, seed: UInt64, deadline: SearchDeadline) -> Set<Int>? {
        var state = SearchState(model: model, plan: plan, chosen: chosen, goal: goal)
        if state.isDone { return state.roster }
        // The best roster that meets the need and the totals (contracts may still be above the limit).
        var bestValid: (contracts: Int, roster: Set<Int>)?
        anneal(&state, seed: seed, deadline: deadline) { state in
            guard state.meetsNeedAndTotals, bestValid.map({ state.contractShort < $0.contracts }) ?? true else { return false }
            bestValid = (state.contractShort, state.roster)
            return state.isDone
        }
        return bestValid?.roster
    }

    /// The roster with the smallest sum of municipality debts found with every debt within `cap`
    /// hours (the fixed largest debt) and the need met; nil if it finds none below `chosen`'s.
    /// Stops at `stopAt` hours (a lower bound).
    /// `startTemperature` lower than the default suits a round that starts from a good roster.
    func leastDebtSum(
        from chosen: Set<Int>, need: [Int], cap: Double, stopAt: Double = 0, seed: UInt64, deadline: SearchDeadline, startTemperature: Double = 2,
        measure: FairnessBound.Measure = .sum, caps: Caps = Caps()
    ) -> Set<Int>? {
        var goal = Goal(targets: nil, need: need, contractLimit: nil)
        goal.startTemperature = startTemperature
        // Only the caps a fairness stage does not score itself: economy's H and the contracts.
        goal.staffedCap = caps.staffed
        goal.contractCap = caps.contractShort
        goal.squaredDebts = measure == .squares
        // With a level of zero the excess is the sum of all debts (in slots).
        goal.largestDebt = 0
        goal.debtCap = cap
        // A short slot must never pay for debts: one slot moved between municipalities changes two
        // debts by one slot each.
        goal.shortageWeight = 12
        // Three links: national seed 1 15.372 → 15.105 h, 30×120 seed 7 the same 11.442 h in 64 s
        // instead of 120 (a fourth changed nothing on national seeds 1–3). Not on the 3,000-agent
        // week, whose rounds then settled sooner and worse (16.609 h against 16.539 h with two).
        // Wide chains: national seeds 1–3 15.105 → 13.841, 14.811 → 14.244, 15.559 → 15.163 h; 45×180
        // seed 102 13.652 → 11.597 h; the 3,000-agent week 16.539 → 16.535 h (with two links; whole
        // hand-over links without the rest of the wide chains had cost it 16.609 h).
        goal.chainLinks = model.scale != .beyondGLPK ? 3 : 2
        let unit = measure == .squares ? model.slotHours * model.slotHours : model.slotHours
        return bestCovering(from: chosen, goal: goal, seed: seed, deadline: deadline, key: { $0.excess },
                            stopsAt: { $0.excess * unit <= stopAt + 1e-7 })
    }

    /// The roster with the smallest `key` found that meets the need (and the goal's caps), starting
    /// from `chosen`, which must meet them too; nil if none is smaller than `chosen`'s. `stopsAt` ends
    /// the search at a good enough roster.
    private func bestCovering(
        from chosen: Set<Int>, goal: Goal, seed: UInt64, deadline: SearchDeadline, key: (SearchState) -> Double,
        stopsAt: (SearchState) -> Bool = { _ in false }
    ) -> Set<Int>? {
        var state = SearchState(model: model, plan: plan, chosen: chosen, goal: goal)
        guard state.shortage == 0, state.withinCaps else { return nil }
        var best = (value: key(state), roster: Set<Int>?.none)
        anneal(&state, seed: seed, deadline: deadline) { state in
            guard state.shortage == 0 else { return false }
            let value = key(state)
            guard value < best.value - 1e-9 else { return false }
            best = (value, state.roster)
            return stopsAt(state)
        }
        return best.roster
    }

    /// The roster with the least contract shortfall found that keeps the need met and every debt
    /// within the fixed fairness stages' values (`caps`): unlike exact
    /// municipality totals, hours may move between municipalities as long as fairness holds.
    /// Stops at `limit` slots (the bound); nil if it finds none better than `chosen`.
    func leastContractShort(from chosen: Set<Int>, need: [Int], caps: Caps, limit: Int, seed: UInt64, deadline: SearchDeadline) -> Set<Int>? {
        var goal = Goal(targets: nil, need: need, contractLimit: limit)
        caps.apply(to: &goal)
        // Contracts may pass through a short slot, but at 12 per slot the annealing ended in one often
        // enough to lose whole runs (national, seed 3: 132.5 h against 24.5 h); forbidding it outright
        // did worse (76–113.5 h against 21.5–53.5 h on seeds 1–3).
        goal.shortageWeight = 40
        // Hours an exchange moves to an agent below their minimum may come back to the other agent's
        // municipality through a second exchange (national seeds 1–3: 53.5, 53, 21.5 h against
        // 77, 74, 39 h without targeted exchanges and chains, 2.4 s each).
        // Wide chains (hand-overs too, links beyond the caps): national seeds 1–3 23–34.5, 34 and 19 h
        // against 50–84.5, 46.5–62 and 49–79 h; 40×200 seed 23 proven at 0 h in 1.6 s (was 2.5 h
        // after 55–81 s); the 3,000-agent week 55.5–67.5 h → 4.5–11 h.
        goal.chainLinks = 2
        return bestCovering(from: chosen, goal: goal, seed: seed, deadline: deadline, key: { Double($0.contractShort) },
                            stopsAt: { $0.contractShort <= limit })
    }

    /// The roster with the smallest largest municipality debt found on the way to the goal's
    /// `largestDebt` (which must be set), keeping the need met; nil if none meets the need.
    func fairest(from chosen: Set<Int>, goal: Goal, seed: UInt64, deadline: SearchDeadline) -> (largestDebt: Double, roster: Set<Int>)? {
        var state = SearchState(model: model, plan: plan, chosen: chosen, goal: goal)
        var best: (largestDebt: Double, roster: Set<Int>)?
        if state.shortage == 0 { best = (state.largestDebt, state.roster) }
        anneal(&state, seed: seed, deadline: deadline) { state in
            guard state.shortage == 0 else { return false }
            let largest = state.largestDebt
            guard largest < (best?.largestDebt ?? .infinity) - 1e-9 else { return false }
            best = (largest, state.roster)
            return state.excess <= 1e-9
        }
        return best
    }

    /// Simulated annealing; `improved` sees the state after every accepted change and returns true to stop.
    private func anneal(_ state: inout SearchState, seed: UInt64, deadline: SearchDeadline, improved: (SearchState) -> Bool) {
        var random = SplitMix64(seed: seed)
        let iterations = min(4_000_000, 20_000 + 4_000 * plan.agents.count)
        let began = deadline.now()
        var timeUsed = 0.0
        for step in 0..<iterations {
            if step % 4096 == 0 {
                if deadline.hasPassed { break }
                timeUsed = deadline.fraction(since: began)
            }
            // Temperature falls a hundredfold (2 to 0.02 slots by default) over the iterations, or over
            // the time left when that runs out first: a run cut short still ends cold.
            let temperature = state.goal.startTemperature * expNegative(-4.6 * max(Double(step) / Double(iterations), timeUsed))
            let kind = random.next() % 4
            let exchanges = kind == 1 && state.movesHoursAtFixedCoverage
            if kind == 0 || exchanges, let (give, take) = exchanges ? state.exchange(&random) : state.transfer(&random) {
                // Two changes at once that keep every slot's coverage: one agent hands a shift to
                // another with the same slots, or two agents re-divide a day's slots between them.
                // Where the debts only matter through their caps, a hand-over between municipalities
                // must pass through a state beyond them; where they are scored, checking the first
                // half too measured better (national debt sum 35.9 h against 42.5 h), unless the pair
                // may lead a chain.
                let chains = state.goal.chainLinks >= 2
                var first = state.delta(of: give, enforcingCaps: state.scoresExcess)
                if !first.isFinite, chains { first = state.delta(of: give, enforcingCaps: false) }
                guard first.isFinite else { continue }
                let undo = state.undoing(give)
                state.apply(give)
                var second = state.delta(of: take)
                // Beyond a cap, the pair may still lead a chain whose end is within them.
                let beyondCaps = !second.isFinite && chains
                if beyondCaps { second = state.delta(of: take, enforcingCaps: false) }
                guard second.isFinite else {
                    state.apply(undo)
                    continue
                }
                if beyondCaps || !Self.accepts(first + second, temperature: temperature, &random) {
                    guard chains,
                          chain(&state, after: (give, take), worth: first + second, &random, temperature: temperature,
                                links: state.goal.chainLinks) else {
                        state.apply(undo)
                        continue
                    }
                    if improved(state) { return }
                    continue
                }
                state.apply(take)
                if improved(state) { return }
                continue
            }
            guard let move = state.proposal(&random) else { continue }
            let delta = state.delta(of: move)
            guard delta.isFinite else { continue }
            if Self.accepts(delta, temperature: temperature, &random) {
                state.apply(move)
                if improved(state) { return }
            }
        }
    }
}

extension TotalsSearch {
    /// Metropolis: an improvement always, a worsening by `delta` with probability exp(−delta/T).
    static func accepts(_ delta: Double, temperature: Double, _ random: inout SplitMix64) -> Bool {
        delta <= 0 || Double(random.next() >> 11) / Double(1 << 53) < expNegative(-delta / temperature)
    }

    /// Applies `pair` and a second exchange or hand-over that starts in one of the two
    /// municipalities the first moved hours between, when the four changes together are accepted
    /// (or, with `links` left, lead a further exchange that gets the whole chain accepted);
    /// otherwise leaves the state as it was before `pair` (whose first change is already applied).
    func chain(
        _ state: inout SearchState, after pair: (give: AgentDayChange, take: AgentDayChange), worth: Double,
        _ random: inout SplitMix64, temperature: Double, links: Int
    ) -> Bool {
        let undoTake = state.undoing(pair.take)
        state.apply(pair.take)
        let agents = [pair.give.agent, pair.take.agent]
        let side = Int(random.next() % 2)
        // Where contracts count, the second exchange is between the same two municipalities, so that
        // it can give back the hours the first moved (debts as before, contracts better).
        let partner = state.goal.minimizeContracts ? state.municipalityOf[agents[1 - side]] : nil
        // Half the time a whole shift handed from whichever of the two municipalities now holds too
        // many hours toward the other (or another holding too few).
        let municipalities = agents.map { state.municipalityOf[$0] }
        let above = municipalities.first { state.offGoal($0) == (true, true) }
        let below = municipalities.first { state.offGoal($0) == (true, false) }
        let handsOver = above != nil && random.next() % 2 == 0
        guard let (give, take) = handsOver ? state.transfer(&random, from: above, toward: below)
                : state.exchange(&random, sameMunicipalityAs: agents[side], partnerFrom: partner) else {
            state.apply(undoTake)
            return false
        }
        let third = state.delta(of: give, enforcingCaps: false)
        guard third.isFinite else {
            state.apply(undoTake)
            return false
        }
        let undoGive = state.undoing(give)
        state.apply(give)
        var fourth = state.delta(of: take)
        // Still beyond a cap: only a further link may bring the chain back within them.
        let endsBeyondCaps = !fourth.isFinite
        if endsBeyondCaps { fourth = state.delta(of: take, enforcingCaps: false) }
        if fourth.isFinite {
            let total = worth + third + fourth
            if !endsBeyondCaps, Self.accepts(total, temperature: temperature, &random) {
                state.apply(take)
                return true
            }
            if links > 2, chain(&state, after: (give, take), worth: total, &random, temperature: temperature, links: links - 1) {
                return true
            }
        }
        state.apply(undoGive)
        state.apply(undoTake)
        return false
    }
}

/// exp(x) for x ≤ 0 via the standard library's generic power (no Foundation in this module).
func expNegative(_ x: Double) -> Double {
    guard x > -50 else { return 0 }
    // exp(x) = (1 + x/2^k)^(2^k) is accurate enough for acceptance probabilities.
    var value = 1 + x / 1024
    for _ in 0..<10 { value *= value }
    return max(0, value)
}
