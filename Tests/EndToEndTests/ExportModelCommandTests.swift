import Foundation
@testable import HotlineRoster
import HotlineDomain
import PlanReading
import RosterModel
import RosterPipeline
import Testing

/// `export-model`: the file another solver is run on, with the earlier stages fixed or left free.
struct ExportModelCommandTests {
    private var tiny: String { FixturePlans.root.appendingPathComponent("tiny-one-day").path }

    /// The rows that keep earlier stages at their values, by name (`keep_<stage>`).
    private func keptStages(in file: String) throws -> [String] {
        let text = try String(contentsOfFile: file, encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("keep_"), let colon = trimmed.firstIndex(of: ":") else { return nil }
            return String(trimmed[trimmed.index(trimmed.startIndex, offsetBy: 5)..<colon])
        }.sorted()
    }

    @Test(arguments: [
        ("fixed", ["fairness_max", "fairness_sum", "floor", "service"]),
        ("free", []),
    ])
    func earlierStagesAreFixedOrLeftOut(earlier: String, kept: [String]) throws {
        let folder = FixturePlans.temporaryFolder("export")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let file = folder + "/contracts.lp"
        #expect(exitCode(["export-model", tiny, "--stage", "contracts", "--earlier", earlier, "--out", file, "--quiet"]) == 0)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("Problem: hotline_contracts"))
        #expect(try keptStages(in: file) == kept)
    }

    @Test func mpsFilesHaveTheSameRowsAsLPFiles() throws {
        let folder = FixturePlans.temporaryFolder("export-mps")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        #expect(exitCode(["export-model", tiny, "--stage", "economy", "--format", "mps", "--out", folder + "/e.mps", "--quiet"]) == 0)
        #expect(exitCode(["export-model", tiny, "--stage", "economy", "--out", folder + "/e.lp", "--quiet"]) == 0)
        let mps = try String(contentsOfFile: folder + "/e.mps", encoding: .utf8).split(separator: "\n")
        // Free MPS lists each row once between ROWS and COLUMNS, the objective (N) first.
        guard let rows = mps.firstIndex(of: "ROWS"), let columns = mps.firstIndex(of: "COLUMNS") else {
            Issue.record("no ROWS or COLUMNS section")
            return
        }
        let constraints = mps[(rows + 1)..<columns].filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("N ") }
        let lp = try String(contentsOfFile: folder + "/e.lp", encoding: .utf8)
        let lpRows = lp.split(separator: "\n").filter { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            return trimmed.contains(":") && !trimmed.hasPrefix("obj") && !trimmed.hasPrefix("\\")
        }
        #expect(!constraints.isEmpty)
        #expect(constraints.count == lpRows.count)
    }

    /// A stage the priorities leave out has no program. (hotline.yaml must list all five components,
    /// so only a plan built in code can lack one.) The error names the stages there are; no file is written.
    @Test func aStageOutsideThePrioritiesIsRefused() throws {
        let folder = FixturePlans.temporaryFolder("export-unplanned")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let read = try PlanReader.read(folder: tiny).plan
        var settings = read.settings
        settings.priorities = [Priority(.floor), Priority(.service), Priority(.economy)]
        let plan = Plan(settings: settings, municipalities: read.municipalities, agents: read.agents,
                        callsByMunicipality: read.callsByMunicipality, owedHours: read.owedHours,
                        balanceAfterWeek: read.balanceAfterWeek)
        let file = folder + "/contracts.lp"
        #expect {
            try StageModelExport.write(plan, stage: .contracts, format: .lp, fixingEarlierStages: true,
                                       policy: SolvePolicy(timeLimitSeconds: 10), to: file)
        } throws: { error in
            "\(error)" == "--stage contracts: the plan's priorities in hotline.yaml leave this stage out; expected one of floor, service, economy"
        }
        #expect(!FileManager.default.fileExists(atPath: file))
    }

    @Test(arguments: [
        ["export-model", "--stage", "fairness", "--out", "/tmp/x.lp"],
        ["export-model", "--stage", "economy", "--format", "xlsx", "--out", "/tmp/x.lp"],
        ["export-model", "--stage", "economy", "--earlier", "solved", "--out", "/tmp/x.lp"],
    ])
    func refusesUnknownChoices(arguments: [String]) {
        #expect(throws: (any Error).self) { try HotlineRosterCommand.parseAsRoot(arguments) }
    }
}
