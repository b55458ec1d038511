import Foundation

/// A one-day planning folder written at test time, as the municipalities would send it: Monday only,
/// one-hour slots, a floor of one agent, fairness by population.
struct GeneratedPlan {
    struct Agent {
        var id: String
        var name: String
        var monday: String
    }

    struct Municipality {
        var id: String
        var name: String
        var region = "Nordjylland"
        var population: Int
        var calls: Double
        var agents: [Agent]
    }

    struct BalanceRow {
        var municipality: String
        var owedHours: Double
        var afterWeek: String
    }

    var week = "2026-W49"
    var opening = "08:00-12:00"
    var municipalities: [Municipality]
    var balance: [BalanceRow] = []

    /// `count` municipalities with two agents each who can both work the whole day: quick to solve,
    /// yet every municipality gets its own roster file. `callsScale` varies the demand.
    static func spread(count: Int, callsScale: Double = 1) -> GeneratedPlan {
        let municipalities = (0..<count).map { index in
            Municipality(
                id: "m\(index)", name: "Kommune \(index)", population: 10_000 + 1_000 * index,
                calls: callsScale * (0.5 + 0.1 * Double(index)),
                agents: [
                    Agent(id: "a1", name: "Agent \(index) A", monday: "08:00-12:00"),
                    Agent(id: "a2", name: "Agent \(index) B", monday: "08:00-12:00"),
                ])
        }
        return GeneratedPlan(municipalities: municipalities)
    }

    /// Agents with a two-hour window each, one after the other from 08:00 (at most eight), dealt
    /// round-robin to `count` municipalities: the floor puts every one of them on the roster.
    static func everyoneWorks(names: [String], municipalities count: Int) -> GeneratedPlan {
        let municipalities = (0..<count).map { index in
            Municipality(id: "m\(index)", name: "Kommune \(index)", population: 1_000 * (index + 1), calls: 1, agents: [])
        }
        var plan = GeneratedPlan(opening: "08:00-24:00", municipalities: municipalities)
        for (index, name) in names.enumerated() {
            let window = String(format: "%02d:00-%02d:00", 8 + 2 * index, 10 + 2 * index)
            plan.municipalities[index % count].agents.append(Agent(id: "a\(index)", name: name, monday: window))
        }
        return plan
    }

    var agentNames: [String] { municipalities.flatMap { $0.agents.map(\.name) } }

    func write(to folder: String) throws {
        let root = URL(fileURLWithPath: folder)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("availability"), withIntermediateDirectories: true)
        let yaml = """
            week: \(week)
            slot_minutes: 60
            opening_hours:
              mon: "\(opening)"
            staffing:
              min_agents: 1
              shrinkage: 0.0
            shifts:
              min_hours: 2
              max_hours: 4
            fairness:
              basis: population

            """
        try yaml.write(to: root.appendingPathComponent("hotline.yaml"), atomically: false, encoding: .utf8)
        var table = "id;code;name;region;population\n"
        var demand = "municipality;day;from;to;calls\n"
        let (from, to) = (String(opening.prefix(5)), String(opening.suffix(5)))
        for (index, municipality) in municipalities.enumerated() {
            table += Self.line([municipality.id, String(format: "%03d", 100 + index), municipality.name, municipality.region,
                                String(municipality.population)])
            demand += Self.line([municipality.id, "mon", from, to, String(format: "%.2f", municipality.calls)])
            var availability = "agent;name;max_hours;min_hours;max_days;mon;tue;wed;thu;fri;sat;sun\n"
            for agent in municipality.agents {
                availability += Self.line([agent.id, agent.name, "4", "", "", agent.monday, "", "", "", "", "", ""])
            }
            try availability.write(to: root.appendingPathComponent("availability/\(municipality.id).csv"), atomically: false, encoding: .utf8)
        }
        try table.write(to: root.appendingPathComponent("municipalities.csv"), atomically: false, encoding: .utf8)
        try demand.write(to: root.appendingPathComponent("demand.csv"), atomically: false, encoding: .utf8)
        if !balance.isEmpty {
            let rows = balance.map { Self.line([$0.municipality, String($0.owedHours), $0.afterWeek]) }
            try ("municipality;owed_hours;after_week\n" + rows.joined())
                .write(to: root.appendingPathComponent("balance.csv"), atomically: false, encoding: .utf8)
        }
    }

    /// One `;` line; fields that need it are quoted per RFC 4180, as a spreadsheet exports them.
    private static func line(_ fields: [String]) -> String {
        fields.map { field in
            guard field.contains(where: { ";\"\n\r".contains($0) }) || field.first == " " || field.first == "\t" else { return field }
            return "\"" + field.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
        }.joined(separator: ";") + "\n"
    }
}
