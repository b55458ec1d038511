import HotlineDomain

/// One weekday cell of an availability row: the windows, clipped to opening hours. Windows that
/// touch stay separate: a shift must lie inside one availability window (the contract), so
/// `08:00-10:00,10:00-12:00` offers two 2-hour windows, not one of 4 hours.
enum AvailabilityWindows {
    static func read(_ row: RowReader, day: Weekday, draft: SettingsDraft, log: inout DiagnosticLog) -> [TimeWindow] {
        let parsed = WindowList.parse(row.text(day.code), slotMinutes: draft.slotMinutes ?? 1)
        for problem in parsed.problems { row.error(day.code, problem.message, log: &log) }
        guard parsed.problems.isEmpty, !parsed.windows.isEmpty else { return [] }
        guard let hours = draft.openingHours else { return parsed.windows.sorted() }
        guard let open = hours[day], !open.isEmpty else {
            row.error(day.code, "the hotline is closed on \(day.code) (no opening_hours in hotline.yaml), expected \"-\" or an empty cell", log: &log)
            return []
        }
        var usable: [TimeWindow] = []
        for window in parsed.windows {
            let parts = open.compactMap { interval -> TimeWindow? in
                let start = max(interval.start, window.start), end = min(interval.end, window.end)
                return start < end ? TimeWindow(start: start, end: end) : nil
            }
            if parts.isEmpty {
                row.error(day.code, "\(window) lies entirely outside opening hours on \(day.code), expected a window overlapping \(OpeningText.of(open))", log: &log)
            }
            usable += parts
        }
        return usable.sorted()
    }
}
