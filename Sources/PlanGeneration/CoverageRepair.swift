import HotlineDomain

/// Keeps count of how many agents' windows cover each open slot, and changes windows to reach a
/// coverage target (adding a day, or widening one when nobody is free that day) or to shed surplus.
struct CoverageRepair {
    private(set) var agents: [AgentDraft]
    /// Agents whose windows cover each slot.
    private(set) var coverage: [Int]
    let grid: WeekGrid
    /// Window hours each municipality should offer.
    let budgets: [Double]
    /// Window hours each municipality offers now.
    private var offered: [Double]

    init(agents: [AgentDraft], grid: WeekGrid, budgets: [Double]) {
        self.agents = agents
        self.grid = grid
        self.budgets = budgets
        coverage = Array(repeating: 0, count: grid.count)
        offered = Array(repeating: 0, count: budgets.count)
        for agent in agents {
            offered[agent.municipality] += Double(agent.windowMinutes) / 60
            for day in Weekday.allCases {
                for span in agent.windows[day.rawValue] {
                    for slot in grid.slots(day: day, span: span) { coverage[slot] += 1 }
                }
            }
        }
    }

    /// Agents who can take more availability (a scarce island's agent keeps its single morning).
    var flexibleCount: Int { agents.filter { !$0.scarce }.count }

    /// Adds availability where coverage is below `target`, always at the slot furthest below, to the
    /// municipality furthest below its budget. Returns the first slot that cannot be raised (every
    /// flexible agent already covers it), or nil when every target is met.
    mutating func raise(to target: [Int], slotMinutes: Int, random: inout SeededRandom) -> Int? {
        while true {
            var worst: Int?
            for slot in coverage.indices where coverage[slot] < target[slot] {
                if let current = worst, target[current] - coverage[current] >= target[slot] - coverage[slot] { continue }
                worst = slot
            }
            guard let slot = worst else { return nil }
            let day = grid.day(ofSlot: slot), minute = grid.startMinute(ofSlot: slot)
            if !addDay(day, covering: minute, slotMinutes: slotMinutes, random: &random),
               !widenDay(day, covering: minute, slotMinutes: slotMinutes) {
                return slot
            }
        }
    }

    /// A new day pattern covering the slot, for a flexible agent free that day.
    private mutating func addDay(_ day: Weekday, covering minute: Int, slotMinutes: Int, random: inout SeededRandom) -> Bool {
        var free = agents.indices.filter { !agents[$0].scarce && agents[$0].windows[day.rawValue].isEmpty }
        if day >= .sat {
            // Prefer people who already work the other weekend day.
            let other: Weekday = day == .sat ? .sun : .sat
            let weekenders = free.filter { !agents[$0].windows[other.rawValue].isEmpty }
            if !weekenders.isEmpty { free = weekenders }
        }
        guard let chosen = free.min(by: { preference($0) < preference($1) }) else { return false }
        let fitting = (day < .sat ? AvailabilityStyle.allPatterns(slotMinutes: slotMinutes) : AvailabilityStyle.weekend)
            .filter { pattern in pattern.contains { $0.contains(minute: minute) } }
        let own = fitting.filter { agents[chosen].style.patterns(slotMinutes: slotMinutes).contains($0) }
        guard let pattern = random.element(of: own.isEmpty ? fitting : own) else { return false }
        replace(chosen, day, with: pattern)
        return true
    }

    /// Stretches a window of a flexible agent who works that day but not at that time.
    private mutating func widenDay(_ day: Weekday, covering minute: Int, slotMinutes: Int) -> Bool {
        let working = agents.indices.filter {
            !agents[$0].scarce && !agents[$0].windows[day.rawValue].isEmpty && !agents[$0].covers(day: day, minute: minute)
        }
        guard let chosen = working.min(by: { preference($0) < preference($1) }) else { return false }
        var widened = agents[chosen]
        widened.widen(day, toCover: minute, slotMinutes: slotMinutes)
        replace(chosen, day, with: widened.windows[day.rawValue])
        return true
    }

