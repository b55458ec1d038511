import HotlineDomain

/// First drafts of every agent: names, contracts and weekday windows up to a budget of window hours
/// per municipality (its share of the required hours times `initialOfferRatio`), then a weekend crew.
struct AgentDrafting {
    /// Window hours drafted per required agent-hour before coverage repair adds what is missing.
    static let initialOfferRatio = 1.45
    /// About this share of agents also (or only) work weekends.
    static let weekendShare = 0.20

    let slotMinutes: Int
    let municipalities: [DanishMunicipality]
    let counts: [Int]
    let scarce: [Bool]
    /// Window hours each municipality should offer, aligned with `municipalities`.
    let budgets: [Double]

    func draft(random: inout SeededRandom) -> [AgentDraft] {
        var agents: [AgentDraft] = []
        for m in municipalities.indices {
            var names = Set<String>()
            let width = max(2, String(counts[m]).count)
            for k in 0..<counts[m] {
                let number = String(k + 1)
                let id = "a" + String(repeating: "0", count: width - number.count) + number
                let name = AgentNames.draw(random: &random, avoiding: &names)
                if scarce[m] {
                    agents.append(Self.islander(municipality: m, id: id, name: name, random: &random))
                    continue
                }
                let style = AvailabilityStyle.allCases[random.weightedIndex(AvailabilityStyle.weights)]
                let budget = budgets[m] / Double(counts[m]) * random.uniform(0.7, 1.3)
                // Whoever offers many window hours also has the contract hours to work them.
                let maxHours = max(Self.drawMaxHours(&random), min(37, Int(budget.rounded(.up))))
                var agent = AgentDraft(municipality: m, id: id, name: name, style: style, scarce: false, maxHours: maxHours)
                var days: [Weekday] = [.mon, .tue, .wed, .thu, .fri]
                random.shuffle(&days)
                let patterns = style.patterns(slotMinutes: slotMinutes)
                while Double(agent.windowMinutes) < budget * 60, let day = days.popLast(), let pattern = random.element(of: patterns) {
                    agent.set(day, pattern)
                }
                agents.append(agent)
            }
        }
        addWeekendCrew(&agents, random: &random)
        return agents
    }

    /// A scarce island municipality's only agent: a single morning a week.
    static func islander(municipality: Int, id: String, name: String, random: inout SeededRandom) -> AgentDraft {
        var agent = AgentDraft(municipality: municipality, id: id, name: name, style: .morning, scarce: true, maxHours: 8)
        let day = random.element(of: [Weekday.tue, .wed, .thu]) ?? .wed
        agent.set(day, [Span(start: 8 * 60, end: 12 * 60)])
        return agent
    }

    /// Mostly part-time contributions to the hotline, a few with only a day's hours, some near full time.
    static func drawMaxHours(_ random: inout SeededRandom) -> Int {
        let x = random.unit()
        if x < 0.08 { return 8 }
        if x < 0.85 { return random.element(of: [10, 12, 12, 15, 15, 16, 18, 20, 20, 22, 25]) ?? 15 }
        return random.element(of: [30, 32, 37]) ?? 30
    }

    /// About a fifth of the agents also work Saturday, Sunday or both; every second of them with more
    /// than two weekdays gives one up.
    private func addWeekendCrew(_ agents: inout [AgentDraft], random: inout SeededRandom) {
        var candidates = agents.indices.filter { !agents[$0].scarce }
        random.shuffle(&candidates)
        let crew = candidates.prefix(Int((Self.weekendShare * Double(agents.count)).rounded()))
        let choices: [[Weekday]] = [[.sat], [.sun], [.sat, .sun]]
        for (position, a) in crew.enumerated() {
            for day in choices[position % 3] {
                if let pattern = random.element(of: AvailabilityStyle.weekend) { agents[a].set(day, pattern) }
            }
            let weekdays = Weekday.allCases.filter { $0 < .sat && !agents[a].windows[$0.rawValue].isEmpty }
            if agents[a].workingDays > 2, position % 2 == 0, let first = weekdays.first {
                agents[a].set(first, [])
            }
        }
    }
}
