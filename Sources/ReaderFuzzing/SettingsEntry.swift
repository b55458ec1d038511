import HotlineDomain
import PlanReading

/// Any text as hotline.yaml: complete, valid settings, or located diagnostics.
enum SettingsEntry {
    static let file = "hotline.yaml"

    static func run(_ bytes: [UInt8]) -> ReaderVerdict {
        let text = String(decoding: bytes, as: UTF8.self)
        let (settings, diagnostics) = SingleReaders.settings(text: text)
        let errors = diagnostics.filter { $0.severity == .error }
        if !diagnostics.isEmpty,
           let problem = Invariants.located(diagnostics, files: [file], lineCount: [file: Invariants.lineCount(Array(text.utf8))]) {
            return .violation(problem)
        }
        guard errors.isEmpty else { return .refused(diagnostics: diagnostics.count) }
        guard let settings else { return .violation("no errors reported, yet the settings are incomplete") }
        if let problem = check(settings) { return .violation(problem) }
        return .accepted("\(settings.week), \(settings.openingHours.count) open days")
    }

    /// The promises of `Settings`' documentation.
    private static func check(_ settings: Settings) -> String? {
        guard [15, 30, 60].contains(settings.slotMinutes) else { return "slot_minutes \(settings.slotMinutes)" }
        for (day, windows) in settings.openingHours {
            guard !windows.isEmpty, windows == windows.sorted(),
                  !zip(windows, windows.dropFirst()).contains(where: { $0.end >= $1.start }) else {
                return "opening hours of \(day) \(windows) are not sorted and disjoint"
            }
            for window in windows where window.start >= window.end || window.start.minutes < 0 || window.end.minutes > 24 * 60
                || window.start.minutes % settings.slotMinutes != 0 || window.end.minutes % settings.slotMinutes != 0 {
                return "opening window \(window) on \(day) is not a grid interval inside the day"
            }
        }
        let weekDates = Set(settings.week.dates)
        guard settings.closedDates.isSubset(of: weekDates) else { return "closed dates outside \(settings.week)" }
        let staffing = settings.staffing
        guard staffing.minAgents >= 0, staffing.handleTimeSeconds > 0, staffing.answerWithinSeconds >= 0,
              staffing.serviceLevel > 0, staffing.serviceLevel < 1, staffing.shrinkage >= 0, staffing.shrinkage < 1 else {
            return "staffing rules out of range: \(staffing)"
        }
        let shifts = settings.shifts
        guard shifts.minHours > 0, shifts.minHours <= shifts.maxHours, shifts.maxHours <= 24, shifts.minRestHours >= 0 else {
            return "shift rules out of range: \(shifts)"
        }
        let stages = settings.priorities.flatMap(\.objective.stageNames)
        let required = ["floor", "service", "fairness_max", "contracts", "economy"]
        guard required.allSatisfy(stages.contains), Set(stages).allSatisfy({ name in stages.count { $0 == name } <= 2 }),
              settings.priorities.last?.tolerance == nil else {
            return "priorities \(settings.priorities) miss a required stage, list one more than twice or end on a tolerance"
        }
        return nil
    }
}
