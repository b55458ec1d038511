import HotlineDomain

/// The planning folder's files as text, in the contract's format (`;`, UTF-8, LF, one decimal).
enum PlanText {
    static func files(
        request: GenerationRequest, municipalities: [DanishMunicipality], forecast: ContactForecast, agents: [AgentDraft]
    ) -> [String: String] {
        files(yaml: WeekTemplate.yaml(request), municipalities: municipalities, forecast: forecast, agents: agents)
    }

    /// The files of a week whose hotline.yaml is written already; no demand rows on `closedDays`
    /// (the reader would drop them with a warning).
    static func files(
        yaml: String, municipalities: [DanishMunicipality], forecast: ContactForecast, agents: [AgentDraft],
        closedDays: Set<Weekday> = []
    ) -> [String: String] {
        var files = [
            "hotline.yaml": yaml,
            "municipalities.csv": municipalitiesCSV(municipalities),
            "demand.csv": demandCSV(municipalities, forecast, closedDays: closedDays),
        ]
        for (m, municipality) in municipalities.enumerated() {
            files["availability/\(municipality.id).csv"] = availabilityCSV(agents.filter { $0.municipality == m })
        }
        return files
    }

    static func municipalitiesCSV(_ municipalities: [DanishMunicipality]) -> String {
        var text = "id;code;name;region;population\n"
        for m in municipalities {
            text += "\(m.id);\(m.code);\(m.name);\(m.region);\(m.population)\n"
        }
        return text
    }

    static func demandCSV(_ municipalities: [DanishMunicipality], _ forecast: ContactForecast, closedDays: Set<Weekday> = []) -> String {
        var text = "municipality;day;from;to;calls\n"
        for (m, municipality) in municipalities.enumerated() {
            for (c, cell) in ContactForecast.cells.enumerated() where !closedDays.contains(cell.day) {
                let from = TimeOfDay(hours: cell.hour, minutes: 0), to = TimeOfDay(hours: cell.hour + 1, minutes: 0)
                let tenths = forecast.tenths[m][c]
                text += "\(municipality.id);\(cell.day.code);\(from);\(to);\(tenths / 10).\(tenths % 10)\n"
            }
        }
        return text
    }

    static func availabilityCSV(_ agents: [AgentDraft]) -> String {
        var text = "agent;name;max_hours;min_hours;max_days;" + Weekday.allCases.map(\.code).joined(separator: ";") + "\n"
        for agent in agents {
            let days = Weekday.allCases.map { day in
                agent.windows[day.rawValue].map { "\(time($0.start))-\(time($0.end))" }.joined(separator: ",")
            }
            let fields = [
                agent.id, agent.name, String(agent.maxHours),
                agent.minHours > 0 ? String(agent.minHours) : "",
                agent.maxDays < 7 ? String(agent.maxDays) : "",
            ] + days
            text += fields.joined(separator: ";") + "\n"
        }
        return text
    }

    /// The domain value PlanReader makes of the same agent row.
    static func agent(_ draft: AgentDraft, municipality: String) -> Agent {
        var windows: [Weekday: [TimeWindow]] = [:]
        for day in Weekday.allCases where !draft.windows[day.rawValue].isEmpty {
            windows[day] = draft.windows[day.rawValue].map {
                TimeWindow(start: TimeOfDay(minutes: $0.start), end: TimeOfDay(minutes: $0.end))
            }
        }
        return Agent(
            municipality: municipality, id: draft.id, name: draft.name, maxHours: Double(draft.maxHours),
            minHours: Double(draft.minHours), maxDays: draft.maxDays, windows: windows)
    }

    private static func time(_ minute: Int) -> String { TimeOfDay(minutes: minute).description }
}
