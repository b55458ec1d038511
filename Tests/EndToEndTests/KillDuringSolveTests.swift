import Foundation
import PlanReading
import RosterCheck
import SeededRandomness
import Testing

/// `solve` killed with SIGKILL at many moments: the roster folder is always last week's complete
/// folder or the complete new one, never partial or mixed.
@Suite(.serialized) struct KillDuringSolveTests {
    /// Kill points: even ones anywhere in the run, odd ones inside the write (after the staging
    /// folder appears), where a partial folder could show. Every fourth starts with no old folder.
    static let killPoints = 32
    static let seed: UInt64 = 20_261_130

    @Test func aKilledSolveLeavesTheOldRosterOrTheCompleteNewOne() throws {
        let binary = try RosterBinary.locate()
        let root = FixturePlans.temporaryFolder("kill")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (plan, oldPlan, logs) = (root + "/plan", root + "/old-plan", root + "/logs")
        // Twenty municipalities: a quick solve, but 25 files to write (each flushed), so the write takes a while.
        try GeneratedPlan.spread(count: 20).write(to: plan)
        // Last week: one municipality more (a file the new folder lacks), other demand, no names.
        try GeneratedPlan.spread(count: 21, callsScale: 2).write(to: oldPlan)

        let oldRun = try binary.run(["solve", oldPlan, "--out", root + "/old", "--quiet", "--no-names"], logFolder: logs)
        try #require(oldRun.status == 0, "\(oldRun.standardError)")
        let old = try #require(try FolderSnapshot(folder: root + "/old"))

        // The complete new folder, and how long a run and its write take (to place the kill points).
        let work = root + "/work", out = work + "/out"
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let clock = ContinuousClock()
        let began = clock.now
        let calibration = try binary.start(["solve", plan, "--out", out, "--quiet"], logFolder: logs)
        let stagingSeen = Self.waitForStaging(in: work, ignoring: [], while: calibration)
        let writeBegan = clock.now
        try #require(calibration.waitForExit().status == 0, "\(calibration.standardError)")
        let runSeconds = Self.seconds(clock.now - began)
        let writeSeconds = stagingSeen ? max(0.005, Self.seconds(clock.now - writeBegan)) : 0.02
        let new = try #require(try FolderSnapshot(folder: out)).withoutRunFigures()
        try #require(old.withoutRunFigures() != new)
        let loaded = try PlanReader.read(folder: plan).plan
        let reference = try RosterChecker.check(plan: loaded, rosterFolder: out)
        try #require(reference.passed, "\(reference.render())")

        var random = SplitMix64(seed: Self.seed)
        var tally: [String: Int] = [:]
        var caughtWriting = 0
        var killed: Set<pid_t> = []
        for point in 0..<Self.killPoints {
            let startsEmpty = point % 4 == 3
            try? FileManager.default.removeItem(atPath: out)
            if !startsEmpty { try old.write(to: out) }
            let leftovers = try Self.hiddenSiblings(in: work)

            let command = try binary.start(["solve", plan, "--out", out, "--quiet"], logFolder: logs)
            let delay: Double
            if point.isMultiple(of: 2) {
                delay = Double.random(in: 0...(runSeconds * 1.2), using: &random)
            } else {
                _ = Self.waitForStaging(in: work, ignoring: leftovers, while: command)
                delay = Double.random(in: 0...(writeSeconds * 1.5), using: &random)
            }
            Thread.sleep(forTimeInterval: delay)
            command.send(SIGKILL)
            let ending = command.waitForExit().ending
            #expect(ending == .killed(by: SIGKILL) || ending == .exited(0), "kill point \(point): \(ending)")

            let place = "kill point \(point) (\(point.isMultiple(of: 2) ? "in the run" : "in the write"), +\(delay) s, \(ending))"
            switch try FolderSnapshot(folder: out) {
            case nil:
                #expect(startsEmpty, "\(place): the roster folder is gone")
                tally["absent", default: 0] += 1
            case let found? where !startsEmpty && found == old:
                #expect(ending != .exited(0), "\(place): the run succeeded but the old folder is still in place")
                tally["old", default: 0] += 1
            case let found? where try found.withoutRunFigures() == new:
                let report = try RosterChecker.check(plan: loaded, rosterFolder: out)
                #expect(report.passed, "\(place): \(report.render())")
                tally["new", default: 0] += 1
            case let found?:
                Issue.record("""
                    \(place): the roster folder is partial or mixed
                    against the old folder: \(found.differences(from: old))
                    against the new folder: \(try found.withoutRunFigures().differences(from: new))
                    """)
            }
            // Whatever a kill leaves behind is hidden and named after the folder, never a second
            // roster; the next run that gets as far as writing removes it.
            let visible = try FileManager.default.contentsOfDirectory(atPath: work).filter { !$0.hasPrefix(".") }
            #expect(visible == ["out"] || (startsEmpty && visible.isEmpty), "\(place): \(visible)")
            let hidden = try Self.hiddenSiblings(in: work)
            killed.insert(command.processIdentifier)
            #expect(hidden.allSatisfy { Self.writer(of: $0).map(killed.contains) == true || Self.writerIsAlive($0) }, "\(place): \(hidden.sorted())")
            if hidden.contains(where: { Self.writer(of: $0) == command.processIdentifier }) { caughtWriting += 1 }
        }
        print("kill points: \(tally.sorted { $0.key < $1.key }); killed while writing (staging folder left): \(caughtWriting); run \(runSeconds) s, write \(writeSeconds) s")

        // The next run removes what killed writers left (a partial staging folder too), leaves what
        // it did not name, and writes the complete folder.
        let partial = work + "/.out.staging-999999999-PLANTED", byHand = work + "/.out.staging-by-hand"
        for planted in [partial, byHand] {
            try FileManager.default.createDirectory(atPath: planted + "/municipalities", withIntermediateDirectories: true)
            try Data("date;day;st".utf8).write(to: URL(fileURLWithPath: planted + "/roster.csv"))
        }
        try? FileManager.default.removeItem(atPath: out)
        try old.write(to: out)
        let final = try binary.run(["solve", plan, "--out", out, "--quiet"], logFolder: logs)
        #expect(final.status == 0, "\(final.standardError)")
        #expect(try FolderSnapshot(folder: out)?.withoutRunFigures() == new)
        #expect(try RosterChecker.check(plan: loaded, rosterFolder: out).passed)
        let remaining = try Self.hiddenSiblings(in: work).filter { !Self.writerIsAlive($0) }
        #expect(remaining == [".out.staging-by-hand"], "\(remaining.sorted())")
    }

    private static func hiddenSiblings(in folder: String) throws -> Set<String> {
        Set(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(".") })
    }

    /// The pid in `.out.staging-PID-TOKEN`.
    private static func writer(of entry: String) -> pid_t? {
        let prefix = ".out.staging-"
        guard entry.hasPrefix(prefix) else { return nil }
        return pid_t(entry.dropFirst(prefix.count).prefix { $0 != "-" })
    }

    /// A pid can be reused once its process is gone; such a folder is rightly kept.
    private static func writerIsAlive(_ entry: String) -> Bool {
        guard let pid = writer(of: entry), pid > 0 else { return false }
        return kill(pid, 0) == 0 || errno == EPERM
    }

    /// Polls until a new staging folder for `out` appears; false when the process ended first.
    private static func waitForStaging(in folder: String, ignoring known: Set<String>, while command: RunningCommand) -> Bool {
        while command.isRunning {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            if names.contains(where: { $0.hasPrefix(".out.staging-") && !known.contains($0) }) { return true }
            usleep(200)
        }
        return false
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }
}
