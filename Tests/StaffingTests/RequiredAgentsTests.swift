import HotlineDomain
import Testing
@testable import Staffing

/// r_t = max(min_agents, ⌈N / (1 − shrinkage)⌉), with a ceiling that ignores floating-point noise.
struct RequiredAgentsTests {
    @Test(arguments: [
        // 5 / 0.85 = 5.88… → 6.
        (5, 0.15, 6),
        // 17 / 0.85 = 20 exactly: 20, not 21.
        (17, 0.15, 20),
        // 21 / 0.7 evaluates to 30.000000000000004 in Double: still 30.
        (21, 0.3, 30),
        // 17 / 0.68 evaluates to 25.000000000000004: still 25.
        (17, 0.32, 25),
        // 41 / 0.82 evaluates to 49.99999999999999: 50.
        (41, 0.18, 50),
        // The worked example with 30 % shrinkage: 14 / 0.7 = 20.
        (14, 0.3, 20),
        (14, 0.0, 14),
    ])
    func shrinkageRounding(onLine: Int, shrinkage: Double, expected: Int) {
        #expect(AgentCount.required(onLine: onLine, minAgents: 1, shrinkage: shrinkage) == expected)
    }

    @Test func ceilingIgnoresNoiseButNotRealExcess() {
        #expect(AgentCount.ceiling(5.0000000001) == 5)
        #expect(AgentCount.ceiling(5.000001) == 6)
        #expect(AgentCount.ceiling(4.9999999999) == 5)
        #expect(AgentCount.ceiling(0) == 0)
        #expect(AgentCount.ceiling(.nan) == 0)
        #expect(AgentCount.ceiling(.infinity) == AgentCount.limit)
    }

    @Test(arguments: [(3, 5, 5), (8, 5, 10), (0, 3, 3)])
    func minAgentsIsAFloor(onLine: Int, minAgents: Int, expected: Int) {
        #expect(AgentCount.required(onLine: onLine, minAgents: minAgents, shrinkage: 0.15) == expected)
    }

    @Test func invalidShrinkageNeverTraps() {
        #expect(AgentCount.required(onLine: 10, minAgents: 2, shrinkage: .nan) == 10)
        #expect(AgentCount.required(onLine: 10, minAgents: 2, shrinkage: -0.5) == 10)
        #expect(AgentCount.required(onLine: 10, minAgents: 2, shrinkage: 1) == AgentCount.limit)
        #expect(AgentCount.required(onLine: 0, minAgents: 2, shrinkage: 1) == 2)
    }

    /// Through a slot: 100 calls in 30 min at 180 s → A = 10, N = 14, 14 / 0.85 = 16.47 → 17.
    @Test func slotWithCalls() {
        let slot = SlotRequirement(calls: 100, rules: Fixtures.rules, slotMinutes: 30)
        #expect(slot.calls == 100)
        #expect(slot.traffic == 10)
        #expect(slot.agentsOnLine == 14)
        #expect(slot.required == 17)
    }

    /// A quiet slot still needs the floor: 1 call → A = 0.1, N = 1, ⌈1 / 0.85⌉ = 2, floor 3.
    @Test func quietSlotGetsTheFloor() {
        var rules = Fixtures.rules
        rules.minAgents = 3
        let slot = SlotRequirement(calls: 1, rules: rules, slotMinutes: 30)
        #expect(slot.agentsOnLine == 1)
        #expect(slot.required == 3)
    }

    @Test(arguments: [0.0, -4, .nan])
    func noCallsNeedsMinAgents(calls: Double) {
        let slot = SlotRequirement(calls: calls, rules: Fixtures.rules, slotMinutes: 30)
        #expect(slot.calls == 0)
        #expect(slot.traffic == 0)
        #expect(slot.agentsOnLine == 0)
        #expect(slot.required == Fixtures.rules.minAgents)
    }
}
