import HotlineDomain

/// demand.csv: `municipality;day;from;to;calls`, spread evenly over the slots of each interval.
enum DemandReader {
    static let schema = ColumnSchema([.init("municipality"), .init("day"), .init("from"), .init("to"), .init("calls")])

    struct Outcome {
        /// Per municipality, aligned with the open slots; nil when the slots are unknown.
        var calls: [String: [Double]]?
        /// Rows without problems were all usable.
        var complete = true
    }

    private struct ClosedDay {
        var line: Int
        var rows = 0
        var calls = 0.0
    }

    static func read(
        _ document: CSVDocument, columns: BoundColumns, knownIDs: Set<String>?, draft: SettingsDraft,
        log: inout DiagnosticLog
    ) -> Outcome {
        guard columns.isComplete else { return Outcome(calls: nil, complete: false) }
        let grid = SlotGrid(draft: draft)
        var calls: [String: [Double]] = [:]
        var closedDays: [Weekday: ClosedDay] = [:]
        var traffic = PooledTraffic(slots: grid?.count ?? 0, slotMinutes: draft.slotMinutes, staffing: draft.staffing)
        let errorsBefore = log.errorCount
        for record in document.records {
            let row = RowReader(document: document, record: record, columns: columns)
            let rowErrors = log.errorCount
            let municipality = self.municipality(row, knownIDs: knownIDs, log: &log)
            let day = self.day(row, log: &log)
            let window = self.window(row, grid: draft.slotMinutes ?? 1, log: &log)
            let amount = row.decimal("calls", noun: "a number of contacts", example: 12, within: 0...InputLimits.maxCallsPerRow,
                                     rangeText: "from 0 to \(NumberFormat.text(InputLimits.maxCallsPerRow))", log: &log)
            guard log.errorCount == rowErrors, let municipality, let day, let window, let amount else { continue }
            if draft.isClosed(day) {
                closedDays[day, default: ClosedDay(line: record.line)].rows += 1
                closedDays[day]?.calls += amount
                continue
            }
            guard let hours = draft.openingHours else { continue }
            guard checkOpen(row, day: day, window: window, hours: hours, log: &log), let grid else { continue }
            let slots = grid.slots(day: day, window: window)
            guard !slots.isEmpty else { continue }
            var series = calls[municipality] ?? Array(repeating: 0, count: grid.count)
            for slot in slots { series[slot.index] += amount / Double(slots.count) }
            calls[municipality] = series
            traffic.add(amount / Double(slots.count), to: slots, day: day, row: row, log: &log)
        }
        for (day, closed) in closedDays.sorted(by: { $0.key < $1.key }) {
            let date = draft.date(of: day).map { " \($0)" } ?? ""
            log.warning(document.file, line: closed.line, field: columns.field("day"),
                        "\(closed.rows) \(closed.rows == 1 ? "row" : "rows") with \(NumberFormat.text(closed.calls)) calls on \(day.code)\(date) ignored: the hotline is closed that day (closed in hotline.yaml)")
        }
        guard let grid else { return Outcome(calls: nil, complete: log.errorCount == errorsBefore) }
        for id in knownIDs ?? [] where calls[id] == nil {
            calls[id] = Array(repeating: 0, count: grid.count)
        }
        return Outcome(calls: calls, complete: log.errorCount == errorsBefore)
    }

    private static func municipality(_ row: RowReader, knownIDs: Set<String>?, log: inout DiagnosticLog) -> String? {
        let text = row.text("municipality")
        guard let knownIDs else { return text }
        guard knownIDs.contains(text) else {
            let what = text.isEmpty ? "is empty" : "\"\(text)\" is not a municipality id in municipalities.csv"
            row.error("municipality", "\(what), \(Suggestion.didYouMean(text, among: knownIDs.sorted()))expected one of its ids such as \(knownIDs.min() ?? "aarhus")", log: &log)
            return nil
        }
        return text
    }

    private static func day(_ row: RowReader, log: inout DiagnosticLog) -> Weekday? {
        let text = row.text("day")
        if let day = Weekday(code: text.lowercased()) { return day }
        let codes = Weekday.allCases.map(\.code)
        row.error("day", "\"\(text)\" is not a weekday, \(Suggestion.didYouMean(text, among: codes))expected one of \(codes.joined(separator: ", "))", log: &log)
        return nil
    }

    private static func window(_ row: RowReader, grid: Int, log: inout DiagnosticLog) -> TimeWindow? {
        let from = row.check("from", TimeParsing.time(row.text("from"), role: .start, slotMinutes: grid), log: &log)
        let to = row.check("to", TimeParsing.time(row.text("to"), role: .end, slotMinutes: grid), log: &log)
        guard let from, let to else { return nil }
        guard from < to else {
            row.error("to", "\(to) is not after from \(from), expected an interval with from < to such as 08:00 to 09:00", log: &log)
            return nil
        }
        return TimeWindow(start: from, end: to)
    }

    /// The interval must lie inside one opening interval of its weekday.
    private static func checkOpen(
        _ row: RowReader, day: Weekday, window: TimeWindow, hours: [Weekday: [TimeWindow]], log: inout DiagnosticLog
    ) -> Bool {
        guard let open = hours[day], !open.isEmpty else {
            row.error("day", "the hotline is closed on \(day.code) (no opening_hours in hotline.yaml), expected a day with opening hours: \(OpeningText.openDays(hours))", log: &log)
            return false
        }
        guard open.contains(where: { $0.contains(window) }) else {
            let startsInside = open.contains { $0.start <= window.start && window.start < $0.end }
            row.error(startsInside ? "to" : "from",
                      "\(window) is outside opening hours on \(day.code), expected within \(OpeningText.of(open))", log: &log)
            return false
        }
        return true
    }
}
