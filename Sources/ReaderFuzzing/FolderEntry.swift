import Foundation
import PlanReading

/// Any bytes as a planning folder (see `FolderInput`): a plan, or located diagnostics.
enum FolderEntry {
    static func run(_ bytes: [UInt8]) -> ReaderVerdict {
        let input = FolderInput(bytes)
        let manager = FileManager.default
        let root = manager.temporaryDirectory.appendingPathComponent("reader-fuzz-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: root) }
        do {
            try manager.createDirectory(at: root.appendingPathComponent("availability"), withIntermediateDirectories: true)
            for file in input.files {
                try Data(file.bytes).write(to: root.appendingPathComponent(file.path))
            }
        } catch {
            // The machine, not the reader: not a finding.
            return .accepted("could not write the folder: \(error)")
        }
        return verdict(for: input, root: root.path)
    }

    private static func verdict(for input: FolderInput, root: String) -> ReaderVerdict {
        let loaded: LoadedPlan
        do {
            loaded = try PlanReader.read(folder: root)
        } catch {
            var files = Set(FolderInput.fileNames + input.files.map(\.path))
            files.insert("availability/")
            var lineCounts: [String: Int] = [:]
            for file in input.files { lineCounts[file.path] = Invariants.lineCount(file.bytes) }
            // Files the reader names that the input did not hold: missing files, and the
            // availability files a listed municipality lacks.
            for diagnostic in error.diagnostics where diagnostic.file.hasPrefix("availability/") && diagnostic.line == nil {
                files.insert(diagnostic.file)
            }
            if let problem = Invariants.located(error.diagnostics, files: files, lineCount: lineCounts) { return .violation(problem) }
            return .refused(diagnostics: error.diagnostics.count)
        }
        if let warning = loaded.warnings.first(where: { $0.severity != .warning }) {
            return .violation("an error among the warnings of a plan that was read: \(warning)")
        }
        let ids = Set(loaded.plan.municipalities.map(\.id))
        if let agent = loaded.plan.agents.first(where: { !ids.contains($0.municipality) }) {
            return .violation("agent \(agent.id) of \(agent.municipality), which is not listed")
        }
        return .accepted("\(loaded.plan.municipalities.count) municipalities, \(loaded.plan.agents.count) agents")
    }
}
