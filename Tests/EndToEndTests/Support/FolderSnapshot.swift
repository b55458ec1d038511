import Foundation

/// Every file of a folder by relative path, with its bytes; sub-folders appear as `path/` entries so
/// an empty one still counts. Two snapshots are equal only when the folders are byte-for-byte equal.
struct FolderSnapshot: Equatable, CustomStringConvertible {
    var entries: [String: Data]

    /// nil when the folder does not exist.
    init?(folder: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else { return nil }
        entries = [:]
        try collect(URL(fileURLWithPath: folder), prefix: "")
    }

    private init(entries: [String: Data]) {
        self.entries = entries
    }

    private mutating func collect(_ folder: URL, prefix: String) throws {
        let manager = FileManager.default
        for name in try manager.contentsOfDirectory(atPath: folder.path) {
            let url = folder.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            _ = manager.fileExists(atPath: url.path, isDirectory: &isDirectory)
            if isDirectory.boolValue {
                entries[prefix + name + "/"] = Data()
                try collect(url, prefix: prefix + name + "/")
            } else {
                entries[prefix + name] = try Data(contentsOf: url)
            }
        }
    }

    /// Writes the snapshot as a fresh folder (the test's own setup, not the tool's writing).
    func write(to folder: String) throws {
        let manager = FileManager.default
        try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (path, data) in entries.sorted(by: { $0.key < $1.key }) {
            let url = URL(fileURLWithPath: folder).appendingPathComponent(path)
            if path.hasSuffix("/") {
                try manager.createDirectory(at: url, withIntermediateDirectories: true)
            } else {
                try data.write(to: url)
            }
        }
    }

    /// summary.json without the figures that differ between runs of the same plan: timings and
    /// search counters. Everything else must be identical.
    func withoutRunFigures() throws -> FolderSnapshot {
        var copy = self
        if let summary = entries["summary.json"] {
            let object = try JSONSerialization.jsonObject(with: summary)
            copy.entries["summary.json"] = try JSONSerialization.data(
                withJSONObject: Self.dropping(["seconds", "solve_seconds", "simplex_iterations", "nodes"], from: object),
                options: [.sortedKeys])
        }
        return copy
    }

    private static func dropping(_ keys: Set<String>, from object: Any) -> Any {
        if let dictionary = object as? [String: Any] {
            return dictionary.filter { !keys.contains($0.key) }.mapValues { dropping(keys, from: $0) }
        }
        if let array = object as? [Any] {
            return array.map { dropping(keys, from: $0) }
        }
        return object
    }

    /// Which paths are missing, extra or different compared with `other`.
    func differences(from other: FolderSnapshot) -> String {
        let mine = Set(entries.keys), theirs = Set(other.entries.keys)
        let different = mine.intersection(theirs).filter { entries[$0] != other.entries[$0] }
        return "missing \(theirs.subtracting(mine).sorted()), extra \(mine.subtracting(theirs).sorted()), different \(different.sorted())"
    }

    var description: String { "\(entries.count) entries: \(entries.keys.sorted())" }
}
