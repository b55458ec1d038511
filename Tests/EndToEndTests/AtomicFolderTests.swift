import Foundation
import RosterOutput
import Testing

struct AtomicFolderTests {
    @Test func replacesTheWholeFolderAndLeavesNothingBehind() throws {
        let out = FixturePlans.temporaryFolder("atomic")
        defer { try? FileManager.default.removeItem(atPath: out) }
        try AtomicFolder.write(["roster.csv": "old\n", "stale.csv": "only in the old folder\n"], to: out)
        try AtomicFolder.write(["roster.csv": "new\n", "municipalities/a.csv": "x\n"], to: out)
        #expect(try String(contentsOfFile: out + "/roster.csv", encoding: .utf8) == "new\n")
        #expect(!FileManager.default.fileExists(atPath: out + "/stale.csv"))
        #expect(FileManager.default.fileExists(atPath: out + "/municipalities/a.csv"))
        let parent = URL(fileURLWithPath: out).deletingLastPathComponent().path
        let name = URL(fileURLWithPath: out).lastPathComponent
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent).filter { $0.hasPrefix(".\(name).") }.isEmpty)
    }

    @Test(arguments: ["../escape.csv", "/etc/escape.csv", "municipalities/../../escape.csv", "./x.csv"])
    func refusesPathsOutsideTheFolder(path: String) throws {
        let out = FixturePlans.temporaryFolder("escape")
        defer { try? FileManager.default.removeItem(atPath: out) }
        try AtomicFolder.write(["roster.csv": "kept\n"], to: out)
        #expect(throws: OutputError.self) { try AtomicFolder.write([path: "x", "roster.csv": "new\n"], to: out) }
        // The old folder is untouched when writing fails.
        #expect(try String(contentsOfFile: out + "/roster.csv", encoding: .utf8) == "kept\n")
    }
}
