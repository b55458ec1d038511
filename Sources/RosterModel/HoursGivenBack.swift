/// The changes by which one agent works fewer slots without leaving any slot below its need (every
/// slot they give up is staffed beyond it), indexed by municipality and number of slots: how a
/// municipality that gained hours in a chain gives them back.
///
/// Kept per agent, so that after a change only the agents working the slots whose staffing changed
/// are looked at again (the 3,000-agent week has millions of candidate changes); the index over them
/// is rebuilt whole, which is cheap, as only slots beyond the need give back.
struct HoursGivenBack {
    private struct Key: Hashable {
        let municipality: Int
        let slots: Int
    }

    private var byAgent: [[(change: AgentDayChange, key: Key)]]
    private var index: [Key: [AgentDayChange]] = [:]
    /// Whether any give-back exists, by municipality · (longest shift + 1) + slots: the chains ask
    /// this for every candidate shift covering a slot, so it must not hash.
    private var hasGiveBack: [Bool]
    private let longest: Int

    /// Every agent's give-backs on the state as it is.
    init(_ state: SearchState) {
        byAgent = Array(repeating: [], count: state.current.count)
        longest = state.model.catalog.maximumLength
        hasGiveBack = Array(repeating: false, count: state.agentsOf.count * (longest + 1))
        for agent in state.current.indices { byAgent[agent] = Self.giveBacks(of: agent, days: 0..<7, state) }
        rebuildIndex()
    }

    /// Only the give-backs on `day` of agents whose shift that day overlaps `slots` (the ones a
    /// change there may have made possible).
    init(_ state: SearchState, day: Int, overlapping slots: Range<Int>) {
        byAgent = Array(repeating: [], count: state.current.count)
        longest = state.model.catalog.maximumLength
        hasGiveBack = Array(repeating: false, count: state.agentsOf.count * (longest + 1))
        for agent in state.agentsByDay[day] {
            guard let worked = state.current[agent][day] else { continue }
            let shift = state.model.catalog.shifts[worked]
            guard shift.firstSlot < slots.upperBound, slots.lowerBound < shift.slots.upperBound else { continue }
            byAgent[agent] = Self.giveBacks(of: agent, days: day..<(day + 1), state)
        }
        rebuildIndex()
    }

    /// After changes of `agents` that changed the staffing of `slots`: looks again at them and at
    /// every agent working one of those slots.
    mutating func refresh(after agents: [Int], slots: Set<Int>, _ state: SearchState) {
        var again = Set(agents)
        for slot in slots {
            for index in state.coveringSlot[slot] {
                let shift = state.model.catalog.shifts[index]
                if state.current[shift.agent][SearchState.dayIndex(shift.day)] == index { again.insert(shift.agent) }
            }
        }
        for agent in again { byAgent[agent] = Self.giveBacks(of: agent, days: 0..<7, state) }
        rebuildIndex()
    }

    func changes(municipality: Int, slots: Int) -> [AgentDayChange] {
        index[Key(municipality: municipality, slots: slots)] ?? []
    }

    func has(municipality: Int, slots: Int) -> Bool {
        slots > 0 && slots <= longest && hasGiveBack[municipality * (longest + 1) + slots]
    }

    private mutating func rebuildIndex() {
        index = [:]
        for position in hasGiveBack.indices { hasGiveBack[position] = false }
        for giveBacks in byAgent {
            for (change, key) in giveBacks {
                index[key, default: []].append(change)
                hasGiveBack[key.municipality * (longest + 1) + key.slots] = true
            }
        }
    }

    private static func giveBacks(of agent: Int, days: Range<Int>, _ state: SearchState) -> [(change: AgentDayChange, key: Key)] {
        let m = state.municipalityOf[agent]
        guard m >= 0 else { return [] }
        let shifts = state.model.catalog.shifts
        var found: [(change: AgentDayChange, key: Key)] = []
        for day in days {
            guard let worked = state.current[agent][day] else { continue }
            let old = shifts[worked]
            // The slots `worked` covers beyond the need: a shorter shift may drop only those.
            let slack = old.slots.map { state.coverage[$0] > state.goal.need[$0] }
            guard slack.contains(true) else { continue }
            if slack.allSatisfy({ $0 }) {
                found.append((AgentDayChange(agent: agent, day: day, shift: nil), Key(municipality: m, slots: old.length)))
            }
            for option in state.shiftsByAgentDay[agent][day] where option != worked {
                let kept = shifts[option]
                let given = old.length - kept.length
                guard given > 0 else { continue }
                let dropsOnlySlack = slack.indices.allSatisfy { offset in
                    let slot = old.firstSlot + offset
                    return slack[offset] || kept.slots.contains(slot)
                }
                if dropsOnlySlack { found.append((AgentDayChange(agent: agent, day: day, shift: option), Key(municipality: m, slots: given))) }
            }
        }
        return found
    }
}
