import Foundation
import HotlineDomain
import PlanGeneration

/// A small generated season written to a temporary folder, with a folder for its rosters.
final class SeasonFixture {
    let root: URL
    var weeksFolder: String { root.appendingPathComponent("weeks").path }
    var out: String { root.appendingPathComponent("season").path }

    init(first: String = "2027-W12", weeks: Int = 3, municipalities: Int = 4, agents: Int = 16, seed: UInt64 = 2) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("season-\(UUID().uuidString)")
        guard let firstWeek = IsoWeek(first) else { throw FixtureError.badWeek(first) }
        let season = try SeasonGenerator.generate(SeasonRequest(
            base: GenerationRequest(municipalities: municipalities, agents: agents, seed: seed), firstWeek: firstWeek, weeks: weeks))
        for (path, text) in season.files {
            let url = root.appendingPathComponent("weeks").appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    func text(_ relative: String) throws -> String {
        try String(contentsOfFile: (out as NSString).appendingPathComponent(relative), encoding: .utf8)
    }

    /// Data rows of a `;` file, as column name → value.
    func rows(_ relative: String) throws -> [[String: String]] {
        let lines = try text(relative).split(separator: "\n").map { $0.split(separator: ";", omittingEmptySubsequences: false).map(String.init) }
        guard let header = lines.first else { return [] }
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    enum FixtureError: Error { case badWeek(String) }
}
