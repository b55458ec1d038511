import Foundation
@testable import HotlineRoster
import Testing

/// `generate --weeks` and `season` as a user runs them: exit statuses and what is written.
struct SeasonCommandTests {
    @Test func generateWeeksThenSeasonWritesEveryWeekAndSeasonCSV() throws {
        let root = FixturePlans.temporaryFolder("season-cli")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let weeks = root + "/weeks", out = root + "/season"
        #expect(exitCode(["generate", "--weeks", "2", "--first-week", "2026-W53", "--municipalities", "4", "--agents", "16",
                          "--seed", "5", "--out", weeks]) == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: weeks).sorted() == ["2026-W53", "2027-W01"])
        #expect(try String(contentsOfFile: weeks + "/2026-W53/hotline.yaml", encoding: .utf8).contains("2027-01-01   # New Year's Day"))
        // Never into a folder of something else (here a planning folder).
        #expect(exitCode(["season", weeks, "--out", weeks + "/2027-W01", "--quiet"]) == 73)
        #expect(exitCode(["season", weeks, "--out", out, "--time-limit", "10", "--quiet"]) == 0)
        let season = try String(contentsOfFile: out + "/season.csv", encoding: .utf8)
        #expect(season.split(separator: "\n").count == 1 + 2 * 4)
        #expect(FileManager.default.fileExists(atPath: out + "/2027-W01/balance.csv"))
        // A rerun over the same folder replaces it; a foreign folder is refused.
        #expect(exitCode(["generate", "--weeks", "2", "--first-week", "2026-W53", "--municipalities", "4", "--agents", "16",
                          "--seed", "5", "--out", weeks]) == 0)
        #expect(exitCode(["generate", "--weeks", "2", "--municipalities", "4", "--agents", "16", "--out", out]) == 73)
    }

    @Test func aMissingWeekExits65AndNamesIt() throws {
        let root = FixturePlans.temporaryFolder("season-gap")
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(exitCode(["generate", "--weeks", "3", "--first-week", "2027-W10", "--municipalities", "4", "--agents", "16",
                          "--out", root + "/weeks"]) == 0)
        try FileManager.default.removeItem(atPath: root + "/weeks/2027-W11")
        #expect(exitCode(["season", root + "/weeks", "--out", root + "/season"]) == 65)
        #expect(exitCode(["season", root + "/nowhere", "--out", root + "/season"]) == 66)
    }

    @Test(arguments: [
        ["generate", "--weeks", "0", "--out", "x"], ["generate", "--weeks", "2", "--scarce-weeks", "3", "--out", "x"],
        ["generate", "--first-week", "2027-W01", "--out", "x"], ["generate", "--weeks", "2", "--first-week", "2027-W54", "--out", "x"],
        ["generate", "--weeks", "2", "--scarce", "--out", "x"], ["season", "weeks", "--out", "x", "--time-limit", "0"],
    ])
    func usageErrorsExit64(arguments: [String]) {
        #expect(exitCode(arguments) == 64)
    }
}
