import HotlineDomain

/// Contracts by totals chains: an agent below their minimum works more, and their municipality gives
/// the slots back the way `TotalsChains` hands slots on.
extension TotalsChains {
    /// A roster with less contract shortfall (in hours) at the same municipality totals that still
    /// meets `need`, or nil when no chain lowers it (or the deadline passes first): an agent below
    /// their minimum works more, a colleague gives the slots back, and the slots that leaves short
    /// are covered as above. `chosen` must meet `need`.
    func raisingShortAgents(from chosen: Set<Int>, need: [Int], deadline: SearchDeadline) -> Set<Int>? {
        let goal = TotalsSearch.Goal(targets: model.municipalitySlots(of: chosen), need: need, contractLimit: nil)
        var state = SearchState(model: model, plan: plan, chosen: chosen, goal: goal)
        guard state.shortage == 0, state.deviation == 0 else { return nil }
        var improved = false
        // Passes over the agents below their minimum: one may have a chain once others have changed.
        var changed = true
        while changed, !deadline.hasPassed {
            changed = false
            for agent in state.current.indices where state.agentTotal[agent] < state.minimum[agent] {
                while state.agentTotal[agent] < state.minimum[agent], !deadline.hasPassed, raise(agent, &state, deadline: deadline) {
                    changed = true
                }
            }
            improved = improved || changed
        }
        return improved ? state.roster : nil
    }

    /// Applies the first chain found that has `agent` work more and lowers the shortfall; false
    /// (state unchanged) if none.
    private func raise(_ agent: Int, _ state: inout SearchState, deadline: SearchDeadline) -> Bool {
        let m = state.municipalityOf[agent]
        guard m >= 0 else { return false }
        let shortfall = shortfallHours(state)
        for (day, options) in state.shiftsByAgentDay[agent].enumerated() {
            let worked = state.current[agent][day]
            for option in options where (1...largestHandOver).contains(length(option) - length(worked)) {
                let more = AgentDayChange(agent: agent, day: day, shift: option)
                // Only raises that leave no slot short: the colleague's give-back is the chain's one loose end.
                guard !deadline.hasPassed, worked.map({ leftShort(replacing: $0, by: option, state)?.isEmpty == true }) ?? true,
                      state.delta(of: more).isFinite else { continue }
                let undo = state.undoing(more)
                state.apply(more)
                // The colleagues see the roster with the raise in it: where it now staffs, they may give back.
                let root = (node(m, giving: length(option) - length(worked), state), Link(change: nil, from: nil))
                let accepts = { (after: SearchState) in
                    after.shortage == 0 && after.deviation == 0 && shortfallHours(after) < shortfall - 1e-9
                }
                if searchChain(&state, from: [root], deadline: deadline, accepts: accepts)
                    || giveBackByTwo(m, slots: length(option) - length(worked), &state, deadline: deadline, accepts: accepts) {
                    return true
                }
                state.apply(undo)
            }
        }
        return false
    }

    /// Hours below contracted minimums, as the contracts objective counts them (not whole slots).
    private func shortfallHours(_ state: SearchState) -> Double {
        state.agentTotal.indices.reduce(0.0) { sum, agent in
            sum + max(0, plan.agents[agent].minHours - Double(state.agentTotal[agent]) * model.slotHours)
        }
    }

    /// Two colleagues in municipality m giving back `slots` together, one working more than that
    /// fewer and another the difference more (where colleagues work shifts of the shortest length,
    /// none can give back less than a whole shift), with the one slot that may leave short covered
    /// by a chain; applies the first that `accepts` and returns true, or returns false with the state
    /// unchanged. Not enough for national seed 2's Høje-Taastrup a09, whose colleagues' days off
    /// leave several slots short.
    private func giveBackByTwo(
        _ m: Int, slots: Int, _ state: inout SearchState, deadline: SearchDeadline, accepts: (SearchState) -> Bool
    ) -> Bool {
        let colleagues = state.agentsOf[m]
        for giver in colleagues {
            for (day, worked) in state.current[giver].enumerated() {
                guard let worked else { continue }
                let options: [Int?] = state.shiftsByAgentDay[giver][day] + [nil]
                for option in options where length(worked) - length(option) > slots {
                    let less = AgentDayChange(agent: giver, day: day, shift: option)
                    let extra = length(worked) - length(option) - slots
                    guard !deadline.hasPassed, state.delta(of: less).isFinite else { continue }
                    let undoLess = state.undoing(less)
                    state.apply(less)
                    if takeBack(extra, in: colleagues, besides: giver, &state, deadline: deadline, accepts: accepts) { return true }
                    state.apply(undoLess)
                }
            }
        }
        return false
    }

    /// One of `colleagues` (not `giver`) working `extra` slots more so that at most one slot stays
    /// short, then a chain covering that one; true once applied and accepted, else state unchanged.
    private func takeBack(
        _ extra: Int, in colleagues: [Int], besides giver: Int, _ state: inout SearchState, deadline: SearchDeadline,
        accepts: (SearchState) -> Bool
    ) -> Bool {
        for taker in colleagues where taker != giver {
            for (day, options) in state.shiftsByAgentDay[taker].enumerated() {
                let worked = state.current[taker][day]
                for option in options where length(option) - length(worked) == extra {
                    let more = AgentDayChange(agent: taker, day: day, shift: option)
                    guard state.delta(of: more).isFinite else { continue }
                    let undoMore = state.undoing(more)
                    state.apply(more)
                    if state.shortage == 0, accepts(state) { return true }
                    if state.shortage == 1, let short = state.coverage.indices.first(where: { state.coverage[$0] < state.goal.need[$0] }),
                       searchChain(&state, from: [(short, Link(change: nil, from: nil))], deadline: deadline, accepts: accepts) {
                        return true
                    }
                    state.apply(undoMore)
                    if deadline.hasPassed { return false }
                }
            }
        }
        return false
    }
}
