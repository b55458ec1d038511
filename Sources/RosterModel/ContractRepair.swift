import HotlineDomain

/// Raises agents below their contracted minimum by short exact chains that keep every municipality's
/// total and every slot's need: the agent works more (municipality m gains k slots), a colleague in m
/// works k fewer (possibly at other times), and where that leaves a slot short, an agent of any
/// municipality m′ covers it and, if that adds slots, a colleague of theirs gives the same number
/// back where the roster staffs beyond the need.
///
/// With the totals unchanged every debt is too, so the fixed fairness stages hold exactly. The
/// annealing samples such four-agent chains too rarely: on the national week (seed 1) every agent it
/// left short after 43 s had one, found here by enumeration.
struct ContractRepair {
    let model: RosterProgram
    let plan: Plan

    /// The changes of one chain so far, each with the shift it replaced (to undo it, and to know
    /// whose give-backs to look at again) and the agent's slots before it (each agent changes once
    /// per chain).
    private typealias Journal = [(change: AgentDayChange, replaced: Int?, slotsBefore: Int)]

    /// The roster with less contract shortfall, or nil when no chain improves `chosen` (or the
    /// deadline passes first). `chosen` must meet `need`.
    func repaired(from chosen: Set<Int>, need: [Int], deadline: SearchDeadline) -> Set<Int>? {
        let totals = model.municipalitySlots(of: chosen)
        var state = SearchState(model: model, plan: plan, chosen: chosen,
                                goal: TotalsSearch.Goal(targets: totals, need: need, contractLimit: 0))
        guard state.shortage == 0, state.deviation == 0, state.contractShort > 0 else { return nil }
        var giveBacks = HoursGivenBack(state)
        var improved = false
        // Passes over the agents below their minimum: an agent with no chain now may have one once
        // others have changed, but searching again before anything changed would only repeat.
        var changed = true
        while changed, state.contractShort > 0, !deadline.hasPassed {
            changed = false
            for agent in state.current.indices where state.agentTotal[agent] < state.minimum[agent] {
                while state.agentTotal[agent] < state.minimum[agent], let chain = raise(agent, &state, giveBacks: giveBacks, deadline: deadline) {
                    changed = true
                    giveBacks.refresh(after: chain.map(\.change.agent), slots: slots(of: chain), state)
                }
                if deadline.hasPassed { break }
            }
            improved = improved || changed
        }
        return improved ? state.roster : nil
    }

    /// Applies the first chain found that raises `agent` and lowers the shortfall and returns it;
    /// nil (state unchanged) if none.
    private func raise(_ agent: Int, _ state: inout SearchState, giveBacks: HoursGivenBack, deadline: SearchDeadline) -> Journal? {
        let m = state.municipalityOf[agent]
        guard m >= 0 else { return nil }
        for more in changes(of: agent, in: state) {
            if deadline.hasPassed { return nil }
            var journal: Journal = []
            guard apply(more, to: &state, journal: &journal) else { continue }
            let gained = state.totals[m] - (state.goal.targets?[m] ?? 0)
            if state.shortage == 0, lowersShortfall(journal, state), gained > 0, let shift = more.shift {
                // The raise staffs its slots beyond the need: hours others may now give back there.
                let first = model.catalog.shifts[shift].firstSlot
                let sameDay = HoursGivenBack(state, day: more.day, overlapping: first..<(first + model.catalog.shifts[shift].length))
                if balance(&state, municipality: m, slots: gained, journal: &journal, giveBacks: [giveBacks, sameDay], deadline: deadline) {
                    return journal
                }
            }
            undo(&journal, in: &state)
        }
        return nil
    }

    /// Takes `slots` back from municipality m: one colleague of the raised agent works fewer slots,
    /// and any slot that leaves short is covered from elsewhere. True once the state meets the need
    /// and the totals with less shortfall than before the chain; otherwise the state and journal are
    /// as before.
    private func balance(
        _ state: inout SearchState, municipality m: Int, slots: Int, journal: inout Journal, giveBacks: [HoursGivenBack],
        deadline: SearchDeadline
    ) -> Bool {
        let depth = journal.count
        for colleague in state.agentsOf[m] where !Self.inChain(colleague, journal) {
            if deadline.hasPassed { return false }
            for cut in changes(of: colleague, in: state) where length(cut.shift) - length(state.current[colleague][cut.day]) == -slots {
                let before = state.current[colleague][cut.day]
                guard apply(cut, to: &state, journal: &journal) else { continue }
                if lowersShortfall(journal, state) {
                    if state.shortage == 0 { return true }
                    // A cut takes slots from a shift the colleague works, so `before` is there.
                    if let before, cover(&state, slotsOf: before, journal: &journal, giveBacks: giveBacks) { return true }
                }
                undo(&journal, in: &state, downTo: depth)
            }
        }
        return false
    }

