import Foundation
import HotlineDomain
import PlanReading
import Testing

// MARK: - Plans

/// Small hand-built plans whose every figure can be worked out by hand.
enum Plans {
    static let week = IsoWeek(year: 2026, week: 49)!  // Mon 2026-11-30 … Sun 2026-12-06

    static func window(_ from: Int, _ to: Int) -> TimeWindow {
        TimeWindow(start: TimeOfDay(hours: from, minutes: 0), end: TimeOfDay(hours: to, minutes: 0))
    }

    /// Plan A: one day (Monday 08:00–12:00) in 1-hour slots, two municipalities, one agent each.
    ///
    /// - staffing: min_agents 1, 420 s handle time, 80 % within 60 s, no shrinkage.
    /// - calls: aarhus [4, 1, 0, 0], odder [2, 0, 0, 1]; pooled [6, 1, 0, 1] → r_t = [2, 1, 1, 1]
    ///   (6 calls = 0.7 Erlang: one agent answers only ~33 % within 60 s, two ~85 %; 1 call = 0.117
    ///   Erlang: one agent ~90 %; no calls: the floor of 1).
    /// - fairness basis demand: aarhus 5 calls, odder 3 → shares 0.625 / 0.375; odder owed 0.5 h.
    /// - agents: aarhus/a1 "Ada Holm" available 08–12 (max 37 h, min 3 h); odder/o1 "+Ole" available
    ///   10–12 (max 4 h, min 3 h). Shifts 2–4 h, 11 h rest.
    static func planA() -> Plan {
        let settings = Settings(
            week: week, timezone: "Europe/Copenhagen", slotMinutes: 60,
            openingHours: [.mon: [window(8, 12)]], closedDates: [],
            staffing: StaffingRules(minAgents: 1, handleTimeSeconds: 420, serviceLevel: 0.8, answerWithinSeconds: 60, shrinkage: 0),
            shifts: ShiftRules(minHours: 2, maxHours: 4, minRestHours: 11),
            fairnessBasis: .demand, priorities: Priority.v1Order)
        return Plan(
            settings: settings,
            municipalities: [
                Municipality(id: "odder", code: "727", name: "Odder", region: "Midtjylland", population: 23_000, weight: nil),
                Municipality(id: "aarhus", code: "751", name: "Aarhus", region: "Midtjylland", population: 367_000, weight: nil),
            ],
            agents: [
                Agent(municipality: "aarhus", id: "a1", name: "Ada Holm", maxHours: 37, minHours: 3, maxDays: 5,
                      windows: [.mon: [window(8, 12)]]),
                Agent(municipality: "odder", id: "o1", name: "+Ole", maxHours: 4, minHours: 3, maxDays: 5,
                      windows: [.mon: [window(10, 12)]]),
            ],
            callsByMunicipality: ["aarhus": [4, 1, 0, 0], "odder": [2, 0, 0, 1]],
            owedHours: ["odder": 0.5], balanceAfterWeek: week.previous)
    }

    /// Plan B: several days, a closed date and agents with limits, for the corruption tests.
    ///
    /// - open: mon 14–22, tue 06–10, wed 08–12 but 2026-12-02 is closed, thu 08–12; 1-hour slots →
    ///   8 + 4 + 4 = 16 open slots.
    /// - calls 0.5 per slot from each municipality, pooled 1.0 → r_t = 1 everywhere (0.117 Erlang).
    /// - fairness basis population: north 3000, south 1000 → shares 0.75 / 0.25; south owed 1.5 h.
    /// - shifts 2–4 h, 11 h rest.
    /// - north/n1 "Anna Berg": mon 14–22, tue 06–10, thu 08–12; max 6 h, min 4 h, max 2 days.
    /// - north/n2 "=Nina Holm": mon 14–22, thu 08–12; max 8 h, min 6 h, max 1 day.
    /// - south/s1 "Søren Ørsted": mon 17–22, tue 06–10, wed 08–12; max 4 h, min 2 h, max 1 day.
    static func planB() -> Plan {
        let closed = week.dates[2]
        let settings = Settings(
            week: week, timezone: "Europe/Copenhagen", slotMinutes: 60,
            openingHours: [.mon: [window(14, 22)], .tue: [window(6, 10)], .wed: [window(8, 12)], .thu: [window(8, 12)]],
            closedDates: [closed],
            staffing: StaffingRules(minAgents: 1, handleTimeSeconds: 420, serviceLevel: 0.8, answerWithinSeconds: 60, shrinkage: 0),
            shifts: ShiftRules(minHours: 2, maxHours: 4, minRestHours: 11),
            fairnessBasis: .population, priorities: Priority.v1Order)
        let slots = settings.openSlots().count
        return Plan(
            settings: settings,
            municipalities: [
                Municipality(id: "north", code: "101", name: "North", region: "Nordjylland", population: 3000, weight: nil),
                Municipality(id: "south", code: "102", name: "South", region: "Syddanmark", population: 1000, weight: nil),
            ],
            agents: [
                Agent(municipality: "north", id: "n1", name: "Anna Berg", maxHours: 6, minHours: 4, maxDays: 2,
                      windows: [.mon: [window(14, 22)], .tue: [window(6, 10)], .thu: [window(8, 12)]]),
                Agent(municipality: "north", id: "n2", name: "=Nina Holm", maxHours: 8, minHours: 6, maxDays: 1,
                      windows: [.mon: [window(14, 22)], .thu: [window(8, 12)]]),
                Agent(municipality: "south", id: "s1", name: "Søren Ørsted", maxHours: 4, minHours: 2, maxDays: 1,
                      windows: [.mon: [window(17, 22)], .tue: [window(6, 10)], .wed: [window(8, 12)]]),
            ],
            callsByMunicipality: [
                "north": Array(repeating: 0.5, count: slots), "south": Array(repeating: 0.5, count: slots),
            ],
            owedHours: ["south": 1.5], balanceAfterWeek: week.previous)
    }
}

