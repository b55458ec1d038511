import Foundation
import RosterCheck
import Testing

/// One change to the genuine summary.json and every finding it must produce (all in summary.json,
/// none on a line: JSON fields are named by their path).
struct SummaryCase: Sendable, CustomTestStringConvertible {
    let testDescription: String
    let edits: [SummaryEdit]
    let messages: [String]

    init(_ name: String, _ edits: [SummaryEdit], _ messages: String...) {
        testDescription = name
        self.edits = edits
        self.messages = messages
    }
}

private let priorities = #"["floor", "service", "fairness", "contracts", "economy"]"#
private let stageOrder = #"["floor", "service", "fairness_max", "fairness_sum", "contracts", "economy"]"#
private let statuses = #""optimal", "time_limit", "search_ended", "interrupted", "gap_reached", "node_limit", "infeasible", "unbounded", "failed""#
private let unproven = #"expected status "feasible" unless every stage has status "optimal" and its bound at its objective"#

// Genuine summary.json: stages 0 floor 4, 1 service 4, 2 fairness_max 0.666667, 3 fairness_sum
// 1.333333, 4 contracts 0, 5 economy 0, all optimal; roster 5 shifts, 20 hours, 12 open slots,
// unmet floor mon 14–16 and tue 10–12 (one agent each, min_agents 2).
let weekAndPriorityCases: [SummaryCase] = [
    SummaryCase("another week", [.set("week", #""2026-W48""#)],
                #"week is "2026-W48", expected "2026-W49" (the plan's settings.week)"#),
    SummaryCase("no week", [.remove("week")],
                #"has no "week", expected "2026-W49" (the plan's settings.week)"#),
    SummaryCase("week not a string", [.set("week", "49")],
                #"week is not a string, expected "2026-W49" (the plan's settings.week)"#),
    SummaryCase("priorities in another order", [.set("priorities", #"["floor", "fairness", "service", "contracts", "economy"]"#)],
                #"priorities is ["floor", "fairness", "service", "contracts", "economy"], expected \#(priorities) (the plan's priorities)"#),
    SummaryCase("no priorities", [.remove("priorities")],
                #"has no "priorities", expected \#(priorities) (the plan's priorities)"#),
    SummaryCase("priorities not a list", [.set("priorities", #""floor, service""#)],
                #"priorities is not a list, expected \#(priorities) (the plan's priorities)"#),
    SummaryCase("a priority that is not a name", [.set("priorities[4]", "5")],
                #"priorities is not a list of names, expected \#(priorities) (the plan's priorities)"#),
    SummaryCase("no interrupted", [.remove("interrupted")],
                #"has no "interrupted", expected true or false (whether a stop cut the solve short)"#),
    SummaryCase("interrupted not a boolean", [.set("interrupted", #""no""#)],
                #"interrupted is not a boolean, expected true or false (whether a stop cut the solve short)"#),
    SummaryCase("interrupted yet optimal", [.set("interrupted", "true")],
                #"interrupted is true, but status is "optimal", expected status "feasible" when a stop cut the solve short"#,
                #"interrupted is true, but no stage has status "interrupted", expected the stage a stop cut short to say so"#),
    SummaryCase("a stage interrupted, the solve not", [.set("status", #""feasible""#), .set("stages[5].status", #""interrupted""#)],
                #"interrupted is false, but stages[5] (economy) has status "interrupted", expected interrupted true when a stop cut a stage short"#),
]

let rosterCases: [SummaryCase] = [
    SummaryCase("a shift more than roster.csv", [.set("roster.shifts", "6")],
                "roster.shifts is 6, expected 5 (the rows of roster.csv)"),
    SummaryCase("no shift count", [.remove("roster.shifts")],
                #"roster has no "shifts", expected 5 (the rows of roster.csv)"#),
    SummaryCase("agent-hours off by half an hour", [.set("roster.agent_hours", "20.5")],
                "roster.agent_hours is 20.5, expected 20 (the hours of the shifts in roster.csv, within 0.01)"),
    SummaryCase("agent-hours not a number", [.set("roster.agent_hours", #""20""#)],
                "roster.agent_hours is not a number, expected 20 (the hours of the shifts in roster.csv, within 0.01)"),
    SummaryCase("a slot fewer", [.set("roster.open_slots", "11")],
                "roster.open_slots is 11, expected 12 (the plan's open slots)"),
    SummaryCase("open slots not whole", [.set("roster.open_slots", "12.5")],
                "roster.open_slots is not a whole number, expected 12 (the plan's open slots)"),
    SummaryCase("an unmet floor slot left out", [.remove("roster.unmet_floor_slots[3]")],
                #"roster.unmet_floor_slots lacks "2026-12-01 tue 11:00-12:00" (1 staffed, staffing.min_agents 2), expected every open slot staffed below staffing.min_agents"#),
    SummaryCase("a slot at the floor listed as unmet", [.set("roster.unmet_floor_slots[4]", #""2026-11-30 mon 08:00-09:00""#)],
                #"roster.unmet_floor_slots lists "2026-11-30 mon 08:00-09:00", which has 2 staffed (staffing.min_agents 2), expected only the open slots staffed below staffing.min_agents"#),
    SummaryCase("a closed hour listed as unmet", [.set("roster.unmet_floor_slots[4]", #""2026-11-30 mon 16:00-17:00""#)],
                #"roster.unmet_floor_slots lists "2026-11-30 mon 16:00-17:00", which is not an open slot of the plan, expected open slots written like "2026-11-30 mon 08:00-09:00""#),
    SummaryCase("an unmet slot listed twice", [.set("roster.unmet_floor_slots[4]", #""2026-11-30 mon 14:00-15:00""#)],
                #"roster.unmet_floor_slots lists "2026-11-30 mon 14:00-15:00" more than once, expected each slot once"#),
    SummaryCase("an unmet slot that is not a string", [.set("roster.unmet_floor_slots[0]", "14")],
                #"roster.unmet_floor_slots lacks "2026-11-30 mon 14:00-15:00" (1 staffed, staffing.min_agents 2), expected every open slot staffed below staffing.min_agents"#,
                #"roster.unmet_floor_slots[0] is not a string, expected a slot such as "2026-11-30 mon 08:00-09:00""#),
    SummaryCase("no unmet floor slots", [.remove("roster.unmet_floor_slots")],
                #"roster has no "unmet_floor_slots", expected ["2026-11-30 mon 14:00-15:00", "2026-11-30 mon 15:00-16:00", "2026-12-01 tue 10:00-11:00", "2026-12-01 tue 11:00-12:00"] (the open slots staffed below staffing.min_agents 2)"#),
    SummaryCase("unmet floor slots not a list", [.set("roster.unmet_floor_slots", #""none""#)],
                #"roster.unmet_floor_slots is not a list, expected ["2026-11-30 mon 14:00-15:00", "2026-11-30 mon 15:00-16:00", "2026-12-01 tue 10:00-11:00", "2026-12-01 tue 11:00-12:00"] (the open slots staffed below staffing.min_agents 2)"#),
    SummaryCase("roster not an object", [.set("roster", "5")],
                "roster is not an object, expected an object with shifts, agent_hours, open_slots and unmet_floor_slots"),
]

let stageCases: [SummaryCase] = [
    SummaryCase("no stages", [.remove("stages")],
                #"has no "stages", expected one entry per stage: \#(stageOrder)"#),
    SummaryCase("stages not a list", [.set("stages", "{}")],
                #"stages is not a list, expected one entry per stage: \#(stageOrder)"#),
    SummaryCase("a stage left out", [.remove("stages[3]")],
                #"stages lists ["floor", "service", "fairness_max", "contracts", "economy"], expected \#(stageOrder) (the plan's priorities, fairness as fairness_max then fairness_sum)"#),
    SummaryCase("fairness as one stage", [.set("stages[2].stage", #""fairness""#), .remove("stages[3]")],
                #"stages lists ["floor", "service", "fairness", "contracts", "economy"], expected \#(stageOrder) (the plan's priorities, fairness as fairness_max then fairness_sum)"#),
    SummaryCase("contracts before the sum of debts", [.set("stages[3].stage", #""contracts""#), .set("stages[4].stage", #""fairness_sum""#)],
                #"stages lists ["floor", "service", "fairness_max", "contracts", "fairness_sum", "economy"], expected \#(stageOrder) (the plan's priorities, fairness as fairness_max then fairness_sum)"#,
                "stages[4] (fairness_sum) has limit 0 (objective 0 plus tolerance 0), but the roster's fairness_sum is 1.333333 (recomputed from the plan and roster.csv), expected at most 0 (later stages keep each earlier stage within its limit)"),
    SummaryCase("optimal with a stage out of time", [.set("stages[3].status", #""time_limit""#), .set("stages[3].bound", "1"),
                                                   .set("stages[3].gap", "0.333333"), .set("stages[3].relative_gap", "0.25")],
                #"status is "optimal", but stages[3] (fairness_sum) is not proven (status "time_limit", objective 1.333333, bound 1), \#(unproven)"#),
    SummaryCase("optimal with a stage whose bound falls short", [.set("stages[2].bound", "0.5"), .set("stages[2].gap", "0.166667"), .set("stages[2].relative_gap", "0.25")],
                #"status is "optimal", but stages[2] (fairness_max) is not proven (status "optimal", objective 0.666667, bound 0.5), \#(unproven)"#),
    SummaryCase("feasible although every stage is proven", [.set("status", #""feasible""#)],
                #"status is "feasible", but every stage has status "optimal" and its bound at its objective, and interrupted is false, expected status "optimal""#),
    SummaryCase("a bound above its objective", [.set("stages[0].bound", "5")],
                "stages[0] (floor) has bound 5 above its objective 4, expected a bound at most the objective (a lower bound on the stage's minimum)"),
    SummaryCase("the final roster worse than its stage's limit",
                [.set("stages[2].objective", "0.5"), .set("stages[2].bound", "0.5"), .set("stages[2].limit", "0.5")],
                "stages[2] (fairness_max) has limit 0.5 (objective 0.5 plus tolerance 0), but the roster's fairness_max is 0.666667 (recomputed from the plan and roster.csv), expected at most 0.5 (later stages keep each earlier stage within its limit)"),
    SummaryCase("a limit that is not the objective plus the tolerance", [.set("stages[5].limit", "3")],
                "stages[5] (economy).limit is 3, expected 0 (objective plus tolerance)"),
    SummaryCase("a tolerance the plan does not give", [.set("stages[2].tolerance", "0.1"), .set("stages[2].limit", "0.766667")],
                "stages[2] (fairness_max).tolerance is 0.1, expected 0 (the plan's priorities, N% of the week's requirement)"),
    SummaryCase("a limit that is not a number", [.set("stages[1].limit", #""4""#)],
                "stages[1] (service).limit is not a number, expected the objective plus the tolerance"),
    SummaryCase("an unknown stage status", [.set("stages[1].status", #""done""#)],
                #"stages[1] (service).status is "done", expected one of \#(statuses)"#,
                #"status is "optimal", but stages[1] (service) is not proven (status "done", objective 4, bound 4), \#(unproven)"#),
    SummaryCase("a stage status that is not a string", [.set("stages[1].status", "true")],
                #"stages[1] (service).status is not a string, expected one of \#(statuses)"#),
    SummaryCase("a stage objective that is not a number", [.set("stages[0].objective", #""4""#)],
                "stages[0] (floor).objective is not a number, expected the stage objective of the roster kept after it"),
    SummaryCase("a stage without a bound", [.remove("stages[2].bound")],
                #"stages[2] (fairness_max) has no "bound", expected the proven lower bound on the stage's optimum"#),
    SummaryCase("a stage without an objective", [.remove("stages[4].objective")],
                #"stages[4] (contracts) has no "objective", expected the stage objective of the roster kept after it"#),
    SummaryCase("a stage without a name", [.remove("stages[5].stage")],
                #"stages[5] has no "stage", expected the stage's name"#),
    SummaryCase("a gap that is not objective minus bound", [.set("stages[4].gap", "0.5")],
                "stages[4] (contracts).gap is 0.5, expected 0 (objective minus bound)"),
    SummaryCase("a relative gap that is not gap over objective", [
        .set("status", #""feasible""#), .set("stages[3].status", #""time_limit""#), .set("stages[3].bound", "1"),
        .set("stages[3].gap", "0.333333"), .set("stages[3].relative_gap", "0.333333"),
    ], "stages[3] (fairness_sum).relative_gap is 0.333333, expected 0.25 (gap divided by objective)"),
    SummaryCase("a stage in the wrong unit", [.set("stages[3].unit", #""agent-slots""#)],
                #"stages[3] (fairness_sum).unit is "agent-slots", expected "hours""#),
    SummaryCase("a stage that is not an object", [.set("stages[5]", "7")],
                #"stages[5] is not an object, expected {"stage": …, "status": …, "objective": …, "bound": …}"#),
]

/// Changes to the genuine summary.json that genuine output can have: no finding.
let acceptedSummaryEdits: [SummaryCase] = [
    SummaryCase("as solved", []),
    SummaryCase("no roster object, as older versions wrote", [.remove("roster")]),
    SummaryCase("feasible: the sum of debts out of time", [
        .set("status", #""feasible""#), .set("stages[3].status", #""time_limit""#), .set("stages[3].bound", "0.9"),
        .set("stages[3].gap", "0.433333"), .set("stages[3].relative_gap", "0.325"),
    ]),
    SummaryCase("feasible: the largest debt within the requested gap", [
        .set("status", #""feasible""#), .set("stages[2].status", #""gap_reached""#), .set("stages[2].bound", "0.6"),
        .set("stages[2].gap", "0.066667"), .set("stages[2].relative_gap", "0.1"),
    ]),
    SummaryCase("feasible: a stage whose bound is not finite (written as null)", [
        .set("status", #""feasible""#), .set("stages[3].status", #""time_limit""#), .set("stages[3].bound", "null"),
    ]),
    SummaryCase("stopped by Ctrl-C: the sum of debts stopped, later stages not started", [
        .set("status", #""feasible""#), .set("interrupted", "true"),
        .set("stages[3].status", #""interrupted""#), .set("stages[3].bound", "0.5"),
        .set("stages[3].gap", "0.833333"), .set("stages[3].relative_gap", "0.625"),
        .set("stages[4].status", #""interrupted""#), .set("stages[5].status", #""interrupted""#),
    ]),
    SummaryCase("an earlier stage claimed more than the final roster reaches", [
        .set("status", #""feasible""#), .set("stages[2].objective", "0.9"), .set("stages[2].limit", "0.9"), .set("stages[2].status", #""time_limit""#),
        .set("stages[2].gap", "0.233333"), .set("stages[2].relative_gap", "0.259259"),
    ]),
]

@Suite("summary.json claims against the plan, the roster and each other")
struct SummaryClaimTests {
    @Test("a change to the genuine summary.json is reported exactly",
          arguments: weekAndPriorityCases + rosterCases + stageCases)
    func reported(_ change: SummaryCase) throws {
        let findings = try Self.findings(after: change.edits)
        let expected = change.messages.map { CheckFinding(file: "summary.json", line: nil, message: $0) }
        #expect(findings == expected.sorted { $0.message < $1.message }, "\(findings.map(\.description))")
    }

    @Test("genuine output passes, also in the forms other runs write", arguments: acceptedSummaryEdits)
    func accepted(_ change: SummaryCase) throws {
        #expect(try Self.findings(after: change.edits) == [])
    }

    @Test("the genuine folder as written, byte for byte, passes with the solver's components")
    func genuinePasses() throws {
        let report = try withWritten(Genuine.folder()) { try RosterChecker.check(plan: try Genuine.plan(), rosterFolder: $0) }
        #expect(report.passed, "\(report.render())")
        #expect(report.shiftCount == 5)
        #expect(report.components.totalHours == 20)
        #expect(report.components.floor == 4)
    }

    /// The findings of the genuine folder with `edits` applied to its summary.json.
    private static func findings(after edits: [SummaryEdit]) throws -> [CheckFinding] {
        var folder = Genuine.folder()
        try folder.editSummary(edits)
        return try withWritten(folder) { try RosterChecker.check(plan: try Genuine.plan(), rosterFolder: $0) }.findings
    }
}
