/// A validated planning folder: everything the later stages need, and nothing about files.
public struct Plan: Sendable {
    public let settings: Settings
    /// Sorted by id.
    public let municipalities: [Municipality]
    /// Sorted by (municipality, agent id).
    public let agents: [Agent]
    /// Open slots in time order.
    public let slots: [Slot]
    /// Forecast contacts per open slot for each municipality id, aligned with `slots`
    /// (every municipality has an entry, zeros where it forecast nothing).
    public let callsByMunicipality: [String: [Double]]
    /// Hours each municipality owed before this week (balance.csv); absent = 0.
    public let owedHours: [String: Double]
    /// The week the balance was carried from, when balance.csv was given.
    public let balanceAfterWeek: IsoWeek?

    public init(
        settings: Settings, municipalities: [Municipality], agents: [Agent],
        callsByMunicipality: [String: [Double]], owedHours: [String: Double], balanceAfterWeek: IsoWeek?
    ) {
        self.settings = settings
        self.municipalities = municipalities.sorted { $0.id < $1.id }
        self.agents = agents.sorted { $0.key < $1.key }
        self.slots = settings.openSlots()
        self.callsByMunicipality = callsByMunicipality
        self.owedHours = owedHours
        self.balanceAfterWeek = balanceAfterWeek
    }

    /// Pooled forecast contacts per open slot: the line is shared. Summed in id order: a
    /// dictionary's order changes from run to run, and so would the last bits of the sum.
    public var callsPerSlot: [Double] {
        var total = Array(repeating: 0.0, count: slots.count)
        for id in callsByMunicipality.keys.sorted() {
            let calls = callsByMunicipality[id] ?? []
            for (index, value) in calls.enumerated() where index < total.count {
                total[index] += value
            }
        }
        return total
    }

    /// Each municipality's fair share (sums to 1), from the configured basis.
    /// Falls back to equal shares when every basis value is zero (validation refuses such plans).
    public var shares: [String: Double] {
        var basis: [String: Double] = [:]
        for municipality in municipalities {
            switch settings.fairnessBasis {
            case .demand: basis[municipality.id] = (callsByMunicipality[municipality.id] ?? []).reduce(0, +)
            case .population: basis[municipality.id] = Double(municipality.population)
            case .weight: basis[municipality.id] = municipality.weight ?? 0
            }
        }
        let total = municipalities.reduce(0) { $0 + (basis[$1.id] ?? 0) }  // in file order, the same every run
        guard total > 0 else {
            let equal = municipalities.isEmpty ? 0 : 1 / Double(municipalities.count)
            return Dictionary(uniqueKeysWithValues: municipalities.map { ($0.id, equal) })
        }
        return basis.mapValues { $0 / total }
    }
}
