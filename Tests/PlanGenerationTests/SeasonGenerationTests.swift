import Foundation
import HotlineDomain
import PlanGeneration
import PlanReading
import Testing

/// `generate --weeks`: consecutive weeks of the same municipalities and agents, each with what real
/// weeks bring, every one a valid planning folder.
struct SeasonGenerationTests {
    static let base = GenerationRequest(municipalities: 12, agents: 48, seed: 4, slotMinutes: 30)

    static func season(from week: String, weeks: Int, scarce: Int = 0) throws -> GeneratedSeason {
        try SeasonGenerator.generate(SeasonRequest(base: base, firstWeek: try #require(IsoWeek(week)), weeks: weeks, scarceWeeks: scarce))
    }

    /// Agent id → name over every availability file of a week.
    static func agents(_ week: GeneratedSeason.Week) -> [String: String] {
        var names: [String: String] = [:]
        for (path, text) in week.files where path.hasPrefix("availability/") {
            for line in text.split(separator: "\n").dropFirst() {
                let fields = line.split(separator: ";", omittingEmptySubsequences: false)
                names[path + "/" + fields[0]] = String(fields[1])
            }
        }
        return names
    }

    @Test func aWeekDoesNotDependOnHowManyWeeksAreGenerated() throws {
        let short = try Self.season(from: "2027-W20", weeks: 2)
        let long = try Self.season(from: "2027-W18", weeks: 6)
        let week21 = try #require(long.weeks.first { $0.week.description == "2027-W21" })
        #expect(short.weeks[1].files == week21.files)
        #expect(try Self.season(from: "2027-W20", weeks: 2).files == short.files, "deterministic per seed")
    }

    @Test func weeksAreConsecutiveAcrossTheTurnOfTheYear() throws {
        let season = try Self.season(from: "2026-W52", weeks: 3)
        #expect(season.weeks.map(\.week.description) == ["2026-W52", "2026-W53", "2027-W01"])
        #expect(Set(season.files.keys.map { String($0.prefix(8)) }) == ["2026-W52", "2026-W53", "2027-W01"])
    }

    /// Every week reads back as a valid plan (strictly: every municipality has its file, perhaps only the
    /// header) with its own week and its holidays closed, and no demand on a closed day.
    @Test func everyWeekIsAValidPlanWithItsHolidaysClosed() throws {
        let season = try Self.season(from: "2027-W11", weeks: 4, scarce: 1)
        #expect(season.weeks.filter(\.scarce).count == 1)
        for week in season.weeks {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("season-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            for (path, text) in week.files {
                let url = folder.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            }
            let loaded = try PlanReader.read(folder: folder.path, options: ReadOptions(strict: true))
            // The only warnings: a municipality whose agents are all away sends a header-only file.
            #expect(loaded.warnings.allSatisfy { $0.description.contains("only a header") }, "\(week.week): \(loaded.warnings)")
            #expect(loaded.plan.settings.week == week.week)
            #expect(loaded.plan.settings.closedDates == Set(DanishHolidays.holidays(in: week.week).map(\.date)))
            #expect(loaded.plan.settings.priorities == Priority.v2Default)
            #expect(loaded.plan.agents.count == week.agents)
        }
        let easter = try #require(season.weeks.first { $0.week.description == "2027-W12" })
        #expect(easter.closed.map(\.name) == ["Maundy Thursday", "Good Friday", "Easter Sunday"])
        #expect(easter.files["demand.csv"]?.contains(";thu;") == false)
        #expect(easter.files["demand.csv"]?.contains(";wed;") == true)
    }

    /// The same people all year: an agent id always has the same name; in July many are on vacation,
    /// in a plain autumn week nobody; demand is lower in July than in February.
    @Test func theSamePeopleThroughTheYear() throws {
        let season = try Self.season(from: "2027-W06", weeks: 30)
        var names: [String: String] = [:]
        for week in season.weeks {
            for (key, name) in Self.agents(week) {
                if let known = names[key] { #expect(known == name, "\(key) in \(week.week)") }
                names[key] = name
            }
        }
        #expect(names.count == Self.base.agents, "every agent appears in some week")
        let july = try #require(season.weeks.first { $0.week.description == "2027-W29" })
        let february = try #require(season.weeks.first { $0.week.description == "2027-W06" })
        #expect(july.away >= Self.base.agents / 5)
        #expect(july.requiredAgentHours < february.requiredAgentHours)
        #expect(season.weeks.contains { $0.sick > 0 })
    }

    @Test(arguments: [(0, 0), (107, 0), (4, 5), (4, -1)])
    func refusesWeeksOutOfRange(weeks: Int, scarce: Int) throws {
        #expect(throws: GenerationError.self) { try Self.season(from: "2027-W01", weeks: weeks, scarce: scarce) }
    }
}
