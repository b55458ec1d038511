import HotlineDomain

/// Turns a roster into one with exactly the given hours per municipality, changing as little as it
/// can: per municipality a DP picks agent totals closest to the current ones, per agent a DP picks
/// day lengths closest to the current shifts, shifts keep as much of their place as they can, and
/// slots left below their need are repaired by sliding shifts. Deterministic and fast; the caller
/// verifies the result against every row before using it.
struct TotalsRealization {
    let model: RosterProgram
    let plan: Plan

    /// With `rebalance`, municipalities already at their target are redistributed too. With
    /// `allowingHoles`, the roster is returned even when some slot stays below its need (a start
    /// for `TotalsSearch`, which repairs coverage while keeping the totals).
    func realize(from chosen: Set<Int>, targets: [Int], rebalance: Bool = false, allowingHoles: Bool = false) -> Set<Int>? {
        let catalog = model.catalog
        let agentCount = plan.agents.count
        // Current shift per agent and day.
        var current = Array(repeating: [Weekday: Int](), count: agentCount)
        for index in chosen {
            current[catalog.shifts[index].agent][catalog.shifts[index].day] = index
        }
        var staffed = Array(repeating: 0, count: plan.slots.count)
        for index in chosen { cover(index, &staffed, +1) }
        let need = model.keptNeed(of: chosen)

        var agentsOf = Array(repeating: [Int](), count: targets.count)
        let municipalityIndex = Dictionary(uniqueKeysWithValues: plan.municipalities.enumerated().map { ($1.id, $0) })
        for (a, agent) in plan.agents.enumerated() {
            if let m = municipalityIndex[agent.municipality] { agentsOf[m].append(a) }
        }
        var next = current
        for m in targets.indices {
            let agents = agentsOf[m]
            let now = agents.map { a in current[a].values.reduce(0) { $0 + catalog.shifts[$1].length } }
            guard rebalance || now.reduce(0, +) != targets[m] else { continue }
            guard let totals = agentTotals(agents: agents, current: now, target: targets[m]) else { return nil }
            for (position, a) in agents.enumerated() where totals[position] != now[position] {
                guard let days = dayLengths(agent: a, current: current[a], total: totals[position]) else { return nil }
                next[a] = place(agent: a, lengths: days, current: current[a], need: need, staffed: staffed)
            }
        }
        var result = Set(next.flatMap { $0.values })
        var coverage = Array(repeating: 0, count: plan.slots.count)
        for index in result { cover(index, &coverage, +1) }
        repair(&result, coverage: &coverage, need: need)
        return allowingHoles || coverage.indices.allSatisfy({ coverage[$0] >= need[$0] }) ? result : nil
    }

    private func cover(_ index: Int, _ staffed: inout [Int], _ delta: Int) {
        let shift = model.catalog.shifts[index]
        for slot in shift.slots { staffed[slot] += delta }
    }

    /// Reachable totals of one agent with the day lengths that make them up.
    private func lengthsByDay(agent a: Int) -> [(day: Weekday, lengths: [Int])] {
        Weekday.allCases.compactMap { day in
            guard let shifts = model.catalog.byAgentDay[a][day], !shifts.isEmpty else { return nil }
            return (day, Array(Set(shifts.map { model.catalog.shifts[$0].length })).sorted())
        }
    }

    private func weeklyCap(_ a: Int) -> Int {
        Int((plan.agents[a].maxHours * 60 / Double(plan.settings.slotMinutes) + 1e-9).rounded(.down))
    }

    /// Agent totals adding up to `target`, each reachable: first as few slots short of contracted
    /// minimums as possible (contracts come next by default), then closest to the current totals.
    private func agentTotals(agents: [Int], current: [Int], target: Int) -> [Int]? {
        var cost = Array(repeating: Int.max, count: target + 1)
        cost[0] = 0
        var choices: [[Int]] = []
        for (position, a) in agents.enumerated() {
            let reachable = ReachableHours.totals(
                lengthsPerDay: lengthsByDay(agent: a).map { Set($0.lengths) }, maxDays: plan.agents[a].maxDays, cap: weeklyCap(a))
            let minimum = Int((plan.agents[a].minHours * 60 / Double(plan.settings.slotMinutes) - 1e-9).rounded(.up))
            var next = Array(repeating: Int.max, count: target + 1)
            var picked = Array(repeating: -1, count: target + 1)
            for sum in 0...target where cost[sum] != Int.max {
                for total in reachable.indices where reachable[total] && sum + total <= target {
                    let value = cost[sum] + abs(total - current[position]) + 10_000 * max(0, minimum - total)
                    if value < next[sum + total] {
                        next[sum + total] = value
                        picked[sum + total] = total
                    }
                }
            }
            cost = next
            choices.append(picked)
        }
        guard cost[target] != Int.max else { return nil }
        var totals = Array(repeating: 0, count: agents.count)
        var remaining = target
        for position in agents.indices.reversed() {
            totals[position] = choices[position][remaining]
            remaining -= totals[position]
        }
        return totals
    }

