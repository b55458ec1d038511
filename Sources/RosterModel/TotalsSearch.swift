import HotlineDomain
import SeededRandomness

/// Finds a roster with given hours per municipality that still staffs every slot to its need, by
/// simulated annealing over single agent-day changes (add, remove, move or resize one shift).
///
/// `TotalsRealization` changes the roster as little as possible and fails when coverage then has
/// holes that sliding cannot close; this search trades hours between agents freely instead. Every
/// move keeps each agent's week valid (one shift a day, weekly maximum, max_days, rest), so only the
/// coverage and the totals are soft; the caller still verifies the result against every row.
/// Deterministic: a fixed seed and an iteration budget, never the clock, decide the result (the
/// deadline only cuts it short).
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
        var minimizeContracts: Bool { contractLimit != nil }
    }

    /// The roster with the least shortage reached from `chosen` (nil if none improves on it), for
    /// when the need cannot be met in full.
    func leastShortage(from chosen: Set<Int>, need: [Int], seed: UInt64, deadline: () -> Bool) -> Set<Int>? {
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
    func search(from chosen: Set<Int>, goal: Goal, seed: UInt64, deadline: () -> Bool) -> Set<Int>? {
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

    /// Simulated annealing; `improved` sees the state after every accepted change and returns true to stop.
    private func anneal(_ state: inout SearchState, seed: UInt64, deadline: () -> Bool, improved: (SearchState) -> Bool) {
        var random = SplitMix64(seed: seed)
        let iterations = min(4_000_000, 20_000 + 4_000 * plan.agents.count)
        for step in 0..<iterations {
            if step % 4096 == 0, deadline() { break }
            // Temperature falls from 2 to 0.02 (in slots of deviation) over the budget.
            let temperature = 2.0 * expNegative(-4.6 * Double(step) / Double(iterations))
            guard let move = state.proposal(&random) else { continue }
            let delta = state.delta(of: move)
            guard delta.isFinite else { continue }
            if delta <= 0 || Double(random.next() >> 11) / Double(1 << 53) < expNegative(-delta / temperature) {
                state.apply(move)
                if improved(state) { return }
            }
        }
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

/// One proposed change: agent `agent` works `shift` (an index, or nil for a day off) on `day`.
struct AgentDayChange {
    let agent: Int
    let day: Int
    let shift: Int?
}

/// The roster under search with incremental coverage, totals and score.
struct SearchState {
    private let model: RosterProgram
    private let goal: TotalsSearch.Goal
    private let municipalityOf: [Int]
    private let agentsOf: [[Int]]
    private let cap: [Int]
    private let maxDays: [Int]
    private let minimum: [Int]
    private let minRest: Int
    private let shiftsByAgentDay: [[[Int]]]
    private let coveringSlot: [[Int]]
    private(set) var current: [[Int?]]
    private var coverage: [Int]
    private var totals: [Int]
    private var agentTotal: [Int]
    private var daysWorked: [Int]
    private(set) var shortage = 0
    private(set) var deviation = 0
    private(set) var contractShort = 0

    init(model: RosterProgram, plan: Plan, chosen: Set<Int>, goal: TotalsSearch.Goal) {
        self.model = model
        self.goal = goal
        let catalog = model.catalog
        let municipalityIndex = Dictionary(uniqueKeysWithValues: plan.municipalities.enumerated().map { ($1.id, $0) })
        municipalityOf = plan.agents.map { municipalityIndex[$0.municipality] ?? -1 }
        var agentsOf = Array(repeating: [Int](), count: plan.municipalities.count)
        for (a, m) in municipalityOf.enumerated() where m >= 0 { agentsOf[m].append(a) }
        self.agentsOf = agentsOf
        let slotMinutes = Double(plan.settings.slotMinutes)
        cap = plan.agents.map { Int(($0.maxHours * 60 / slotMinutes + 1e-9).rounded(.down)) }
        maxDays = plan.agents.map(\.maxDays)
        minimum = plan.agents.map { Int(($0.minHours * 60 / slotMinutes - 1e-9).rounded(.up)) }
        minRest = Int((plan.settings.shifts.minRestHours * 60).rounded())
        shiftsByAgentDay = catalog.byAgentDay.map { perDay in
            Weekday.allCases.map { perDay[$0] ?? [] }
        }
        var coveringSlot = Array(repeating: [Int](), count: plan.slots.count)
        for (index, shift) in catalog.shifts.enumerated() {
            for slot in shift.firstSlot..<(shift.firstSlot + shift.length) { coveringSlot[slot].append(index) }
        }
        self.coveringSlot = coveringSlot

        current = Array(repeating: Array(repeating: nil, count: Weekday.allCases.count), count: plan.agents.count)
        coverage = Array(repeating: 0, count: plan.slots.count)
        totals = Array(repeating: 0, count: plan.municipalities.count)
        agentTotal = Array(repeating: 0, count: plan.agents.count)
        daysWorked = Array(repeating: 0, count: plan.agents.count)
        for index in chosen.sorted() {
            let shift = catalog.shifts[index]
            current[shift.agent][Self.dayIndex(shift.day)] = index
            agentTotal[shift.agent] += shift.length
            daysWorked[shift.agent] += 1
            if municipalityOf[shift.agent] >= 0 { totals[municipalityOf[shift.agent]] += shift.length }
            for slot in shift.firstSlot..<(shift.firstSlot + shift.length) { coverage[slot] += 1 }
        }
        shortage = coverage.indices.reduce(0) { $0 + max(0, goal.need[$1] - coverage[$1]) }
        deviation = goal.targets.map { targets in totals.indices.reduce(0) { $0 + abs(totals[$1] - targets[$1]) } } ?? 0
        contractShort = agentTotal.indices.reduce(0) { $0 + max(0, minimum[$1] - agentTotal[$1]) }
    }

    private static func dayIndex(_ day: Weekday) -> Int { Weekday.allCases.firstIndex(of: day) ?? 0 }

    var meetsNeedAndTotals: Bool { shortage == 0 && deviation == 0 }
    var isDone: Bool { meetsNeedAndTotals && contractShort <= (goal.contractLimit ?? .max) }

    var roster: Set<Int> { Set(current.flatMap { $0.compactMap { $0 } }) }

    /// A random change aimed at what is wrong: a slot below its need, a municipality off its target,
    /// or an agent below a contracted minimum.
    func proposal(_ random: inout SplitMix64) -> AgentDayChange? {
        let pick = random.next() % 4
        if pick == 0, shortage > 0 {
            // Someone who could cover a short slot takes a shift covering it.
            let slots = coverage.indices
            let start = Int(random.next() % UInt64(slots.count))
            for offset in 0..<slots.count {
                let slot = (start + offset) % slots.count
                guard coverage[slot] < goal.need[slot], !coveringSlot[slot].isEmpty else { continue }
                let index = coveringSlot[slot][Int(random.next() % UInt64(coveringSlot[slot].count))]
                let shift = model.catalog.shifts[index]
                return AgentDayChange(agent: shift.agent, day: Self.dayIndex(shift.day), shift: index)
            }
        }
        if pick <= 2, deviation > 0, let targets = goal.targets {
            let count = totals.count
            let start = Int(random.next() % UInt64(count))
            for offset in 0..<count {
                let m = (start + offset) % count
                guard totals[m] != targets[m], !agentsOf[m].isEmpty else { continue }
                let agent = agentsOf[m][Int(random.next() % UInt64(agentsOf[m].count))]
                return randomChange(agent: agent, &random)
            }
        }
        if pick == 3, goal.minimizeContracts, contractShort > 0 {
            let start = Int(random.next() % UInt64(agentTotal.count))
            for offset in 0..<agentTotal.count {
                let agent = (start + offset) % agentTotal.count
                if agentTotal[agent] < minimum[agent] { return randomChange(agent: agent, &random) }
            }
        }
        guard !current.isEmpty else { return nil }
        return randomChange(agent: Int(random.next() % UInt64(current.count)), &random)
    }

    private func randomChange(agent: Int, _ random: inout SplitMix64) -> AgentDayChange? {
        let days = shiftsByAgentDay[agent].indices.filter { !shiftsByAgentDay[agent][$0].isEmpty }
        guard !days.isEmpty else { return nil }
        let day = days[Int(random.next() % UInt64(days.count))]
        let options = shiftsByAgentDay[agent][day]
        // One chance in (options + 1) of a day off.
        let choice = Int(random.next() % UInt64(options.count + 1))
        return AgentDayChange(agent: agent, day: day, shift: choice < options.count ? options[choice] : nil)
    }

    /// The change in score, or +infinity when the change would break the agent's week.
    func delta(of change: AgentDayChange) -> Double {
        let old = current[change.agent][change.day]
        guard old != change.shift else { return .infinity }
        let catalog = model.catalog
        let oldLength = old.map { catalog.shifts[$0].length } ?? 0
        let newLength = change.shift.map { catalog.shifts[$0].length } ?? 0
        let agent = change.agent
        let total = agentTotal[agent] - oldLength + newLength
        guard total <= cap[agent] else { return .infinity }
        let days = daysWorked[agent] - (old == nil ? 0 : 1) + (change.shift == nil ? 0 : 1)
        guard days <= maxDays[agent] else { return .infinity }
        if let index = change.shift, !restHolds(agent: agent, day: change.day, shift: index) { return .infinity }

        var shortageDelta = 0
        if let old {
            let shift = catalog.shifts[old]
            for slot in shift.firstSlot..<(shift.firstSlot + shift.length) where coverage[slot] <= goal.need[slot] {
                shortageDelta += 1
            }
        }
        if let index = change.shift {
            let shift = catalog.shifts[index]
            let oldRange = old.map { catalog.shifts[$0].firstSlot..<(catalog.shifts[$0].firstSlot + catalog.shifts[$0].length) }
            for slot in shift.firstSlot..<(shift.firstSlot + shift.length) {
                let after = coverage[slot] - (oldRange?.contains(slot) == true ? 1 : 0)
                if after < goal.need[slot] { shortageDelta -= 1 }
            }
        }
        var deviationDelta = 0
        let m = municipalityOf[agent]
        if m >= 0, let targets = goal.targets {
            deviationDelta = abs(totals[m] - oldLength + newLength - targets[m]) - abs(totals[m] - targets[m])
        }
        var contractDelta = 0
        if goal.minimizeContracts {
            contractDelta = max(0, minimum[agent] - total) - max(0, minimum[agent] - agentTotal[agent])
        }
        return 4 * Double(shortageDelta) + Double(deviationDelta) + (goal.minimizeContracts ? 0.5 * Double(contractDelta) : 0)
    }

    /// Rest to the nearest worked days before and after `day` stays at least the minimum.
    private func restHolds(agent: Int, day: Int, shift index: Int) -> Bool {
        let shift = model.catalog.shifts[index]
        let start = day * 1440 + shift.start.minutes
        let end = day * 1440 + shift.end.minutes
        var earlier = day - 1
        while earlier >= 0 {
            if let other = current[agent][earlier] {
                if start - (earlier * 1440 + model.catalog.shifts[other].end.minutes) < minRest { return false }
                break
            }
            earlier -= 1
        }
        var later = day + 1
        while later < current[agent].count {
            if let other = current[agent][later] {
                if later * 1440 + model.catalog.shifts[other].start.minutes - end < minRest { return false }
                break
            }
            later += 1
        }
        return true
    }

    mutating func apply(_ change: AgentDayChange) {
        let catalog = model.catalog
        let agent = change.agent
        let m = municipalityOf[agent]
        if let old = current[agent][change.day] {
            let shift = catalog.shifts[old]
            for slot in shift.firstSlot..<(shift.firstSlot + shift.length) {
                if coverage[slot] <= goal.need[slot] { shortage += 1 }
                coverage[slot] -= 1
            }
            move(agent: agent, municipality: m, by: -shift.length)
            daysWorked[agent] -= 1
        }
        if let index = change.shift {
            let shift = catalog.shifts[index]
            for slot in shift.firstSlot..<(shift.firstSlot + shift.length) {
                if coverage[slot] < goal.need[slot] { shortage -= 1 }
                coverage[slot] += 1
            }
            move(agent: agent, municipality: m, by: shift.length)
            daysWorked[agent] += 1
        }
        current[agent][change.day] = change.shift
    }

    private mutating func move(agent: Int, municipality m: Int, by length: Int) {
        contractShort -= max(0, minimum[agent] - agentTotal[agent])
        agentTotal[agent] += length
        contractShort += max(0, minimum[agent] - agentTotal[agent])
        guard m >= 0 else { return }
        if let targets = goal.targets {
            deviation += abs(totals[m] + length - targets[m]) - abs(totals[m] - targets[m])
        }
        totals[m] += length
    }
}
