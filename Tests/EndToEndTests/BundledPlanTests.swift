import Foundation
import HotlineDomain
import HotlineRoster
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
        let week = try WeekPlanner.plan(loaded.plan, policy: SolvePolicy(timeLimitSeconds: 300))
        #expect(week.solution.status == .optimal, "\(week.solution.stages.map { "\($0.stage): \($0.termination) \($0.objective) ≥ \($0.bound)" })")
        #expect(week.solution.components.floor == 0)

        let out = Self.temporaryFolder("bundled")
        defer { try? FileManager.default.removeItem(atPath: out) }
        try WeekPlanner.write(week, warnings: [], to: out, options: OutputOptions())
        let report = try RosterChecker.check(plan: loaded.plan, rosterFolder: out)
        #expect(report.passed, "\(report.render())")
        // The checker's own recomputation agrees with what the model optimized.
        #expect(abs(report.components.service - week.solution.components.service) < 1e-6)
        #expect(abs(report.components.fairnessMax - week.solution.components.fairnessMax) < 1e-6)
        #expect(abs(report.components.economy - week.solution.components.economy) < 1e-6)
    }
}
