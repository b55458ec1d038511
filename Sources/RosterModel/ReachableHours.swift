import HotlineDomain

/// Which weekly totals (in slots) each municipality's agents can add up to, from their shifts alone:
/// one shift length per workable day, at most `max_days` days, at most `max_hours`. Rest between
/// days is ignored, so the sets may hold a few totals a roster cannot reach: a superset, which keeps
/// every bound computed from it valid.
struct ReachableHours {
    /// Per municipality (aligned with `Plan.municipalities`): reachable[total] is true when reachable.
    let reachable: [[Bool]]
    /// Per agent (aligned with `Plan.agents`): the weekly totals that agent alone can reach.
    let agentTotals: [[Bool]]

    init(plan: Plan, catalog: ShiftCatalog) {
        let municipalityIndex = Dictionary(uniqueKeysWithValues: plan.municipalities.enumerated().map { ($1.id, $0) })
        var perMunicipality = Array(repeating: [true], count: plan.municipalities.count)
        var perAgent: [[Bool]] = []
        let slotMinutes = Double(plan.settings.slotMinutes)
        for (a, agent) in plan.agents.enumerated() {
            let weekly = Int((agent.maxHours * 60 / slotMinutes + 1e-9).rounded(.down))
            let lengthsPerDay = Weekday.allCases.compactMap { day -> Set<Int>? in
                guard let shifts = catalog.byAgentDay[a][day], !shifts.isEmpty else { return nil }
                return Set(shifts.map { catalog.shifts[$0].length })
            }
            let agentTotals = Self.totals(lengthsPerDay: lengthsPerDay, maxDays: agent.maxDays, cap: weekly)
            perAgent.append(agentTotals)
            guard let m = municipalityIndex[agent.municipality] else { continue }
            perMunicipality[m] = Self.sumset(perMunicipality[m], agentTotals)
        }
        reachable = perMunicipality
        self.agentTotals = perAgent
    }

    /// Totals of one agent: a DP over days and the number of days used.
    static func totals(lengthsPerDay: [Set<Int>], maxDays: Int, cap: Int) -> [Bool] {
        guard cap >= 0 else { return [true] }
        let dayLimit = min(maxDays, lengthsPerDay.count)
        // byDays[d][t]: total t reachable using exactly d days so far.
        var byDays = Array(repeating: Array(repeating: false, count: cap + 1), count: dayLimit + 1)
        byDays[0][0] = true
        for lengths in lengthsPerDay {
            for used in stride(from: dayLimit - 1, through: 0, by: -1) {
                for total in 0...cap where byDays[used][total] {
                    for length in lengths where total + length <= cap {
                        byDays[used + 1][total + length] = true
                    }
                }
            }
        }
        var result = Array(repeating: false, count: cap + 1)
        for row in byDays {
            for total in row.indices where row[total] {
                result[total] = true
            }
        }
        return result
    }

    static func sumset(_ a: [Bool], _ b: [Bool]) -> [Bool] {
        var result = Array(repeating: false, count: a.count + b.count - 1)
        let bValues = b.indices.filter { b[$0] }
        for i in a.indices where a[i] {
            for j in bValues {
                result[i + j] = true
            }
        }
        return result
    }
}
