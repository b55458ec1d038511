import HotlineDomain

/// A season of weekly planning folders (`generate --weeks`).
public struct GeneratedSeason: Sendable {
    public struct Week: Sendable {
        public let week: IsoWeek
        /// Path inside the week's folder → contents, as `GeneratedPlan.files`.
        public let files: [String: String]
        /// The holidays the week is closed on.
        public let closed: [DanishHolidays.Holiday]
        public let agents: Int
        /// Agents on vacation, and agents with sick days.
        public let away: Int
        public let sick: Int
        public let requiredAgentHours: Double
        public let offeredHours: Double
        /// Made short-staffed by `--scarce-weeks`.
        public let scarce: Bool
        /// Open slots whose requirement exceeds the agents whose windows cover them.
        public let slotsBelowRequirement: Int

        /// One line for the terminal.
        public var summary: String {
            var parts = [
                "\(agents) agents (\(away) away, \(sick) sick)",
                "\(GenerationFigures.format(requiredAgentHours)) required agent-hours",
                "\(GenerationFigures.format(offeredHours)) offered",
            ]
            if !closed.isEmpty { parts.append("closed " + closed.map { "\($0.date) \($0.name)" }.joined(separator: ", ")) }
            if scarce { parts.append("short-staffed") }
            if slotsBelowRequirement > 0 { parts.append("\(slotsBelowRequirement) slots below their requirement") }
            return "\(week): " + parts.joined(separator: "; ")
        }
    }

    public let request: SeasonRequest
    public let weeks: [Week]

    /// Every week's files under `YYYY-Www/`.
    public var files: [String: String] {
        var all: [String: String] = [:]
        for week in weeks {
            for (path, text) in week.files { all["\(week.week)/\(path)"] = text }
        }
        return all
    }
}
