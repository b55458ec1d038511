import HotlineDomain

/// What sharing one line saves compared with every municipality staffing its own: queues are
/// more efficient when pooled (Erlang C needs fewer agents for A₁ + A₂ than for A₁ and A₂ apart),
/// and the floor is paid once instead of once per municipality.
public struct PoolingGain: Sendable {
    /// Σ_m Σ_t r_t(m): every municipality staffs its own line.
    public let separateAgentSlots: Int
    /// Σ_t r_t on the pooled line.
    public let sharedAgentSlots: Int

    /// Negative only in degenerate plans (e.g. no municipalities, where the shared floor is pure cost).
    public var savedAgentSlots: Int { separateAgentSlots - sharedAgentSlots }

    /// saved / separate (0 when separate is 0).
    public var savedShare: Double {
        separateAgentSlots == 0 ? 0 : Double(savedAgentSlots) / Double(separateAgentSlots)
    }

    public init(plan: Plan) {
        // Every municipality that takes part or forecasts calls: the same set the pooled demand sums.
        let ids = Set(plan.municipalities.map(\.id)).union(plan.callsByMunicipality.keys)
        separateAgentSlots = ids.reduce(0) { total, id in
            total + StaffingPlan.standalone(plan: plan, municipality: id).reduce(0) { $0 + $1.required }
        }
        sharedAgentSlots = StaffingPlan(plan: plan).totalRequired
    }
}
