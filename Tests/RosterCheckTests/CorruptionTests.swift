import Foundation
import HotlineDomain
import RosterCheck
import Testing

/// One change to plan B's valid roster folder and a finding it must produce.
struct Corruption: Sendable, CustomTestStringConvertible {
    let testDescription: String
    let change: @Sendable (inout RosterFolder) -> Void
    let file: String
    let line: Int?
    /// Part of the finding's message.
    let message: String

    init(_ name: String, _ file: String, _ line: Int?, _ message: String, _ change: @escaping @Sendable (inout RosterFolder) -> Void) {
        testDescription = name
        self.change = change
        self.file = file
        self.line = line
        self.message = message
    }
}

// Line numbers of plan B's valid folder: roster.csv 2 = n2 mon 14–18, 3 = n1 mon 18–22, 4 = s1 tue 06–10;
// coverage.csv 2–9 = mon 14–22, 10–13 = tue 06–10, 14–17 = thu 08–12; fairness.csv and balance.csv
// 2 = north, 3 = south.
let rosterShiftCorruptions: [Corruption] = [
    Corruption("shift outside opening hours", "roster.csv", 2,
               "shift 13:00-17:00 of north/n2 on 2026-11-30 starts before opening at 14:00") {
        $0.replace("roster.csv", line: 2, with: "2026-11-30;mon;13:00;17:00;4;north;n2;'=Nina Holm")
    },
    Corruption("shift running past closing", "roster.csv", 3,
               "shift 19:00-23:00 of north/n1 on 2026-11-30 ends after closing at 22:00") {
        $0.replace("roster.csv", line: 3, with: "2026-11-30;mon;19:00;23:00;4;north;n1;Anna Berg")
    },
    Corruption("shift outside the agent's availability window", "roster.csv", 4,
               "shift 15:00-19:00 of south/s1 on 2026-11-30 starts before the agent's availability begins at 17:00") {
        $0.replace("roster.csv", line: 4, with: "2026-11-30;mon;15:00;19:00;4;south;s1;Søren Ørsted")
    },
    Corruption("shift on a day the agent is not available", "roster.csv", 4,
               "shift 06:00-10:00 of north/n2 on 2026-12-01 is on tue, when north/n2 is not available") {
        $0.replace("roster.csv", line: 4, with: "2026-12-01;tue;06:00;10:00;4;north;n2;'=Nina Holm")
    },
    Corruption("shift on a closed date", "roster.csv", 4,
               "shift 08:00-12:00 of south/s1 on 2026-12-02 is on 2026-12-02, a closed date") {
        $0.replace("roster.csv", line: 4, with: "2026-12-02;wed;08:00;12:00;4;south;s1;Søren Ørsted")
    },
    Corruption("shift too short", "roster.csv", 3,
               "shift 18:00-19:00 of north/n1 on 2026-11-30 is 1 hour long, shorter than shifts.min_hours 2") {
        $0.replace("roster.csv", line: 3, with: "2026-11-30;mon;18:00;19:00;1;north;n1;Anna Berg")
    },
    Corruption("shift too long", "roster.csv", 3,
               "shift 17:00-22:00 of north/n1 on 2026-11-30 is 5 hours long, longer than shifts.max_hours 4") {
        $0.replace("roster.csv", line: 3, with: "2026-11-30;mon;17:00;22:00;5;north;n1;Anna Berg")
    },
    Corruption("shift ending before it starts", "roster.csv", 4,
               "shift 10:00-06:00 of south/s1 on 2026-12-01 ends at 06:00, not after its start 10:00") {
        $0.replace("roster.csv", line: 4, with: "2026-12-01;tue;10:00;06:00;4;south;s1;Søren Ørsted")
    },
    Corruption("off-grid time", "roster.csv", 4,
               "shift 06:30-10:00 of south/s1 on 2026-12-01 starts at 06:30, not on a 60-minute slot boundary, expected a time such as 06:00 or 07:00") {
        $0.replace("roster.csv", line: 4, with: "2026-12-01;tue;06:30;10:00;3.5;south;s1;Søren Ørsted")
    },
    Corruption("malformed time", "roster.csv", 4,
               "shift 6:00-10:00 of south/s1 on 2026-12-01 has start \"6:00\", expected a time HH:MM") {
        $0.replace("roster.csv", line: 4, with: "2026-12-01;tue;6:00;10:00;4;south;s1;Søren Ørsted")
    },
    Corruption("wrong hours column", "roster.csv", 4,
               "shift 06:00-10:00 of south/s1 on 2026-12-01 has hours 3, expected 4") {
        $0.replace("roster.csv", line: 4, with: "2026-12-01;tue;06:00;10:00;3;south;s1;Søren Ørsted")
    },
    Corruption("hours with a decimal comma", "roster.csv", 4,
               "has hours \"4,0\", expected a number with . decimals such as 4") {
        $0.replace("roster.csv", line: 4, with: "2026-12-01;tue;06:00;10:00;4,0;south;s1;Søren Ørsted")
    },
    Corruption("wrong day for the date", "roster.csv", 4,
               "shift 06:00-10:00 of south/s1 on 2026-12-01 has day wed, but 2026-12-01 is a tue, expected day tue") {
        $0.replace("roster.csv", line: 4, with: "2026-12-01;wed;06:00;10:00;4;south;s1;Søren Ørsted")
    },
    Corruption("date outside the week", "roster.csv", 4,
               "shift 06:00-10:00 of south/s1 on 2026-12-08 is dated outside the planned week 2026-W49 (2026-11-30 to 2026-12-06)") {
        $0.replace("roster.csv", line: 4, with: "2026-12-08;tue;06:00;10:00;4;south;s1;Søren Ørsted")
    },
    Corruption("not a date", "roster.csv", 4, "has date \"2026-02-30\", expected a date YYYY-MM-DD") {
        $0.replace("roster.csv", line: 4, with: "2026-02-30;mon;06:00;10:00;4;south;s1;Søren Ørsted")
    },
    Corruption("unknown agent", "roster.csv", 4,
               "shift 06:00-10:00 of south/s9 on 2026-12-01 names agent \"s9\", which is not an agent of south") {
        $0.replace("roster.csv", line: 4, with: "2026-12-01;tue;06:00;10:00;4;south;s9;Søren Ørsted")
    },
    Corruption("agent of another municipality", "roster.csv", 4,
               "names agent \"n1\", which is not an agent of south (n1 is an agent of north)") {
        $0.replace("roster.csv", line: 4, with: "2026-12-01;tue;06:00;10:00;4;south;n1;Anna Berg")
    },
    Corruption("unknown municipality", "roster.csv", 4,
               "names municipality \"west\", which is not in the plan, expected one of north, south") {
        $0.replace("roster.csv", line: 4, with: "2026-12-01;tue;06:00;10:00;4;west;s1;Søren Ørsted")
    },
    Corruption("wrong name", "roster.csv", 4,
               "has name \"Soren Orsted\", expected the plan's name \"Søren Ørsted\"") {
        $0.replace("roster.csv", line: 4, with: "2026-12-01;tue;06:00;10:00;4;south;s1;Soren Orsted")
    },
    Corruption("rows out of order", "roster.csv", 3, "the row is out of order") {
        $0.files["roster.csv"]?.swapAt(1, 2)
    },
]

