import Foundation
import HotlineDomain
import PlanGeneration
import PlanReading

/// A plan the benchmarks solve: the bundled one, or one generated from a size and a seed.
public struct BenchmarkPlan: Sendable, Hashable {
    public let name: String
    public let municipalities: Int
    public let agents: Int
    public let slotMinutes: Int
    public let seed: UInt64
    /// The solve's time limit: the target for the size, or the default 120 s.
    public let timeLimitSeconds: Double
    /// Whether the quick CI mode solves it (small and decided without GLPK, hence deterministic).
    public let isQuick: Bool
    /// Priorities that replace the plan's own (nil: the plan's).
    public var priorities: [Priority]? = nil
    /// A short-staffed week (`generate --scarce`).
    public var scarce = false

    /// The sizes of issue 3: bundled, large, national, stress; plus generated bundled-size plans.
    public static let all: [BenchmarkPlan] = [
        // The bundled week in contract v1's order (fairness first), proven in a fraction of a second:
        // the deterministic gate. As shipped (v2's default order) it is not yet proven in its budget.
        BenchmarkPlan(name: "bundled-v1", municipalities: 30, agents: 119, slotMinutes: 30, seed: 0, timeLimitSeconds: 120, isQuick: true,
                      priorities: Priority.v1Order),
        BenchmarkPlan(name: "bundled-v2", municipalities: 30, agents: 119, slotMinutes: 30, seed: 0, timeLimitSeconds: 120, isQuick: false),
        BenchmarkPlan(name: "generated-30x120-s1", municipalities: 30, agents: 120, slotMinutes: 30, seed: 1, timeLimitSeconds: 120, isQuick: true),
        // Seed 9: its contracts stage is proven only while exchanges stay out of the search within
        // fixed municipality totals (a change that passed every test but lost this proof).
        BenchmarkPlan(name: "generated-30x120-s9", municipalities: 30, agents: 120, slotMinutes: 30, seed: 9, timeLimitSeconds: 120, isQuick: true),
        BenchmarkPlan(name: "large-30x400-s1", municipalities: 30, agents: 400, slotMinutes: 30, seed: 1, timeLimitSeconds: 10, isQuick: true),
        BenchmarkPlan(name: "large-30x400-s2", municipalities: 30, agents: 400, slotMinutes: 30, seed: 2, timeLimitSeconds: 10, isQuick: true),
        BenchmarkPlan(name: "national-98x1000-s1", municipalities: 98, agents: 1000, slotMinutes: 30, seed: 1, timeLimitSeconds: 30, isQuick: false),
        // Contract v2's default order on generated plans (they write v1's order themselves).
        BenchmarkPlan(name: "large-30x400-s1-v2", municipalities: 30, agents: 400, slotMinutes: 30, seed: 1, timeLimitSeconds: 10, isQuick: false,
                      priorities: Priority.v2Default),
        BenchmarkPlan(name: "national-98x1000-s1-v2", municipalities: 98, agents: 1000, slotMinutes: 30, seed: 1, timeLimitSeconds: 30,
                      isQuick: false, priorities: Priority.v2Default),
        // Short-staffed weeks (issue 24): seed 15 is one whose service stage the neighbourhoods alone
        // left 3 agent-slots above its optimum; the national one has a gap between LP bound and roster.
        BenchmarkPlan(name: "scarce-30x120-s15", municipalities: 30, agents: 120, slotMinutes: 30, seed: 15, timeLimitSeconds: 60, isQuick: false,
                      scarce: true),
        BenchmarkPlan(name: "scarce-98x1000-s1", municipalities: 98, agents: 1000, slotMinutes: 30, seed: 1, timeLimitSeconds: 60, isQuick: false,
                      scarce: true),
        BenchmarkPlan(name: "stress-98x3000-15min-s1", municipalities: 98, agents: 3000, slotMinutes: 15, seed: 1, timeLimitSeconds: 120, isQuick: false),
    ]

    public var isBundled: Bool { seed == 0 }

    /// The plan's values: the bundled folder read from the repository, or generated in memory.
    public func load() throws -> Plan {
        if isBundled {
            let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            return withPriorities(try PlanReader.read(folder: root.appendingPathComponent("Fixtures/jutland-30").path).plan)
        }
        let request = GenerationRequest(municipalities: municipalities, agents: agents, seed: seed, slotMinutes: slotMinutes, scarce: scarce)
        return withPriorities(try PlanGenerator.generate(request).plan)
    }

    /// The plan with `priorities` in place of its own, where they are given.
    private func withPriorities(_ plan: Plan) -> Plan {
        guard let priorities else { return plan }
        var settings = plan.settings
        settings.priorities = priorities
        return Plan(settings: settings, municipalities: plan.municipalities, agents: plan.agents,
                    callsByMunicipality: plan.callsByMunicipality, owedHours: plan.owedHours, balanceAfterWeek: plan.balanceAfterWeek)
    }
}
