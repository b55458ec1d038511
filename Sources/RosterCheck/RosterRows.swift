import HotlineDomain
import PlanReading

/// A roster.csv row that names a known agent, a date of the planned week and a valid time span:
/// it counts towards coverage, hours and fairness, whatever rules it breaks.
struct RosterShift {
    let line: Int
    let agent: Agent
    /// 0 = Monday … 6 = Sunday.
    let day: Int
    let date: CalendarDate
    /// Minutes after midnight.
    let start: Int
    let end: Int

    var minutes: Int { end - start }
    /// Minutes after Monday 00:00 of the planned week.
    var weekStart: Int { day * 1440 + start }
    var weekEnd: Int { day * 1440 + end }
    var span: String { "\(NumberText.clock(start))-\(NumberText.clock(end))" }
}

/// Reads roster.csv row by row and checks every rule that concerns one shift on its own.
struct RosterRowChecker {
    let plan: Plan
    let calendar: WeekCalendar
    private let agents: [AgentKey: Agent]
    private let municipalityIDs: Set<String>

    init(plan: Plan, calendar: WeekCalendar) {
        self.plan = plan
        self.calendar = calendar
        var agents: [AgentKey: Agent] = [:]
        for agent in plan.agents { agents[agent.key] = agent }
        self.agents = agents
        municipalityIDs = Set(plan.municipalities.map(\.id))
    }

    /// The shifts that count; every problem of a single row is logged.
    func check(_ table: FolderTable, log: inout FindingLog) -> [RosterShift] {
        var shifts: [RosterShift] = []
        var previousKey: SortKey?
        for record in table.records {
            if let shift = check(record, in: table, log: &log) { shifts.append(shift) }
            if let key = sortKey(record, in: table) {
                if let previousKey, key < previousKey {
                    log.add(table.file, record.line,
                            "the row is out of order (it sorts before the row above it), expected roster.csv sorted by date, start, end, municipality, agent")
                }
                previousKey = key
            }
        }
        return shifts
    }

    private struct SortKey: Comparable {
        let date: CalendarDate
        let start: Int
        let end: Int
        let municipality: String
        let agent: String

        static func < (lhs: SortKey, rhs: SortKey) -> Bool {
            (lhs.date, lhs.start, lhs.end, lhs.municipality, lhs.agent)
                < (rhs.date, rhs.start, rhs.end, rhs.municipality, rhs.agent)
        }
    }

    private func sortKey(_ record: CSVRecord, in table: FolderTable) -> SortKey? {
        guard let date = table.field(record, "date").flatMap(CalendarDate.init),
              let start = table.field(record, "start").flatMap(NumberText.time),
              let end = table.field(record, "end").flatMap(NumberText.time),
              let municipality = table.field(record, "municipality"), let agent = table.field(record, "agent")
        else { return nil }
        return SortKey(date: date, start: start, end: end, municipality: municipality, agent: agent)
    }

    // MARK: - One row

