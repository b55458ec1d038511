import HotlineDomain

/// A short-staffed week made from a staffable one (`generate --scarce`): some municipalities send
/// nobody (their availability file has only its header), flu takes days out of other agents'
/// availability, and at least one slot ends up with fewer available agents than it requires, so no
/// roster can meet the requirement there. Drawn from its own stream of the seed: the week it starts
/// from is the one the same seed gives without `--scarce`.
enum ScarceWeek {
    /// Salt of the scarcity draws, so they never shift the base week's.
    static let salt: UInt64 = 0x5CA2_CE00_0000_0001
    /// One municipality in this many sends nobody (the unseen short-staffed week: 4 of 30).
    static let absentEvery = 7
    /// Share of the remaining agents who lose one or two days to flu.
    static let fluShare = 0.12

    /// The agents left, and the municipalities (indices) that send nobody.
    static func apply(
        to agents: [AgentDraft], municipalities: Int, requirement: [Int], grid: WeekGrid, seed: UInt64
    ) -> (agents: [AgentDraft], absent: [Int]) {
        var random = SeededRandom(seed: seed ^ salt)
        // Never every municipality: someone must still be able to work.
        let absentCount = municipalities < 2 ? 0 : min(municipalities - 1, max(1, municipalities / absentEvery))
        let absent = Set(random.sample(Array(0..<municipalities), count: absentCount))
        var kept = agents.filter { !absent.contains($0.municipality) }

        for index in kept.indices where random.unit() < fluShare {
            let working = Weekday.allCases.filter { !kept[index].windows[$0.rawValue].isEmpty }
            for day in random.sample(working, count: min(working.count, random.integer(in: 1...2))) {
                kept[index].windows[day.rawValue] = []
            }
        }

        // Where every slot still has enough agents available, the busiest slot loses them: the agents
        // whose windows cover it fall ill that day, one by one, until it has fewer than it requires.
        if shortSlots(kept, requirement: requirement, grid: grid).isEmpty,
           let busiest = requirement.indices.max(by: { (requirement[$0], $1) < (requirement[$1], $0) }) {
            let day = grid.day(ofSlot: busiest)
            let minute = grid.startMinute(ofSlot: busiest)
            var covering = kept.indices.filter { kept[$0].covers(day: day, minute: minute) }
            random.shuffle(&covering)
            while covering.count >= requirement[busiest], let agent = covering.popLast() {
                kept[agent].windows[day.rawValue] = []
            }
        }
        return (kept, absent.sorted())
    }

    /// The open slots whose requirement exceeds the agents whose windows cover them.
    static func shortSlots(_ agents: [AgentDraft], requirement: [Int], grid: WeekGrid) -> [Int] {
        requirement.indices.filter { slot in
            let day = grid.day(ofSlot: slot), minute = grid.startMinute(ofSlot: slot)
            return agents.count { $0.covers(day: day, minute: minute) } < requirement[slot]
        }
    }
}
