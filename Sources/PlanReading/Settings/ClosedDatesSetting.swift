import HotlineDomain
import Yams

/// `closed`: dates inside the planned week on which the hotline is closed.
enum ClosedDatesSetting {
    static func read(_ entry: YAMLEntry?, into draft: inout SettingsDraft, reading: inout YAMLReading) {
        guard let entry else {
            draft.closedDates = []
            return
        }
        let expected = "a list of dates such as [2026-12-24, 2026-12-25]"
        guard let items = reading.scalarItems(of: entry, expected: expected) else { return }
        var dates: Set<CalendarDate> = []
        var valid = true
        for item in items {
            guard let date = CalendarDate(item.text) else {
                reading.error(item.line, entry.path, "\"\(item.text)\" is not a date, expected YYYY-MM-DD such as 2026-12-24")
                valid = false
                continue
            }
            if let week = draft.week, !week.dates.contains(date) {
                let days = week.dates
                reading.error(item.line, entry.path,
                              "\(date) is not in \(week) (\(days[0]) to \(days[6])), expected a date inside the planned week")
                valid = false
                continue
            }
            dates.insert(date)
        }
        if valid, draft.week != nil { draft.closedDates = dates }
    }
}
