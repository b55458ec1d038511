/// The contract columns: a weekly day limit for some agents available on several days, a contracted
/// minimum for about a quarter (never more than the shift rules let them work).
enum ContractTerms {
    static let maxDaysShare = 0.10
    static let minHoursShare = 0.25

    static func assign(_ agents: inout [AgentDraft], random: inout SeededRandom) {
        let regular = agents.indices.filter { !agents[$0].scarce }
        let severalDays = regular.filter { agents[$0].workingDays >= 2 }
        for a in random.sample(severalDays, count: share(maxDaysShare, of: agents.count)) {
            let days = agents[a].workingDays
            agents[a].maxDays = random.integer(in: (days >= 3 ? 2 : 1)...min(4, days - 1))
        }
        let eligible = regular.filter { agents[$0].achievableHours >= 6 }
        for a in random.sample(eligible, count: share(minHoursShare, of: agents.count)) {
            let achievable = agents[a].achievableHours
            agents[a].minHours = random.integer(in: 4...max(4, min(12, Int(0.6 * achievable))))
        }
    }

    private static func share(_ fraction: Double, of count: Int) -> Int {
        Int((fraction * Double(count)).rounded())
    }

    /// After trimming, no contracted minimum above what the agent can still work.
    static func fitMinimums(_ agents: inout [AgentDraft]) {
        for a in agents.indices {
            agents[a].minHours = min(agents[a].minHours, Int(agents[a].achievableHours.rounded(.down)))
        }
    }
}
