import Foundation
import HotlineDomain
import PlanReading
import SeasonPlanning
import Testing

/// `season`: the weeks solved in order with the balance chained; the ledger recomputed here from
/// each week's roster.csv and demand.csv, with nothing of the tool's own arithmetic.
@Suite(.serialized)
struct SeasonLedgerTests {
    static let options = SeasonOptions(timeLimitSeconds: 10)

    @Test func theLedgerChainsFromWeekToWeek() throws {
        let fixture = try SeasonFixture()
        var lines: [String] = []
        let outcome = try SeasonRunner.run(weeksFolder: fixture.weeksFolder, out: fixture.out, options: Self.options) {
            lines.append($0.week.description)
        }
        #expect(lines == ["2027-W12", "2027-W13", "2027-W14"], "one report per week, in order")

        var owed: [String: Double] = [:]  // the first week has no balance.csv
        let season = try fixture.rows("season.csv")
        for week in ["2027-W12", "2027-W13", "2027-W14"] {
            // Shares by hand: each municipality's calls over all calls (fairness.basis demand).
            var calls: [String: Double] = [:]
            let demand = try String(contentsOfFile: "\(fixture.weeksFolder)/\(week)/demand.csv", encoding: .utf8)
            for line in demand.split(separator: "\n").dropFirst() {
                let fields = line.split(separator: ";", omittingEmptySubsequences: false)
                calls[String(fields[0]), default: 0] += Double(fields[4]) ?? .nan
            }
            let allCalls = calls.values.reduce(0, +)
            // Hours by hand from roster.csv.
            var hours: [String: Double] = [:]
            for row in try fixture.rows("\(week)/roster.csv") {
                hours[row["municipality"] ?? "?", default: 0] += Double(row["hours"] ?? "") ?? .nan
            }
            let total = hours.values.reduce(0, +)
            let rows = season.filter { $0["week"] == week }
            #expect(rows.count == calls.count)
            for row in rows {
                let id = try #require(row["municipality"])
                let expected = (owed[id] ?? 0) + (calls[id] ?? 0) / allCalls * total - (hours[id] ?? 0)
                #expect(abs((Double(row["owed_before"] ?? "") ?? .nan) - (owed[id] ?? 0)) < 0.001, "\(week) \(id) owed_before")
                #expect(abs((Double(row["owed_after"] ?? "") ?? .nan) - expected) < 0.001, "\(week) \(id) owed_after")
                #expect(abs((Double(row["rostered_hours"] ?? "") ?? .nan) - (hours[id] ?? 0)) < 0.001)
                owed[id] = Double(row["owed_after"] ?? "") ?? .nan
            }
            // The balance the week wrote is what the next week starts from.
            for row in try fixture.rows("\(week)/balance.csv") {
                let id = try #require(row["municipality"])
                #expect(abs((Double(row["owed_hours"] ?? "") ?? .nan) - (owed[id] ?? .nan)) < 0.001)
                #expect(row["after_week"] == week)
            }
        }
        #expect(outcome.ledger.weeks.count == 3)
        let final = outcome.ledger.municipalities.map { ($0.municipality, $0.finalOwed) }
        for (id, value) in final { #expect(abs(value - (owed[id] ?? .nan)) < 0.001) }
        // Σ owed is carried, never created: no balance before the first week, so it stays 0.
        #expect(abs(owed.values.reduce(0, +)) < 0.05)
    }

    @Test func resumeKeepsTheWeeksWrittenAndSolvesTheRest() throws {
        let fixture = try SeasonFixture()
        _ = try SeasonRunner.run(weeksFolder: fixture.weeksFolder, out: fixture.out, options: Self.options)
        let firstRoster = try fixture.text("2027-W12/roster.csv")
        let secondBalance = try fixture.text("2027-W13/balance.csv")
        try FileManager.default.removeItem(atPath: "\(fixture.out)/2027-W14")
        try FileManager.default.removeItem(atPath: "\(fixture.out)/season.csv")

        var statuses: [String] = []
        var resume = Self.options
        resume.resume = true
        _ = try SeasonRunner.run(weeksFolder: fixture.weeksFolder, out: fixture.out, options: resume) { statuses.append($0.status) }
        #expect(statuses.prefix(2) == ["kept", "kept"])
        #expect(statuses.count == 3 && statuses[2] != "kept")
        #expect(try fixture.text("2027-W12/roster.csv") == firstRoster)
        #expect(try fixture.text("2027-W13/balance.csv") == secondBalance)
        #expect(try fixture.rows("season.csv").count == 3 * 4)
    }

    @Test func resumeRefusesAWeekThatNoLongerMatches() throws {
        let fixture = try SeasonFixture(weeks: 2)
        _ = try SeasonRunner.run(weeksFolder: fixture.weeksFolder, out: fixture.out, options: Self.options)
        // Hand-edit the first week's balance: the second week no longer follows from it.
        let path = "\(fixture.out)/2027-W12/balance.csv"
        var lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        var fields = lines[1].split(separator: ";", omittingEmptySubsequences: false).map(String.init)
        fields[1] = "12.5"
        lines[1] = fields.joined(separator: ";")
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        var resume = Self.options
        resume.resume = true
        #expect {
            try SeasonRunner.run(weeksFolder: fixture.weeksFolder, out: fixture.out, options: resume)
        } throws: { error in
            guard case SeasonError.resumeMismatch(let week, _) = error else { return false }
            return week.description == "2027-W12" || week.description == "2027-W13"
        }
    }

    @Test func aGapBetweenWeeksIsNamed() throws {
        let fixture = try SeasonFixture()
        try FileManager.default.removeItem(atPath: "\(fixture.weeksFolder)/2027-W13")
        #expect {
            try SeasonRunner.run(weeksFolder: fixture.weeksFolder, out: fixture.out, options: Self.options)
        } throws: { error in
            guard case SeasonError.gap(_, let after, let missing, let next) = error else { return false }
            return "\(after) \(missing) \(next)" == "2027-W12 2027-W13 2027-W14"
                && "\(error)".contains("2027-W13 is missing between 2027-W12 and 2027-W14")
        }
        #expect(!FileManager.default.fileExists(atPath: fixture.out), "nothing is solved before the weeks are known to chain")
    }

    @Test func aFolderWithoutWeeksIsRefused() throws {
        let fixture = try SeasonFixture(weeks: 1)
        #expect(throws: SeasonError.self) {
            try SeasonRunner.run(weeksFolder: fixture.root.appendingPathComponent("nothing").path, out: fixture.out, options: Self.options)
        }
    }
}
