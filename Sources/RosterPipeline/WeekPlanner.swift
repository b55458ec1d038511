import GLPKSolver
import HotlineDomain
import LinearModel
import RosterModel
import Staffing

/// The pipeline after reading: staffing → model → solve (GLPK) → roster.
public enum WeekPlanner {
    /// Solves a validated plan, stage by stage in the plan's priority order.
    public static func plan(
        _ plan: Plan, policy: SolvePolicy, progress: LexicographicSolver.ProgressHandler? = nil
    ) throws(ModelDefect) -> PlannedWeek {
        let clock = ContinuousClock()
        let began = clock.now
        let staffing = StaffingPlan(plan: plan)
        let solver = solver(for: plan, staffing: staffing)
        // Building the model counts against the time limit: the planner asked for the whole solve.
        var remaining = policy
        remaining.timeLimitSeconds = max(0.5, policy.timeLimitSeconds - (clock.now - began).inSeconds)
        let solution = try solver.solve(remaining, progress: progress)
        return PlannedWeek(plan: plan, staffing: staffing, solution: solution, solveSeconds: (clock.now - began).inSeconds)
    }

    /// The lexicographic solver of a plan, with GLPK behind it.
    static func solver(for plan: Plan, staffing: StaffingPlan) -> LexicographicSolver {
        LexicographicSolver(plan: plan, requirement: staffing.slots.map(\.required)) { program throws(ModelDefect) in
            try GLPKProblem(program)
        }
    }
}
