import GLPKSolver
import HotlineDomain
import RosterPipeline
import LinearModel
import RosterModel
import Staffing

/// What one solve of a benchmark plan produced: the figures that must not regress.
public struct MeasuredSolve: Sendable {
    public let plan: BenchmarkPlan
    public let solution: RosterSolution
    public let seconds: Double

    public static func run(_ plan: BenchmarkPlan) throws -> MeasuredSolve {
        let values = try plan.load()
        let week = try WeekPlanner.plan(values, policy: SolvePolicy(timeLimitSeconds: plan.timeLimitSeconds))
        return MeasuredSolve(plan: plan, solution: week.solution, seconds: week.solveSeconds)
    }

    /// Builds the model alone (catalog, rows, bounds' data), as the model-build benchmark measures it.
    public static func buildModel(_ values: Plan) -> ModelSize {
        let staffing = StaffingPlan(plan: values).slots.map(\.required)
        let solver = LexicographicSolver(plan: values, requirement: staffing) { program throws(ModelDefect) in
            try GLPKProblem(program)
        }
        return solver.modelSize
    }
}
