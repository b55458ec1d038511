import HotlineDomain
import SeededRandomness

/// One proposed change: agent `agent` works `shift` (an index, or nil for a day off) on `day`.
struct AgentDayChange {
    let agent: Int
    let day: Int
    let shift: Int?
}

/// The roster under search with incremental coverage, totals and score.
struct SearchState {
    let model: RosterProgram
    private(set) var goal: TotalsSearch.Goal
    let municipalityOf: [Int]
    let agentsOf: [[Int]]
    private let cap: [Int]
    private let maxDays: [Int]
    /// Contracted minimum per agent (slots).
    let minimum: [Int]
    private let minRest: Int
    /// Candidate shifts per agent and weekday index.
    let shiftsByAgentDay: [[[Int]]]
    /// Candidate shifts covering each slot.
    let coveringSlot: [[Int]]
    /// Candidate shifts by the slots they cover (first slot and length): who could take over a shift.
    let sameSlots: [Int: [Int]]
    /// Candidate shift index by agent and slots (`agentSlotsKey`): the shift an exchange asks for.
    let shiftByAgentSlots: [Int: Int]
    /// Agents with a candidate shift on each weekday: who could take part of that day's work.
    let agentsByDay: [[Int]]
    /// Weekdays on which each agent has a candidate shift (computed once: the search asks millions of times).
    private let workableDays: [[Int]]
    private(set) var current: [[Int?]]
    /// Agents working each slot.
    private(set) var coverage: [Int]
    private(set) var totals: [Int]
    /// Slots each agent works.
    private(set) var agentTotal: [Int]
    private(set) var daysWorked: [Int]
    private(set) var shortage = 0
    private(set) var deviation = 0
    private(set) var contractShort = 0
    /// Agent-slots in the roster (the total hours H, in slots).
    private(set) var staffed = 0
    /// Slots by which municipality debts exceed the goal's largest debt, summed.
    private(set) var excess = 0.0
    private let shares: [Double]
    private let owed: [Double]
    private let slotHours: Double

    init(model: RosterProgram, plan: Plan, chosen: Set<Int>, goal: TotalsSearch.Goal) {
        self.model = model
        self.goal = goal
        shares = model.shares
        owed = model.owed
        slotHours = model.slotHours
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
            for slot in shift.slots { coveringSlot[slot].append(index) }
        }
        self.coveringSlot = coveringSlot
        sameSlots = Dictionary(grouping: catalog.shifts.indices) { catalog.shifts[$0].slotsKey }
        var shiftByAgentSlots: [Int: Int] = [:]
        shiftByAgentSlots.reserveCapacity(catalog.shifts.count)
        for (index, shift) in catalog.shifts.enumerated() {
            shiftByAgentSlots[Self.agentSlotsKey(agent: shift.agent, firstSlot: shift.firstSlot, length: shift.length)] = index
        }
        self.shiftByAgentSlots = shiftByAgentSlots
        agentsByDay = Weekday.allCases.indices.map { [shiftsByAgentDay] day in
            shiftsByAgentDay.indices.filter { !shiftsByAgentDay[$0][day].isEmpty }
        }
        workableDays = shiftsByAgentDay.map { perDay in perDay.indices.filter { !perDay[$0].isEmpty } }

