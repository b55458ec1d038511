import HotlineDomain
import RosterModel
import RosterOutput
import Staffing

/// The short summary a planner reads after a solve: status, stages with their gaps, unmet floor
/// slots, and the largest fairness deviations.
public enum WeekSummaryText {
    public static func render(_ week: PlannedWeek, out: String) -> String {
        let solution = week.solution
        let plan = week.plan
        var text = "Roster for \(plan.settings.week): \(solution.status.rawValue)"
        text += solution.interrupted ? " (interrupted)\n" : "\n"
        let hours = solution.roster.shifts.reduce(0) { $0 + $1.hours }
        text += "  \(solution.roster.shifts.count) shifts, \(decimal(hours, 1)) agent-hours, \(plan.slots.count) open slots, solved in \(decimal(week.solveSeconds, 2)) s\n"
        text += staffingLine(week)
        text += "\nStages (\(plan.settings.priorities.map(\.description).joined(separator: " > "))):\n"
        for stage in solution.stages {
            let places = stage.stage.isIntegral ? 0 : 3
            var line = "  " + padded(stage.stage.rawValue, 16) + padded(decimal(stage.objective, places), 10, right: true)
            line += " " + padded(stage.stage.unit, 12) + padded(stage.termination.rawValue, 13)
            if !stage.isProven {
                line += " bound \(decimal(stage.bound, places)), gap \(decimal(stage.absoluteGap, places)) (\(decimal(stage.relativeGap * 100, 1)) %)"
            }
            if stage.tolerance > 0 {
                line += "  limit \(decimal(stage.limit, places == 0 ? 1 : 3)) (tolerance \(decimal(stage.tolerance, places == 0 ? 1 : 3)))"
            }
            line += "  \(decimal(stage.seconds, 2)) s"
            text += line + "\n"
        }
        let staffed = solution.roster.shifts
        let unmet = plan.slots.indices.filter { index in
            let slot = plan.slots[index]
            let count = staffed.filter { $0.day == slot.day && $0.window.start <= slot.start && slot.end <= $0.window.end }.count
            return count < plan.settings.staffing.minAgents
        }
        if !unmet.isEmpty {
            text += "\n  Floor not met in \(unmet.count) slot\(unmet.count == 1 ? "" : "s"): "
            text += unmet.prefix(8).map { "\(plan.slots[$0].day.code) \(plan.slots[$0].start)" }.joined(separator: ", ")
            text += unmet.count > 8 ? ", … (see coverage.csv)\n" : "\n"
        }
        text += "\nFairness, largest deviations (hours; positive = contributed less than its share):\n"
        text += fairnessTable(week)
        text += "\nRoster folder: \(out)\n"
        return text
    }

    /// How far the roster staffs beyond the requirement: with fairness before economy, a municipality
    /// too small for any shift can lift the whole week well beyond it (the bundled plan: 40 %).
    private static func staffingLine(_ week: PlannedWeek) -> String {
        let required = week.staffing.totalRequired
        let beyond = week.solution.components.economy
        let share = required > 0 ? " (\(decimal(100 * beyond / Double(required), 0)) %)" : ""
        return "  the requirement is \(required) agent-slots (\(decimal(Double(required) * week.plan.settings.slotHours, 1)) agent-hours); "
            + "\(decimal(beyond, 0)) agent-slots\(share) staffed beyond it\n"
    }

    private static func fairnessTable(_ week: PlannedWeek) -> String {
        let plan = week.plan
        let shares = plan.shares
        var hours: [String: Double] = [:]
        for shift in week.solution.roster.shifts {
            hours[shift.agent.municipality, default: 0] += shift.hours
        }
        let total = hours.values.reduce(0, +)
        let rows = plan.municipalities.map { municipality -> (String, Double, Double, Double) in
            let target = (shares[municipality.id] ?? 0) * total + (plan.owedHours[municipality.id] ?? 0)
            let rostered = hours[municipality.id] ?? 0
            return (municipality.name, target, rostered, target - rostered)
        }.sorted { (abs($0.3), $1.0) > (abs($1.3), $0.0) }
        var text = "  " + padded("municipality", 20) + padded("target", 10, right: true) + padded("rostered", 10, right: true)
            + padded("owed after", 12, right: true) + "\n"
        for row in rows.prefix(8) {
            text += "  " + padded(row.0, 20) + padded(decimal(row.1, 2), 10, right: true)
                + padded(decimal(row.2, 2), 10, right: true) + padded(decimal(row.3, 2), 12, right: true) + "\n"
        }
        return text
    }
}
