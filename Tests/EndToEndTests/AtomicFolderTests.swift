import Foundation
import RosterOutput
import Testing

struct AtomicFolderTests {
    @Test func replacesTheWholeFolderAndLeavesNothingBehind() throws {
        let out = FixturePlans.temporaryFolder("atomic")
        defer { try? FileManager.default.removeItem(atPath: out) }
        try AtomicFolder.write(["roster.csv": "old\n", "municipalities/stale.csv": "only in the old folder\n"], to: out)
        try AtomicFolder.write(["roster.csv": "new\n", "municipalities/a.csv": "x\n"], to: out)
        #expect(try String(contentsOfFile: out + "/roster.csv", encoding: .utf8) == "new\n")
        #expect(!FileManager.default.fileExists(atPath: out + "/municipalities/stale.csv"))
        #expect(FileManager.default.fileExists(atPath: out + "/municipalities/a.csv"))
        let parent = URL(fileURLWithPath: out).deletingLastPathComponent().path
        let name = URL(fileURLWithPath: out).lastPathComponent
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent).filter { $0.hasPrefix(".\(name).") }.isEmpty)
    }

    @Test func refusesToReplaceAFolderHoldingOtherFiles() throws {
        let out = FixturePlans.temporaryFolder("foreign")
        defer { try? FileManager.default.removeItem(atPath: out) }
        try FileManager.default.createDirectory(atPath: out + "/notes", withIntermediateDirectories: true)
        try Data("precious\n".utf8).write(to: URL(fileURLWithPath: out + "/thesis.txt"))
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: out + "/roster.csv"))
        #expect(throws: OutputError.self) { try AtomicFolder.write(["roster.csv": "new\n"], to: out) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == ["notes", "roster.csv", "thesis.txt"])
        #expect(try String(contentsOfFile: out + "/roster.csv", encoding: .utf8) == "old\n")
        let parent = URL(fileURLWithPath: out).deletingLastPathComponent().path
        let name = URL(fileURLWithPath: out).lastPathComponent
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent).filter { $0.hasPrefix(".\(name).") }.isEmpty)
    }

    private struct Refusal: Error {}

    /// What `accepting` refuses (a roster that failed verification) never replaces the folder.
    @Test(arguments: [false, true])
    func aRefusedStagedFolderLeavesTheOldOneAsItWas(folderExists: Bool) throws {
        let out = FixturePlans.temporaryFolder("refused")
        defer { try? FileManager.default.removeItem(atPath: out) }
        if folderExists { try AtomicFolder.write(["roster.csv": "old\n"], to: out) }
        var staged: [String] = []
        do {
            try AtomicFolder.write(["roster.csv": "new\n"], to: out) { folder in
                staged = try FileManager.default.contentsOfDirectory(atPath: folder)
                throw Refusal()
            }
            Issue.record("the refused folder was written")
        } catch {
            #expect(error.rejection is Refusal, "\(error)")
            #expect(error.message.contains("was not replaced"), "\(error)")
        }
        // The check saw the complete staged folder.
        #expect(staged == ["roster.csv"])
        if folderExists {
            #expect(try String(contentsOfFile: out + "/roster.csv", encoding: .utf8) == "old\n")
        } else {
            #expect(!FileManager.default.fileExists(atPath: out))
        }
        let parent = URL(fileURLWithPath: out).deletingLastPathComponent().path
        let name = URL(fileURLWithPath: out).lastPathComponent
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent).filter { $0.hasPrefix(".\(name).") }.isEmpty)
    }

    /// A file browser's leftovers do not make a roster folder foreign; anything else still does.
    @Test(arguments: [(".DS_Store", true), ("Thumbs.db", true), ("desktop.ini", true), (".git", false), ("notes.txt", false)])
    func desktopLeftoversDoNotBlockReplacing(entry: String, replaced: Bool) throws {
        let out = FixturePlans.temporaryFolder("leftovers")
        defer { try? FileManager.default.removeItem(atPath: out) }
        try AtomicFolder.write(["roster.csv": "old\n"], to: out)
        try Data("x".utf8).write(to: URL(fileURLWithPath: out + "/" + entry))
        if replaced {
            try AtomicFolder.write(["roster.csv": "new\n"], to: out)
            #expect(try FileManager.default.contentsOfDirectory(atPath: out) == ["roster.csv"])
        } else {
            #expect(throws: OutputError.self) { try AtomicFolder.write(["roster.csv": "new\n"], to: out) }
            #expect(try String(contentsOfFile: out + "/roster.csv", encoding: .utf8) == "old\n")
        }
    }

    @Test func fillsAnEmptyFolder() throws {
        let out = FixturePlans.temporaryFolder("empty")
        defer { try? FileManager.default.removeItem(atPath: out) }
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        try AtomicFolder.write(["roster.csv": "new\n"], to: out)
        #expect(try String(contentsOfFile: out + "/roster.csv", encoding: .utf8) == "new\n")
    }

    @Test func removesTheStagingFoldersOfKilledWritersOnly() throws {
        let out = FixturePlans.temporaryFolder("abandoned")
        let parent = URL(fileURLWithPath: out).deletingLastPathComponent().path
        let name = URL(fileURLWithPath: out).lastPathComponent
        // No process has a pid beyond pid_max (at most 2^22), so that writer is surely gone.
        let killed = "\(parent)/.\(name).staging-999999999-dead", running = "\(parent)/.\(name).staging-\(getpid())-live"
        let retired = "\(parent)/.\(name).old-999999999-dead", unrelated = "\(parent)/.\(name).staging-by-hand"
        defer {
            for path in [out, killed, running, retired, unrelated] { try? FileManager.default.removeItem(atPath: path) }
        }
        for path in [killed, running, retired, unrelated] {
            try FileManager.default.createDirectory(atPath: path + "/municipalities", withIntermediateDirectories: true)
        }
        try AtomicFolder.write(["roster.csv": "new\n"], to: out)
        #expect(!FileManager.default.fileExists(atPath: killed))
        // A live writer's folder, the last complete roster set aside, and what the tool did not name stay.
        #expect([running, retired, unrelated].allSatisfy { FileManager.default.fileExists(atPath: $0) })
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
