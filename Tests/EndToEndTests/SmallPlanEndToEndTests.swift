import Foundation
import HotlineDomain
import RosterPipeline
import PlanReading
import RosterCheck
import RosterModel
import RosterOutput
import Testing

/// Planning folders on disk, solved and written as a user would, then verified by the independent checker.
enum FixturePlans {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static func temporaryFolder(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("hotline-roster-\(name)-\(UUID().uuidString)").path
    }

    /// Solves, writes, checks; returns the solution and the checker's report.
    static func solveAndCheck(_ plan: Plan, name: String, timeLimit: Double = 60) throws -> (RosterSolution, CheckReport) {
        let week = try WeekPlanner.plan(plan, policy: SolvePolicy(timeLimitSeconds: timeLimit))
        let out = temporaryFolder(name)
        defer { try? FileManager.default.removeItem(atPath: out) }
        try RosterDelivery.write(week, warnings: [], to: out, options: OutputOptions())
        return (week.solution, try RosterChecker.check(plan: plan, rosterFolder: out))
    }
}

struct SmallPlanEndToEndTests {
    /// Expected optima from the hand derivations in each folder's EXPECTED.md (and Fixtures/README.md),
    /// confirmed by Fixtures/tools/brute_force.py: floor, service, fairness max, fairness sum, contracts, economy.
    @Test(arguments: [
        ("tiny-one-day", "hotline.yaml", [0.0, 0, 0, 0, 0, 0]),
        ("conflict-fairness-economy", "hotline.yaml", [0.0, 0, 0, 0, 1, 4]),
        ("conflict-fairness-economy", "hotline-alt.yaml", [0.0, 0, 1, 2, 1, 0]),
        ("conflict-service-fairness", "hotline.yaml", [0.0, 0, 1, 2, 0, 0]),
        ("conflict-service-fairness", "hotline-alt.yaml", [0.0, 2, 0, 0, 0, 0]),
    ])
    func reachesTheHandComputedLexicographicOptimum(folder: String, settings: String, expected: [Double]) throws {
        let plan = try Self.load(folder, settings: settings)
        let (solution, report) = try FixturePlans.solveAndCheck(plan, name: folder)
        #expect(solution.status == .optimal)
        let c = report.components
        let got = [c.floor, c.service, c.fairnessMax, c.fairnessSum, c.contracts, c.economy]
        #expect(zip(got, expected).allSatisfy { abs($0 - $1) < 1e-6 }, "recomputed \(got), expected \(expected)")
        #expect(report.passed, "\(report.render())")
    }

    /// Copies a fixture folder, swapping in another hotline.yaml (the priority order under test).
    static func load(_ folder: String, settings: String) throws -> Plan {
        let source = FixturePlans.root.appendingPathComponent(folder)
        guard settings != "hotline.yaml" else { return try PlanReader.read(folder: source.path).plan }
        let copy = FixturePlans.temporaryFolder(folder)
        defer { try? FileManager.default.removeItem(atPath: copy) }
        try FileManager.default.copyItem(atPath: source.path, toPath: copy)
        let yaml = URL(fileURLWithPath: copy).appendingPathComponent("hotline.yaml")
        try FileManager.default.removeItem(at: yaml)
        try FileManager.default.copyItem(at: source.appendingPathComponent(settings), to: yaml)
        return try PlanReader.read(folder: copy).plan
    }
}
