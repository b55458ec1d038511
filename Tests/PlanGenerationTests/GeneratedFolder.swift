import Foundation
import PlanGeneration
import PlanReading

/// A generated plan written to a fresh temporary folder, as the command writes it; removed on deinit.
final class GeneratedFolder {
    let generated: GeneratedPlan
    let root: URL

    init(_ request: GenerationRequest) throws {
        generated = try Generated.plan(request)
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

/// Generated plans for the tests; the largest one is made once and shared, since generating it takes
/// seconds in a debug build.
enum Generated {
    static let nationwideRequest = GenerationRequest(municipalities: 98, agents: 1_000, seed: 3, slotMinutes: 30)
    private static let nationwide = Result { () throws(GenerationError) in try PlanGenerator.generate(nationwideRequest) }

    static func plan(_ request: GenerationRequest) throws -> GeneratedPlan {
        request == nationwideRequest ? try nationwide.get() : try PlanGenerator.generate(request)
    }
}
