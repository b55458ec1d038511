import Foundation
import Testing
@testable import PlanReading

/// One case of the bad-input corpus (Corpus/README.md): files laid over a copy of Corpus/base, and the
/// exit status and diagnostics the reader must give, exactly.
struct CorpusCase: Sendable, CustomTestStringConvertible {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus")
    static let expectedFile = "expected.txt"
    /// Stands for the temporary plan folder in expected messages that carry a path.
    static let planPlaceholder = "$PLAN"

    let name: String
    let exitCode: Int32
    let options: ReadOptions
    /// Base files to delete before reading.
    let removals: [String]
    /// Files to create as sparse files of this many bytes (nothing is written).
    let sparseFiles: [(path: String, bytes: UInt64)]
    /// Symbolic links to create: path in the plan → target.
    let links: [(path: String, target: String)]
    let expected: [String]

    var testDescription: String { name }

    /// Every case folder under Corpus/cases, sorted by name.
    static func all() -> [CorpusCase] {
        let cases = root.appendingPathComponent("cases")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: cases.path)) ?? []
        return names.sorted().compactMap { name in
            guard let text = try? String(contentsOf: cases.appendingPathComponent(name).appendingPathComponent(expectedFile), encoding: .utf8)
            else { return nil }
            return CorpusCase(name: name, expectedText: text)
        }
    }

    init(name: String, expectedText: String) {
        self.name = name
        var exitCode: Int32 = 0
        var options = ReadOptions()
        var removals: [String] = [], sparse: [(String, UInt64)] = [], links: [(String, String)] = [], expected: [String] = []
        for line in expectedText.split(separator: "\n", omittingEmptySubsequences: true).map(String.init) {
            if line.hasPrefix("#") { continue }
            if let value = Self.directive("exit", line) {
                exitCode = Int32(value) ?? 0
            } else if let value = Self.directive("remove", line) {
                removals.append(value)
            } else if let value = Self.directive("options", line) {
                for option in value.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
                    if option == "strict" { options.strict = true }
                    if option == "force" { options.acceptAnyBalanceWeek = true }
                }
            } else if let value = Self.directive("sparse", line) {
                let parts = value.split(separator: " ")
                if parts.count == 2, let bytes = UInt64(parts[1]) { sparse.append((String(parts[0]), bytes)) }
            } else if let value = Self.directive("link", line) {
                let parts = value.components(separatedBy: " -> ")
                if parts.count == 2 { links.append((parts[0], parts[1])) }
            } else {
                expected.append(line)
            }
        }
        self.exitCode = exitCode
        self.options = options
        self.removals = removals
        self.sparseFiles = sparse
        self.links = links
        self.expected = expected
    }

    private static func directive(_ name: String, _ line: String) -> String? {
        guard line.hasPrefix(name + ":") else { return nil }
        return line.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces)
    }

    /// A fresh plan folder: the base, then the case's files over it, then removals, sparse files and links.
    func makePlanFolder() throws -> URL {
        let manager = FileManager.default
        let folder = manager.temporaryDirectory.appendingPathComponent("corpus-\(name)-\(UUID().uuidString)")
        try manager.copyItem(at: Self.root.appendingPathComponent("base"), to: folder)
        let caseFolder = Self.root.appendingPathComponent("cases").appendingPathComponent(name)
        let enumerator = manager.enumerator(atPath: caseFolder.path)
        while let relative = enumerator?.nextObject() as? String {
            let source = caseFolder.appendingPathComponent(relative)
            let target = folder.appendingPathComponent(relative)
            var isFolder: ObjCBool = false
            guard relative != Self.expectedFile, manager.fileExists(atPath: source.path, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue {
                if manager.fileExists(atPath: target.path, isDirectory: &isFolder), !isFolder.boolValue {
                    try manager.removeItem(at: target)
                }
                try manager.createDirectory(at: target, withIntermediateDirectories: true)
                continue
            }
            if manager.fileExists(atPath: target.path) { try manager.removeItem(at: target) }
            try manager.copyItem(at: source, to: target)
        }
        for removal in removals { try manager.removeItem(at: folder.appendingPathComponent(removal)) }
        for (path, bytes) in sparseFiles {
            let url = folder.appendingPathComponent(path)
            _ = manager.createFile(atPath: url.path, contents: nil)
            let handle = try FileHandle(forWritingTo: url)
            try handle.truncate(atOffset: bytes)
            try handle.close()
        }
        for (path, target) in links {
            let url = folder.appendingPathComponent(path)
            if manager.fileExists(atPath: url.path) { try manager.removeItem(at: url) }
            try manager.createSymbolicLink(atPath: url.path, withDestinationPath: target)
        }
        return folder
    }

    /// The diagnostics as expected.txt writes them, the plan folder's path replaced by `$PLAN`.
    static func lines(_ error: PlanReadingError, folder: URL) -> [String] {
        error.diagnostics.map { $0.description.replacingOccurrences(of: folder.path, with: planPlaceholder) }
    }

    /// Rewrites expected.txt with `actual` (RECORD_CORPUS=1), keeping comments and directives.
    func record(exitCode actual: Int32, lines: [String]) throws {
        let file = Self.root.appendingPathComponent("cases").appendingPathComponent(name).appendingPathComponent(Self.expectedFile)
        let old = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        let kept = old.split(separator: "\n").map(String.init).filter { line in
            line.hasPrefix("#") || ["remove", "options", "sparse", "link"].contains { Self.directive($0, line) != nil }
        }
        let text = (kept + ["exit: \(actual)"] + lines).joined(separator: "\n") + "\n"
        try text.write(to: file, atomically: true, encoding: .utf8)
    }
}
