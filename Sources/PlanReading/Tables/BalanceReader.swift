import HotlineDomain

/// balance.csv (optional): `municipality;owed_hours;after_week`.
enum BalanceReader {
    static let schema = ColumnSchema([.init("municipality"), .init("owed_hours"), .init("after_week")])
    static let rowLimit = CSVParser.RowLimit(rows: InputLimits.maxMunicipalities, what: "rows (one per municipality)")

    struct Outcome {
        var owedHours: [String: Double] = [:]
        var afterWeek: IsoWeek?
    }

    static func read(
        _ document: CSVDocument, columns: BoundColumns, knownIDs: Set<String>?, draft: SettingsDraft,
        options: ReadOptions, log: inout DiagnosticLog
    ) -> Outcome {
        var outcome = Outcome()
        guard columns.isComplete else { return outcome }
        var firstLine: [String: Int] = [:]
        var firstWeek: (week: IsoWeek, line: Int)?
        for record in document.records {
            let row = RowReader(document: document, record: record, columns: columns)
            let municipality = row.text("municipality")
            let limit = InputLimits.maxOwedHours
            let owed = row.decimal("owed_hours", noun: "hours (negative when others owe it)", example: 12, within: -limit...limit,
                                   rangeText: "from -\(NumberFormat.text(limit)) to \(NumberFormat.text(limit))", log: &log)
            if let knownIDs, !knownIDs.contains(municipality) {
                let what = municipality.isEmpty ? "is empty" : "\"\(municipality)\" is not a municipality id in municipalities.csv"
                row.error("municipality", "\(what), \(Suggestion.didYouMean(municipality, among: knownIDs.sorted()))expected one of its ids", log: &log)
            } else if let first = firstLine[municipality] {
                row.error("municipality", "\(municipality) appears again (first on line \(first)), expected each municipality at most once", log: &log)
            } else {
                firstLine[municipality] = record.line
                if let owed { outcome.owedHours[municipality] = owed }
            }
            let weekText = row.text("after_week")
            guard let week = IsoWeek(weekText) else {
                row.error("after_week", "\"\(weekText)\" is not an ISO week, expected the week the balance was carried from, such as 2026-W48", log: &log)
                continue
            }
            if let firstWeek, firstWeek.week != week {
                row.error("after_week", "\(week) differs from \(firstWeek.week) on line \(firstWeek.line), expected the same week on every row", log: &log)
            } else if firstWeek == nil {
                firstWeek = (week, record.line)
            }
        }
        outcome.afterWeek = firstWeek?.week
        if let firstWeek, let planned = draft.week, !options.acceptAnyBalanceWeek, firstWeek.week != planned.previous {
            log.error(document.file, line: firstWeek.line, field: columns.field("after_week"),
                      "balance is after \(firstWeek.week), expected after \(planned.previous) (the week before the planned week); use --force to accept it")
        }
        return outcome
    }
}