    private func check(_ record: CSVRecord, in table: FolderTable, log: inout FindingLog) -> RosterShift? {
        let file = table.file
        let line = record.line
        let dateText = table.field(record, "date") ?? "?"
        let startText = table.field(record, "start") ?? "?"
        let endText = table.field(record, "end") ?? "?"
        let municipalityText = table.field(record, "municipality") ?? "?"
        let agentText = table.field(record, "agent") ?? "?"
        let subject = "shift \(startText)-\(endText) of \(municipalityText)/\(agentText) on \(dateText)"
        func problem(_ text: String) { log.add(file, line, subject + " " + text) }

        // Date and day.
        var day: Int?
        let date = CalendarDate(dateText)
        if let date {
            day = calendar.dayIndex(of: date)
            if day == nil { problem("is dated outside the planned week \(calendar.span)") }
        } else if table.has("date") {
            problem("has date \"\(dateText)\", expected a date YYYY-MM-DD")
        }
        if let dayText = table.field(record, "day") {
            if let weekday = Weekday(code: dayText) {
                if let date {
                    let actual = WeekCalendar.weekday(of: date)
                    if actual != weekday.rawValue {
                        let name = Weekday(rawValue: actual)?.code ?? "?"
                        problem("has day \(dayText), but \(date) is a \(name), expected day \(name)")
                    }
                }
            } else {
                problem("has day \"\(dayText)\", expected one of mon, tue, wed, thu, fri, sat, sun")
            }
        }

        // Times.
        let start = NumberText.time(startText)
        let end = NumberText.time(endText)
        if start == nil, table.has("start") { problem("has start \"\(startText)\", expected a time HH:MM") }
        if end == nil, table.has("end") { problem("has end \"\(endText)\", expected a time HH:MM") }
        var span: (start: Int, end: Int)?
        if let start, let end {
            if start < end {
                span = (start, end)
            } else {
                problem("ends at \(endText), not after its start \(startText), expected start < end on the same day")
            }
        }
        for (role, minute) in [("starts", start), ("ends", end)] {
            guard let minute, minute % calendar.slotMinutes != 0 else { continue }
            let before = minute - minute % calendar.slotMinutes
            problem("\(role) at \(NumberText.clock(minute)), not on a \(calendar.slotMinutes)-minute slot boundary, expected a time such as \(NumberText.clock(before)) or \(NumberText.clock(before + calendar.slotMinutes))")
        }

        // Who.
        var agent: Agent?
        if table.has("municipality"), table.has("agent") {
            if !municipalityIDs.contains(municipalityText) {
                problem("names municipality \"\(municipalityText)\", which is not in the plan, expected one of \(plan.municipalities.map(\.id).joined(separator: ", "))")
            } else if let found = agents[AgentKey(municipality: municipalityText, agent: agentText)] {
                agent = found
            } else {
                let elsewhere = plan.agents.filter { $0.id == agentText }.map(\.municipality)
                let hint = elsewhere.isEmpty ? "" : " (\(agentText) is an agent of \(elsewhere.joined(separator: ", ")))"
                problem("names agent \"\(agentText)\", which is not an agent of \(municipalityText)\(hint)")
            }
        }
        if let agent, let name = table.field(record, "name") {
            let plain = agent.name.trimmingEdgeSpaces()
            let accepted: Set<String> = [agent.name, "'" + agent.name, plain, "'" + plain, agent.id]
            if !accepted.contains(name) {
                problem("has name \"\(name)\", expected the plan's name \"\(plain)\" (or \"'\(plain)\" when neutralized, or \"\(agent.id)\" when names are omitted)")
            }
        }

        // Length and the hours column.
        if let span {
            let minutes = span.end - span.start
            let length = NumberText.hours(minutes: minutes)
            let rules = plan.settings.shifts
            if Double(minutes) < rules.minHours * 60 - 1e-6 {
                problem("is \(NumberText.counted(length, "hour")) long, shorter than shifts.min_hours \(NumberText.format(rules.minHours))")
            }
            if Double(minutes) > rules.maxHours * 60 + 1e-6 {
                problem("is \(NumberText.counted(length, "hour")) long, longer than shifts.max_hours \(NumberText.format(rules.maxHours))")
            }
            if let hoursText = table.field(record, "hours") {
                if let hours = NumberText.number(hoursText) {
                    if abs(hours - Double(minutes) / 60) > 1e-6 {
                        problem("has hours \(hoursText), expected \(length) (\(startText) to \(endText))")
                    }
                } else {
                    problem("has hours \"\(hoursText)\", expected a number with . decimals such as \(length)")
                }
            }
        }

        // When: opening hours and availability.
        if let day, let date, let span {
            let weekday = Weekday(rawValue: day) ?? .mon
            if plan.settings.closedDates.contains(date) {
                problem("is on \(date), a closed date, expected no shift on closed dates")
            } else if let text = Self.outside(span, plan.settings.openingHours[weekday] ?? [], .opening) {
                let hours = (plan.settings.openingHours[weekday] ?? []).map(\.description).joined(separator: ", ")
                if hours.isEmpty {
                    problem("is on \(weekday.code), when the hotline is closed (no opening hours), expected no shift that day")
                } else {
                    problem("\(text) (opening hours on \(weekday.code): \(hours)), expected it inside one opening interval")
                }
            }
            if let agent {
                let windows = agent.windows[weekday] ?? []
                if windows.isEmpty {
                    problem("is on \(weekday.code), when \(agent.key) is not available, expected shifts only on the agent's available days")
                } else if let text = Self.outside(span, windows, .availability) {
                    problem("\(text) (\(agent.key) is available on \(weekday.code): \(windows.map(\.description).joined(separator: ", "))), expected it inside one availability window")
                }
            }
        }

        guard let agent, let day, let date, let span else { return nil }
        return RosterShift(line: line, agent: agent, day: day, date: date, start: span.start, end: span.end)
    }

    /// How a span that sticks out of some windows is described.
    struct Wording {
        let opens: String
        let closes: String
        let gap: String

        static let opening = Wording(opens: "before opening at", closes: "after closing at", gap: "the break")
        static let availability = Wording(
            opens: "before the agent's availability begins at", closes: "after the agent's availability ends at",
            gap: "the gap in the agent's availability")
    }

    /// Nil when `span` lies inside one of `windows`; otherwise how it sticks out, e.g.
    /// "starts before opening at 08:00". Empty windows give "".
    static func outside(_ span: (start: Int, end: Int), _ windows: [TimeWindow], _ wording: Wording) -> String? {
        let sorted = windows.sorted()
        if sorted.contains(where: { $0.start.minutes <= span.start && span.end <= $0.end.minutes }) { return nil }
        guard let first = sorted.first, let last = sorted.last else { return "" }
        if let holding = sorted.first(where: { $0.start.minutes <= span.start && span.start < $0.end.minutes }) {
            if let next = sorted.first(where: { $0.start.minutes >= holding.end.minutes }), span.end > next.start.minutes {
                return "spans \(wording.gap) between \(holding.end) and \(next.start)"
            }
            return "ends \(wording.closes) \(holding.end)"
        }
        if span.start < first.start.minutes { return "starts \(wording.opens) \(first.start)" }
        if span.start >= last.end.minutes { return "starts \(wording.closes) \(last.end)" }
        let before = sorted.last(where: { $0.end.minutes <= span.start })
        let after = sorted.first(where: { $0.start.minutes > span.start })
        return "starts during \(wording.gap) between \(before?.end.description ?? "?") and \(after?.start.description ?? "?")"
    }
}

extension String {
    /// Without leading and trailing spaces, tabs and no-break spaces, as the CSV reader trims fields.
    func trimmingEdgeSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{A0}" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
