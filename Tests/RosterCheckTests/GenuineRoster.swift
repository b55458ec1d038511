import Foundation
import HotlineDomain
import PlanReading

/// A roster folder exactly as `hotline-roster solve` wrote it (GLPK 5.0, this repository), so the
/// summary.json and roster.csv checks are tried on genuine output, not on hand-written files:
///
///     hotline-roster solve PLAN --out OUT --quiet     # PLAN = `Genuine.planningFiles`
///
/// Plan C: Monday 08:00–16:00 and Tuesday 08:00–12:00 in 1-hour slots (12 open slots), min_agents 2,
/// shifts 2–6 h; north (2000 inhabitants, n1 and n2) and south (1000, s1). Only three agents, none
/// after 14:00 on Monday but s1 and n1, none after 10:00 on Tuesday but n1: the floor is unmet in
/// four slots, so `unmet_floor_slots` is not empty. Every stage is proven optimal.
enum Genuine {
    static let planningFiles: [String: String] = [
        "hotline.yaml": """
            week: 2026-W49
            timezone: Europe/Copenhagen
            slot_minutes: 60
            opening_hours:
              mon: "08:00-16:00"
              tue: "08:00-12:00"
            closed: []
            staffing:
              min_agents: 2
              handle_time_seconds: 420
              service_level: 0.80
              answer_within_seconds: 60
              shrinkage: 0.0
            shifts:
              min_hours: 2
              max_hours: 6
              min_rest_hours: 11
            fairness:
              basis: population
            priorities: [floor, service, fairness, contracts, economy]

            """,
        "municipalities.csv": """
            id;code;name;region;population
            north;851;Nord;Nordjylland;2000
            south;751;Syd;Midtjylland;1000

            """,
        "demand.csv": """
            municipality;day;from;to;calls
            north;mon;08:00;12:00;8
            south;mon;08:00;16:00;4
            north;tue;08:00;12:00;2

            """,
        "availability/north.csv": """
            agent;name;max_hours;min_hours;max_days;mon;tue;wed;thu;fri;sat;sun
            n1;Mette Nørgaard;10;4;2;08:00-16:00;08:00-12:00;;;;;
            n2;Jens Holm;6;0;1;08:00-14:00;;;;;;

            """,
        "availability/south.csv": """
            agent;name;max_hours;min_hours;max_days;mon;tue;wed;thu;fri;sat;sun
            s1;@Søren;6;4;2;10:00-16:00;08:00-10:00;;;;;

            """,
    ]

    /// The plan, read by PlanReader from `planningFiles` as the command line reads it.
    static func plan() throws -> Plan { try readPlan(planningFiles) }