let agentRuleCorruptions: [Corruption] = [
    Corruption("two shifts one day", "roster.csv", 5,
               "shift 20:00-22:00 of north/n2 on 2026-11-30 is the agent's second shift that day (the other is 14:00-18:00 on line 2)") {
        $0.append("roster.csv", "2026-11-30;mon;20:00;22:00;2;north;n2;'=Nina Holm")
    },
    Corruption("over max_hours", "roster.csv", 5,
               "shift 08:00-12:00 of north/n1 on 2026-12-03 takes the agent past max_hours 6 (8 hours in the week)") {
        $0.append("roster.csv", "2026-12-03;thu;08:00;12:00;4;north;n1;Anna Berg")
    },
    Corruption("over max_days", "roster.csv", 5,
               "shift 08:00-12:00 of north/n2 on 2026-12-03 takes the agent past max_days 1 (works on 2 days)") {
        $0.append("roster.csv", "2026-12-03;thu;08:00;12:00;4;north;n2;'=Nina Holm")
    },
    Corruption("rest between days violated", "roster.csv", 4,
               "shift 06:00-08:00 of north/n1 on 2026-12-01 starts only 8 hours after the shift 18:00-22:00 on 2026-11-30 (line 3) ends, expected at least shifts.min_rest_hours 11 hours of rest") {
        $0.insert("roster.csv", line: 4, "2026-12-01;tue;06:00;08:00;2;north;n1;Anna Berg")
    },
]

