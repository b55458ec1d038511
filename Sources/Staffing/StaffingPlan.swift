import HotlineDomain

/// The Erlang C requirement for every open slot of the week.
public struct StaffingPlan: Sendable {
    /// Aligned with `Plan.slots`.
    public let slots: [SlotRequirement]

    /// Agent-slots the week needs: Σ_t r_t.
    public var totalRequired: Int { slots.reduce(0) { $0 + $1.required } }

    /// Requirements on the pooled demand: the line is shared, so contacts from every municipality
    /// queue for the same agents.
    public init(plan: Plan) {
        slots = SlotRequirement.perSlot(calls: plan.callsPerSlot, plan: plan)
    }

    /// r_t computed from one municipality's calls alone (as if it ran its own line; min_agents floor
    /// included). An unknown municipality has no calls, so it needs the floor in every slot.
    public static func standalone(plan: Plan, municipality: String) -> [SlotRequirement] {
        SlotRequirement.perSlot(calls: plan.callsByMunicipality[municipality] ?? [], plan: plan)
    }
}