// MARK: - Roster folders

/// A roster folder as text, file by file (paths relative to the folder, lines joined by "\n").
struct RosterFolder: Sendable {
    var files: [String: [String]]

    /// Writes the folder to a fresh temporary directory and returns its path.
    func write(lineEnding: String = "\n") throws -> String {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("rostercheck-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("municipalities", isDirectory: true), withIntermediateDirectories: true)
        for (path, lines) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data((lines.joined(separator: lineEnding) + lineEnding).utf8).write(to: url)
        }
        return root.path
    }

    /// Replaces 1-based `line` of `file`.
    mutating func replace(_ file: String, line: Int, with text: String) {
        files[file]?[line - 1] = text
    }

    mutating func delete(_ file: String, line: Int) {
        files[file]?.remove(at: line - 1)
    }

    /// Inserts `text` so that it becomes 1-based `line` of `file`.
    mutating func insert(_ file: String, line: Int, _ text: String) {
        files[file]?.insert(text, at: line - 1)
    }

    mutating func append(_ file: String, _ text: String) {
        files[file]?.append(text)
    }
}

enum Folders {
    static let rosterHeader = "date;day;start;end;hours;municipality;agent;name"
    static let coverageHeader = "date;day;start;end;calls;required;staffed;shortfall"
    static let fairnessHeader = "municipality;share;target_hours;rostered_hours;available_hours;owed_before;owed_after"
    static let balanceHeader = "municipality;owed_hours;after_week"

    /// The valid roster of plan A: a1 08–12, o1 10–12.
    static func validA() -> RosterFolder {
        let a1 = "2026-11-30;mon;08:00;12:00;4;aarhus;a1;Ada Holm"
        let o1 = "2026-11-30;mon;10:00;12:00;2;odder;o1;'+Ole"
        return RosterFolder(files: [
            "roster.csv": [rosterHeader, a1, o1],
            "municipalities/aarhus.csv": [rosterHeader, a1],
            "municipalities/odder.csv": [rosterHeader, o1],
            // s_t = [1, 1, 2, 2] against r_t = [2, 1, 1, 1].
            "coverage.csv": [
                coverageHeader,
                "2026-11-30;mon;08:00;09:00;6.00;2;1;1",
                "2026-11-30;mon;09:00;10:00;1.00;1;1;0",
                "2026-11-30;mon;10:00;11:00;0.00;1;2;0",
                "2026-11-30;mon;11:00;12:00;1.00;1;2;0",
            ],
            // H = 6. aarhus: 0.625 × 6 = 3.75 target, 4 rostered → owed 3.75 − 4 = −0.25.
            // odder: 0.375 × 6 + 0.5 = 2.75 target, 2 rostered → owed 0.75.
            // available: a1 one 4-hour shift (max_days 5, only Monday open); o1 10–12 = 2 hours.
            "fairness.csv": [
                fairnessHeader,
                "aarhus;0.625000;3.75;4.00;4.00;0.00;-0.25",
                "odder;0.375000;2.75;2.00;2.00;0.50;0.75",
            ],
            "balance.csv": [balanceHeader, "aarhus;-0.25;2026-W49", "odder;0.75;2026-W49"],
            // floor Σ max(0, 1 − s) = 0; service Σ max(0, r − s) = 1 (08–09); economy Σ max(0, s − r)
            // = 0 + 0 + 1 + 1 = 2; fairness max |−0.25|, |0.75| = 0.75, sum 1; contracts: a1 4 ≥ 3,
            // o1 3 − 2 = 1.
            // Every stage proven: objective = bound = the final component. No slot below the floor.
            "summary.json": [
                #"{"status": "optimal", "week": "2026-W49", "interrupted": false,"#,
                #" "priorities": ["floor", "service", "fairness", "contracts", "economy"],"#,
                #" "components": {"floor": 0, "service": 1, "fairness_max": 0.75, "fairness_sum": 1.0, "fairness_spread": 0.625, "contracts": 1, "economy": 2},"#,
                #" "stages": ["#,
                #"  {"stage": "floor", "status": "optimal", "objective": 0, "tolerance": 0, "limit": 0, "bound": 0},"#,
                #"  {"stage": "service", "status": "optimal", "objective": 1, "tolerance": 0, "limit": 1, "bound": 1},"#,
                #"  {"stage": "fairness_max", "status": "optimal", "objective": 0.75, "tolerance": 0, "limit": 0.75, "bound": 0.75},"#,
                #"  {"stage": "fairness_sum", "status": "optimal", "objective": 1, "tolerance": 0, "limit": 1, "bound": 1},"#,
                #"  {"stage": "contracts", "status": "optimal", "objective": 1, "tolerance": 0, "limit": 1, "bound": 1},"#,
                #"  {"stage": "economy", "status": "optimal", "objective": 2, "tolerance": 0, "limit": 2, "bound": 2}],"#,
                #" "roster": {"shifts": 2, "agent_hours": 6, "open_slots": 4, "unmet_floor_slots": []},"#,
                #" "shifts": 2}"#,
            ],
        ])
    }

