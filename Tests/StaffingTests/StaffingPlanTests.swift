import HotlineDomain
import Testing
@testable import Staffing

/// Expected values from an independent Python computation (exact rational Erlang C, same contract):
/// with 30-minute slots, 180 s handle time, 80 % in 20 s, shrinkage 15 %, floor 2:
///   calls 100 → A 10, N 14, r 17;  50 → A 5, N 8, r 10;  15 → A 1.5, N 4, r 5;
///   10 → A 1, N 3, r 4;  5 → A 0.5, N 2, r 3;  0 → N 0, r 2.
struct StaffingPlanTests {
    static let twoMunicipalities: [String: [Double]] = [
        "aabenraa": [50, 100, 0, 10],
        "billund": [50, 0, 0, 5],
    ]

    @Test func pooledRequirementPerSlot() throws {
        let plan = try Fixtures.plan(calls: Self.twoMunicipalities)
        let staffing = StaffingPlan(plan: plan)
        #expect(plan.slots.count == 4)
        #expect(staffing.slots.count == plan.slots.count)
        #expect(staffing.slots.map(\.calls) == [100, 100, 0, 15])
        #expect(staffing.slots.map(\.traffic) == [10, 10, 0, 1.5])
        #expect(staffing.slots.map(\.agentsOnLine) == [14, 14, 0, 4])
        #expect(staffing.slots.map(\.required) == [17, 17, 2, 5])
        #expect(staffing.totalRequired == 41)
    }

    @Test func standaloneUsesOneMunicipalitysCalls() throws {
        let plan = try Fixtures.plan(calls: Self.twoMunicipalities)
        let aabenraa = StaffingPlan.standalone(plan: plan, municipality: "aabenraa")
        #expect(aabenraa.map(\.agentsOnLine) == [8, 14, 0, 3])
        #expect(aabenraa.map(\.required) == [10, 17, 2, 4])
        let billund = StaffingPlan.standalone(plan: plan, municipality: "billund")
        #expect(billund.map(\.agentsOnLine) == [8, 0, 0, 2])
        #expect(billund.map(\.required) == [10, 2, 2, 3])
    }

    @Test func unknownMunicipalityNeedsTheFloorEverywhere() throws {
        let plan = try Fixtures.plan(calls: Self.twoMunicipalities)
        let nobody = StaffingPlan.standalone(plan: plan, municipality: "nowhere")
        #expect(nobody.count == plan.slots.count)
        #expect(nobody.allSatisfy { $0.required == 2 && $0.agentsOnLine == 0 })
    }

    /// Forecast arrays shorter than the week count as no calls; the result stays aligned with slots.
    @Test func shortForecastStaysAligned() throws {
        let plan = try Fixtures.plan(calls: ["aabenraa": [100]])
        let staffing = StaffingPlan(plan: plan)
        #expect(staffing.slots.map(\.required) == [17, 2, 2, 2])
    }
}
