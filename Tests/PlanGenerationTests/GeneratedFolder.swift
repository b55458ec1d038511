import Foundation
import PlanGeneration
import PlanReading

/// A generated plan written to a fresh temporary folder, as the command writes it; removed on deinit.
final class GeneratedFolder {
    let generated: GeneratedPlan
    let root: URL

    init(_ request: GenerationRequest) throws {
        generated = try PlanGenerator.generate(request)
        root = FileManager.default.temporaryDirectory.appendingPathComponent("plan-generation-\(UUID().uuidString)")
        for (path, text) in generated.files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    func read() throws -> LoadedPlan {
        try PlanReader.read(folder: root.path, options: ReadOptions(strict: true))
    }
}
