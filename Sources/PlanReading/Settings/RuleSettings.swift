import HotlineDomain

/// `staffing` and `shifts`.
enum RuleSettings {
    static let staffingKeys = ["min_agents", "handle_time_seconds", "service_level", "answer_within_seconds", "shrinkage"]
    static let shiftKeys = ["min_hours", "max_hours", "min_rest_hours"]

    static func read(_ entries: [String: YAMLEntry], into draft: inout SettingsDraft, reading: inout YAMLReading) {
        draft.staffing = staffing(entries["staffing"], reading: &reading)
        draft.shifts = shifts(entries["shifts"], reading: &reading)
    }

    private static func staffing(_ entry: YAMLEntry?, reading: inout YAMLReading) -> StaffingRules? {
        var keys: [String: YAMLEntry] = [:]
        if let entry {
            guard let found = reading.entries(of: entry.value, path: entry.path, line: entry.line, allowed: staffingKeys)
            else { return nil }
            keys = found
        }
        var minAgents: Int? = SettingsDefaults.minAgents
        if let minEntry = keys["min_agents"] {
            let expected = "a whole number of agents from 0 to \(InputLimits.maxMinAgents) such as 2"
            minAgents = reading.integer(minEntry, expected: expected)
            if let value = minAgents, value < 0 {
                reading.error(minEntry.line, minEntry.path, "\(value) is negative, expected \(expected)")
                minAgents = nil
            } else if let value = minAgents, value > InputLimits.maxMinAgents {
                reading.error(minEntry.line, minEntry.path, "\(value) is out of range, expected \(expected)")
                minAgents = nil
            }
        }
        let handle = reading.number(keys["handle_time_seconds"], default: SettingsDefaults.handleTimeSeconds,
                                    expected: "seconds > 0, at most 86400 (a day), such as 420") { $0 > 0 && $0 <= InputLimits.maxSeconds }
        let level = reading.number(keys["service_level"], default: SettingsDefaults.serviceLevel,
                                   expected: "a share between 0 and 1 (exclusive) such as 0.80") { $0 > 0 && $0 < 1 }
        let within = reading.number(keys["answer_within_seconds"], default: SettingsDefaults.answerWithinSeconds,
                                    expected: "seconds from 0 to 86400 (a day) such as 60") { $0 >= 0 && $0 <= InputLimits.maxSeconds }
        let shrinkage = reading.number(keys["shrinkage"], default: SettingsDefaults.shrinkage,
                                       expected: "a share from 0 up to (not including) 1 such as 0.15") { $0 >= 0 && $0 < 1 }
        guard let minAgents, let handle, let level, let within, let shrinkage else { return nil }
        return StaffingRules(
            minAgents: minAgents, handleTimeSeconds: handle, serviceLevel: level, answerWithinSeconds: within, shrinkage: shrinkage)
    }

    private static func shifts(_ entry: YAMLEntry?, reading: inout YAMLReading) -> ShiftRules? {
        var keys: [String: YAMLEntry] = [:]
        if let entry {
            guard let found = reading.entries(of: entry.value, path: entry.path, line: entry.line, allowed: shiftKeys)
            else { return nil }
            keys = found
        }
        let minHours = reading.number(keys["min_hours"], default: SettingsDefaults.minShiftHours,
                                      expected: "hours > 0 such as 3") { $0 > 0 }
        let maxHours = reading.number(keys["max_hours"], default: SettingsDefaults.maxShiftHours,
                                      expected: "hours from min_hours up to 24 such as 8") { $0 > 0 && $0 <= 24 }
        let rest = reading.number(keys["min_rest_hours"], default: SettingsDefaults.minRestHours,
                                  expected: "hours from 0 to 168 such as 11") { $0 >= 0 && $0 <= 168 }
        guard let minHours, let maxHours, let rest else { return nil }
        guard maxHours >= minHours else {
            let line = keys["max_hours"]?.line ?? keys["min_hours"]?.line
            reading.error(line, keys["max_hours"] != nil ? "shifts.max_hours" : "shifts.min_hours",
                          "max_hours \(NumberFormat.text(maxHours)) is less than min_hours \(NumberFormat.text(minHours)), expected max_hours ≥ min_hours")
            return nil
        }
        return ShiftRules(minHours: minHours, maxHours: maxHours, minRestHours: rest)
    }
}
