import HotlineDomain
import PlanGeneration
import Staffing
import Testing

/// Enough availability everywhere: every open slot is covered by the windows of at least 1.5 times
/// its requirement (and the floor), and offered hours are 1.6–2.0 times the required agent-hours.
struct StaffabilityTests {
    @Test(arguments: [
        GenerationRequest(municipalities: 30, agents: 120, seed: 1, slotMinutes: 30),
        GenerationRequest(municipalities: 30, agents: 400, seed: 2, slotMinutes: 30),
        Generated.nationwideRequest,
        GenerationRequest(municipalities: 30, agents: 120, seed: 4, slotMinutes: 15),
    ])
    func benchmarkSizesHaveCoverageToSpare(request: GenerationRequest) throws {
        let generated = try Generated.plan(request)
        let plan = generated.plan
        let required = StaffingPlan(plan: plan).slots.map(\.required)
        for (index, slot) in plan.slots.enumerated() {
            let window = TimeWindow(start: slot.start, end: slot.end)
            let cover = plan.agents.filter { ($0.windows[slot.day] ?? []).contains { $0.contains(window) } }.count
            #expect(Double(cover) >= 1.5 * Double(required[index]) && cover >= plan.settings.staffing.minAgents,
                    "\(slot.day.code) \(slot.start): \(cover) agents available for a requirement of \(required[index])")
        }
        let hours = Double(required.reduce(0, +)) * plan.settings.slotHours
        #expect(abs(generated.figures.requiredAgentHours - hours) < 1e-9)
        #expect((1.6...2.0).contains(generated.figures.offerRatio), "offered \(generated.figures.offeredHours) h for \(hours) h required")
        #expect((generated.figures.greedyRosterHours ?? 0) >= hours, "the proof roster meets every requirement")
    }

    /// The smallest supported size works for every municipality count it allows and many seeds.
    @Test(arguments: 1...8)
    func eightAgentsSufficeForUpToEightMunicipalities(municipalities: Int) throws {
        for seed in UInt64(1)...12 {
            for slotMinutes in GenerationRequest.slotLengths {
                let request = GenerationRequest(municipalities: municipalities, agents: GenerationRequest.minimumAgents, seed: seed, slotMinutes: slotMinutes)
                #expect(throws: Never.self, "\(request)") { try PlanGenerator.generate(request) }
            }
        }
    }
}