    /// Day lengths adding up to `total` on at most max_days days, closest to the current shifts.
    private func dayLengths(agent a: Int, current: [Weekday: Int], total: Int) -> [Weekday: Int]? {
        let days = lengthsByDay(agent: a)
        let maxDays = plan.agents[a].maxDays
        // state: (days used, sum) → cost; one layer per day.
        var cost = [[Int]](repeating: [Int](repeating: Int.max, count: total + 1), count: maxDays + 1)
        cost[0][0] = 0
        var trail: [[[Int]]] = []
        for (day, lengths) in days {
            let now = current[day].map { model.catalog.shifts[$0].length } ?? 0
            var next = [[Int]](repeating: [Int](repeating: Int.max, count: total + 1), count: maxDays + 1)
            var picked = [[Int]](repeating: [Int](repeating: 0, count: total + 1), count: maxDays + 1)
            for used in 0...maxDays {
                for sum in 0...total where cost[used][sum] != Int.max {
                    // Not working this day costs the current shift's length.
                    let idle = cost[used][sum] + now
                    if idle < next[used][sum] { next[used][sum] = idle; picked[used][sum] = 0 }
                    guard used < maxDays else { continue }
                    for length in lengths where sum + length <= total {
                        let value = cost[used][sum] + abs(length - now)
                        if value < next[used + 1][sum + length] {
                            next[used + 1][sum + length] = value
                            picked[used + 1][sum + length] = length
                        }
                    }
                }
            }
            cost = next
            trail.append(picked)
        }
        guard let used = (0...maxDays).min(by: { cost[$0][total] < cost[$1][total] }), cost[used][total] != Int.max else { return nil }
        var result: [Weekday: Int] = [:]
        var (u, s) = (used, total)
        for (position, entry) in days.enumerated().reversed() {
            let length = trail[position][u][s]
            if length > 0 {
                result[entry.day] = length
                u -= 1
                s -= length
            }
        }
        return s == 0 ? result : nil
    }

    /// Chooses where each day's shift sits: as much overlap with the current shift as possible,
    /// then the most slots that need staff.
    private func place(agent a: Int, lengths: [Weekday: Int], current: [Weekday: Int], need: [Int], staffed: [Int]) -> [Weekday: Int] {
        var placed: [Weekday: Int] = [:]
        for (day, length) in lengths {
            let options = (model.catalog.byAgentDay[a][day] ?? []).filter { model.catalog.shifts[$0].length == length }
            let old = current[day].map { model.catalog.shifts[$0] }
            let best = options.max { score($0, old: old, need: need, staffed: staffed) < score($1, old: old, need: need, staffed: staffed) }
            if let best { placed[day] = best }
        }
        return placed
    }

    private func score(_ index: Int, old: CandidateShift?, need: [Int], staffed: [Int]) -> (Int, Int, Int) {
        let shift = model.catalog.shifts[index]
        let slots = shift.slots
        let overlap = old.map { o in slots.filter(o.slots.contains).count } ?? 0
        let useful = slots.reduce(0) { $0 + (model.requirement[$1] > staffed[$1] ? 1 : 0) }
        return (overlap, useful, -shift.firstSlot)
    }

    /// Slides shifts (same agent, day and length) to cover slots below their need without
    /// uncovering others.
    private func repair(_ chosen: inout Set<Int>, coverage: inout [Int], need: [Int]) {
        let catalog = model.catalog
        for _ in 0..<(4 * plan.slots.count) {
            guard let short = coverage.indices.first(where: { coverage[$0] < need[$0] }) else { return }
            var moved = false
            for index in chosen.sorted() {
                let shift = catalog.shifts[index]
                guard plan.slots[short].day == shift.day else { continue }
                let alternatives = (catalog.byAgentDay[shift.agent][shift.day] ?? []).filter {
                    let other = catalog.shifts[$0]
                    return other.length == shift.length && other.slots.contains(short)
                }
                for alternative in alternatives {
                    cover(index, &coverage, -1)
                    cover(alternative, &coverage, +1)
                    let old = shift.slots
                    if old.allSatisfy({ coverage[$0] >= need[$0] }) {
                        chosen.remove(index)
                        chosen.insert(alternative)
                        moved = true
                        break
                    }
                    cover(alternative, &coverage, -1)
                    cover(index, &coverage, +1)
                }
                if moved { break }
            }
            if !moved { return }
        }
    }
}
