import Foundation

/// Where the bundled plan Fixtures/jutland-30 lives: beside the working directory when run from
/// the project, else next to the sources this binary was built from.
enum BundledPlan {
    static var folder: String {
        let relative = "Fixtures/jutland-30"
        if FileManager.default.fileExists(atPath: relative) { return relative }
        let fromSources = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(relative).path
        return FileManager.default.fileExists(atPath: fromSources) ? fromSources : relative
    }
}
