import Foundation
import RosterCheck
import Testing

/// One way of breaking the genuine roster.csv so that it cannot be read as a roster, and the
/// findings it must produce.
struct MalformedRoster: Sendable, CustomTestStringConvertible {
    let testDescription: String
    let lines: [String]
    let findings: [CheckFinding]

    init(_ name: String, _ lines: [String], _ findings: [CheckFinding]) {
        testDescription = name
        self.lines = lines
        self.findings = findings
    }
}

private let header = "date;day;start;end;hours;municipality;agent;name"
private let rows = Genuine.folder().files["roster.csv"].map { Array($0.dropFirst()) } ?? []

private func finding(_ line: Int?, _ message: String) -> CheckFinding {
    CheckFinding(file: "roster.csv", line: line, message: message)
}

let malformedRosters: [MalformedRoster] = [
    MalformedRoster("a row with a field too few",
                    [header, rows[0], "2026-11-30;mon;08:00;14:00;6.00;north;n2"] + rows[2...],
                    [finding(3, #"the row has 7 fields, expected 8 like the header on line 1 (separated by ";"; quote fields that contain it)"#)]),
    MalformedRoster("a name with an unclosed quote",
                    [header, rows[0], #"2026-11-30;mon;08:00;14:00;6.00;north;n2;"Jens Holm"#],
                    [finding(3, #"the quote opened on this line is never closed, expected a closing " (write "" for a quote inside a field)"#)]),
    MalformedRoster("a header without the agent column",
                    ["date;day;start;end;hours;municipality;name"] + rows.map {
                        $0.split(separator: ";", omittingEmptySubsequences: false).enumerated()
                            .filter { $0.offset != 6 }.map { String($0.element) }.joined(separator: ";")
                    },
                    [finding(1, "the header has no column \"agent\", expected the columns date;day;start;end;hours;municipality;agent;name (in any order)")]),
    MalformedRoster("a column twice in the header",
                    [header + ";agent"] + rows.map { $0 + ";x" },
                    [finding(1, "agent: the column appears more than once in the header, expected each column once")]),
    MalformedRoster("an empty file", [""],
                    [finding(nil, "empty file, expected a header line naming the columns followed by data rows")]),
]

@Suite("A malformed roster.csv is a verification failure")
struct MalformedRosterTests {
    @Test("reported as roster.csv findings, nothing else checked", arguments: malformedRosters)
    func reported(_ broken: MalformedRoster) throws {
        var folder = Genuine.folder()
        folder.files["roster.csv"] = broken.lines
        let report = try withWritten(folder) { try RosterChecker.check(plan: try Genuine.plan(), rosterFolder: $0) }
        #expect(!report.passed)
        #expect(!report.rosterCounted)
        #expect(report.findings == broken.findings, "\(report.render())")
    }

    @Test("binary content in roster.csv is a finding")
    func binaryContent() throws {
        let folder = Genuine.folder()
        let report = try withWritten(folder) { path in
            try Data([0x64, 0x61, 0x74, 0x65, 0x00, 0x01, 0x02, 0x0A]).write(to: URL(fileURLWithPath: path + "/roster.csv"))
            return try RosterChecker.check(plan: try Genuine.plan(), rosterFolder: path)
        }
        #expect(!report.passed)
        #expect(report.findings.count == 1)
        #expect(report.findings.first?.file == "roster.csv")
        #expect(report.findings.first?.message.contains("looks like binary data, expected a text file") == true, "\(report.render())")
    }

    @Test("render says roster.csv could not be read and lists its findings, no components")
    func rendered() throws {
        var folder = Genuine.folder()
        folder.files["roster.csv"] = [header, "2026-11-30;mon;08:00"]
        let report = try withWritten(folder) { try RosterChecker.check(plan: try Genuine.plan(), rosterFolder: $0) }
        #expect(report.render() == """
            FAIL: 1 finding (roster.csv cannot be read as a roster, so nothing was recounted and no other file was checked)
            findings:
              roster.csv:2: the row has 3 fields, expected 8 like the header on line 1 (separated by ";"; quote fields that contain it)

            """)
    }

    @Test("a roster.csv that is a folder cannot be checked at all")
    func rosterIsAFolder() throws {
        var folder = Genuine.folder()
        folder.files["roster.csv"] = nil
        let error = try withWritten(folder) { path in
            try FileManager.default.createDirectory(atPath: path + "/roster.csv", withIntermediateDirectories: false)
            return #expect(throws: CheckError.self) { try RosterChecker.check(plan: try Genuine.plan(), rosterFolder: path) }
        }
        #expect(error?.description == "roster.csv: is a folder, expected a file")
    }
}
