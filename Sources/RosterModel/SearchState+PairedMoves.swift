import SeededRandomness

/// The moves that change two agents at once, so that coverage can stay as it is while hours move
/// between agents and municipalities: a shift handed over, or a day's slots re-divided.
extension SearchState {
    /// A shift handed from one agent to another who is free that day and could work the same slots:
    /// coverage stays as it is while hours move between agents and municipalities. Aimed at a
    /// municipality off its target when there are targets; from municipality `giverFrom` when given.
    func transfer(_ random: inout SplitMix64, from giverFrom: Int? = nil, toward takerFrom: Int? = nil) -> (give: AgentDayChange, take: AgentDayChange)? {
        guard !current.isEmpty else { return nil }
        var giver = Int(random.next() % UInt64(current.count))
        if let giverFrom {
            guard !agentsOf[giverFrom].isEmpty else { return nil }
            giver = agentsOf[giverFrom][Int(random.next() % UInt64(agentsOf[giverFrom].count))]
        } else if deviation > 0 || excess > 1e-9, random.next() % 2 == 0 {
            let start = Int(random.next() % UInt64(totals.count))
            guard let m = (0..<totals.count).lazy.map({ (start + $0) % self.totals.count })
                .first(where: { offGoal($0) == (true, true) && !agentsOf[$0].isEmpty }) else { return nil }
            giver = agentsOf[m][Int(random.next() % UInt64(agentsOf[m].count))]
        }
        guard let day = randomWorkingDay(of: giver, &random) else { return nil }
        guard let given = current[giver][day], let peers = sameSlots[model.catalog.shifts[given].slotsKey], peers.count > 1
        else { return nil }
        // Toward a given municipality first: any of its agents free that day with those slots.
        if let takerFrom {
            let start = Int(random.next() % UInt64(peers.count))
            for offset in peers.indices {
                let taken = peers[(start + offset) % peers.count]
                let taker = model.catalog.shifts[taken].agent
                if municipalityOf[taker] == takerFrom, taker != giver, current[taker][day] == nil {
                    return (AgentDayChange(agent: giver, day: day, shift: nil), AgentDayChange(agent: taker, day: day, shift: taken))
                }
            }
        }
        // From a given municipality (a chain's link), to one holding too few hours: a few draws.
        for _ in 0..<(giverFrom == nil ? 1 : 6) {
            let taken = peers[Int(random.next() % UInt64(peers.count))]
            let taker = model.catalog.shifts[taken].agent
            guard taker != giver, current[taker][day] == nil else { continue }
            if giverFrom != nil, offGoal(municipalityOf[taker]) != (true, false) { continue }
            return (AgentDayChange(agent: giver, day: day, shift: nil), AgentDayChange(agent: taker, day: day, shift: taken))
        }
        return nil
    }

    /// Two agents working the same day re-divide their slots so that every slot keeps its coverage
    /// (the day's shift starts and ends stay the same multiset) while hours move between them:
    /// swap their shifts, cross them (one takes the other's end), move the boundary between two
    /// shifts that meet, or split one shift with a colleague free that day. Where the roster staffs
    /// barely beyond the need (H at its least), single changes and whole hand-overs cannot move hours
    /// between municipalities without opening a hole; these can. The first agent comes from
    /// `colleague`'s municipality when given, the second from `partnerMunicipality`'s. Nil when the
    /// sampled pair admits no such change among the candidate shifts.
    func exchange(
        _ random: inout SplitMix64, sameMunicipalityAs colleague: Int? = nil, partnerFrom partnerMunicipality: Int? = nil
    ) -> (give: AgentDayChange, take: AgentDayChange)? {
        guard let (first, day, chosenSecond) = exchangePair(&random, sameMunicipalityAs: colleague, partnerFrom: partnerMunicipality)
        else { return nil }
        let peers = agentsByDay[day]
        guard peers.count > 1, let own = current[first][day] else { return nil }
        let second = chosenSecond ?? peers[Int(random.next() % UInt64(peers.count))]
        guard second != first else { return nil }
        let a = model.catalog.shifts[own]
        let (s1, e1) = (a.slots.lowerBound, a.slots.upperBound)
        // New (start, end) slot ranges for the first and the second agent; an empty range is a day off.
        let ranges: (first: (Int, Int), second: (Int, Int))
        if let theirs = current[second][day] {
            let b = model.catalog.shifts[theirs]
            let (s2, e2) = (b.slots.lowerBound, b.slots.upperBound)
            switch random.next() % 3 {
            case 0:
                ranges = ((s2, e2), (s1, e1))
            case 1:
                // Starts {s1, s2} and ends {e1, e2} paired the other way round.
                guard s2 <= e1, s1 <= e2, e1 != e2, s1 != s2 else { return nil }
                ranges = ((s1, e2), (s2, e1))
            default:
                // Shifts that meet end to start: the boundary moves anywhere within their union.
                let (low, high): (Int, Int)
                if e1 == s2 { (low, high) = (s1, e2) } else if e2 == s1 { (low, high) = (s2, e1) } else { return nil }
                let cut = low + Int(random.next() % UInt64(high - low + 1))
                ranges = e1 == s2 ? ((low, cut), (cut, high)) : ((cut, high), (low, cut))
            }
        } else {
            // Split: the colleague takes the start or the end of the shift.
            guard a.length > 1 else { return nil }
            let cut = s1 + 1 + Int(random.next() % UInt64(a.length - 1))
            ranges = random.next() % 2 == 0 ? ((s1, cut), (cut, e1)) : ((cut, e1), (s1, cut))
        }
        guard let give = change(agent: first, day: day, range: ranges.first),
              let take = change(agent: second, day: day, range: ranges.second),
              give.shift != current[first][day], take.shift != current[second][day]
        else { return nil }
        return (give, take)
    }

