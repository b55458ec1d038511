import Foundation
import HotlineDomain
import RosterPipeline
import PlanReading
import RosterCheck
import RosterModel
import RosterOutput
import Testing

/// The bundled plan, solved and written as a user would, then verified by the independent checker.
@Suite(.serialized) struct BundledPlanTests {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static func temporaryFolder(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("hotline-roster-\(name)-\(UUID().uuidString)").path
    }

    @Test func solvesTheBundledPlanToProvenOptimalityAndPassesTheCheck() throws {
        let loaded = try PlanReader.read(folder: Self.fixtures.appendingPathComponent("jutland-30").path)
        let week = try WeekPlanner.plan(loaded.plan, policy: SolvePolicy(timeLimitSeconds: 120))
        let stages = week.solution.stages
        #expect(week.solution.status == .optimal, "\(stages.map { "\($0.stage): \($0.termination) \($0.objective) ≥ \($0.bound)" })")
        // Floor and service are proven by branch-and-cut; every bound is honest.
        #expect(week.solution.components.floor == 0 && week.solution.components.service == 0)
        #expect(stages.prefix(2).allSatisfy { $0.isProven })
        #expect(stages.allSatisfy { $0.bound <= $0.objective + 1e-9 })
        // The fairness bound from municipality totals (what each municipality's agents can reach,
        // for every total H) is 0.959 h; the optimal roster meets it.
        #expect(stages.first { $0.stage == .fairnessMax }.map { abs($0.bound - 0.9594) < 1e-3 } == true)

        let out = Self.temporaryFolder("bundled")
        defer { try? FileManager.default.removeItem(atPath: out) }
        try RosterDelivery.write(week, warnings: [], to: out, options: OutputOptions())
        let report = try RosterChecker.check(plan: loaded.plan, rosterFolder: out)
        #expect(report.passed, "\(report.render())")
        // The checker's own recomputation agrees with what the model optimized.
        #expect(abs(report.components.service - week.solution.components.service) < 1e-6)
        #expect(abs(report.components.fairnessMax - week.solution.components.fairnessMax) < 1e-6)
        #expect(abs(report.components.economy - week.solution.components.economy) < 1e-6)
        // The planner is told what fairness first costs in staffing.
        #expect(WeekSummaryText.render(week, out: out).contains(
            "the requirement is 974 agent-slots (487.0 agent-hours); 389 agent-slots (40 %) staffed beyond it"))
    }
}
