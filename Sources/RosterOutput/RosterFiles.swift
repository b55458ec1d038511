import HotlineDomain
import RosterModel

/// Facts about the run that go into summary.json besides the roster itself.
public struct RunFacts: Sendable {
    public var solveSeconds: Double
    public var glpkVersion: String
    public var warnings: [String]

    public init(solveSeconds: Double, glpkVersion: String, warnings: [String]) {
        self.solveSeconds = solveSeconds
        self.glpkVersion = glpkVersion
        self.warnings = warnings
    }
}

public struct OutputOptions: Sendable {
    /// Names are personal data: without them, the name column repeats the agent id.
    public var includeNames: Bool

    public init(includeNames: Bool = true) {
        self.includeNames = includeNames
    }
}

/// The contents of a roster folder, by relative path. Pure: the same inputs give the same bytes.
public struct RosterFiles: Sendable {
    public let files: [String: String]

    public init(plan: Plan, calls: [Double], required: [Int], solution: RosterSolution, facts: RunFacts, options: OutputOptions) {
        var files: [String: String] = [:]
        let agents = Dictionary(uniqueKeysWithValues: plan.agents.map { ($0.key, $0) })
        let dates = plan.settings.week.dates
        let header = ["date", "day", "start", "end", "hours", "municipality", "agent", "name"]

        var all = CSVText(header: header)
        var perMunicipality = Dictionary(uniqueKeysWithValues: plan.municipalities.map { ($0.id, CSVText(header: header)) })
        var hours: [String: Double] = [:]
        for shift in solution.roster.shifts {
            let name = options.includeNames ? (agents[shift.agent]?.name ?? shift.agent.agent) : shift.agent.agent
            let row = [
                dates[shift.day.rawValue].description, shift.day.code, shift.window.start.description,
                shift.window.end.description, decimal(shift.hours, 2), shift.agent.municipality, shift.agent.agent, name,
            ]
            all.append(row)
            perMunicipality[shift.agent.municipality]?.append(row)
            hours[shift.agent.municipality, default: 0] += shift.hours
        }
        files["roster.csv"] = all.text
        for (id, text) in perMunicipality {
            files["municipalities/\(id).csv"] = text.text
        }

        let staffed = Self.staffedPerSlot(plan: plan, roster: solution.roster)
        var coverage = CSVText(header: ["date", "day", "start", "end", "calls", "required", "staffed", "shortfall"])
        for (index, slot) in plan.slots.enumerated() {
            coverage.append([
                slot.date.description, slot.day.code, slot.start.description, slot.end.description,
                decimal(calls[index], 2), String(required[index]), String(staffed[index]),
                String(max(0, required[index] - staffed[index])),
            ])
        }
        files["coverage.csv"] = coverage.text

        let shares = plan.shares
        let total = hours.values.reduce(0, +)
        let available = AvailableHours.perMunicipality(plan: plan)
        var fairness = CSVText(header: [
            "municipality", "share", "target_hours", "rostered_hours", "available_hours", "owed_before", "owed_after",
        ])
        var balance = CSVText(header: ["municipality", "owed_hours", "after_week"])
        for municipality in plan.municipalities {
            let id = municipality.id
            let share = shares[id] ?? 0
            let before = plan.owedHours[id] ?? 0
            let rostered = hours[id] ?? 0
            let after = before + share * total - rostered
            fairness.append([
                id, decimal(share, 6), decimal(share * total + before, 4), decimal(rostered, 2),
                decimal(available[id] ?? 0, 2), decimal(before, 4), decimal(after, 4),
            ])
            balance.append([id, decimal(after, 4), plan.settings.week.description])
        }
        files["fairness.csv"] = fairness.text
        files["balance.csv"] = balance.text
        files["summary.json"] = SummaryJSON.render(
            plan: plan, solution: solution, facts: facts, totalHours: total, staffed: staffed)
        self.files = files
    }

    static func staffedPerSlot(plan: Plan, roster: Roster) -> [Int] {
        var staffed = Array(repeating: 0, count: plan.slots.count)
        for (index, slot) in plan.slots.enumerated() {
            staffed[index] = roster.shifts.reduce(0) { count, shift in
                count + (shift.day == slot.day && shift.window.start <= slot.start && slot.end <= shift.window.end ? 1 : 0)
            }
        }
        return staffed
    }
}
