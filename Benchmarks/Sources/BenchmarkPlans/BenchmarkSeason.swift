import Foundation
import HotlineDomain
import PlanGeneration
import SeasonPlanning

/// A generated season solved week by week with the ledger chained (`generate --weeks`, `season`).
public struct BenchmarkSeason: Sendable {
    public let name: String
    public let municipalities: Int
    public let agents: Int
    public let seed: UInt64
    public let firstWeek: String
    public let weeks: Int
    public let timeLimitSeconds: Double
    public let isQuick: Bool

    public static let all = [
        // The quick gate: the first weeks of the year, Easter's closed days among them.
        BenchmarkSeason(name: "season-bundled-5w", municipalities: 30, agents: 120, seed: 1, firstWeek: "2027-W11", weeks: 5,
                        timeLimitSeconds: 20, isQuick: true),
        BenchmarkSeason(name: "season-bundled-52w", municipalities: 30, agents: 120, seed: 1, firstWeek: "2027-W01", weeks: 52,
                        timeLimitSeconds: 20, isQuick: false),
    ]

    public struct Measured: Sendable {
        public let ledger: SeasonLedger
        public let seconds: Double
        /// Each week's solve time, in week order.
        public let weekSeconds: [Double]
        public var medianWeekSeconds: Double {
            let sorted = weekSeconds.sorted()
            guard !sorted.isEmpty else { return 0 }
            return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
        }
    }

    struct BadWeek: Error { let text: String }

    /// Generates the season into a temporary folder, solves it, and removes the folder.
    public func run() throws -> Measured {
        guard let first = IsoWeek(firstWeek) else { throw BadWeek(text: firstWeek) }
        let season = try SeasonGenerator.generate(SeasonRequest(
            base: GenerationRequest(municipalities: municipalities, agents: agents, seed: seed), firstWeek: first, weeks: weeks))
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("benchmark-\(name)-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for (path, text) in season.files {
            let url = root.appendingPathComponent("weeks").appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let clock = ContinuousClock()
        let began = clock.now
        let outcome = try SeasonRunner.run(
            weeksFolder: root.appendingPathComponent("weeks").path, out: root.appendingPathComponent("season").path,
            options: SeasonOptions(timeLimitSeconds: timeLimitSeconds, includeNames: false))
        let elapsed = clock.now - began
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        return Measured(ledger: outcome.ledger, seconds: seconds, weekSeconds: outcome.ledger.weeks.compactMap(\.seconds))
    }

    /// One line for the terminal.
    public static func line(_ season: BenchmarkSeason, _ measured: Measured) -> String {
        let ledger = measured.ledger
        return "\(season.name): \(ledger.weeks.count) weeks verified in \(String(format: "%.1f", measured.seconds)) s "
            + "(median week \(String(format: "%.2f", measured.medianWeekSeconds)) s); "
            + "beyond the need \(String(format: "%.1f", 100 * ledger.beyondNeedFraction)) %; "
            + "unforced excursions \(ledger.unforcedExcursions) (largest \(String(format: "%.2f", ledger.largestUnforced)) h)"
    }
}
