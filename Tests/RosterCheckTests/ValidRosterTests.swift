import Foundation
import HotlineDomain
import RosterCheck
import Staffing
import Testing

@Suite("Valid roster folders pass")
struct ValidRosterTests {
    @Test("the plans' requirements are what the fixtures' comments work out by hand")
    func requirementsAsComputedByHand() {
        #expect(StaffingPlan(plan: Plans.planA()).slots.map(\.required) == [2, 1, 1, 1])
        let b = StaffingPlan(plan: Plans.planB()).slots.map(\.required)
        #expect(b == Array(repeating: 1, count: 16))
    }

    @Test("plan A: one day, two agents — passes with the hand-computed components")
    func planAPasses() throws {
        let report = try withWritten(Folders.validA()) { try RosterChecker.check(plan: Plans.planA(), rosterFolder: $0) }
        #expect(report.findings == [])
        #expect(report.passed)
        #expect(report.shiftCount == 2)
        let c = report.components
        #expect(c.floor == 0)
        #expect(c.service == 1)
        #expect(abs(c.fairnessMax - 0.75) < 1e-9)
        #expect(abs(c.fairnessSum - 1.0) < 1e-9)
        #expect(c.contracts == 1)
        #expect(c.economy == 2)
        #expect(c.totalHours == 6)
    }