let derivedFileCorruptions: [Corruption] = [
    Corruption("coverage staffed wrong", "coverage.csv", 2, "slot 2026-11-30 14:00-15:00 has staffed 2, expected 1") {
        $0.replace("coverage.csv", line: 2, with: "2026-11-30;mon;14:00;15:00;1.00;1;2;0")
    },
    Corruption("coverage shortfall wrong", "coverage.csv", 14, "slot 2026-12-03 08:00-09:00 has shortfall 0, expected 1") {
        $0.replace("coverage.csv", line: 14, with: "2026-12-03;thu;08:00;09:00;1.00;1;0;0")
    },
    Corruption("coverage required wrong", "coverage.csv", 10, "slot 2026-12-01 06:00-07:00 has required 2, expected 1") {
        $0.replace("coverage.csv", line: 10, with: "2026-12-01;tue;06:00;07:00;1.00;2;1;1")
    },
    Corruption("coverage calls wrong", "coverage.csv", 3, "slot 2026-11-30 15:00-16:00 has calls 1.02, expected 1") {
        $0.replace("coverage.csv", line: 3, with: "2026-11-30;mon;15:00;16:00;1.02;1;1;0")
    },
    Corruption("coverage row missing", "coverage.csv", nil,
               "no row for the open slot thu 2026-12-03 08:00-09:00, expected one row per open slot") {
        $0.delete("coverage.csv", line: 14)
    },
    Corruption("coverage row for a closed slot", "coverage.csv", 14,
               "slot 2026-12-02 08:00-09:00 is not an open slot of the plan") {
        $0.insert("coverage.csv", line: 14, "2026-12-02;wed;08:00;09:00;0.00;1;0;1")
    },
    Corruption("coverage row twice", "coverage.csv", 4, "slot 2026-11-30 14:00-15:00 appears again (first on line 2)") {
        $0.insert("coverage.csv", line: 4, "2026-11-30;mon;14:00;15:00;1.00;1;1;0")
    },
    Corruption("coverage.csv missing", "coverage.csv", nil, "file missing, expected one row per open slot") {
        $0.files["coverage.csv"] = nil
    },
    Corruption("fairness owed_after wrong", "fairness.csv", 2, "north has owed_after 2.00, expected 1") {
        $0.replace("fairness.csv", line: 2, with: "north;0.750000;9.00;8.00;10.00;0.00;2.00")
    },
    Corruption("fairness share wrong", "fairness.csv", 3, "south has share 0.2501, expected 0.25") {
        $0.replace("fairness.csv", line: 3, with: "south;0.2501;4.50;4.00;4.00;1.50;0.50")
    },
    Corruption("fairness available_hours wrong", "fairness.csv", 2, "north has available_hours 12.00, expected 10") {
        $0.replace("fairness.csv", line: 2, with: "north;0.750000;9.00;8.00;12.00;0.00;1.00")
    },
    Corruption("fairness row missing", "fairness.csv", nil, "no row for municipality south, expected one row per municipality") {
        $0.delete("fairness.csv", line: 3)
    },
    Corruption("balance after_week wrong", "balance.csv", 2, "north has after_week \"2026-W48\", expected the planned week 2026-W49") {
        $0.replace("balance.csv", line: 2, with: "north;1.00;2026-W48")
    },
    Corruption("balance owed_hours wrong", "balance.csv", 3, "south has owed_hours 0.6, expected 0.5") {
        $0.replace("balance.csv", line: 3, with: "south;0.6;2026-W49")
    },
    Corruption("balance unsorted", "balance.csv", 3, "north comes after south, expected the rows sorted by municipality id") {
        $0.files["balance.csv"]?.swapAt(1, 2)
    },
    Corruption("municipality file missing a row", "municipalities/north.csv", nil,
               "the row of roster.csv:3 (2026-11-30;mon;18:00;22:00;4;north;n1) is missing") {
        $0.delete("municipalities/north.csv", line: 3)
    },
    Corruption("municipality file with a foreign row", "municipalities/south.csv", 3,
               "the row 2026-11-30;mon;18:00;22:00;4;north;n1 is not one of south's rows in roster.csv") {
        $0.append("municipalities/south.csv", "2026-11-30;mon;18:00;22:00;4;north;n1;Anna Berg")
    },
    Corruption("municipality file missing", "municipalities/south.csv", nil, "file missing") {
        $0.files["municipalities/south.csv"] = nil
    },
    Corruption("file for an unknown municipality", "municipalities/west.csv", nil, "no municipality \"west\" in the plan") {
        $0.files["municipalities/west.csv"] = [Folders.rosterHeader]
    },
    Corruption("summary component wrong", "summary.json", nil, "components.service is 3, expected 4") {
        $0.files["summary.json"] = [
            #"{"status": "optimal", "components": {"floor": 4, "service": 3, "fairness_max": 1, "fairness_sum": 1.5, "contracts": 2, "economy": 0}}"#,
        ]
    },
    Corruption("summary component missing", "summary.json", nil, "components has no \"economy\", expected 0") {
        $0.files["summary.json"] = [
            #"{"status": "optimal", "components": {"floor": 4, "service": 4, "fairness_max": 1, "fairness_sum": 1.5, "contracts": 2}}"#,
        ]
    },
    Corruption("summary component not a number", "summary.json", nil, "components.contracts is not a number") {
        $0.files["summary.json"] = [
            #"{"status": "optimal", "components": {"floor": 4, "service": 4, "fairness_max": 1, "fairness_sum": 1.5, "contracts": true, "economy": 0}}"#,
        ]
    },
    Corruption("summary status unknown", "summary.json", nil, "status is \"infeasible\", expected \"optimal\" or \"feasible\"") {
        $0.files["summary.json"] = [
            #"{"status": "infeasible", "components": {"floor": 4, "service": 4, "fairness_max": 1, "fairness_sum": 1.5, "contracts": 2, "economy": 0}}"#,
        ]
    },
    Corruption("summary not JSON", "summary.json", nil, "is not valid JSON") {
        $0.files["summary.json"] = ["status: optimal"]
    },
    Corruption("summary.json missing", "summary.json", nil, "file missing") {
        $0.files["summary.json"] = nil
    },
]

