import HotlineDomain
import PlanReading

/// fairness.csv and balance.csv: one row per municipality, sorted by id, with the recomputed figures.
enum FairnessClaims {
    static func checkFairness(_ table: FolderTable, plan: Plan, recount: Recount, log: inout FindingLog) {
        let byID = Dictionary(uniqueKeysWithValues: recount.fairness.map { ($0.id, $0) })
        for (record, expected) in municipalityRows(table, plan: plan, log: &log) {
            guard let figures = byID[expected.id] else { continue }
            let checks: [(String, Double, Double, String)] = [
                ("share", figures.share, Tolerance.share, "basis / Σ basis with fairness.basis \(plan.settings.fairnessBasis.rawValue)"),
                ("target_hours", figures.targetHours, Tolerance.hours, "share × rostered hours of all + owed_before"),
                ("rostered_hours", figures.rosteredHours, Tolerance.hours, "the municipality's shifts in roster.csv"),
                ("available_hours", figures.availableHours, Tolerance.hours, "what its agents could work at most"),
                ("owed_before", figures.owedBefore, Tolerance.hours, "the plan's balance"),
                ("owed_after", figures.owedAfter, Tolerance.hours, "owed_before + share × rostered hours of all − rostered_hours"),
            ]
            for (column, value, tolerance, meaning) in checks {
                guard let text = table.field(record, column) else { continue }
                let shown = NumberText.format(value, decimals: column == "share" ? 6 : 4)
                if let claimed = NumberText.number(text) {
                    if !Tolerance.within(claimed, value, tolerance) {
                        log.add(table.file, record.line,
                                "\(expected.id) has \(column) \(text), expected \(shown) (\(meaning), within \(NumberText.format(tolerance, decimals: 6)))")
                    }
                } else {
                    log.add(table.file, record.line, "\(expected.id) has \(column) \"\(text)\", expected a number such as \(shown)")
                }
            }
        }
    }

    static func checkBalance(_ table: FolderTable, plan: Plan, recount: Recount, log: inout FindingLog) {
        let byID = Dictionary(uniqueKeysWithValues: recount.fairness.map { ($0.id, $0) })
        let week = plan.settings.week.description
        for (record, municipality) in municipalityRows(table, plan: plan, log: &log) {
            guard let figures = byID[municipality.id] else { continue }
            if let text = table.field(record, "owed_hours") {
                let shown = NumberText.format(figures.owedAfter)
                if let claimed = NumberText.number(text) {
                    if !Tolerance.within(claimed, figures.owedAfter, Tolerance.hours) {
                        log.add(table.file, record.line,
                                "\(municipality.id) has owed_hours \(text), expected \(shown) (owed_after of the planned week, within 0.01)")
                    }
                } else {
                    log.add(table.file, record.line, "\(municipality.id) has owed_hours \"\(text)\", expected a number such as \(shown)")
                }
            }
            if let text = table.field(record, "after_week"), text != week {
                log.add(table.file, record.line, "\(municipality.id) has after_week \"\(text)\", expected the planned week \(week)")
            }
        }
    }

    /// The rows that name a municipality of the plan for the first time; logs unknown, repeated,
    /// unsorted and missing municipalities.
    private static func municipalityRows(
        _ table: FolderTable, plan: Plan, log: inout FindingLog
    ) -> [(CSVRecord, Municipality)] {
        var rows: [(CSVRecord, Municipality)] = []
        let municipalities = Dictionary(uniqueKeysWithValues: plan.municipalities.map { ($0.id, $0) })
        var seen: [String: Int] = [:]
        var previous: String?
        for record in table.records {
            guard let id = table.field(record, "municipality") else { continue }
            guard let municipality = municipalities[id] else {
                log.add(table.file, record.line, "municipality \"\(id)\" is not in the plan, expected one row per municipality of the plan")
                continue
            }
            if let first = seen[id] {
                log.add(table.file, record.line, "\(id) appears again (first on line \(first)), expected one row per municipality")
                continue
            }
            seen[id] = record.line
            if let previous, id < previous {
                log.add(table.file, record.line, "\(id) comes after \(previous), expected the rows sorted by municipality id")
            }
            previous = id
            rows.append((record, municipality))
        }
        if table.has("municipality") {
            for municipality in plan.municipalities where seen[municipality.id] == nil {
                log.add(table.file, nil, "no row for municipality \(municipality.id), expected one row per municipality")
            }
        }
        return rows
    }
}
