import HotlineDomain
import PlanReading

/// coverage.csv: exactly one row per open slot, in time order, with the recomputed figures.
enum CoverageClaims {
    private struct SlotKey: Hashable {
        let date: CalendarDate
        let start: Int
        let end: Int
    }

    static func check(_ table: FolderTable, plan: Plan, recount: Recount, log: inout FindingLog) {
        let file = table.file
        let slots = plan.slots
        var index: [SlotKey: Int] = [:]
        for (position, slot) in slots.enumerated() {
            index[SlotKey(date: slot.date, start: slot.start.minutes, end: slot.end.minutes)] = position
        }
        var seen: [Int: Int] = [:]
        var previous: Int?
        for record in table.records {
            let line = record.line
            let dateText = table.field(record, "date") ?? "?"
            let startText = table.field(record, "start") ?? "?"
            let endText = table.field(record, "end") ?? "?"
            guard let date = CalendarDate(dateText), let start = NumberText.time(startText),
                  let end = NumberText.time(endText)
            else {
                log.add(file, line, "the row names slot \(dateText) \(startText)-\(endText), expected a date YYYY-MM-DD and times HH:MM")
                continue
            }
            let subject = "slot \(date) \(startText)-\(endText)"
            guard let t = index[SlotKey(date: date, start: start, end: end)] else {
                log.add(file, line, "\(subject) is not an open slot of the plan, expected rows only for the open \(plan.settings.slotMinutes)-minute slots")
                continue
            }
            if let first = seen[t] {
                log.add(file, line, "\(subject) appears again (first on line \(first)), expected one row per open slot")
                continue
            }
            seen[t] = line
            if let previous, t < previous {
                log.add(file, line, "\(subject) is out of time order, expected the rows in time order")
            }
            previous = t

            let slot = slots[t]
            if let day = table.field(record, "day"), day != slot.day.code {
                log.add(file, line, "\(subject) has day \"\(day)\", expected \(slot.day.code)")
            }
            if let text = table.field(record, "calls") {
                let expected = recount.pooledCalls[t]
                if let calls = NumberText.number(text) {
                    if !Tolerance.within(calls, expected, Tolerance.hours) {
                        log.add(file, line, "\(subject) has calls \(text), expected \(NumberText.format(expected, decimals: 2)) (the plan's pooled forecast, within 0.01)")
                    }
                } else {
                    log.add(file, line, "\(subject) has calls \"\(text)\", expected a number such as \(NumberText.format(expected, decimals: 2))")
                }
            }
            let required = recount.required[t]
            let staffed = recount.staffed[t]
            let figures: [(String, Int, String)] = [
                ("required", required, "r_t from the staffing requirement"),
                ("staffed", staffed, "agents on shift for the whole slot in roster.csv"),
                ("shortfall", max(0, required - staffed), "max(0, required − staffed)"),
            ]
            for (column, expected, meaning) in figures {
                guard let text = table.field(record, column) else { continue }
                if let value = NumberText.integer(text) {
                    if value != expected {
                        log.add(file, line, "\(subject) has \(column) \(text), expected \(expected) (\(meaning))")
                    }
                } else {
                    log.add(file, line, "\(subject) has \(column) \"\(text)\", expected a whole number such as \(expected)")
                }
            }
        }
        for (t, slot) in slots.enumerated() where seen[t] == nil {
            log.add(file, nil, "no row for the open slot \(slot.day.code) \(slot.date) \(slot.start)-\(slot.end), expected one row per open slot")
        }
    }
}