    /// The valid roster of plan B: n2 mon 14–18, n1 mon 18–22, s1 tue 06–10; Thursday unstaffed.
    static func validB() -> RosterFolder {
        let n2 = "2026-11-30;mon;14:00;18:00;4;north;n2;'=Nina Holm"
        let n1 = "2026-11-30;mon;18:00;22:00;4;north;n1;Anna Berg"
        let s1 = "2026-12-01;tue;06:00;10:00;4;south;s1;Søren Ørsted"
        var coverage = [coverageHeader]
        for hour in 14..<22 { coverage.append("2026-11-30;mon;\(clock(hour));\(clock(hour + 1));1.00;1;1;0") }
        for hour in 6..<10 { coverage.append("2026-12-01;tue;\(clock(hour));\(clock(hour + 1));1.00;1;1;0") }
        for hour in 8..<12 { coverage.append("2026-12-03;thu;\(clock(hour));\(clock(hour + 1));1.00;1;0;1") }
        return RosterFolder(files: [
            "roster.csv": [rosterHeader, n2, n1, s1],
            "municipalities/north.csv": [rosterHeader, n2, n1],
            "municipalities/south.csv": [rosterHeader, s1],
            "coverage.csv": coverage,
            // H = 12. north: 0.75 × 12 = 9 target, 8 rostered → owed 1. south: 3 + 1.5 = 4.5, 4 → 0.5.
            // available: n1 min(6, best 2 days of 4 + 4 + 4) = 6, n2 one day of 4 → north 10;
            // s1 one day of 4 (mon 17–22 gives a 4-hour shift at most; wed is closed) → south 4.
            "fairness.csv": [
                fairnessHeader,
                "north;0.750000;9.00;8.00;10.00;0.00;1.00",
                "south;0.250000;4.50;4.00;4.00;1.50;0.50",
            ],
            "balance.csv": [balanceHeader, "north;1.00;2026-W49", "south;0.50;2026-W49"],
            // floor = service = 4 (Thursday's four slots, nobody on), economy 0; fairness 1 / 1.5;
            // contracts: n2 works 4 of its 6 → 2. The largest debt is not proven (status feasible);
            // no `roster` object, as summaries of older versions.
            "summary.json": [
                #"{"week": "2026-W49", "status": "feasible", "interrupted": false, "priorities": ["floor", "service", "fairness", "contracts", "economy"], "#
                    + #""components": {"floor": 4, "service": 4, "fairness_max": 1, "fairness_sum": 1.5, "fairness_spread": 1.25, "contracts": 2, "economy": 0}, "stages": ["#
                    + #"{"stage": "floor", "status": "optimal", "objective": 4, "tolerance": 0, "limit": 4, "bound": 4}, {"stage": "service", "status": "optimal", "objective": 4, "tolerance": 0, "limit": 4, "bound": 4}, "#
                    + #"{"stage": "fairness_max", "status": "time_limit", "objective": 1, "tolerance": 0, "limit": 1, "bound": 0.5}, {"stage": "fairness_sum", "status": "optimal", "objective": 1.5, "tolerance": 0, "limit": 1.5, "bound": 1.5}, "#
                    + #"{"stage": "contracts", "status": "optimal", "objective": 2, "tolerance": 0, "limit": 2, "bound": 2}, {"stage": "economy", "status": "optimal", "objective": 0, "tolerance": 0, "limit": 0, "bound": 0}]}"#,
            ],
        ])
    }

    private static func clock(_ hour: Int) -> String { hour < 10 ? "0\(hour):00" : "\(hour):00" }
}

/// Runs the checker on `folder` and removes the temporary copy afterwards.
func withWritten<T>(_ folder: RosterFolder, lineEnding: String = "\n", _ body: (String) throws -> T) throws -> T {
    let path = try folder.write(lineEnding: lineEnding)
    defer { try? FileManager.default.removeItem(atPath: path) }
    return try body(path)
}

/// The plan PlanReader reads from these planning files (path → text), written to a temporary folder
/// as a user's folder would be.
func readPlan(_ files: [String: String]) throws -> Plan {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("rostercheck-plan-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    for (path, text) in files {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
    return try PlanReader.read(folder: root.path).plan
}