    /// Lets the flexible agents available in `slot` work more: 4 more weekly hours (up to 40) and no
    /// day limit. False when none of them can be given more.
    mutating func loosenContracts(at slot: Int) -> Bool {
        let day = grid.day(ofSlot: slot), minute = grid.startMinute(ofSlot: slot)
        var loosened = false
        for a in agents.indices where !agents[a].scarce && agents[a].covers(day: day, minute: minute) {
            if agents[a].maxHours < Self.hoursCeiling {
                agents[a].maxHours = min(Self.hoursCeiling, agents[a].maxHours + 4)
                loosened = true
            }
            if agents[a].maxDays < 7 {
                agents[a].maxDays = 7
                loosened = true
            }
        }
        return loosened
    }

    static let hoursCeiling = 40

    /// Municipality furthest below its budget first, then the agent with the fewest window hours.
    private func preference(_ a: Int) -> (Double, Int, Int) {
        let m = agents[a].municipality
        return (offered[m] / max(budgets[m], 1e-9), agents[a].windowMinutes, a)
    }

    /// Sheds weekday availability where coverage is to spare, from the municipalities furthest above
    /// their budget, until offered hours are down to `goal` × required hours; only runs when they
    /// exceed `limit` × required hours. A day whose `kept(agent, day)` is nil may go whole (if the
    /// agent keeps another day); otherwise its windows shrink to the kept stretch. Whole days go first.
    mutating func trim(
        target: [Int], requiredHours: Double, goal: Double, limit: Double, kept: (Int, Weekday) -> Span?
    ) {
        var total = agents.reduce(0) { $0 + $1.offeredHours }
        guard total > limit * requiredHours else { return }
        var offeredCapped = Array(repeating: 0.0, count: budgets.count)
        for agent in agents { offeredCapped[agent.municipality] += agent.offeredHours }
        var candidates: [(shrinks: Bool, key: Double, agent: Int, day: Weekday, rest: [Span])] = []
        for a in agents.indices where !agents[a].scarce {
            let m = agents[a].municipality
            for day in Weekday.allCases where day < .sat && !agents[a].windows[day.rawValue].isEmpty {
                let rest = kept(a, day).map { [$0] } ?? []
                candidates.append((!rest.isEmpty, offeredCapped[m] / max(budgets[m], 1e-9), a, day, rest))
            }
        }
        candidates.sort { ($1.shrinks ? 1 : 0, $0.key, -$0.agent, -$0.day.rawValue) > ($0.shrinks ? 1 : 0, $1.key, -$1.agent, -$1.day.rawValue) }
        for candidate in candidates where total > goal * requiredHours {
            let a = candidate.agent, day = candidate.day
            guard !candidate.rest.isEmpty || agents[a].workingDays >= 2 else { continue }
            let staying = Set(candidate.rest.flatMap { grid.slots(day: day, span: $0) })
            let leaving = agents[a].windows[day.rawValue].flatMap { grid.slots(day: day, span: $0) }.filter { !staying.contains($0) }
            guard leaving.allSatisfy({ coverage[$0] > target[$0] }) else { continue }
            var trimmed = agents[a]
            trimmed.set(day, candidate.rest)
            guard trimmed.offeredHours < agents[a].offeredHours else { continue }
            total += trimmed.offeredHours - agents[a].offeredHours
            replace(a, day, with: candidate.rest)
        }
    }

    private mutating func replace(_ a: Int, _ day: Weekday, with spans: [Span]) {
        for span in agents[a].windows[day.rawValue] {
            for slot in grid.slots(day: day, span: span) { coverage[slot] -= 1 }
        }
        let m = agents[a].municipality
        offered[m] -= Double(agents[a].windowMinutes) / 60
        agents[a].set(day, spans)
        offered[m] += Double(agents[a].windowMinutes) / 60
        for span in spans {
            for slot in grid.slots(day: day, span: span) { coverage[slot] += 1 }
        }
    }
}
