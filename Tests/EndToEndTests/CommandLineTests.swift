import ArgumentParser
import Foundation
@testable import HotlineRoster
import Testing

/// The commands as a user runs them: arguments in, files and exit statuses out.
struct CommandLineTests {
    private var tiny: String { FixturePlans.root.appendingPathComponent("tiny-one-day").path }

    @Test func aMissingPlanFolderExits66() {
        #expect(exitCode(["validate", "/nonexistent/plan-\(UUID().uuidString)"]) == 66)
    }

    @Test func badDataExits65() throws {
        let copy = FixturePlans.temporaryFolder("bad")
        defer { try? FileManager.default.removeItem(atPath: copy) }
        try FileManager.default.copyItem(atPath: tiny, toPath: copy)
        let file = URL(fileURLWithPath: copy).appendingPathComponent("availability/north.csv")
        var text = try String(contentsOf: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "08:00-12:00", with: "08:00-07:00")
        try text.write(to: file, atomically: true, encoding: .utf8)
        #expect(exitCode(["validate", copy]) == 65)
        #expect(exitCode(["solve", copy, "--out", copy + "/roster", "--quiet"]) == 65)
        #expect(!FileManager.default.fileExists(atPath: copy + "/roster"))
    }

    @Test func solveWritesACheckableRosterFolderAndCheckPassesIt() throws {
        let out = FixturePlans.temporaryFolder("cli")
        defer { try? FileManager.default.removeItem(atPath: out) }
        #expect(exitCode(["solve", tiny, "--out", out, "--quiet"]) == 0)
        for file in ["roster.csv", "coverage.csv", "fairness.csv", "balance.csv", "summary.json", "municipalities/north.csv", "municipalities/south.csv"] {
            #expect(FileManager.default.fileExists(atPath: out + "/" + file), "\(file) missing")
        }
        #expect(exitCode(["check", tiny, out]) == 0)
        // Solving again replaces the folder whole, leaving no staging folders behind.
        #expect(exitCode(["solve", tiny, "--out", out, "--quiet"]) == 0)
        let siblings = try FileManager.default.contentsOfDirectory(atPath: URL(fileURLWithPath: out).deletingLastPathComponent().path)
        #expect(!siblings.contains { $0.hasPrefix(".\(URL(fileURLWithPath: out).lastPathComponent).") })
    }

    @Test func withoutNamesTheRosterCarriesAgentIdsOnly() throws {
        let out = FixturePlans.temporaryFolder("nonames")
        defer { try? FileManager.default.removeItem(atPath: out) }
        #expect(exitCode(["solve", tiny, "--out", out, "--quiet", "--no-names"]) == 0)
        let roster = try String(contentsOfFile: out + "/roster.csv", encoding: .utf8)
        let rows = roster.split(separator: "\n").dropFirst().map { $0.split(separator: ";").map(String.init) }
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0[6] == $0[7] })
        #expect(exitCode(["check", tiny, out]) == 0)
    }

    @Test func checkFailsAnEditedRoster() throws {
        let out = FixturePlans.temporaryFolder("edited")
        defer { try? FileManager.default.removeItem(atPath: out) }
        #expect(exitCode(["solve", tiny, "--out", out, "--quiet"]) == 0)
        let file = out + "/roster.csv"
        let roster = try String(contentsOfFile: file, encoding: .utf8)
        // Stretch the first shift to start before opening.
        let edited = roster.replacingOccurrences(of: ";08:00;", with: ";07:00;")
        #expect(edited != roster)
        try edited.write(toFile: file, atomically: true, encoding: .utf8)
        #expect(exitCode(["check", tiny, out]) == 1)
    }

    /// The option's own check answers, naming it and what it expects (`--time-limit=-1`: with a space,
    /// the parser would take `-1` for an option and never reach the check).
    @Test(arguments: [
        (["solve", "--time-limit=-1"], "--time-limit must be between 0 and 86400 seconds, got -1"),
        (["solve", "--time-limit", "0"], "--time-limit must be between 0 and 86400 seconds, got 0"),
        (["solve", "--time-limit", "nan"], "--time-limit must be between 0 and 86400 seconds, got nan"),
        (["solve", "--gap", "1.5"], "--gap must be a fraction in [0, 1)"),
    ])
    func refusesNonsenseOptions(arguments: [String], expected: String) {
        do {
            _ = try HotlineRosterCommand.parseAsRoot(arguments)
            Issue.record("expected \(arguments) to be refused")
        } catch {
            let message = HotlineRosterCommand.message(for: error)
            #expect(message.contains(expected), "\(message)")
        }
    }
}
