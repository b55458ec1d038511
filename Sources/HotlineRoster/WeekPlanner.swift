import Foundation
import GLPKSolver
import HotlineDomain
import LinearModel
import RosterModel
import RosterOutput
import Staffing

/// The whole pipeline after reading: staffing → model → solve → roster, and writing the folder.
public struct PlannedWeek: Sendable {
    public let plan: Plan
    public let staffing: StaffingPlan
    public let solution: RosterSolution
    public let solveSeconds: Double
}

public enum WeekPlanner {
    /// Solves a validated plan with GLPK, stage by stage in the plan's priority order.
    public static func plan(
        _ plan: Plan, policy: SolvePolicy, progress: LexicographicSolver.ProgressHandler? = nil
    ) throws(ModelDefect) -> PlannedWeek {
        let clock = ContinuousClock()
        let began = clock.now
        let staffing = StaffingPlan(plan: plan)
        let solver = LexicographicSolver(plan: plan, requirement: staffing.slots.map(\.required)) { program throws(ModelDefect) in
            try GLPKProblem(program)
        }
        // Building the model counts against the time limit: the planner asked for the whole solve.
        let building = clock.now - began
        var remaining = policy
        remaining.timeLimitSeconds = max(0.5, policy.timeLimitSeconds
            - (Double(building.components.seconds) + Double(building.components.attoseconds) * 1e-18))
        let solution = try solver.solve(remaining, progress: progress)
        let elapsed = clock.now - began
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        return PlannedWeek(plan: plan, staffing: staffing, solution: solution, solveSeconds: seconds)
    }

    /// Writes the roster folder atomically.
    public static func write(_ week: PlannedWeek, warnings: [String], to folder: String, options: OutputOptions) throws(OutputError) {
        let files = RosterFiles(
            plan: week.plan, calls: week.staffing.slots.map(\.calls), required: week.staffing.slots.map(\.required),
            solution: week.solution,
            facts: RunFacts(solveSeconds: week.solveSeconds, glpkVersion: GLPKProblem.version, warnings: warnings),
            options: options)
        try AtomicFolder.write(files.files, to: folder)
    }
}
