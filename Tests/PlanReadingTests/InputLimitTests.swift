import Foundation
import Testing
@testable import PlanReading
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Absurd sizes are refused early with a message naming the file, the line and the limit.
@Suite struct InputLimitTests {
    static let availabilityHeader = "agent;name;max_hours;min_hours;max_days;mon;tue;wed;thu;fri;sat;sun\n"

    static func agents(_ prefix: String, count: Int) -> String {
        availabilityHeader + (0..<count).map { "\(prefix)\($0);;10;;;08:00-12:00;;;;;;\n" }.joined()
    }

    @Test func moreAgentsThanSupportedOverAllFilesAreRefusedAtTheFirstOneTooMany() throws {
        let first = 6_000, second = InputLimits.maxAgents - first + 1
        let fixture = PlanFixture([
            "availability/aarhus.csv": Self.agents("a", count: first),
            "availability/odense.csv": Self.agents("o", count: second),
        ])
        let error = try #require(fixture.failure())
        #expect(error.exitCode == 65)
        #expect(error.diagnostics.map(\.description) == [
            "availability/odense.csv:\(second + 1): this is agent number 10001 of the plan (counting the files in name order), expected at most 10000 agents over all availability files",
        ])
    }

    @Test func exactlyTheSupportedNumberOfAgentsIsRead() throws {
        let fixture = PlanFixture([
            "availability/aarhus.csv": Self.agents("a", count: InputLimits.maxAgents - 1),
            "availability/odense.csv": Self.agents("o", count: 1),
        ])
        #expect(try fixture.read().plan.agents.count == InputLimits.maxAgents)
    }

    @Test func moreMunicipalitiesThanSupportedAreRefused() throws {
        let rows = (0...InputLimits.maxMunicipalities).map { "m\($0);\(String(format: "%03d", $0 % 1000));M;R;1\n" }.joined()
        let fixture = PlanFixture(["municipalities.csv": "id;code;name;region;population\n" + rows])
        let error = try #require(fixture.failure())
        expectDiagnostic(error.diagnostics, file: "municipalities.csv", line: InputLimits.maxMunicipalities + 2, field: nil,
                         "more than 1000 data rows, expected at most 1000 municipalities (the most a plan may have)")
    }

    @Test func atMostAHundredProblemsAreListedPerFileAndTheRestCounted() throws {
        let rows = (0..<150).map { "a\($0);;lots;;;08:00-12:00;;;;;;\n" }.joined()
        let error = try #require(PlanFixture(["availability/aarhus.csv": Self.availabilityHeader + rows]).failure())
        let lines = error.diagnostics.map(\.description)
        #expect(lines.count == InputLimits.maxListedProblemsPerFile + 1)
        #expect(lines.first == "availability/aarhus.csv:2: max_hours: \"lots\" is not a number, expected hours such as 20 or 7,5")
        #expect(lines.last == "availability/aarhus.csv:151: 50 more problems on lines 102 to 151 not listed (at most 100 are listed per file), expected the listed problems fixed first")
        // "N problems found" counts the unlisted ones too.
        #expect(error.problemCount == 150)
    }

    @Test func aPipeIsRefusedWithoutWaitingForAWriter() throws {
        let fixture = PlanFixture(["availability/aarhus.csv": nil])
        #expect(mkfifo(fixture.path + "/availability/aarhus.csv", 0o600) == 0)
        let error = try #require(fixture.failure())
        #expect(error.exitCode == 66)
        #expect(error.diagnostics.map(\.description) == [
            "availability/aarhus.csv: is not a regular file (a device, pipe or socket), expected a text file",
        ])
    }

    @Test func anAvailabilityFolderWithThousandsOfEntriesIsRefusedBeforeReadingThem() throws {
        let fixture = PlanFixture()
        for index in 0..<(InputLimits.maxAvailabilityEntries - 1) { fixture.write("availability/x\(index).txt", "") }
        let error = try #require(fixture.failure())
        #expect(error.diagnostics.map(\.description) == [
            "availability/: holds 2001 entries, expected one ID.csv per municipality (at most 1000)",
        ])
    }
}
