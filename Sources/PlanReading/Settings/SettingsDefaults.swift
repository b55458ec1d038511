import HotlineDomain

/// The defaults of every optional setting.
enum SettingsDefaults {
    static let timezone = "Europe/Copenhagen"
    static let slotMinutes = 30
    static let minAgents = 2
    static let handleTimeSeconds = 420.0
    static let serviceLevel = 0.80
    static let answerWithinSeconds = 60.0
    static let shrinkage = 0.15
    static let minShiftHours = 3.0
    static let maxShiftHours = 8.0
    static let minRestHours = 11.0
    static let fairnessBasis = FairnessBasis.demand
    /// Contract v2's default order.
    static let priorities: [Priority] = Priority.v2Default
}