        current = Array(repeating: Array(repeating: nil, count: Weekday.allCases.count), count: plan.agents.count)
        coverage = Array(repeating: 0, count: plan.slots.count)
        totals = Array(repeating: 0, count: plan.municipalities.count)
        agentTotal = Array(repeating: 0, count: plan.agents.count)
        daysWorked = Array(repeating: 0, count: plan.agents.count)
        for index in chosen.sorted() {
            let shift = catalog.shifts[index]
            current[shift.agent][Self.dayIndex(shift.day)] = index
            agentTotal[shift.agent] += shift.length
            staffed += shift.length
            daysWorked[shift.agent] += 1
            if municipalityOf[shift.agent] >= 0 { totals[municipalityOf[shift.agent]] += shift.length }
            for slot in shift.slots { coverage[slot] += 1 }
        }
        shortage = coverage.indices.reduce(0) { $0 + max(0, goal.need[$1] - coverage[$1]) }
        deviation = goal.targets.map { targets in totals.indices.reduce(0) { $0 + abs(totals[$1] - targets[$1]) } } ?? 0
        contractShort = agentTotal.indices.reduce(0) { $0 + max(0, minimum[$1] - agentTotal[$1]) }
        excess = excessAfter(adding: 0, to: -1, enforcingCaps: false)
    }

    /// The excess when municipality `changed` gains `slots` (and the total H with it); O(municipalities)
    /// since every target moves with H. +infinity when `enforcingCaps` and the change would take a
    /// debt above the goal's cap or the debts' sum above its sum cap.
    private func excessAfter(adding slots: Int, to changed: Int, enforcingCaps: Bool = true) -> Double {
        guard let largest = goal.largestDebt else { return 0 }
        let total = Double(staffed + slots) * slotHours
        let cap = enforcingCaps ? goal.debtCap ?? .infinity : .infinity
        var sum = 0.0
        var squares = 0.0
        for m in totals.indices {
            let hours = Double(totals[m] + (m == changed ? slots : 0)) * slotHours
            let debt = abs(owed[m] + shares[m] * total - hours)
            // Half as loose as the rows that keep the fixed fairness stages, so the verification agrees.
            if debt > cap + 0.5e-7 * max(1, cap) { return .infinity }
            sum += max(0, debt - largest)
            squares += debt * debt
        }
        if enforcingCaps, let sumCap = goal.debtSumCap, sum > sumCap + 0.5e-7 * max(1, sumCap) { return .infinity }
        if enforcingCaps, let spreadCap = goal.spreadCap, squares > spreadCap + 0.5e-7 * max(1, spreadCap) { return .infinity }
        return goal.squaredDebts ? squares / (slotHours * slotHours) : sum / slotHours
    }

    /// From now on no change may take the contract shortfall above `cap` slots, or above what the
    /// roster is short now where that is more.
    mutating func holdContractShortfall(atMost cap: Int) {
        goal.contractCap = max(cap, contractShort)
    }

    var scoresExcess: Bool { goal.largestDebt != nil && goal.excessWeight > 0 }

    /// Whether every debt and their sum are within the goal's caps.
    var withinCaps: Bool {
        excessAfter(adding: 0, to: -1).isFinite && contractShort <= (goal.contractCap ?? .max) && staffed <= (goal.staffedCap ?? .max)
    }

    /// The largest |owed + share·H − hours| over municipalities, in hours.
    var largestDebt: Double {
        let total = Double(staffed) * slotHours
        return totals.indices.reduce(0.0) { max($0, abs(owed[$1] + shares[$1] * total - Double(totals[$1]) * slotHours)) }
    }

    /// Whether municipality m is off the goal's totals (or outside its debt window), and on which side.
    func offGoal(_ m: Int) -> (off: Bool, above: Bool) {
        if let targets = goal.targets { return (totals[m] != targets[m], totals[m] > targets[m]) }
        guard let largest = goal.largestDebt else { return (false, false) }
        let debt = owed[m] + shares[m] * Double(staffed) * slotHours - Double(totals[m]) * slotHours
        return (abs(debt) > largest + 1e-9, debt < 0)
    }

    static func dayIndex(_ day: Weekday) -> Int { Weekday.allCases.firstIndex(of: day) ?? 0 }

    /// The change that takes back `change`.
    func undoing(_ change: AgentDayChange) -> AgentDayChange {
        AgentDayChange(agent: change.agent, day: change.day, shift: current[change.agent][change.day])
    }

    var meetsNeedAndTotals: Bool { shortage == 0 && deviation == 0 && excess <= 1e-9 }
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
        if pick <= 2, deviation > 0 || excess > 1e-9 {
            let count = totals.count
            let start = Int(random.next() % UInt64(count))
            for offset in 0..<count {
                let m = (start + offset) % count
                guard offGoal(m).off, !agentsOf[m].isEmpty else { continue }
                let agent = agentsOf[m][Int(random.next() % UInt64(agentsOf[m].count))]
                return randomChange(agent: agent, &random)
            }
        }
        if pick == 3, goal.minimizeContracts, let agent = randomShortAgent(&random) {
            return randomChange(agent: agent, &random)
        }
        guard !current.isEmpty else { return nil }
        return randomChange(agent: Int(random.next() % UInt64(current.count)), &random)
    }

    /// An agent below their contracted minimum, uniformly from a random starting point (nil if none).
    func randomShortAgent(_ random: inout SplitMix64) -> Int? {
        guard contractShort > 0, !agentTotal.isEmpty else { return nil }
        let start = Int(random.next() % UInt64(agentTotal.count))
        for offset in 0..<agentTotal.count {
            let agent = (start + offset) % agentTotal.count
            if agentTotal[agent] < minimum[agent] { return agent }
        }
        return nil
    }

    /// One of the days `agent` has a candidate shift on, uniformly.
    func randomWorkableDay(of agent: Int, _ random: inout SplitMix64) -> Int? {
        let days = workableDays[agent]
        return days.isEmpty ? nil : days[Int(random.next() % UInt64(days.count))]
    }

    /// Whether `agent` has a candidate shift on `day`.
    func canWork(_ agent: Int, on day: Int) -> Bool { !shiftsByAgentDay[agent][day].isEmpty }

    private func randomChange(agent: Int, _ random: inout SplitMix64) -> AgentDayChange? {
        guard let day = randomWorkableDay(of: agent, &random) else { return nil }
        let options = shiftsByAgentDay[agent][day]
        // One chance in (options + 1) of a day off.
        let choice = Int(random.next() % UInt64(options.count + 1))
        return AgentDayChange(agent: agent, day: day, shift: choice < options.count ? options[choice] : nil)
    }

    /// The change in score, or +infinity when the change would break the agent's week or (when
    /// `enforcingCaps`) a debt cap: the first half of a hand-over may pass through a state beyond them.
    func delta(of change: AgentDayChange, enforcingCaps: Bool = true) -> Double {
        let old = current[change.agent][change.day]
        guard old != change.shift else { return .infinity }
        let catalog = model.catalog
        let oldLength = old.map { catalog.shifts[$0].length } ?? 0
        let newLength = change.shift.map { catalog.shifts[$0].length } ?? 0
        let agent = change.agent
        let total = agentTotal[agent] - oldLength + newLength
        guard total <= cap[agent] else { return .infinity }
        if enforcingCaps, let staffedCap = goal.staffedCap, newLength > oldLength, staffed - oldLength + newLength > staffedCap {
            return .infinity
        }
        let days = daysWorked[agent] - (old == nil ? 0 : 1) + (change.shift == nil ? 0 : 1)
        guard days <= maxDays[agent] else { return .infinity }
        if let index = change.shift, !restHolds(agent: agent, day: change.day, shift: index) { return .infinity }

        var shortageDelta = 0
        if let old {
            let shift = catalog.shifts[old]
            for slot in shift.slots where coverage[slot] <= goal.need[slot] {
                shortageDelta += 1
            }
        }
        if let index = change.shift {
            let shift = catalog.shifts[index]
            let oldRange = old.map { catalog.shifts[$0].slots }
            for slot in shift.slots {
                let after = coverage[slot] - (oldRange?.contains(slot) == true ? 1 : 0)
                if after < goal.need[slot] { shortageDelta -= 1 }
            }
        }
        var deviationDelta = 0
        let m = municipalityOf[agent]
        if m >= 0, let targets = goal.targets {
            deviationDelta = abs(totals[m] - oldLength + newLength - targets[m]) - abs(totals[m] - targets[m])
        }
        let contractDelta = max(0, minimum[agent] - total) - max(0, minimum[agent] - agentTotal[agent])
        if enforcingCaps, let contractCap = goal.contractCap, contractShort + contractDelta > contractCap { return .infinity }
        var excessDelta = 0.0
        if goal.largestDebt != nil {
            let after = excessAfter(adding: newLength - oldLength, to: m, enforcingCaps: enforcingCaps)
            guard after.isFinite else { return .infinity }
            excessDelta = goal.excessWeight * (after - excess)
        }
        // Agent-slots beyond the need: every added slot is one, unless it fills a short slot.
        let overstaffingDelta = goal.staffingWeight * Double(newLength - oldLength + shortageDelta)
        return goal.shortageWeight * Double(shortageDelta) + Double(deviationDelta) + (goal.minimizeContracts ? 0.5 * Double(contractDelta) : 0)
            + overstaffingDelta + excessDelta
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
            for slot in shift.slots {
                if coverage[slot] <= goal.need[slot] { shortage += 1 }
                coverage[slot] -= 1
            }
            move(agent: agent, municipality: m, by: -shift.length)
            daysWorked[agent] -= 1
        }
        if let index = change.shift {
            let shift = catalog.shifts[index]
            for slot in shift.slots {
                if coverage[slot] < goal.need[slot] { shortage -= 1 }
                coverage[slot] += 1
            }
            move(agent: agent, municipality: m, by: shift.length)
            daysWorked[agent] += 1
        }
        current[agent][change.day] = change.shift
        if goal.largestDebt != nil { excess = excessAfter(adding: 0, to: -1, enforcingCaps: false) }
    }

    private mutating func move(agent: Int, municipality m: Int, by length: Int) {
        contractShort -= max(0, minimum[agent] - agentTotal[agent])
        agentTotal[agent] += length
        staffed += length
        contractShort += max(0, minimum[agent] - agentTotal[agent])
        guard m >= 0 else { return }
        if let targets = goal.targets {
            deviation += abs(totals[m] + length - targets[m]) - abs(totals[m] - targets[m])
        }
        totals[m] += length
    }
}
