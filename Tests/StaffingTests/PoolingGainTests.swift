import HotlineDomain
import Testing
@testable import Staffing

struct PoolingGainTests {
    /// Separate: aabenraa 10 + 17 + 2 + 4 = 33, billund 10 + 2 + 2 + 3 = 17, together 50;
    /// shared: 17 + 17 + 2 + 5 = 41; saved 9 = 18 %.
    @Test func twoMunicipalitiesSaveByPooling() throws {
        let plan = try Fixtures.plan(calls: StaffingPlanTests.twoMunicipalities)
        let gain = PoolingGain(plan: plan)
        #expect(gain.separateAgentSlots == 50)
        #expect(gain.sharedAgentSlots == 41)
        #expect(gain.savedAgentSlots == 9)
        #expect(abs(gain.savedShare - 0.18) < 1e-12)
    }

    /// Moderate, equal demand: pooling always needs fewer agents than two separate queues.
    @Test(arguments: [5.0, 20, 60, 150])
    func moderateDemandGainIsPositive(callsPerSlot: Double) throws {
        let calls = Array(repeating: callsPerSlot, count: 4)
        let plan = try Fixtures.plan(calls: ["aabenraa": calls, "billund": calls])
        let gain = PoolingGain(plan: plan)
        #expect(gain.savedAgentSlots > 0)
        #expect(gain.savedShare > 0 && gain.savedShare < 1)
        #expect(gain.sharedAgentSlots == StaffingPlan(plan: plan).totalRequired)
    }

    /// One municipality: its own line is the shared line.
    @Test func oneMunicipalitySavesNothing() throws {
        let plan = try Fixtures.plan(calls: ["aabenraa": [30, 60, 90, 0]])
        let gain = PoolingGain(plan: plan)
        #expect(gain.separateAgentSlots == 6 + 11 + 15 + 2)
        #expect(gain.sharedAgentSlots == gain.separateAgentSlots)
        #expect(gain.savedAgentSlots == 0)
        #expect(gain.savedShare == 0)
    }

    @Test func noMunicipalitiesHasNoShare() throws {
        let plan = try Fixtures.plan(calls: [:])
        let gain = PoolingGain(plan: plan)
        #expect(gain.separateAgentSlots == 0)
        #expect(gain.sharedAgentSlots == 4 * 2)
        #expect(gain.savedShare == 0)
    }
}