    /// Covers the slots of shift `removed` that a cut left short with one agent's change (of the same
    /// length, or longer with a colleague of theirs giving the difference back). True once done;
    /// otherwise the state and journal are as before.
    private func cover(_ state: inout SearchState, slotsOf removed: Int, journal: inout Journal, giveBacks: [HoursGivenBack]) -> Bool {
        let shift = model.catalog.shifts[removed]
        guard let short = shift.slots.first(where: { state.coverage[$0] < state.goal.need[$0] })
        else { return false }
        let depth = journal.count
        for index in state.coveringSlot[short] {
            let candidate = model.catalog.shifts[index]
            let agent = candidate.agent
            let day = SearchState.dayIndex(candidate.day)
            let extra = candidate.length - length(state.current[agent][day])
            let m = state.municipalityOf[agent]
            guard m >= 0, extra >= 0, extra == 0 || giveBacks.contains(where: { $0.has(municipality: m, slots: extra) }),
                  !Self.inChain(agent, journal),
                  apply(AgentDayChange(agent: agent, day: day, shift: index), to: &state, journal: &journal) else { continue }
            if state.shortage == 0 {
                if extra == 0, lowersShortfall(journal, state) { return true }
                for back in giveBacks.flatMap({ $0.changes(municipality: m, slots: extra) }) where !Self.inChain(back.agent, journal) {
                    guard apply(back, to: &state, journal: &journal) else { continue }
                    if state.shortage == 0, state.deviation == 0, lowersShortfall(journal, state) { return true }
                    undo(&journal, in: &state, downTo: depth + 1)
                }
            }
            undo(&journal, in: &state, downTo: depth)
        }
        return false
    }

    private static func inChain(_ agent: Int, _ journal: Journal) -> Bool {
        journal.contains { $0.change.agent == agent }
    }

    /// Applies `change` when it keeps the agent's week valid (weekly maximum, days, rest).
    private func apply(_ change: AgentDayChange, to state: inout SearchState, journal: inout Journal) -> Bool {
        let replaced = state.current[change.agent][change.day]
        guard replaced != change.shift, state.delta(of: change).isFinite else { return false }
        let slotsBefore = state.agentTotal[change.agent]
        state.apply(change)
        journal.append((change, replaced, slotsBefore))
        return true
    }

    /// Whether the chain lowers the contract shortfall in hours, as the contracts objective counts it:
    /// the state counts whole slots below minimums rounded up to slots, which for a minimum like
    /// 3.25 h in 1-hour slots would call a chain better that costs 0.5 h more.
    private func lowersShortfall(_ journal: Journal, _ state: SearchState) -> Bool {
        var change = 0.0
        for entry in journal {
            let minimum = plan.agents[entry.change.agent].minHours
            let before = Double(entry.slotsBefore) * model.slotHours
            let after = Double(state.agentTotal[entry.change.agent]) * model.slotHours
            change += max(0, minimum - after) - max(0, minimum - before)
        }
        return change < -1e-9
    }

    private func undo(_ journal: inout Journal, in state: inout SearchState, downTo depth: Int = 0) {
        while journal.count > depth, let last = journal.popLast() {
            state.apply(AgentDayChange(agent: last.change.agent, day: last.change.day, shift: last.replaced))
        }
    }

    /// The slots whose staffing a chain changed.
    private func slots(of chain: Journal) -> Set<Int> {
        var changed = Set<Int>()
        for (change, replaced, _) in chain {
            for shift in [change.shift, replaced].compactMap({ $0 }) {
                let s = model.catalog.shifts[shift]
                changed.formUnion(s.slots)
            }
        }
        return changed
    }

    /// Every change of one agent's day (another candidate shift, or a day off) on days they can work.
    private func changes(of agent: Int, in state: SearchState) -> [AgentDayChange] {
        var all: [AgentDayChange] = []
        for (day, options) in state.shiftsByAgentDay[agent].enumerated() where !options.isEmpty {
            let current = state.current[agent][day]
            for option in options where option != current { all.append(AgentDayChange(agent: agent, day: day, shift: option)) }
            if current != nil { all.append(AgentDayChange(agent: agent, day: day, shift: nil)) }
        }
        return all
    }

    private func length(_ shift: Int?) -> Int { model.catalog.length(of: shift) }
}
