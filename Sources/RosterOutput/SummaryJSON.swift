import HotlineDomain
import RosterModel

/// summary.json: status, components, each stage's result with bound and gap, model size, timings.
enum SummaryJSON {
    static func render(plan: Plan, solution: RosterSolution, facts: RunFacts, totalHours: Double, staffed: [Int]) -> String {
        let components = solution.components
        let floor = plan.settings.staffing.minAgents
        let unmetFloor = plan.slots.indices.filter { staffed[$0] < floor }.map { index -> JSONValue in
            let slot = plan.slots[index]
            return .string("\(slot.date) \(slot.day.code) \(slot.start)-\(slot.end)")
        }
        let stages = solution.stages.map { stage -> JSONValue in
            .object([
                ("stage", .string(stage.stage.rawValue)),
                ("status", .string(stage.termination.rawValue)),
                ("unit", .string(stage.stage.unit)),
                ("objective", .number(stage.objective, places: 6)),
                ("tolerance", .number(stage.tolerance, places: 6)),
                ("limit", .number(stage.limit, places: 6)),
                ("bound", .number(stage.bound, places: 6)),
                ("gap", .number(stage.absoluteGap, places: 6)),
                ("relative_gap", .number(stage.relativeGap, places: 6)),
                ("seconds", .number(stage.seconds, places: 3)),
                ("simplex_iterations", .integer(stage.simplexIterations)),
                ("nodes", .integer(stage.nodes)),
                ("detail", .string(stage.detail)),
            ])
        }
        let size = solution.modelSize
        let summary: JSONValue = .object([
            ("week", .string(plan.settings.week.description)),
            ("status", .string(solution.status.rawValue)),
            ("interrupted", .bool(solution.interrupted)),
            ("priorities", .array(plan.settings.priorities.map { .string($0.description) })),
            ("components", .object([
                ("floor", .number(components.floor, places: 6)),
                ("service", .number(components.service, places: 6)),
                ("fairness_max", .number(components.fairnessMax, places: 6)),
                ("fairness_sum", .number(components.fairnessSum, places: 6)),
                ("fairness_spread", .number(components.fairnessSpread, places: 6)),
                ("contracts", .number(components.contracts, places: 6)),
                ("economy", .number(components.economy, places: 6)),
            ])),
            ("stages", .array(stages)),
            ("roster", .object([
                ("shifts", .integer(solution.roster.shifts.count)),
                ("agent_hours", .number(totalHours, places: 2)),
                ("open_slots", .integer(plan.slots.count)),
                ("unmet_floor_slots", .array(unmetFloor)),
            ])),
            ("model", .object([
                ("candidate_shifts", .integer(size.candidateShifts)),
                ("variables", .integer(size.variables)),
                ("binaries", .integer(size.binaries)),
                ("constraints", .integer(size.constraints)),
                ("nonzeros", .integer(size.nonzeros)),
            ])),
            ("solve_seconds", .number(facts.solveSeconds, places: 3)),
            ("solver", .string("GLPK \(facts.glpkVersion)")),
            ("warnings", .array(facts.warnings.map { .string($0) })),
        ])
        return summary.rendered() + "\n"
    }
}
