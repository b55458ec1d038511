import HotlineDomain
import RosterModel
import Staffing

/// A solved week: the plan, its staffing requirement, and the roster the lexicographic solve chose.
public struct PlannedWeek: Sendable {
    public let plan: Plan
    public let staffing: StaffingPlan
    public let solution: RosterSolution
    /// Model building and solving, in seconds (reading and writing excluded).
    public let solveSeconds: Double
}
