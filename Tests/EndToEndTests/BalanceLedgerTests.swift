import Foundation
import PlanReading
import RosterCheck
import Testing

/// balance.csv is the ledger carried from week to week: a week is counted once, never twice.
struct BalanceLedgerTests {
    static func plan(balanceAfter week: String) -> GeneratedPlan {
        var plan = GeneratedPlan.spread(count: 6)
        plan.balance = [
            .init(municipality: "m0", owedHours: 3.5, afterWeek: week),
            .init(municipality: "m3", owedHours: -2.25, afterWeek: week),
        ]
        return plan
    }

    /// owed_before of each municipality in a roster folder's fairness.csv.
    static func owedBefore(_ folder: String) throws -> [String: String] {
        let rows = SpreadsheetCells.rows(try String(contentsOfFile: folder + "/fairness.csv", encoding: .utf8))
        let header = try #require(rows.first)
        let id = try #require(header.firstIndex(of: "municipality")), owed = try #require(header.firstIndex(of: "owed_before"))
        return Dictionary(uniqueKeysWithValues: rows.dropFirst().map { ($0[id], $0[owed]) })
    }

    @Test func solvingTheSameWeekTwiceFromTheSameBalanceGivesTheSameFolder() throws {
        let binary = try RosterBinary.locate()
        let root = FixturePlans.temporaryFolder("twice")
        defer { try? FileManager.default.removeItem(atPath: root) }
        try Self.plan(balanceAfter: "2026-W48").write(to: root + "/plan")

        var folders: [FolderSnapshot] = []
        for run in 1...2 {
            let out = root + "/out\(run)"
            let result = try binary.run(["solve", root + "/plan", "--out", out, "--quiet"], logFolder: root + "/logs")
            try #require(result.status == 0, "\(result.standardError)")
            folders.append(try #require(try FolderSnapshot(folder: out)))
            // The balance is read, not accumulated: what was owed before is what balance.csv says.
            let owed = try Self.owedBefore(out)
            #expect(owed["m0"] == "3.5000" && owed["m3"] == "-2.2500" && owed["m1"] == "0.0000", "\(owed)")
        }
        // Byte-identical, summary.json's timings and search counters aside.
        let (first, second) = (try folders[0].withoutRunFigures(), try folders[1].withoutRunFigures())
        #expect(first == second, "\(second.differences(from: first))")
        #expect(folders[0].entries.filter { $0.key != "summary.json" } == folders[1].entries.filter { $0.key != "summary.json" })
        let loaded = try PlanReader.read(folder: root + "/plan").plan
        #expect(try RosterChecker.check(plan: loaded, rosterFolder: root + "/out1").passed)
    }

    /// The week planned is 2026-W49, so only a balance after 2026-W48 belongs to it.
    @Test(arguments: ["2026-W49", "2026-W47", "2025-W48", "2026-W50"])
    func aBalanceFromAnotherWeekIsRefusedUnlessForced(afterWeek: String) throws {
        let binary = try RosterBinary.locate()
        let root = FixturePlans.temporaryFolder("wrong-week")
        defer { try? FileManager.default.removeItem(atPath: root) }
        try Self.plan(balanceAfter: afterWeek).write(to: root + "/plan")

        let refused = try binary.run(["solve", root + "/plan", "--out", root + "/out", "--quiet"], logFolder: root + "/logs")
        #expect(refused.status == 65)
        #expect(refused.standardError.contains("balance.csv:2: after_week: balance is after \(afterWeek), expected after 2026-W48"),
                "\(refused.standardError)")
        #expect(!FileManager.default.fileExists(atPath: root + "/out"))

        let forced = try binary.run(["solve", root + "/plan", "--out", root + "/out", "--quiet", "--force"], logFolder: root + "/logs")
        #expect(forced.status == 0, "\(forced.standardError)")
        #expect(try Self.owedBefore(root + "/out")["m0"] == "3.5000")
    }

    @Test func theNewBalanceIsRefusedForTheSameWeekAndCarriesToTheNext() throws {
        let binary = try RosterBinary.locate()
        let root = FixturePlans.temporaryFolder("ledger")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let plan = root + "/plan", logs = root + "/logs"
        try Self.plan(balanceAfter: "2026-W48").write(to: plan)
        try #require(try binary.run(["solve", plan, "--out", root + "/w49", "--quiet"], logFolder: logs).status == 0)

        // Last week's output as this week's input would count week 49 twice.
        try FileManager.default.removeItem(atPath: plan + "/balance.csv")
        try FileManager.default.copyItem(atPath: root + "/w49/balance.csv", toPath: plan + "/balance.csv")
        let again = try binary.run(["solve", plan, "--out", root + "/again", "--quiet"], logFolder: logs)
        #expect(again.status == 65)
        #expect(again.standardError.contains("balance.csv:2: after_week:"), "\(again.standardError)")

        // It is the ledger for week 50: what week 49 left owing is what week 50 starts from.
        let yaml = try String(contentsOfFile: plan + "/hotline.yaml", encoding: .utf8)
        try yaml.replacingOccurrences(of: "week: 2026-W49", with: "week: 2026-W50")
            .write(toFile: plan + "/hotline.yaml", atomically: false, encoding: .utf8)
        let next = try binary.run(["solve", plan, "--out", root + "/w50", "--quiet"], logFolder: logs)
        try #require(next.status == 0, "\(next.standardError)")
        let carried = SpreadsheetCells.rows(try String(contentsOfFile: root + "/w49/balance.csv", encoding: .utf8)).dropFirst()
        let owed = try Self.owedBefore(root + "/w50")
        #expect(carried.count == 6)
        for row in carried {
            #expect(owed[row[0]] == row[1], "\(row[0]): week 50 starts from \(owed[row[0]] ?? "nothing"), week 49 left \(row[1])")
        }
    }
}
