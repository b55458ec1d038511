import Foundation
import HotlineDomain
import PlanReading
import RosterCheck
import Testing

/// The checker on a plan read from a planning folder, as the command line uses it.
@Suite("Plans read by PlanReader")
struct PlanFolderTests {
    /// Monday 08:00–12:00 in 1-hour slots; north and south with 1000 inhabitants each (shares 0.5);
    /// 0.1 calls per slot from each → pooled 0.2, r_t = 1 (the floor). Both agents are called a01.
    static let planningFiles: [String: String] = [
        "hotline.yaml": """
            week: 2026-W49
            timezone: Europe/Copenhagen
            slot_minutes: 60
            opening_hours:
              mon: "08:00-12:00"
            closed: []
            staffing:
              min_agents: 1
              handle_time_seconds: 420
              service_level: 0.80
              answer_within_seconds: 60
              shrinkage: 0.0
            shifts:
              min_hours: 2
              max_hours: 4
              min_rest_hours: 11
            fairness:
              basis: population
            priorities: [floor, service, fairness, contracts, economy]

            """,
        "municipalities.csv": "id;code;name;region;population\nnorth;851;Nord;Nordjylland;1000\nsouth;751;Syd;Midtjylland;1000\n",
        "demand.csv": "municipality;day;from;to;calls\n"
            + ["north", "south"].flatMap { id in
                ["08:00;09:00", "09:00;10:00", "10:00;11:00", "11:00;12:00"].map { "\(id);mon;\($0);0.1\n" }
            }.joined(),
        "availability/north.csv": "agent;name;max_hours;min_hours;max_days;mon;tue;wed;thu;fri;sat;sun\na01;Mette Nørgaard;4;0;5;08:00-12:00;;;;;;\n",
        "availability/south.csv": "agent;name;max_hours;min_hours;max_days;mon;tue;wed;thu;fri;sat;sun\na01;@Søren;4;3;5;08:00-12:00;;;;;;\n",
    ]

    static func readPlan() throws -> Plan { try RosterCheckTests.readPlan(planningFiles) }

    @Test("a roster of the read plan passes with hand-computed components")
    func readPlanRoster() throws {
        let plan = try Self.readPlan()
        let north = "2026-11-30;mon;08:00;12:00;4;north;a01;Mette Nørgaard"
        let south = "2026-11-30;mon;08:00;10:00;2;south;a01;'@Søren"
        let folder = RosterFolder(files: [
            "roster.csv": [Folders.rosterHeader, south, north],  // sorted: 08:00-10:00 before 08:00-12:00
            "municipalities/north.csv": [Folders.rosterHeader, north],
            "municipalities/south.csv": [Folders.rosterHeader, south],
            // s_t = [2, 2, 1, 1] against r_t = 1: economy 2, no floor or service shortfall.
            "coverage.csv": [
                Folders.coverageHeader,
                "2026-11-30;mon;08:00;09:00;0.20;1;2;0",
                "2026-11-30;mon;09:00;10:00;0.20;1;2;0",
                "2026-11-30;mon;10:00;11:00;0.20;1;1;0",
                "2026-11-30;mon;11:00;12:00;0.20;1;1;0",
            ],
            // H = 6, targets 3 each: north 3 − 4 = −1, south 3 − 2 = 1. Both could work 4 hours.
            "fairness.csv": [
                Folders.fairnessHeader,
                "north;0.500000;3.00;4.00;4.00;0.00;-1.00",
                "south;0.500000;3.00;2.00;4.00;0.00;1.00",
            ],
            "balance.csv": [Folders.balanceHeader, "north;-1.00;2026-W49", "south;1.00;2026-W49"],
            // contracts: south/a01 wants 3, works 2 → 1.
            "summary.json": [
                #"{"week": "2026-W49", "status": "optimal", "interrupted": false, "priorities": ["floor", "service", "fairness", "contracts", "economy"], "#
                    + #""components": {"floor": 0, "service": 0, "fairness_max": 1, "fairness_sum": 2, "fairness_spread": 2, "contracts": 1, "economy": 2}, "stages": ["#
                    + #"{"stage": "floor", "status": "optimal", "objective": 0, "tolerance": 0, "limit": 0, "bound": 0}, {"stage": "service", "status": "optimal", "objective": 0, "tolerance": 0, "limit": 0, "bound": 0}, "#
                    + #"{"stage": "fairness_max", "status": "optimal", "objective": 1, "tolerance": 0, "limit": 1, "bound": 1}, {"stage": "fairness_sum", "status": "optimal", "objective": 2, "tolerance": 0, "limit": 2, "bound": 2}, "#
                    + #"{"stage": "contracts", "status": "optimal", "objective": 1, "tolerance": 0, "limit": 1, "bound": 1}, {"stage": "economy", "status": "optimal", "objective": 2, "tolerance": 0, "limit": 2, "bound": 2}], "#
                    + #""roster": {"shifts": 2, "agent_hours": 6, "open_slots": 4, "unmet_floor_slots": []}}"#,
            ],
        ])
        let report = try withWritten(folder) { try RosterChecker.check(plan: plan, rosterFolder: $0) }
        #expect(report.findings == [], "\(report.render())")
        #expect(report.components == RecomputedComponents(
            floor: 0, service: 0, fairnessMax: 1, fairnessSum: 2, fairnessSpread: 2, contracts: 1, economy: 2, totalHours: 6))
    }
}