@Suite("Corrupted roster folders fail with the right finding")
struct CorruptionTests {
    @Test("a single corruption is reported",
          arguments: rosterShiftCorruptions + agentRuleCorruptions + derivedFileCorruptions)
    func singleCorruption(_ corruption: Corruption) throws {
        var folder = Folders.validB()
        corruption.change(&folder)
        let report = try withWritten(folder) { try RosterChecker.check(plan: Plans.planB(), rosterFolder: $0) }
        #expect(!report.passed)
        let hit = report.findings.contains {
            $0.file == corruption.file && $0.line == corruption.line && $0.message.contains(corruption.message)
        }
        #expect(hit, "expected \(corruption.file):\(corruption.line.map(String.init) ?? "-"): …\(corruption.message)…, got:\n\(report.render())")
    }

    @Test("corruptions of derived files leave the recomputed components alone", arguments: derivedFileCorruptions)
    func derivedFilesDoNotChangeComponents(_ corruption: Corruption) throws {
        var folder = Folders.validB()
        corruption.change(&folder)
        let report = try withWritten(folder) { try RosterChecker.check(plan: Plans.planB(), rosterFolder: $0) }
        #expect(report.components == RecomputedComponents(
            floor: 4, service: 4, fairnessMax: 1, fairnessSum: 1.5, fairnessSpread: 1.25, contracts: 2, economy: 0, totalHours: 12))
        #expect(report.findings.allSatisfy { $0.file == corruption.file }, "\(report.render())")
    }

    @Test("an extra shift changes the recomputed components")
    func extraShiftRecounted() throws {
        var folder = Folders.validB()
        // s1 also on Thursday? Not available; n1 on Thursday 08–12 instead: thu slots get 1 agent each.
        folder.append("roster.csv", "2026-12-03;thu;08:00;12:00;4;north;n1;Anna Berg")
        let report = try withWritten(folder) { try RosterChecker.check(plan: Plans.planB(), rosterFolder: $0) }
        // H = 16: north 12 of target 12 → 0; south 4 of 4 + 1.5 → 1.5. n1 now 8 h (over its 6).
        #expect(report.components == RecomputedComponents(
            floor: 0, service: 0, fairnessMax: 1.5, fairnessSum: 1.5, fairnessSpread: 2.25, contracts: 2, economy: 0, totalHours: 16))
    }
}
