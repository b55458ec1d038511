import HotlineDomain
import PlanGeneration
import PlanReading
import Staffing
import Testing

/// `generate --scarce`: the same seed's week, short-staffed — municipalities that send nobody, agents
/// with days taken away, and slots that no roster can staff to their requirement.
struct ScarceWeekTests {
    static let requests = [
        GenerationRequest(municipalities: 30, agents: 120, seed: 1, slotMinutes: 30, scarce: true),
        GenerationRequest(municipalities: 30, agents: 120, seed: 5, slotMinutes: 30, scarce: true),
        GenerationRequest(municipalities: 12, agents: 40, seed: 3, slotMinutes: 15, scarce: true),
        GenerationRequest(municipalities: 2, agents: 8, seed: 42, slotMinutes: 60, scarce: true),
    ]

    /// Agent rows of an availability file, keyed by agent id (the header left out).
    static func rows(_ text: String?) -> [String: String] {
        let lines = (text ?? "").split(separator: "\n").dropFirst()
        return Dictionary(uniqueKeysWithValues: lines.map { (String($0.split(separator: ";", omittingEmptySubsequences: false)[0]), String($0)) })
    }

    @Test(arguments: requests)
    func aScarceWeekIsTheSameWeekWithFewerAgents(request: GenerationRequest) throws {
        var plain = request
        plain.scarce = false
        let scarce = try PlanGenerator.generate(request)
        let base = try PlanGenerator.generate(plain)
        #expect(try PlanGenerator.generate(request).files == scarce.files, "deterministic per seed")
        #expect(scarce.files["demand.csv"] == base.files["demand.csv"])
        #expect(scarce.files["municipalities.csv"] == base.files["municipalities.csv"])
        #expect(scarce.files["hotline.yaml"]?.contains(" --scarce\n") == true)

        let absent = scarce.figures.absentMunicipalities
        #expect(absent.count == max(1, min(request.municipalities - 1, request.municipalities / 7)))
        var emptied = 0
        for municipality in base.plan.municipalities {
            let path = "availability/\(municipality.id).csv"
            let now = Self.rows(scarce.files[path]), before = Self.rows(base.files[path])
            if absent.contains(municipality.name) {
                #expect(now.isEmpty, "\(municipality.name) sends nobody: its file has only the header")
                #expect(scarce.files[path]?.hasPrefix("agent;name;") == true)
                emptied += 1
            } else {
                // The same agents, with the same ids and names; flu only empties days.
                #expect(Set(now.keys) == Set(before.keys))
            }
        }
        #expect(emptied == absent.count)
        for agent in scarce.plan.agents {
            let original = try #require(base.plan.agents.first { $0.key == agent.key })
            for (day, windows) in agent.windows {
                #expect(original.windows[day] == windows, "\(agent.key) \(day.code): flu takes whole days, never parts")
            }
            #expect(agent.minHours <= original.minHours && agent.maxHours == original.maxHours)
        }
    }

    /// Read back as the command line reads it, some slot has fewer agents available than it requires
    /// (recomputed here from the plan's windows and Erlang C), as the summary line says.
    @Test(arguments: requests)
    func someSlotsCannotReachTheirRequirement(request: GenerationRequest) throws {
        let folder = try GeneratedFolder(request)
        let loaded = try PlanReader.read(folder: folder.root.path)
        #expect(loaded.plan.agents == folder.generated.plan.agents)
        let required = StaffingPlan(plan: loaded.plan).slots.map(\.required)
        let short = loaded.plan.slots.indices.filter { index in
            let slot = loaded.plan.slots[index]
            let window = TimeWindow(start: slot.start, end: slot.end)
            return loaded.plan.agents.count { ($0.windows[slot.day] ?? []).contains { $0.contains(window) } } < required[index]
        }
        #expect(!short.isEmpty)
        #expect(short.count == folder.generated.figures.slotsBelowRequirement)
        #expect(folder.generated.figures.greedyRosterHours == nil)
        #expect(folder.generated.figures.summary.contains("short-staffed: \(folder.generated.figures.absentMunicipalities.count) municipalities send nobody"))
    }
}