    /// Whether the goal is about which agents and municipalities hold the hours (totals, debts)
    /// rather than how many there are: exchanges change the first and never the second. Not for the
    /// contracts search within fixed municipality totals: there they cost 30×120 seed 9 its proof
    /// (1 h short after 110 s instead of 0 in 0.2 s); across municipalities they pay.
    var movesHoursAtFixedCoverage: Bool {
        goal.staffingWeight == 0 && (goal.largestDebt != nil || (goal.targets != nil && !goal.minimizeContracts))
    }

    /// One of the days `agent` works, uniformly (the same draw as indexing the list of them, without
    /// building it: this runs millions of times per search).
    func randomWorkingDay(of agent: Int, _ random: inout SplitMix64) -> Int? {
        guard daysWorked[agent] > 0 else { return nil }
        var remaining = Int(random.next() % UInt64(daysWorked[agent]))
        for day in current[agent].indices where current[agent][day] != nil {
            if remaining == 0 { return day }
            remaining -= 1
        }
        return nil
    }

    /// The agent whose shift is re-divided, the day, and the partner when already chosen. When the
    /// goal counts contracts, half the time around an agent below their minimum: their own shift, or
    /// (when they do not work) a colleague's that day; the partner then half the time from the
    /// same municipality, so that the debts stay as they are.
    private func exchangePair(
        _ random: inout SplitMix64, sameMunicipalityAs colleague: Int?, partnerFrom partnerMunicipality: Int?
    ) -> (first: Int, day: Int, second: Int?)? {
        if colleague == nil, goal.minimizeContracts, random.next() % 2 == 0, let short = randomShortAgent(&random) {
            if let day = randomWorkingDay(of: short, &random) {
                let partner = random.next() % 2 == 0 ? randomAgent(of: municipalityOf[short], on: day, &random) : nil
                return (short, day, partner)
            }
            guard let day = randomWorkableDay(of: short, &random) else { return nil }
            let own = random.next() % 2 == 0 ? municipalityOf[short] : nil
            guard let worker = randomAgent(of: own, on: day, working: true, &random) else { return nil }
            return (worker, day, short)
        }
        let first: Int
        if let colleague {
            let peers = agentsOf[municipalityOf[colleague]]
            guard !peers.isEmpty else { return nil }
            first = peers[Int(random.next() % UInt64(peers.count))]
        } else {
            guard let chosen = biasedWorkingAgent(&random) else { return nil }
            first = chosen
        }
        guard let day = randomWorkingDay(of: first, &random) else { return nil }
        return (first, day, partnerMunicipality.flatMap { randomAgent(of: $0, on: day, &random) })
    }

    /// An agent with a candidate shift on `day` (and working it, when `working`), from municipality
    /// `m` (nil: any): a few draws, nil when none hits.
    private func randomAgent(of m: Int?, on day: Int, working: Bool = false, _ random: inout SplitMix64) -> Int? {
        let pool = m.map { $0 >= 0 ? agentsOf[$0] : [] } ?? agentsByDay[day]
        guard !pool.isEmpty else { return nil }
        for _ in 0..<6 {
            let agent = pool[Int(random.next() % UInt64(pool.count))]
            if canWork(agent, on: day), !working || current[agent][day] != nil { return agent }
        }
        return nil
    }

    /// A working agent, half the time one from a municipality off its goal (either side).
    private func biasedWorkingAgent(_ random: inout SplitMix64) -> Int? {
        guard !current.isEmpty else { return nil }
        if deviation > 0 || excess > 1e-9, random.next() % 2 == 0 {
            let start = Int(random.next() % UInt64(totals.count))
            guard let m = (0..<totals.count).lazy.map({ (start + $0) % self.totals.count })
                .first(where: { offGoal($0).off && !agentsOf[$0].isEmpty }) else { return nil }
            return agentsOf[m][Int(random.next() % UInt64(agentsOf[m].count))]
        }
        return Int(random.next() % UInt64(current.count))
    }

    /// The change that gives `agent` the slots `range` on `day` (a day off when it is empty), or nil
    /// when no candidate shift of the agent covers exactly those slots.
    private func change(agent: Int, day: Int, range: (start: Int, end: Int)) -> AgentDayChange? {
        guard range.end > range.start else { return AgentDayChange(agent: agent, day: day, shift: nil) }
        let key = Self.agentSlotsKey(agent: agent, firstSlot: range.start, length: range.end - range.start)
        return shiftByAgentSlots[key].map { AgentDayChange(agent: agent, day: day, shift: $0) }
    }

    static func agentSlotsKey(agent: Int, firstSlot: Int, length: Int) -> Int {
        agent << 40 | firstSlot << 16 | length
    }
}
