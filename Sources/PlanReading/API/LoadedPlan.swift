import HotlineDomain

/// A validated plan and the warnings found while reading it.
public struct LoadedPlan: Sendable {
    public let plan: Plan
    /// Sorted by file then line.
    public let warnings: [Diagnostic]

    public init(plan: Plan, warnings: [Diagnostic]) {
        self.plan = plan
        self.warnings = warnings
    }
}
