import Foundation
import PlanReading
import RosterCheck
import Testing

/// Ctrl-C or SIGTERM during a long solve: the search stops, the best roster found is written, marked
/// not proven, and the tool exits 128 + the signal's number (130, 143), as a shell reports it.
@Suite(.serialized) struct InterruptTests {
    /// The bundled plan without the agents of Læsø, Samsø and Odder: the fairness stages can no
    /// longer be met exactly and GLPK searches for tens of seconds, so the search is surely running
    /// when the signal comes.
    static func longPlan(in root: String) throws -> String {
        let plan = root + "/plan"
        try FileManager.default.copyItem(atPath: FixturePlans.root.appendingPathComponent("jutland-30").path, toPath: plan)
        for id in ["laeso", "samso", "odder"] {
            try FileManager.default.removeItem(atPath: plan + "/availability/\(id).csv")
        }
        return plan
    }

    /// `solve` of the long plan under `root`, started and past its first progress line: the search
    /// is running and Ctrl-C is handled by then.
    static func startSearching(in root: String) throws -> (command: RunningCommand, plan: String, out: String) {
        let plan = try longPlan(in: root)
        let out = root + "/work/roster"
        let command = try RosterBinary.locate().start(["solve", plan, "--out", out], logFolder: root + "/logs")
        try #require(command.waitForStandardError(containing: "incumbent"), "no progress line before the solve ended: \(command.standardError)")
        return (command, plan, out)
    }

    @Test(arguments: [(SIGINT, Int32(130), "Ctrl-C"), (SIGTERM, Int32(143), "SIGTERM")])
    func aStopSignalWritesTheBestRosterFoundMarkedNotProven(signal: Int32, status: Int32, name: String) throws {
        let root = FixturePlans.temporaryFolder("interrupt")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (command, plan, out) = try Self.startSearching(in: root)
        command.send(signal)
        let result = command.waitForExit()

        #expect(result.ending == .exited(status), "\(result.standardError)")
        #expect(result.standardError.contains("interrupted (\(name)): stopping the search"))
        #expect(result.standardOutput.contains("(interrupted)"))
        let summary = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/summary.json"))) as? [String: Any])
        #expect(summary["status"] as? String == "feasible")
        #expect(summary["interrupted"] as? Bool == true)
        let stages = summary["stages"] as? [[String: Any]] ?? []
        #expect(stages.contains { $0["status"] as? String == "interrupted" }, "\(stages)")

        let loaded = try PlanReader.read(folder: plan).plan
        let report = try RosterChecker.check(plan: loaded, rosterFolder: out)
        #expect(report.passed, "\(report.render())")
        let siblings = try FileManager.default.contentsOfDirectory(atPath: root + "/work")
        #expect(siblings == ["roster"], "staging folders left behind: \(siblings)")
    }

    /// A second Ctrl-C does not wait for the roster: it exits at once, and leaves the folder as it
    /// was (here: not there), never half-written.
    @Test func aSecondCtrlCExitsAtOnce() throws {
        let root = FixturePlans.temporaryFolder("interrupt-twice")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (command, plan, out) = try Self.startSearching(in: root)
        command.send(SIGINT)
        try #require(command.waitForStandardError(containing: "interrupted (Ctrl-C)"), "\(command.standardError)")
        command.send(SIGINT)
        let result = command.waitForExit()

        #expect(result.ending == .exited(130), "\(result.standardError)")
        let forced = result.standardError.contains("interrupted again (Ctrl-C): exiting now")
        if FileManager.default.fileExists(atPath: out) {
            // The first stop's roster was swapped in before the second signal came: it is complete.
            let report = try RosterChecker.check(plan: try PlanReader.read(folder: plan).plan, rosterFolder: out)
            #expect(report.passed, "\(report.render())")
        } else {
            #expect(forced, "no roster and no forced exit: \(result.standardError)")
        }
    }
}
