import Foundation
import PlanReading
import RosterCheck
import Testing

/// `--gap`: a stage within the requested relative gap of its bound stops there, reported as
/// gap_reached with its honest bound, and hands the rest of its budget to the later stages.
struct RequestedGapTests {
    @Test func stagesWithinTheRequestedGapStopAsGapReached() throws {
        let root = FixturePlans.temporaryFolder("gap")
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        // Without three small municipalities' agents the fairness stages are not proven quickly.
        let plan = try InterruptTests.longPlan(in: root)
        let out = root + "/roster"
        #expect(exitCode(["solve", plan, "--out", out, "--gap", "0.9", "--time-limit", "10", "--quiet"]) == 0)

        let data = try Data(contentsOf: URL(fileURLWithPath: out + "/summary.json"))
        let summary = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let stages = summary["stages"] as? [[String: Any]] ?? []
        let stopped = stages.filter { $0["status"] as? String == "gap_reached" }
        #expect(!stopped.isEmpty, "\(stages.map { "\($0["stage"] ?? "?"): \($0["status"] ?? "?")" })")
        for stage in stopped {
            let objective = stage["objective"] as? Double ?? .nan, bound = stage["bound"] as? Double ?? .nan
            #expect(bound < objective && (objective - bound) / objective <= 0.9, "\(stage)")
        }
        #expect(summary["status"] as? String == "feasible")
        let report = try RosterChecker.check(plan: try PlanReader.read(folder: plan).plan, rosterFolder: out)
        #expect(report.passed, "\(report.render())")
    }
}
