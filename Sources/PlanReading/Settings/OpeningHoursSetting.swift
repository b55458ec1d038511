import HotlineDomain
import Yams

/// `opening_hours`: weekday → intervals, as a string (`"08:00-12:00, 13:00-18:00"`) or a list of strings.
enum OpeningHoursSetting {
    static func read(_ entry: YAMLEntry?, into draft: inout SettingsDraft, reading: inout YAMLReading) {
        guard let entry else {
            reading.error(nil, "opening_hours",
                          "required setting is missing, expected opening hours per weekday such as opening_hours: {mon: \"08:00-18:00\"}")
            return
        }
        draft.openingHoursLine = entry.keyLine
        guard let days = reading.entries(of: entry.value, path: entry.path, line: entry.line, allowed: Weekday.allCases.map(\.code))
        else { return }
        let errorsBefore = reading.log.errorCount
        var hours: [Weekday: [TimeWindow]] = [:]
        for day in Weekday.allCases {
            guard let dayEntry = days[day.code] else { continue }
            let windows = intervals(of: dayEntry, grid: draft.slotMinutes ?? 1, reading: &reading)
            if !windows.isEmpty { hours[day] = WindowList.merge(windows) }
        }
        if reading.log.errorCount == errorsBefore, draft.slotMinutes != nil {
            draft.openingHours = hours
        }
    }

    /// The intervals of one day; an empty value means closed.
    private static func intervals(of entry: YAMLEntry, grid: Int, reading: inout YAMLReading) -> [TimeWindow] {
        let expected = "intervals such as \"08:00-12:00, 13:00-18:00\" or a list of them"
        guard let items = reading.scalarItems(of: entry, expected: expected) else { return [] }
        var windows: [TimeWindow] = []
        var hadProblem = false
        for item in items {
            let outcome = WindowList.parse(item.text, slotMinutes: grid)
            for problem in outcome.problems { reading.error(item.line, entry.path, problem.message) }
            hadProblem = hadProblem || !outcome.problems.isEmpty
            windows += outcome.windows
        }
        if let problem = WindowList.tooMany(windows.count) {
            reading.error(entry.line, entry.path, problem.message)
            return []
        }
        if items.count > 1, !hadProblem {
            for problem in WindowList.overlapProblems(windows) { reading.error(entry.line, entry.path, problem.message) }
        }
        return windows
    }
}