    /// summary.json as written (the timings are those of that run).
    static let summary = #"""
    {
      "week": "2026-W49",
      "status": "optimal",
      "interrupted": false,
      "priorities": [
        "floor",
        "service",
        "fairness",
        "contracts",
        "economy"
      ],
      "components": {
        "floor": 4.000000,
        "service": 4.000000,
        "fairness_max": 0.666667,
        "fairness_sum": 1.333333,
        "fairness_spread": 0.888889,
        "contracts": 0.000000,
        "economy": 0.000000
      },
      "stages": [
        {
          "stage": "floor",
          "status": "optimal",
          "unit": "agent-slots",
          "objective": 4.000000,
          "tolerance": 0.000000,
          "limit": 4.000000,
          "bound": 4.000000,
          "gap": 0.000000,
          "relative_gap": 0.000000,
          "seconds": 0.002,
          "simplex_iterations": 0,
          "nodes": 0,
          "detail": "proven optimal: the starting roster meets the LP bound"
        },
        {
          "stage": "service",
          "status": "optimal",
          "unit": "agent-slots",
          "objective": 4.000000,
          "tolerance": 0.000000,
          "limit": 4.000000,
          "bound": 4.000000,
          "gap": 0.000000,
          "relative_gap": 0.000000,
          "seconds": 0.000,
          "simplex_iterations": 0,
          "nodes": 0,
          "detail": "proven optimal: the starting roster meets the LP bound"
        },
        {
          "stage": "fairness_max",
          "status": "optimal",
          "unit": "hours",
          "objective": 0.666667,
          "tolerance": 0.000000,
          "limit": 0.666667,
          "bound": 0.666667,
          "gap": 0.000000,
          "relative_gap": 0.000000,
          "seconds": 0.001,
          "simplex_iterations": 0,
          "nodes": 0,
          "detail": "proven optimal: the current roster, adjusted to the municipality totals of the lower bound, meets it"
        },
        {
          "stage": "fairness_sum",
          "status": "optimal",
          "unit": "hours",
          "objective": 1.333333,
          "tolerance": 0.000000,
          "limit": 1.333333,
          "bound": 1.333333,
          "gap": 0.000000,
          "relative_gap": 0.000000,
          "seconds": 0.001,
          "simplex_iterations": 0,
          "nodes": 0,
          "detail": "proven optimal: the current roster, adjusted to the municipality totals of the lower bound, meets it"
        },
        {
          "stage": "contracts",
          "status": "optimal",
          "unit": "hours",
          "objective": 0.000000,
          "tolerance": 0.000000,
          "limit": 0.000000,
          "bound": 0.000000,
          "gap": 0.000000,
          "relative_gap": 0.000000,
          "seconds": 0.000,
          "simplex_iterations": 0,
          "nodes": 0,
          "detail": "proven optimal: the roster reaches 0, the least value possible"
        },
        {
          "stage": "economy",
          "status": "optimal",
          "unit": "agent-slots",
          "objective": 0.000000,
          "tolerance": 0.000000,
          "limit": 0.000000,
          "bound": 0.000000,
          "gap": 0.000000,
          "relative_gap": 0.000000,
          "seconds": 0.000,
          "simplex_iterations": 0,
          "nodes": 0,
          "detail": "proven optimal: the roster reaches 0, the least value possible"
        }
      ],
      "roster": {
        "shifts": 5,
        "agent_hours": 20.00,
        "open_slots": 12,
        "unmet_floor_slots": [
          "2026-11-30 mon 14:00-15:00",
          "2026-11-30 mon 15:00-16:00",
          "2026-12-01 tue 10:00-11:00",
          "2026-12-01 tue 11:00-12:00"
        ]
      },
      "model": {
        "candidate_shifts": 62,
        "variables": 108,
        "binaries": 62,
        "constraints": 52,
        "nonzeros": 869
      },
      "solve_seconds": 0.132,
      "solver": "GLPK 5.0",
      "warnings": []
    }
    """#

    /// The solved folder.
    static func folder() -> RosterFolder {
        RosterFolder(files: [
            "roster.csv": [
                "date;day;start;end;hours;municipality;agent;name",
                "2026-11-30;mon;08:00;12:00;4.00;north;n1;Mette Nørgaard",
                "2026-11-30;mon;08:00;14:00;6.00;north;n2;Jens Holm",
                "2026-11-30;mon;12:00;16:00;4.00;south;s1;'@Søren",
                "2026-12-01;tue;08:00;10:00;2.00;south;s1;'@Søren",
                "2026-12-01;tue;08:00;12:00;4.00;north;n1;Mette Nørgaard",
            ],
            "coverage.csv": [
                "date;day;start;end;calls;required;staffed;shortfall",
                "2026-11-30;mon;08:00;09:00;2.50;2;2;0",
                "2026-11-30;mon;09:00;10:00;2.50;2;2;0",
                "2026-11-30;mon;10:00;11:00;2.50;2;2;0",
                "2026-11-30;mon;11:00;12:00;2.50;2;2;0",
                "2026-11-30;mon;12:00;13:00;0.50;2;2;0",
                "2026-11-30;mon;13:00;14:00;0.50;2;2;0",
                "2026-11-30;mon;14:00;15:00;0.50;2;1;1",
                "2026-11-30;mon;15:00;16:00;0.50;2;1;1",
                "2026-12-01;tue;08:00;09:00;0.50;2;2;0",
                "2026-12-01;tue;09:00;10:00;0.50;2;2;0",
                "2026-12-01;tue;10:00;11:00;0.50;2;1;1",
                "2026-12-01;tue;11:00;12:00;0.50;2;1;1",
            ],
            "fairness.csv": [
                "municipality;share;target_hours;rostered_hours;available_hours;owed_before;owed_after",
                "north;0.666667;13.3333;14.00;16.00;0.0000;-0.6667",
                "south;0.333333;6.6667;6.00;6.00;0.0000;0.6667",
            ],
            "balance.csv": [
                "municipality;owed_hours;after_week",
                "north;-0.6667;2026-W49",
                "south;0.6667;2026-W49",
            ],
            "municipalities/north.csv": [
                "date;day;start;end;hours;municipality;agent;name",
                "2026-11-30;mon;08:00;12:00;4.00;north;n1;Mette Nørgaard",
                "2026-11-30;mon;08:00;14:00;6.00;north;n2;Jens Holm",
                "2026-12-01;tue;08:00;12:00;4.00;north;n1;Mette Nørgaard",
            ],
            "municipalities/south.csv": [
                "date;day;start;end;hours;municipality;agent;name",
                "2026-11-30;mon;12:00;16:00;4.00;south;s1;'@Søren",
                "2026-12-01;tue;08:00;10:00;2.00;south;s1;'@Søren",
            ],
            "summary.json": summary.components(separatedBy: "\n"),
        ])
    }
}
