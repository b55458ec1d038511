import HotlineDomain

/// Reaches given municipality totals by exact ejection chains that keep every slot at its need: an
/// agent of a municipality above its target works fewer slots, which leaves at most one slot short;
/// an agent working that day moves their shift (same length: no total changes) to cover it, which
/// may leave another slot short, and so on, until a move leaves none short or an agent of a
/// municipality below its target takes the short slot on with more hours.
///
/// The slots form a small graph (a node per slot, an edge per move that covers one short slot and
/// leaves at most one other short), so a breadth-first search from every slot a first link can free
/// finds a chain of any length; the annealing, which judges each move alone, must pass a short slot
/// at every link and rarely does. Each chain brings the totals closer to the targets.
struct TotalsChains {
    let model: RosterProgram
    let plan: Plan

    /// The roster the chains reach from `chosen` on the way to `targets` slots per municipality,
    /// meeting `need` with at most `contractCap` slots of contract shortfall (nil: any), and the
    /// municipalities still off their targets where the chains ran out (none when it reached them).
    /// Nil when `chosen` does not meet `need` and the cap. The roster may be farther from the fixed
    /// fairness stages than `chosen` until every target is reached: the caller checks it.
    func approach(
        targets: [Int], from chosen: Set<Int>, need: [Int], contractCap: Int?, deadline: SearchDeadline
    ) -> (roster: Set<Int>, off: [Int])? {
        var state = SearchState(model: model, plan: plan, chosen: chosen, goal: TotalsSearch.Goal(targets: targets, need: need, contractLimit: nil))
        guard state.shortage == 0 else { return nil }
        // The cap comes from the contracts stage in hours rounded down to slots, the state counts
        // each agent's minimum rounded up: no more than the start's slots short keeps both (the
        // whole program's check still decides in hours).
        if let contractCap { state.holdContractShortfall(atMost: contractCap) }
        while state.deviation > 0, !deadline.hasPassed, closerOnce(&state, deadline: deadline) {}
        return (state.roster, state.agentsOf.indices.filter { offTarget($0, state) != 0 })
    }

    /// A node of the search: a slot left short (its index), or a municipality that must give up a
    /// number of slots (after the slots: `slotCount + m · largestHandOver + slots − 1`).
    typealias Node = Int

    /// How the search reached a node: the change that led there (none for a municipality above its
    /// target, where chains start) and the node it came from.
    struct Link {
        let change: AgentDayChange?
        let from: Node?
    }

    /// What a change covering a short slot leads to.
    private enum Outcome {
        /// No slot is short any more: the chain is complete.
        case done
        /// This slot is short instead.
        case short(Int)
        /// An agent of this municipality works this many slots more, which a colleague must give up.
        case handOver(municipality: Int, slots: Int)
    }

    /// Applies one chain that brings the totals closer to the targets and returns true; false (state
    /// unchanged) if none is found.
    private func closerOnce(_ state: inout SearchState, deadline: SearchDeadline) -> Bool {
        // Chains start where municipalities are above their targets, the most they may give first:
        // one chain that gives two slots may need a change (a day off) that two chains of one cannot.
        var roots: [(Node, Link)] = []
        for slots in (1...largestHandOver).reversed() {
            for m in state.agentsOf.indices where offTarget(m, state) >= slots {
                roots.append((node(m, giving: slots, state), Link(change: nil, from: nil)))
            }
        }
        let deviation = state.deviation
        return searchChain(&state, from: roots, deadline: deadline) { $0.shortage == 0 && $0.deviation < deviation }
    }

    /// Most slots one municipality hands on within a chain: up to a whole shift, as when an agent
    /// works a day they had off and a colleague takes one off.
    var largestHandOver: Int { max(1, model.catalog.maximumLength) }

    func node(_ m: Int, giving slots: Int, _ state: SearchState) -> Node {
        state.coverage.count + m * largestHandOver + slots - 1
    }

    /// Breadth-first from `roots` until a chain ends with no slot short and `accepts` the state after
    /// it; applies that chain and returns true, or returns false with the state unchanged.
    func searchChain(
        _ state: inout SearchState, from roots: [(Node, Link)], deadline: SearchDeadline, accepts: (SearchState) -> Bool
    ) -> Bool {
        let slotCount = state.coverage.count
        var reachedBy: [Node: Link] = [:]
        var queue: [Node] = []
        func reach(_ next: Node, _ link: Link) {
            guard reachedBy[next] == nil else { return }
            reachedBy[next] = link
            queue.append(next)
        }
        for (root, link) in roots { reach(root, link) }
        var head = 0
        while head < queue.count {
            if deadline.hasPassed { return false }
            let at = queue[head]
            head += 1
            let steps: [(AgentDayChange, Outcome)]
            if at >= slotCount {
                let m = (at - slotCount) / largestHandOver
                steps = shortenings(of: m, by: (at - slotCount) % largestHandOver + 1, state).map { change, short in
                    (change, short.map(Outcome.short) ?? .done)
                }
            } else {
                steps = moves(covering: at, state)
            }
            for (change, outcome) in steps {
                switch outcome {
                case .done:
                    if tryChain(links(endingAt: at, reachedBy) + [change], on: &state, accepts: accepts) { return true }
                case .short(let slot):
                    reach(slot, Link(change: change, from: at))
                case .handOver(let m, let slots):
                    reach(node(m, giving: slots, state), Link(change: change, from: at))
                }
            }
        }
        return false
    }

