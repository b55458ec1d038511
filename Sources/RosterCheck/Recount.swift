import HotlineDomain
import Staffing

/// Everything the roster's claims are compared with, recomputed from the plan and the counted shifts.
struct Recount {
    /// Aligned with `plan.slots`.
    let pooledCalls: [Double]
    /// r_t, aligned with `plan.slots`.
    let required: [Int]
    /// s_t, aligned with `plan.slots`.
    let staffed: [Int]
    let fairness: [MunicipalityFairness]
    let components: RecomputedComponents

    struct MunicipalityFairness {
        let id: String
        let share: Double
        let targetHours: Double
        let rosteredHours: Double
        let availableHours: Double
        let owedBefore: Double
        let owedAfter: Double
    }

    init(plan: Plan, shifts: [RosterShift]) {
        let slots = plan.slots
        let calendar = WeekCalendar(settings: plan.settings)

        // Pooled calls: every municipality's forecast, summed slot by slot (in id order, for determinism).
        var calls = Array(repeating: 0.0, count: slots.count)
        for id in plan.callsByMunicipality.keys.sorted() {
            for (index, value) in (plan.callsByMunicipality[id] ?? []).enumerated() where index < calls.count {
                calls[index] += value
            }
        }
        pooledCalls = calls

        let requirement = StaffingPlan(plan: plan).slots.map(\.required)
        required = slots.indices.map { $0 < requirement.count ? requirement[$0] : plan.settings.staffing.minAgents }

        // s_t: shifts that cover the whole slot.
        var staffed = Array(repeating: 0, count: slots.count)
        for (index, slot) in slots.enumerated() {
            guard let day = calendar.dayIndex(of: slot.date) else { continue }
            staffed[index] = shifts.filter {
                $0.day == day && $0.start <= slot.start.minutes && slot.end.minutes <= $0.end
            }.count
        }
        self.staffed = staffed

        var floor = 0, service = 0, economy = 0
        let minAgents = plan.settings.staffing.minAgents
        for index in slots.indices {
            floor += max(0, minAgents - staffed[index])
            service += max(0, required[index] - staffed[index])
            economy += max(0, staffed[index] - required[index])
        }

        // Hours per agent and per municipality.
        var agentMinutes: [AgentKey: Int] = [:]
        var municipalityMinutes: [String: Int] = [:]
        for shift in shifts {
            agentMinutes[shift.agent.key, default: 0] += shift.minutes
            municipalityMinutes[shift.agent.municipality, default: 0] += shift.minutes
        }
        let totalHours = Double(shifts.reduce(0) { $0 + $1.minutes }) / 60

        var contracts = 0.0
        for agent in plan.agents {
            contracts += max(0, agent.minHours - Double(agentMinutes[agent.key] ?? 0) / 60)
        }

        // Fairness.
        let shares = Self.shares(plan: plan)
        var available: [String: Double] = [:]
        for agent in plan.agents {
            available[agent.municipality, default: 0] += AvailableHours.of(agent, plan: plan, calendar: calendar)
        }
        fairness = plan.municipalities.map { municipality in
            let id = municipality.id
            let share = shares[id] ?? 0
            let owed = plan.owedHours[id] ?? 0
            let hours = Double(municipalityMinutes[id] ?? 0) / 60
            return MunicipalityFairness(
                id: id, share: share, targetHours: share * totalHours + owed, rosteredHours: hours,
                availableHours: available[id] ?? 0, owedBefore: owed, owedAfter: owed + share * totalHours - hours)
        }
        let owedAfter = fairness.map { abs($0.owedAfter) }
        components = RecomputedComponents(
            floor: Double(floor), service: Double(service),
            fairnessMax: owedAfter.max() ?? 0, fairnessSum: owedAfter.reduce(0, +),
            fairnessSpread: owedAfter.reduce(0) { $0 + $1 * $1 }, contracts: contracts, economy: Double(economy), totalHours: totalHours)
    }

    /// share_m = basis_m / Σ basis, with the basis the settings name.
    static func shares(plan: Plan) -> [String: Double] {
        let basis: [(String, Double)] = plan.municipalities.map { municipality in
            switch plan.settings.fairnessBasis {
            case .demand:
                let calls = plan.callsByMunicipality[municipality.id] ?? []
                return (municipality.id, calls.prefix(plan.slots.count).reduce(0, +))
            case .population:
                return (municipality.id, Double(municipality.population))
            case .weight:
                return (municipality.id, municipality.weight ?? 0)
            }
        }
        let total = basis.reduce(0) { $0 + $1.1 }
        guard total > 0 else {
            // No basis at all (plan validation refuses this): equal shares.
            let equal = basis.isEmpty ? 0 : 1 / Double(basis.count)
            return Dictionary(uniqueKeysWithValues: basis.map { ($0.0, equal) })
        }
        return Dictionary(uniqueKeysWithValues: basis.map { ($0.0, $0.1 / total) })
    }
}

/// The hours an agent could at most work in the week, rest between days ignored.
enum AvailableHours {
    /// min(max_hours on the slot grid, the best max_days days), each day worth the longest valid
    /// shift the agent could work that day.
    static func of(_ agent: Agent, plan: Plan, calendar: WeekCalendar) -> Double {
        let grid = calendar.slotMinutes
        guard grid > 0, agent.maxDays > 0 else { return 0 }
        let cap = Int((agent.maxHours * 60 / Double(grid) + 1e-9).rounded(.down)) * grid
        let rules = plan.settings.shifts
        // A weekly maximum shorter than the shortest shift allows no shift at all.
        guard cap > 0, Double(cap) >= rules.minHours * 60 - 1e-6 else { return 0 }
        let longest = Int((rules.maxHours * 60 / Double(grid) + 1e-9).rounded(.down)) * grid
        var perDay: [Int] = []
        for weekday in Weekday.allCases {
            let date = calendar.dates[weekday.rawValue]
            guard !plan.settings.closedDates.contains(date) else { continue }
            var best = 0
            for opening in plan.settings.openingHours[weekday] ?? [] {
                for window in agent.windows[weekday] ?? [] {
                    let from = roundUp(max(opening.start.minutes, window.start.minutes), grid)
                    let to = roundDown(min(opening.end.minutes, window.end.minutes), grid)
                    let length = min(to - from, longest)
                    if length > 0, Double(length) >= rules.minHours * 60 - 1e-6 { best = max(best, length) }
                }
            }
            perDay.append(best)
        }
        let days = perDay.sorted(by: >).prefix(agent.maxDays).reduce(0, +)
        return Double(max(0, min(days, cap))) / 60
    }

    private static func roundUp(_ minutes: Int, _ grid: Int) -> Int {
        let rest = minutes % grid
        return rest == 0 ? minutes : minutes + grid - rest
    }

    private static func roundDown(_ minutes: Int, _ grid: Int) -> Int { minutes - minutes % grid }
}
