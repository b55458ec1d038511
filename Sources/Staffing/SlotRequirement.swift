import HotlineDomain

/// What one slot needs: the forecast, its traffic, Erlang C's agents on the line, and the rostered
/// requirement r_t after shrinkage and the floor.
public struct SlotRequirement: Sendable, Hashable {
    /// Pooled forecast contacts in the slot.
    public let calls: Double
    /// A, in Erlangs: the average number of contacts in progress during the slot.
    public let traffic: Double
    /// N from Erlang C (before shrinkage); 0 when the slot has no calls.
    public let agentsOnLine: Int
    /// r_t = max(min_agents, ⌈N / (1 − shrinkage)⌉).
    public let required: Int

    /// The requirement for `calls` contacts in one slot of `slotMinutes` under `rules`.
    init(calls: Double, rules: StaffingRules, slotMinutes: Int) {
        // A NaN or negative forecast is no forecast; validation refuses it, the planner survives it.
        let calls = calls > 0 ? calls : 0
        let slotSeconds = Double(slotMinutes) * 60
        let traffic = calls > 0 && slotSeconds > 0 ? calls * rules.handleTimeSeconds / slotSeconds : 0
        let onLine = ErlangC.agentsNeeded(
            traffic: traffic, serviceLevel: rules.serviceLevel,
            answerWithinSeconds: rules.answerWithinSeconds, handleTimeSeconds: rules.handleTimeSeconds)
        self.calls = calls
        // Keep the value Hashable-friendly: a NaN handle time yields no traffic rather than NaN.
        self.traffic = traffic > 0 ? traffic : 0
        self.agentsOnLine = onLine
        self.required = AgentCount.required(onLine: onLine, minAgents: rules.minAgents, shrinkage: rules.shrinkage)
    }

    /// One requirement per slot of `plan`, from `calls` aligned with `plan.slots`; missing entries
    /// count as no calls, so the result is always aligned with the slots.
    static func perSlot(calls: [Double], plan: Plan) -> [SlotRequirement] {
        plan.slots.indices.map { index in
            SlotRequirement(
                calls: index < calls.count ? calls[index] : 0,
                rules: plan.settings.staffing, slotMinutes: plan.settings.slotMinutes)
        }
    }
}