    /// The changes, first link first, that led to `node`.
    private func links(endingAt node: Node, _ reachedBy: [Node: Link]) -> [AgentDayChange] {
        var chain: [AgentDayChange] = []
        var at: Node? = node
        var steps = 0
        while let current = at, let link = reachedBy[current], steps <= reachedBy.count {
            if let change = link.change { chain.append(change) }
            at = link.from
            steps += 1
        }
        return chain.reversed()
    }

    /// Applies `chain` and keeps it when `accepts` the state after it; else undoes it. Judged on the
    /// state itself: the search saw every link against the roster before the chain, and links may
    /// share slots or agents.
    func tryChain(_ chain: [AgentDayChange], on state: inout SearchState, accepts: (SearchState) -> Bool) -> Bool {
        var undo: [AgentDayChange] = []
        var valid = true
        for change in chain {
            guard state.delta(of: change).isFinite else { valid = false; break }
            undo.append(state.undoing(change))
            state.apply(change)
        }
        if valid, accepts(state) { return true }
        for change in undo.reversed() { state.apply(change) }
        return false
    }

    /// Slots municipality m is above (positive) or below (negative) its target.
    private func offTarget(_ m: Int, _ state: SearchState) -> Int {
        guard m >= 0, let targets = state.goal.targets else { return 0 }
        return state.totals[m] - targets[m]
    }

    /// Every shift of an agent of municipality m exactly `slots` shorter than the one they work (or
    /// a day off), with the one slot it leaves short (nil when none); changes leaving two or more
    /// short are left out.
    private func shortenings(of m: Int, by slots: Int, _ state: SearchState) -> [(AgentDayChange, Int?)] {
        var found: [(AgentDayChange, Int?)] = []
        for agent in state.agentsOf[m] {
            for (day, worked) in state.current[agent].enumerated() {
                guard let worked else { continue }
                let options: [Int?] = state.shiftsByAgentDay[agent][day] + [nil]
                for option in options where length(worked) - length(option) == slots {
                    let change = AgentDayChange(agent: agent, day: day, shift: option)
                    guard let short = leftShort(replacing: worked, by: option, state), state.delta(of: change).isFinite else { continue }
                    found.append((change, short.first))
                }
            }
        }
        return found
    }

    /// Every change that covers `slot`: a working agent's shift moved to another of the same length;
    /// an agent of a municipality below its target working more, by at most what it lacks; or an
    /// agent of a municipality not below its target working more without leaving a slot short,
    /// which a colleague must then give back. Each within the agent's week.
    /// Changes leaving two or more slots short are left out.
    private func moves(covering slot: Int, _ state: SearchState) -> [(AgentDayChange, Outcome)] {
        var found: [(AgentDayChange, Outcome)] = []
        for option in state.coveringSlot[slot] {
            let shift = model.catalog.shifts[option]
            let day = SearchState.dayIndex(shift.day)
            let worked = state.current[shift.agent][day]
            let gain = shift.length - length(worked)
            if let worked {
                let workedShift = model.catalog.shifts[worked]
                if workedShift.slots.contains(slot) { continue }
            }
            let m = state.municipalityOf[shift.agent]
            let lacking = -offTarget(m, state)
            let change = AgentDayChange(agent: shift.agent, day: day, shift: option)
            // The week's rules now, not only when the chain is applied: a node keeps the first link
            // that reaches it, and one that breaks a weekly maximum would hide one that does not.
            guard gain >= 0, m >= 0 || gain == 0, gain <= max(lacking, largestHandOver),
                  let short = worked.map({ leftShort(replacing: $0, by: option, state) }) ?? [],
                  state.delta(of: change).isFinite else { continue }
            if gain == 0 || gain <= lacking {
                found.append((change, short.first.map(Outcome.short) ?? .done))
            } else if short.isEmpty, lacking <= 0 {
                found.append((change, .handOver(municipality: m, slots: gain)))
            }
        }
        return found
    }

    /// The slots that replacing shift `worked` by `option` (nil: a day off) leaves below the need,
    /// when there is at most one of them; nil when there are more.
    func leftShort(replacing worked: Int, by option: Int?, _ state: SearchState) -> [Int]? {
        let old = model.catalog.shifts[worked]
        let kept = option.map { model.catalog.shifts[$0] }.map(\.slots) ?? 0..<0
        var short: [Int] = []
        for slot in old.slots where !kept.contains(slot) && state.coverage[slot] <= state.goal.need[slot] {
            short.append(slot)
            if short.count > 1 { return nil }
        }
        return short
    }

    func length(_ shift: Int?) -> Int { model.catalog.length(of: shift) }
}
