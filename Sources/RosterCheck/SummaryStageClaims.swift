import HotlineDomain

/// summary.json's `stages` against the plan, the roster and the overall status: one stage per
/// priority in order, bounds that bound, status `optimal` only when every stage is proven, and no
/// component of the final roster above what its stage claimed (later stages keep each earlier one
/// at most its value).
enum SummaryStageClaims {
    static func check(
        _ summary: SummaryObject, status: String?, interrupted: Bool?, plan: Plan, components: RecomputedComponents,
        requirement: Int, log: inout FindingLog
    ) {
        let planned = StageClaim.expectedOrder(plan.settings.priorities, requirement: requirement)
        let order = planned.map(\.stage)
        guard let entries = summary.array("stages", expected: "one entry per stage: \(JSONValue.quoted(order))", log: &log)
        else { return }
        var stages: [StageClaim] = []
        for (index, entry) in entries.enumerated() {
            if let stage = StageClaim.read(entry, index: index, log: &log) { stages.append(stage) }
        }
        // Only a list read whole can be compared as a whole.
        let complete = stages.count == entries.count
        if complete { checkOrder(stages, order: order, log: &log) }
        for stage in stages {
            let expectedTolerance = stage.index < planned.count && planned[stage.index].stage == stage.stage
                ? planned[stage.index].tolerance : nil
            checkFigures(stage, components: components, log: &log)
            checkLimit(stage, tolerance: expectedTolerance, components: components, log: &log)
            checkGapAndUnit(stage, log: &log)
        }
        if let interrupted {
            let stopped = stages.filter { $0.status == "interrupted" }
            if interrupted, complete, stopped.isEmpty {
                log.add(FolderLayout.summary, nil,
                        "interrupted is true, but no stage has status \"interrupted\", expected the stage a stop cut short to say so")
            } else if !interrupted, let first = stopped.first {
                log.add(FolderLayout.summary, nil,
                        "interrupted is false, but \(first.label) has status \"interrupted\", expected interrupted true when a stop cut a stage short")
            }
        }
        checkStatus(status, stages, complete: complete && !stages.isEmpty, interrupted: interrupted, log: &log)
    }

    /// The stages the priorities ask for, fairness as two, in that order.
    private static func checkOrder(_ stages: [StageClaim], order: [String], log: inout FindingLog) {
        let names = stages.compactMap(\.stage)
        guard names.count == stages.count, names != order else { return }
        log.add(FolderLayout.summary, nil,
                "stages lists \(JSONValue.quoted(names)), expected \(JSONValue.quoted(order)) (the plan's priorities, fairness as fairness_max then fairness_sum)")
    }

    /// A bound at most its objective.
    private static func checkFigures(_ stage: StageClaim, components: RecomputedComponents, log: inout FindingLog) {
        guard let objective = stage.objective else { return }
        let claimed = NumberText.format(objective, decimals: 6)
        if let bound = stage.bound, Tolerance.exceeds(bound, objective) {
            log.add(FolderLayout.summary, nil,
                    "\(stage.label) has bound \(NumberText.format(bound, decimals: 6)) above its objective \(claimed), expected a bound at most the objective (a lower bound on the stage's minimum)")
        }
    }

    /// The tolerance the plan gives the stage, a limit that is objective + tolerance, and the final
    /// roster's component within that limit (later stages keep each earlier stage within its limit).
    private static func checkLimit(_ stage: StageClaim, tolerance expected: Double?, components: RecomputedComponents, log: inout FindingLog) {
        if let expected, let tolerance = stage.tolerance, Tolerance.exceeds(tolerance, expected) || Tolerance.exceeds(expected, tolerance) {
            log.add(FolderLayout.summary, nil,
                    "\(stage.label).tolerance is \(NumberText.format(tolerance, decimals: 6)), expected \(NumberText.format(expected, decimals: 6)) (the plan's priorities, N% of the week's requirement)")
        }
        guard let objective = stage.objective else { return }
        let tolerance = stage.tolerance ?? expected ?? 0
        let limit = objective + tolerance
        if let claimed = stage.limit, Tolerance.exceeds(claimed, limit) || Tolerance.exceeds(limit, claimed) {
            log.add(FolderLayout.summary, nil,
                    "\(stage.label).limit is \(NumberText.format(claimed, decimals: 6)), expected \(NumberText.format(limit, decimals: 6)) (objective plus tolerance)")
        }
        let shown = NumberText.format(limit, decimals: 6)
        if let name = stage.stage, let actual = components.named.first(where: { $0.key == name })?.value,
           Tolerance.exceeds(actual, limit) {
            log.add(FolderLayout.summary, nil,
                    "\(stage.label) has limit \(shown) (objective \(NumberText.format(objective, decimals: 6)) plus tolerance \(NumberText.format(tolerance, decimals: 6))), but the roster's \(name) is \(NumberText.format(actual, decimals: 6)) (recomputed from the plan and roster.csv), expected at most \(shown) (later stages keep each earlier stage within its limit)")
        }
    }

    /// The unit the stage is measured in, and gaps that are what the objective and bound make them.
    private static func checkGapAndUnit(_ stage: StageClaim, log: inout FindingLog) {
        if let name = stage.stage, let unit = stage.unit, let expected = StageClaim.unit(of: name), unit != expected {
            log.add(FolderLayout.summary, nil, "\(stage.label).unit is \(JSONValue.quoted(unit)), expected \(JSONValue.quoted(expected))")
        }
        guard let objective = stage.objective, let bound = stage.bound else { return }
        let gap = max(0, objective - bound)
        if let claimed = stage.gap, Tolerance.exceeds(claimed, gap) || Tolerance.exceeds(gap, claimed) {
            log.add(FolderLayout.summary, nil,
                    "\(stage.label).gap is \(NumberText.format(claimed, decimals: 6)), expected \(NumberText.format(gap, decimals: 6)) (objective minus bound)")
        }
        // Objective and bound are written to 6 decimals: below 0.01 their rounding alone moves the
        // ratio by more than the tolerance.
        guard objective >= 0.01, let claimed = stage.relativeGap else { return }
        let relative = gap / objective
        if abs(claimed - relative) > max(1e-4, 1e-3 * relative) {
            log.add(FolderLayout.summary, nil,
                    "\(stage.label).relative_gap is \(NumberText.format(claimed, decimals: 6)), expected \(NumberText.format(relative, decimals: 6)) (gap divided by objective)")
        }
    }

    /// `optimal` exactly when every stage is proven; `feasible` when one is not, or a stop cut
    /// the solve short.
    private static func checkStatus(
        _ status: String?, _ stages: [StageClaim], complete: Bool, interrupted: Bool?, log: inout FindingLog
    ) {
        switch status {
        case "optimal":
            for stage in stages where stage.isShownUnproven {
                log.add(FolderLayout.summary, nil,
                        "status is \"optimal\", but \(stage.label) is not proven (\(stage.outcome)), expected status \"feasible\" unless every stage has status \"optimal\" and its bound at its objective")
            }
        case "feasible":
            if complete, stages.allSatisfy(\.isProven), interrupted == false {
                log.add(FolderLayout.summary, nil,
                        "status is \"feasible\", but every stage has status \"optimal\" and its bound at its objective, and interrupted is false, expected status \"optimal\"")
            }
        default:
            break
        }
    }
}
