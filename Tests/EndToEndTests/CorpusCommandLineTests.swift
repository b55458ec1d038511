import ArgumentParser
import Foundation
@testable import HotlineRoster
import Testing

/// A few cases of the reader's bad-input corpus (Tests/PlanReadingTests/Corpus) through the real
/// commands: `validate` and `solve` exit with the case's status and write no roster.
struct CorpusCommandLineTests {
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("PlanReadingTests/Corpus")

    @Test(arguments: [
        ("max-hours-nan", Int32(65)),
        ("demand-slot-traffic-too-high", 65),
        ("binary-garbage", 65),
        ("unknown-yaml-keys", 65),
        ("missing-settings-file", 66),
        ("file-is-a-folder", 66),
    ])
    func validateAndSolveExitWithTheCaseStatus(name: String, status: Int32) throws {
        let plan = try Self.planFolder(case: name)
        defer { try? FileManager.default.removeItem(atPath: plan) }
        let out = plan + "-roster"
        #expect(exitCode(["validate", plan]) == status)
        #expect(exitCode(["solve", plan, "--out", out, "--quiet"]) == status)
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    /// The corpus base with the case's files laid over it and its `remove:` lines applied (the cases
    /// used here need no other directive).
    static func planFolder(case name: String) throws -> String {
        let manager = FileManager.default
        let plan = FixturePlans.temporaryFolder("corpus-\(name)")
        try manager.copyItem(atPath: corpus.appendingPathComponent("base").path, toPath: plan)
        let source = corpus.appendingPathComponent("cases/\(name)").path
        for relative in try manager.subpathsOfDirectory(atPath: source).sorted() where relative != "expected.txt" {
            let from = source + "/" + relative, to = plan + "/" + relative
            var isFolder: ObjCBool = false
            _ = manager.fileExists(atPath: from, isDirectory: &isFolder)
            if manager.fileExists(atPath: to) { try manager.removeItem(atPath: to) }
            if isFolder.boolValue {
                try manager.createDirectory(atPath: to, withIntermediateDirectories: true)
            } else {
                try manager.copyItem(atPath: from, toPath: to)
            }
        }
        let expected = try String(contentsOfFile: source + "/expected.txt", encoding: .utf8)
        for line in expected.split(separator: "\n") where line.hasPrefix("remove: ") {
            try manager.removeItem(atPath: plan + "/" + line.dropFirst("remove: ".count))
        }
        return plan
    }
}
