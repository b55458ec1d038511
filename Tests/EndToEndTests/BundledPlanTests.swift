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

    /// The bundled plan as shipped: contract v2's default order, staffing held within 5 % of the
    /// requirement above its least before fairness.
    @Test func solvesTheBundledPlanLeanAndPassesTheCheck() throws {
        let loaded = try PlanReader.read(folder: Self.fixtures.appendingPathComponent("jutland-30").path)
        #expect(loaded.plan.settings.priorities == Priority.v2Default)
        let week = try WeekPlanner.plan(loaded.plan, policy: SolvePolicy(timeLimitSeconds: 30))
        let stages = week.solution.stages
        #expect(stages.map(\.stage) == [.floor, .service, .economy, .fairnessMax, .fairnessSpread, .contracts, .economy])
        #expect(week.solution.components.floor == 0 && week.solution.components.service == 0)
        #expect(stages.prefix(3).allSatisfy { $0.isProven }, "\(stages.map { "\($0.stage): \($0.termination)" })")
        #expect(stages.allSatisfy { $0.bound <= $0.objective + 1e-9 })
        // 5 % of 974 required agent-slots: the first economy stage reaches 0 and lets later stages
        // staff at most 48.7 agent-slots beyond the need.
        #expect(stages[2].objective == 0 && abs(stages[2].tolerance - 48.7) < 1e-9 && abs(stages[2].limit - 48.7) < 1e-9)
        #expect(week.solution.components.economy <= 48)
        // With Læsø and Samsø unable to work less than a 3-hour shift, the least largest debt at
        // lean staffing is their target at H = 974: 1.458 h, proven by municipality totals.
        #expect(stages[3].bound > 1.45 && stages[3].bound < 1.46)
        #expect(week.solution.components.fairnessMax <= stages[3].limit + 1e-6)

        let (report, summary) = try Self.writtenAndChecked(week)
        #expect(report.passed, "\(report.render())")
        #expect(abs(report.components.fairnessSpread - week.solution.components.fairnessSpread) < 1e-6)
        #expect(abs(report.components.economy - week.solution.components.economy) < 1e-6)
        #expect(summary.contains("the requirement is 974 agent-slots (487.0 agent-hours); "))
    }

    /// The same week in contract v1's order (fairness before economy, no tolerances) solves exactly
    /// as before v2: proven, and 40 % beyond the need.
    @Test func solvesTheBundledWeekInV1OrderToProvenOptimality() throws {
        let folder = Self.temporaryFolder("bundled-v1")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: Self.fixtures.appendingPathComponent("jutland-30").path, toPath: folder)
        let settings = folder + "/hotline.yaml"
        var yaml = try String(contentsOfFile: settings, encoding: .utf8)
        let start = try #require(yaml.range(of: "priorities:"))
        yaml.replaceSubrange(start.lowerBound..<yaml.endIndex, with: "priorities: [floor, service, fairness, contracts, economy]\n")
        try yaml.write(toFile: settings, atomically: true, encoding: .utf8)
        let loaded = try PlanReader.read(folder: folder)
        #expect(loaded.plan.settings.priorities == Priority.v1Order)
        let week = try WeekPlanner.plan(loaded.plan, policy: SolvePolicy(timeLimitSeconds: 120))
        let stages = week.solution.stages
        #expect(week.solution.status == .optimal, "\(stages.map { "\($0.stage): \($0.termination) \($0.objective) ≥ \($0.bound)" })")
        #expect(stages.allSatisfy { $0.tolerance == 0 && $0.limit == $0.objective })
        // Floor and service are proven by branch-and-cut; every bound is honest.
        #expect(week.solution.components.floor == 0 && week.solution.components.service == 0)
        #expect(stages.prefix(2).allSatisfy { $0.isProven })
        #expect(stages.allSatisfy { $0.bound <= $0.objective + 1e-9 })
        // The fairness bound from municipality totals (what each municipality's agents can reach,
        // for every total H) is 0.959 h; the optimal roster meets it.
        #expect(stages.first { $0.stage == .fairnessMax }.map { abs($0.bound - 0.9594) < 1e-3 } == true)

        let (report, summary) = try Self.writtenAndChecked(week)
        #expect(report.passed, "\(report.render())")
        // The checker's own recomputation agrees with what the model optimized.
        #expect(abs(report.components.service - week.solution.components.service) < 1e-6)
        #expect(abs(report.components.fairnessMax - week.solution.components.fairnessMax) < 1e-6)
        #expect(abs(report.components.economy - week.solution.components.economy) < 1e-6)
        // The planner is told what fairness first costs in staffing.
        #expect(summary.contains("the requirement is 974 agent-slots (487.0 agent-hours); 389 agent-slots (40 %) staffed beyond it"))
    }

    /// The week's folder written as `solve` writes it, the independent checker's report on it, and
    /// the summary `solve` prints.
    static func writtenAndChecked(_ week: PlannedWeek) throws -> (report: CheckReport, summary: String) {
        let out = temporaryFolder("bundled")
        defer { try? FileManager.default.removeItem(atPath: out) }
        try RosterDelivery.write(week, warnings: [], to: out, options: OutputOptions())
        return (try RosterChecker.check(plan: week.plan, rosterFolder: out), WeekSummaryText.render(week, out: out))
    }
}
