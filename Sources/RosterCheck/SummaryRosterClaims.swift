import HotlineDomain

/// summary.json's `roster`: shift count, agent-hours, open slots and the slots below the floor,
/// against the checker's own count of roster.csv and the plan. Summaries of older versions have no
/// `roster`; that is no finding, but a `roster` that is there must be complete.
enum SummaryRosterClaims {
    static func check(_ summary: SummaryObject, plan: Plan, recount: Recount, rosterRows: Int, log: inout FindingLog) {
        guard summary.fields["roster"] != nil,
              let roster = summary.object("roster", expected: "an object with shifts, agent_hours, open_slots and unmet_floor_slots", log: &log)
        else { return }
        let file = FolderLayout.summary

        if let shifts = roster.integer("shifts", expected: "\(rosterRows) (the rows of roster.csv)", log: &log), shifts != rosterRows {
            log.add(file, nil, "roster.shifts is \(shifts), expected \(rosterRows) (the rows of roster.csv)")
        }
        let hours = recount.components.totalHours
        let hoursMeaning = "(the hours of the shifts in roster.csv, within 0.01)"
        if let claimed = roster.number("agent_hours", expected: "\(NumberText.format(hours, decimals: 2)) \(hoursMeaning)", log: &log),
           !Tolerance.within(claimed, hours, Tolerance.hours) {
            log.add(file, nil, "roster.agent_hours is \(NumberText.format(claimed, decimals: 6)), expected \(NumberText.format(hours, decimals: 2)) \(hoursMeaning)")
        }
        let openSlots = plan.slots.count
        if let claimed = roster.integer("open_slots", expected: "\(openSlots) (the plan's open slots)", log: &log), claimed != openSlots {
            log.add(file, nil, "roster.open_slots is \(claimed), expected \(openSlots) (the plan's open slots)")
        }
        checkUnmetFloor(roster, plan: plan, recount: recount, log: &log)
    }

    /// The listed slots against the open slots staffed below staffing.min_agents, as a multiset, so
    /// that a slot listed twice is reported too.
    private static func checkUnmetFloor(_ roster: SummaryObject, plan: Plan, recount: Recount, log: inout FindingLog) {
        let file = FolderLayout.summary
        let floor = plan.settings.staffing.minAgents
        let names = plan.slots.map { "\($0.date) \($0.day.code) \($0.start)-\($0.end)" }
        let unmet = plan.slots.indices.filter { recount.staffed[$0] < floor }
        let example = names.first.map { " such as \(JSONValue.quoted($0))" } ?? ""
        guard let listed = roster.array(
            "unmet_floor_slots",
            expected: "\(JSONValue.quoted(unmet.map { names[$0] })) (the open slots staffed below staffing.min_agents \(floor))",
            log: &log)
        else { return }

        let index = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var expected = Set(unmet)
        for (position, entry) in listed.enumerated() {
            guard case .string(let text) = entry else {
                log.add(file, nil, "roster.unmet_floor_slots[\(position)] is not a string, expected a slot\(example)")
                continue
            }
            guard let t = index[text] else {
                log.add(file, nil, "roster.unmet_floor_slots lists \(JSONValue.quoted(text)), which is not an open slot of the plan, expected open slots written like \(names.first.map(JSONValue.quoted) ?? "\"DATE DAY HH:MM-HH:MM\"")")
                continue
            }
            guard expected.remove(t) == nil else { continue }
            if recount.staffed[t] < floor {
                log.add(file, nil, "roster.unmet_floor_slots lists \(JSONValue.quoted(text)) more than once, expected each slot once")
            } else {
                log.add(file, nil, "roster.unmet_floor_slots lists \(JSONValue.quoted(text)), which has \(recount.staffed[t]) staffed (staffing.min_agents \(floor)), expected only the open slots staffed below staffing.min_agents")
            }
        }
        for t in expected.sorted() {
            log.add(file, nil, "roster.unmet_floor_slots lacks \(JSONValue.quoted(names[t])) (\(recount.staffed[t]) staffed, staffing.min_agents \(floor)), expected every open slot staffed below staffing.min_agents")
        }
    }
}
