/// One agent of one municipality (one row of availability/ID.csv).
public struct Agent: Sendable, Hashable {
    public let municipality: String
    /// Unique within the municipality.
    public let id: String
    /// Display name (personal data).
    public let name: String
    public let maxHours: Double
    public let minHours: Double
    public let maxDays: Int
    /// Availability windows per weekday, sorted and disjoint; absent day = unavailable.
    public let windows: [Weekday: [TimeWindow]]

    public init(
        municipality: String, id: String, name: String, maxHours: Double, minHours: Double, maxDays: Int,
        windows: [Weekday: [TimeWindow]]
    ) {
        self.municipality = municipality
        self.id = id
        self.name = name
        self.maxHours = maxHours
        self.minHours = minHours
        self.maxDays = maxDays
        self.windows = windows
    }

    /// Unique across the plan.
    public var key: AgentKey { AgentKey(municipality: municipality, agent: id) }
}

public struct AgentKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let municipality: String
    public let agent: String

    public init(municipality: String, agent: String) {
        self.municipality = municipality
        self.agent = agent
    }

    public var description: String { "\(municipality)/\(agent)" }

    public static func < (lhs: AgentKey, rhs: AgentKey) -> Bool {
        (lhs.municipality, lhs.agent) < (rhs.municipality, rhs.agent)
    }
}
