import HotlineDomain
import PlanGeneration
import Testing

/// The variety a real hotline has: skewed municipality sizes, agents in proportion, scarce islands,
/// part-timers, split days, weekend crews and the weekly rhythm of contacts.
struct DistributionTests {
    static let islands: Set<String> = ["laeso", "samso", "fano"]

    @Test(arguments: [(30, 120), (30, 400), (98, 1_000), (7, 30)])
    func agentsFollowTheShares(municipalities: Int, agents: Int) throws {
        let plan = try Generated.plan(GenerationRequest(municipalities: municipalities, agents: agents, seed: 3)).plan
        let counts = Dictionary(grouping: plan.agents, by: \.municipality).mapValues(\.count)
        #expect(plan.municipalities.allSatisfy { (counts[$0.id] ?? 0) >= 1 })
        #expect(counts.values.reduce(0, +) == agents)
        let shares = plan.shares
        let regular = plan.municipalities.map(\.id).filter { !Self.islands.contains($0) }
        for a in regular {
            for b in regular where (shares[a] ?? 0) > (shares[b] ?? 0) * (1 + 1e-9) {
                #expect((counts[a] ?? 0) >= (counts[b] ?? 0), "\(a) has a larger share than \(b) but fewer agents")
            }
            // Close to proportional: within two agents of the quota the islands leave to the others.
            let islandAgents = plan.municipalities.filter { Self.islands.contains($0.id) }.count
            let quota = Double(agents - islandAgents) * (shares[a] ?? 0) / regular.reduce(0) { $0 + (shares[$1] ?? 0) }
            #expect(abs(Double(counts[a] ?? 0) - quota) <= 2, "\(a): \(counts[a] ?? 0) agents for a quota of \(quota)")
        }
    }

    @Test(arguments: [(30, 120), (98, 1_000)])
    func sizesAreSkewedAndIslandsAreScarce(municipalities: Int, agents: Int) throws {
        let plan = try Generated.plan(GenerationRequest(municipalities: municipalities, agents: agents, seed: 3)).plan
        let shares = plan.shares.values.sorted()
        let median = shares[shares.count / 2]
        #expect((shares.last ?? 0) > 5 * median, "the largest municipality should dwarf the median one")
        let islands = plan.agents.filter { Self.islands.contains($0.municipality) }
        #expect(!islands.isEmpty)
        for agent in islands {
            #expect(plan.agents.filter { $0.municipality == agent.municipality }.count == 1)
            #expect(agent.windows.count == 1 && agent.maxHours <= 8, "\(agent.key) should offer a single short day")
        }
    }

    @Test(arguments: [(30, 120, UInt64(1)), (30, 120, 2), (98, 1_000, 3)])
    func agentsVary(municipalities: Int, agents: Int, seed: UInt64) throws {
        let plan = try Generated.plan(GenerationRequest(municipalities: municipalities, agents: agents, seed: seed)).plan
        let share = { (matching: (Agent) -> Bool) in Double(plan.agents.filter(matching).count) / Double(agents) }
        #expect(share { $0.minHours > 0 } > 0.15, "contracted minimums")
        #expect(share { $0.maxDays < 7 } > 0.05, "day limits")
        #expect(share { $0.windows.values.contains { $0.count == 2 } } > 0.03, "split days")
        #expect(share { $0.windows[.sat] != nil || $0.windows[.sun] != nil } > 0.15, "weekend crew")
        #expect(share { $0.maxHours <= 10 } > 0.05, "a day's hours only")
        #expect(share { $0.maxHours >= 30 } > 0.05, "near full time")
        #expect(share { $0.windows.count >= 2 } > 0.2, "several days")
    }

    @Test(arguments: [15, 30, 60])
    func contactsPeakOnMondayMorningsDipAtLunchAndQuietenAtWeekends(slotMinutes: Int) throws {
        let plan = try PlanGenerator.generate(GenerationRequest(slotMinutes: slotMinutes)).plan
        let calls = plan.callsPerSlot
        func total(_ day: Weekday, _ from: Int, _ to: Int) -> Double {
            plan.slots.indices.filter {
                plan.slots[$0].day == day && plan.slots[$0].start.minutes >= from * 60 && plan.slots[$0].start.minutes < to * 60
            }.reduce(0) { $0 + calls[$1] }
        }
        #expect(total(.mon, 10, 11) > 1.4 * total(.mon, 12, 13), "morning peak above the lunch dip")
        #expect(total(.mon, 16, 17) > total(.mon, 15, 16), "after-work bump")
        #expect(total(.mon, 8, 18) > 1.1 * total(.wed, 8, 18), "Monday peak")
        #expect(total(.wed, 10, 15) > 2 * total(.sat, 10, 15), "quiet weekend")
    }
}
