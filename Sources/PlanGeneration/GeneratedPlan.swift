import HotlineDomain

/// A generated planning folder: its files as text, the plan they read back as, and its key figures.
public struct GeneratedPlan: Sendable {
    public let request: GenerationRequest
    /// The plan PlanReader yields from `files` (the same values, computed the same way).
    public let plan: Plan
    /// Path inside the folder → contents (UTF-8, `;`-separated CSV, LF line ends).
    public let files: [String: String]
    public let figures: GenerationFigures
}

/// What the generator measured on the plan it made.
public struct GenerationFigures: Sendable, Hashable {
    public let municipalities: Int
    public let agents: Int
    /// Forecast contacts in the week.
    public let contacts: Double
    /// Σ_t r_t in hours.
    public let requiredAgentHours: Double
    /// Σ over agents of min(max_hours, window hours).
    public let offeredHours: Double
    /// Agents whose windows cover the least covered open slot (before a scarce week's changes).
    public let minimumCoverage: Int
    /// Hours of the greedy roster that proved floor = service = 0 attainable; nil for a scarce week,
    /// where no roster can.
    public let greedyRosterHours: Double?
    /// A scarce week's municipalities that send nobody.
    public let absentMunicipalities: [String]
    /// A scarce week's open slots whose requirement exceeds the agents available in them.
    public let slotsBelowRequirement: Int

    public var offerRatio: Double { requiredAgentHours > 0 ? offeredHours / requiredAgentHours : 0 }

    /// One line for the terminal.
    public var summary: String {
        "\(municipalities) municipalities, \(agents) agents, \(Self.format(contacts)) contacts, "
            + "\(Self.format(requiredAgentHours)) required agent-hours, \(Self.format(offeredHours)) offered hours "
            + "(\(Self.format(offerRatio, places: 2))× required)"
            + (absentMunicipalities.isEmpty && slotsBelowRequirement == 0 ? ""
                : "; short-staffed: \(absentMunicipalities.count) municipalities send nobody (\(absentMunicipalities.joined(separator: ", "))), "
                    + "\(slotsBelowRequirement) open slots have fewer agents available than they require")
    }

    /// Fixed decimals with a point, independent of locale.
    static func format(_ value: Double, places: Int = 1) -> String {
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = Int((value * Double(scale)).rounded())
        let sign = scaled < 0 ? "-" : ""
        let whole = String(abs(scaled) / scale)
        guard places > 0 else { return sign + whole }
        let fraction = String(abs(scaled) % scale)
        return sign + whole + "." + String(repeating: "0", count: places - fraction.count) + fraction
    }
}
