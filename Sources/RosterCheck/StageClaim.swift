import HotlineDomain

/// One entry of summary.json's `stages`, as far as it could be read.
struct StageClaim {
    /// 0-based position in `stages`.
    let index: Int
    let stage: String?
    let status: String?
    let objective: Double?
    /// Nil when missing, or `null`: nothing was proven (the writer writes a non-finite bound so).
    let bound: Double?
    /// Nil when missing (they are checked only where given).
    let unit: String?
    let gap: Double?
    let relativeGap: Double?
    /// What later stages may give up of the objective, in the stage's unit.
    let tolerance: Double?
    /// objective + tolerance: what every later stage kept the component at or below.
    let limit: Double?

    /// `stages[3] (fairness_sum)`.
    var label: String { "stages[\(index)]" + (stage.map { " (\($0))" } ?? "") }

    /// Status `optimal` with the bound at the objective: the stage's value is proven.
    var isProven: Bool {
        guard status == "optimal", let objective, let bound else { return false }
        return !Tolerance.exceeds(objective, bound)
    }

    /// What could be read shows the stage not proven: a status other than `optimal`, or a bound
    /// below the objective.
    var isShownUnproven: Bool {
        guard let status else { return false }
        if status != "optimal" { return true }
        guard let objective, let bound else { return false }
        return Tolerance.exceeds(objective, bound)
    }

    /// How the stage ended, for messages: `status "time_limit", objective 6.25, bound 5.9`.
    var outcome: String {
        ["status " + (status.map(JSONValue.quoted) ?? "unknown"),
         "objective " + (objective.map { NumberText.format($0, decimals: 6) } ?? "unknown"),
         "bound " + (bound.map { NumberText.format($0, decimals: 6) } ?? "none")].joined(separator: ", ")
    }

    /// Reads entry `index`, logging every field that is missing or of the wrong kind.
    static func read(_ value: JSONValue, index: Int, log: inout FindingLog) -> StageClaim? {
        guard case .object(let fields) = value else {
            log.add(FolderLayout.summary, nil,
                    "stages[\(index)] is not an object, expected {\"stage\": …, \"status\": …, \"objective\": …, \"bound\": …}")
            return nil
        }
        var entry = SummaryObject(fields: fields, name: "stages[\(index)]")
        let stage = entry.string("stage", expected: "the stage's name", log: &log)
        if let stage { entry = SummaryObject(fields: fields, name: "stages[\(index)] (\(stage))") }
        let known = "one of " + statuses.map(JSONValue.quoted).joined(separator: ", ")
        let status = entry.string("status", expected: known, log: &log)
        if let status, !statuses.contains(status) {
            log.add(FolderLayout.summary, nil, "\(entry.path("status")) is \(JSONValue.quoted(status)), expected \(known)")
        }
        let objective = entry.number("objective", expected: "the stage objective of the roster kept after it", log: &log)
        var bound: Double?
        if fields["bound"] != .null {
            bound = entry.number("bound", expected: "the proven lower bound on the stage's optimum", log: &log)
        }
        let unit = fields["unit"] == nil ? nil : entry.string("unit", expected: "\"hours\" or \"agent-slots\"", log: &log)
        let gap = fields["gap"] == nil || fields["gap"] == .null
            ? nil : entry.number("gap", expected: "the objective minus the bound", log: &log)
        let relativeGap = fields["relative_gap"] == nil || fields["relative_gap"] == .null
            ? nil : entry.number("relative_gap", expected: "the gap divided by the objective", log: &log)
        let tolerance = entry.number("tolerance", expected: "what later stages may give up of the objective (0 when none)", log: &log)
        let limit = entry.number("limit", expected: "the objective plus the tolerance", log: &log)
        return StageClaim(index: index, stage: stage, status: status, objective: objective, bound: bound,
                          unit: unit, gap: gap, relativeGap: relativeGap, tolerance: tolerance, limit: limit)
    }

    /// The unit each stage's numbers are in: slots of coverage, or hours.
    static func unit(of stage: String) -> String? {
        switch stage {
        case "floor", "service", "economy": "agent-slots"
        case "fairness_max", "fairness_sum", "contracts": "hours"
        case "fairness_spread": "hours²"
        default: nil
        }
    }

    /// How a stage can end (LinearModel's terminations, as summary.json spells them).
    static let statuses = [
        "optimal", "time_limit", "search_ended", "interrupted", "gap_reached", "node_limit", "infeasible", "unbounded", "failed",
    ]

    /// The stages the plan's priorities ask for, in order (fairness is the largest debt, then the
    /// sum), each with its tolerance in the stage's unit: `N%` is N % of the week's requirement.
    static func expectedOrder(_ priorities: [Priority], requirement: Int) -> [(stage: String, tolerance: Double)] {
        priorities.flatMap { priority -> [(stage: String, tolerance: Double)] in
            let tolerance = priority.tolerance?.value(requirement: requirement) ?? 0
            return priority.objective.stageNames.map { ($0, tolerance) }
        }
    }
}