    @Test("plan B: three shifts over two days, Thursday unstaffed — passes")
    func planBPasses() throws {
        let report = try withWritten(Folders.validB()) { try RosterChecker.check(plan: Plans.planB(), rosterFolder: $0) }
        #expect(report.findings == [])
        #expect(report.components == RecomputedComponents(
            floor: 4, service: 4, fairnessMax: 1, fairnessSum: 1.5, fairnessSpread: 1.25, contracts: 2, economy: 0, totalHours: 12))
    }

    /// Ways of writing the same roster that the contract accepts.
    struct Variant: Sendable, CustomTestStringConvertible {
        let testDescription: String
        let lineEnding: String
        let change: @Sendable (inout RosterFolder) -> Void
    }

    static let variants: [Variant] = [
        Variant(testDescription: "CRLF line endings", lineEnding: "\r\n") { _ in },
        Variant(testDescription: "reordered columns, read by header name", lineEnding: "\n") { folder in
            for file in ["roster.csv", "municipalities/north.csv", "municipalities/south.csv"] {
                folder.files[file] = folder.files[file]?.map { line in
                    let f = line.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
                    return [f[6], f[7], f[5], f[0], f[2], f[3], f[1], f[4]].joined(separator: ";")
                }
            }
            folder.files["coverage.csv"] = folder.files["coverage.csv"]?.map { line in
                let f = line.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
                return [f[7], f[6], f[5], f[4], f[3], f[2], f[1], f[0]].joined(separator: ";")
            }
            folder.files["balance.csv"] = folder.files["balance.csv"]?.map { line in
                let f = line.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
                return [f[2], f[0], f[1]].joined(separator: ";")
            }
        },
        Variant(testDescription: "--no-names: the name column holds the agent id", lineEnding: "\n") { folder in
            folder.replace("roster.csv", line: 2, with: "2026-11-30;mon;14:00;18:00;4;north;n2;n2")
            folder.replace("roster.csv", line: 3, with: "2026-11-30;mon;18:00;22:00;4;north;n1;n1")
            folder.replace("roster.csv", line: 4, with: "2026-12-01;tue;06:00;10:00;4;south;s1;s1")
        },
        Variant(testDescription: "a formula-like name written without the neutralizing quote", lineEnding: "\n") { folder in
            folder.replace("roster.csv", line: 2, with: "2026-11-30;mon;14:00;18:00;4;north;n2;=Nina Holm")
        },
        Variant(testDescription: "a quoted name field", lineEnding: "\n") { folder in
            folder.replace("roster.csv", line: 4, with: "2026-12-01;tue;06:00;10:00;4;south;s1;\"Søren Ørsted\"")
        },
        Variant(testDescription: "numbers written with other decimals", lineEnding: "\n") { folder in
            folder.replace("roster.csv", line: 4, with: "2026-12-01;tue;06:00;10:00;4.00;south;s1;Søren Ørsted")
            folder.replace("municipalities/south.csv", line: 2, with: "2026-12-01;tue;06:00;10:00;4.00;south;s1;Søren Ørsted")
            folder.replace("fairness.csv", line: 2, with: "north;0.75;9;8;10;0;1.004")
        },
        Variant(testDescription: "summary components within tolerance, extra keys", lineEnding: "\n") { folder in
            folder.files["summary.json"] = folder.files["summary.json"]?.map {
                $0.replacingOccurrences(of: #""components": {"floor": 4, "service": 4,"#, with: #""solver": "glpk", "components": {"floor": 4.00005, "service": 3.99996,"#)
                    .replacingOccurrences(of: #""economy": 0}"#, with: #""economy": 0, "objective": 7}"#)
            }
        },
    ]

    @Test("accepted variations of a valid roster", arguments: variants)
    func acceptedVariant(_ variant: Variant) throws {
        var folder = Folders.validB()
        variant.change(&folder)
        let report = try withWritten(folder, lineEnding: variant.lineEnding) {
            try RosterChecker.check(plan: Plans.planB(), rosterFolder: $0)
        }
        #expect(report.findings == [], "\(report.render())")
    }

    @Test("a hand-edited roster without the derived files is still checked")
    func missingDerivedFiles() throws {
        var folder = Folders.validB()
        for file in ["summary.json", "coverage.csv", "fairness.csv", "balance.csv"] { folder.files[file] = nil }
        let report = try withWritten(folder) { try RosterChecker.check(plan: Plans.planB(), rosterFolder: $0) }
        #expect(report.findings.map(\.file) == ["balance.csv", "coverage.csv", "fairness.csv", "summary.json"])
        #expect(report.findings.allSatisfy { $0.line == nil && $0.message.hasPrefix("file missing") })
        #expect(report.components.service == 4)
        #expect(report.shiftCount == 3)
    }
}

@Suite("Reports and errors")
struct ReportTests {
    @Test("render shows PASS and the recomputed components")
    func renderPass() throws {
        let report = try withWritten(Folders.validA()) { try RosterChecker.check(plan: Plans.planA(), rosterFolder: $0) }
        #expect(report.render() == """
            PASS: 2 shifts, 6 hours rostered; every file agrees with the plan
            recomputed components:
              floor            0
              service          1
              fairness_max     0.75
              fairness_sum     1
              fairness_spread  0.625
              contracts        1
              economy          2

            """)
    }

    @Test("render shows FAIL and every finding, sorted by file and line")
    func renderFail() throws {
        var folder = Folders.validB()
        folder.replace("summary.json", line: 1, with: #"{"status": "infeasible", "components": {}}"#)
        folder.replace("roster.csv", line: 4, with: "2026-12-01;tue;06:00;10:00;3;south;s1;Søren Ørsted")
        folder.replace("balance.csv", line: 3, with: "south;0.50;2026-W48")
        let report = try withWritten(folder) { try RosterChecker.check(plan: Plans.planB(), rosterFolder: $0) }
        #expect(!report.passed)
        let text = report.render()
        #expect(text.hasPrefix("FAIL: \(report.findings.count) findings (3 shifts, 12 hours rostered)\n"))
        for finding in report.findings { #expect(text.contains("  \(finding)\n")) }
        let keys = report.findings.map { "\($0.file) \(String(format: "%06d", $0.line ?? 0))" }
        #expect(keys == keys.sorted())
        #expect(report.findings.first?.description == "balance.csv:3: south has after_week \"2026-W48\", expected the planned week 2026-W49")
        #expect(report.findings.contains(CheckFinding(
            file: "roster.csv", line: 4,
            message: "shift 06:00-10:00 of south/s1 on 2026-12-01 has hours 3, expected 4 (06:00 to 10:00)")))
        // Checking twice gives the same report.
        let again = try withWritten(folder) { try RosterChecker.check(plan: Plans.planB(), rosterFolder: $0) }
        #expect(again.findings == report.findings)
    }

    @Test("a missing folder is an error")
    func missingFolder() {
        #expect(throws: CheckError.self) {
            try RosterChecker.check(plan: Plans.planA(), rosterFolder: "/nonexistent/roster-\(UUID().uuidString)")
        }
    }

    @Test("a folder without roster.csv is an error")
    func missingRoster() throws {
        var folder = Folders.validA()
        folder.files["roster.csv"] = nil
        let error = try withWritten(folder) { path in
            #expect(throws: CheckError.self) { try RosterChecker.check(plan: Plans.planA(), rosterFolder: path) }
        }
        #expect(error?.description.hasPrefix("roster.csv: file missing") == true)
    }

}
