import HotlineDomain

/// availability/ID.csv: `agent;name;max_hours;min_hours;max_days;mon;…;sun`, English or Danish headers.
enum AvailabilityReader {
    static let schema = ColumnSchema([
        .init("agent", aliases: ["medarbejder"]),
        .init("name", aliases: ["navn"], required: false),
        .init("max_hours", aliases: ["maks_timer"]),
        .init("min_hours", aliases: ["min_timer"], required: false),
        .init("max_days", aliases: ["maks_dage"], required: false),
    ] + Weekday.allCases.map { .init($0.code, aliases: [$0.danishCode]) })

    static let rowLimit = CSVParser.RowLimit(rows: InputLimits.maxAgents, what: "agents (the most a plan may have)")

    static func read(
        _ document: CSVDocument, columns: BoundColumns, municipality: String, draft: SettingsDraft,
        log: inout DiagnosticLog
    ) -> [Agent] {
        guard columns.isComplete else { return [] }
        if document.records.isEmpty {
            log.warning(document.file, line: document.headerLine,
                        "no agents (the file has only a header), so \(municipality) offers no hours this week")
        }
        var agents: [Agent] = []
        var firstLineOfAgent: [String: Int] = [:]
        for record in document.records {
            let row = RowReader(document: document, record: record, columns: columns)
            let errorsBefore = log.errorCount
            let id = row.check("agent", Identifiers.agentID(row.text("agent")), log: &log)
            if let id {
                if let first = firstLineOfAgent[id] {
                    row.error("agent", "\(id) appears again (first on line \(first)), expected each agent once per file", log: &log)
                } else {
                    firstLineOfAgent[id] = record.line
                }
            }
            let name = row.text("name").isEmpty ? (id ?? "") : row.text("name")
            let hours = self.hours(row, log: &log)
            let maxDays = self.maxDays(row, log: &log)
            var windows: [Weekday: [TimeWindow]] = [:]
            for day in Weekday.allCases {
                let usable = AvailabilityWindows.read(row, day: day, draft: draft, log: &log)
                if !usable.isEmpty { windows[day] = usable }
            }
            guard log.errorCount == errorsBefore, let id, let hours, let maxDays else { continue }
            agents.append(Agent(
                municipality: municipality, id: id, name: name, maxHours: hours.max, minHours: hours.min,
                maxDays: maxDays, windows: windows))
        }
        return agents
    }

    /// `max_hours` (required, 0 … 168) and `min_hours` (empty = 0, at most max_hours).
    private static func hours(_ row: RowReader, log: inout DiagnosticLog) -> (max: Double, min: Double)? {
        let maxHours = row.decimal("max_hours", noun: "hours", example: 20, within: 0...168, rangeText: "from 0 to 168", log: &log)
        var minHours: Double? = 0
        if !row.text("min_hours").isEmpty {
            minHours = row.decimal("min_hours", noun: "hours", example: 10, within: 0...168, rangeText: "from 0 to 168", log: &log)
        }
        guard let maxHours, let minHours else { return nil }
        guard minHours <= maxHours else {
            row.error("min_hours", "\(NumberFormat.text(minHours)) is more than max_hours \(NumberFormat.text(maxHours)), expected min_hours ≤ max_hours", log: &log)
            return nil
        }
        return (maxHours, minHours)
    }

    /// `max_days`: empty = 7, else a whole number 0 … 7.
    private static func maxDays(_ row: RowReader, log: inout DiagnosticLog) -> Int? {
        let text = row.text("max_days")
        guard !text.isEmpty else { return 7 }
        let expected = "a whole number of days from 0 to 7 such as 5"
        guard let days = row.check("max_days", NumberParsing.integer(text, expected: expected), log: &log) else { return nil }
        guard (0...7).contains(days) else {
            row.error("max_days", "\(days) is out of range, expected \(expected)", log: &log)
            return nil
        }
        return days
    }
}
