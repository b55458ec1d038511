/// What to generate: how many municipalities and agents, the seed, and the slot length.
public struct GenerationRequest: Sendable, Hashable {
    public var municipalities: Int
    public var agents: Int
    public var seed: UInt64
    public var slotMinutes: Int
    /// A short-staffed week (`ScarceWeek`): some municipalities send nobody, flu takes days away,
    /// and some slots cannot reach their requirement.
    public var scarce: Bool

    public init(municipalities: Int = 30, agents: Int = 120, seed: UInt64 = 1, slotMinutes: Int = 30, scarce: Bool = false) {
        self.municipalities = municipalities
        self.agents = agents
        self.seed = seed
        self.slotMinutes = slotMinutes
        self.scarce = scarce
    }

    /// Denmark has 98 municipalities, and names and codes are real.
    public static let maximumMunicipalities = 98
    /// Below this the floor of 2 agents in every one of the week's 60 open hours cannot be staffed
    /// with 3–8 hour shifts, one a day, by agents who also have lives (measured: see the tests).
    public static let minimumAgents = 8
    /// Keeps every availability file far below the reader's 100,000-row limit, and generation quick.
    public static let maximumAgents = 20_000
    public static let slotLengths = [15, 30, 60]

    /// Every problem with the request, in the order of the fields.
    public var problems: [GenerationError] {
        var found: [GenerationError] = []
        if !(1...Self.maximumMunicipalities).contains(municipalities) {
            found.append(.init(
                .municipalities, "\(municipalities) is out of range",
                expected: "1 to \(Self.maximumMunicipalities) (Denmark has \(Self.maximumMunicipalities) municipalities; names and codes are real)"))
        }
        if agents < Self.minimumAgents || agents > Self.maximumAgents {
            found.append(.init(
                .agents, "\(agents) is out of range",
                expected: "\(Self.minimumAgents) to \(Self.maximumAgents) (fewer than \(Self.minimumAgents) cannot keep 2 agents on the line in every open slot)"))
        } else if agents < municipalities {
            found.append(.init(
                .agents, "\(agents) agents cannot serve \(municipalities) municipalities",
                expected: "at least one agent per municipality, so at least \(municipalities)"))
        }
        if !Self.slotLengths.contains(slotMinutes) {
            found.append(.init(.slotMinutes, "\(slotMinutes) is not a supported slot length", expected: "15, 30 or 60"))
        }
        return found
    }
}
