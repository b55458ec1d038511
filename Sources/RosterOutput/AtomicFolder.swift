import CAtomicRename
import Foundation

public struct OutputError: Error, Sendable, CustomStringConvertible {
    public let message: String
    /// What the `accepting` check of `AtomicFolder.write` threw, when it refused the staged folder.
    public let rejection: (any Error)?
    public var description: String { message }

    public init(message: String, rejection: (any Error)? = nil) {
        self.message = message
        self.rejection = rejection
    }
}

/// Writes a whole folder so that readers see either the old folder or the complete new one:
/// files go to a hidden sibling staging folder and are flushed; then the staging folder and the old
/// folder swap names in one step (renameat2 RENAME_EXCHANGE), and the old one is removed. Where the
/// file system cannot exchange, two renames are used: between them the old folder is `.NAME.old-*`,
/// and it is moved back if the second rename fails. Staging folders are named
/// `.NAME.staging-PID-TOKEN`, so the next write can remove those of writers that were killed.
public enum AtomicFolder {
    /// `accept` sees the complete staged folder (its path) before it replaces anything; if it throws,
    /// the staging folder is removed, `folder` is left as it was, and the error comes back as the
    /// `rejection` of the OutputError.
    public static func write(
        _ files: [String: String], to folder: String, accepting accept: (String) throws -> Void = { _ in }
    ) throws(OutputError) {
        let manager = FileManager.default
        let target = URL(fileURLWithPath: folder).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let token = "\(getpid())-\(UUID().uuidString.prefix(8))"
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).staging-\(token)")
        let retired = parent.appendingPathComponent(".\(target.lastPathComponent).old-\(token)")
        do {
            try refuseForeignEntries(in: target, replacedBy: files)
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
            removeAbandonedStaging(of: target.lastPathComponent, in: parent)
            try manager.createDirectory(at: staging, withIntermediateDirectories: false)
            for path in files.keys.sorted() {
                // Paths are built from validated slugs; refuse anything that could leave the folder.
                guard !path.hasPrefix("/"), !path.split(separator: "/").contains(where: { $0 == ".." || $0 == "." || $0.isEmpty }) else {
                    throw OutputError(message: "refusing to write \(path): outside the roster folder")
                }
                let url = staging.appendingPathComponent(path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                let data = Data((files[path] ?? "").utf8)
                try data.write(to: url, options: [])
                let handle = try FileHandle(forWritingTo: url)
                try handle.synchronize()
                try handle.close()
            }
            do {
                try accept(staging.path)
            } catch {
                throw OutputError(message: "\(target.path) was not replaced: \(error)", rejection: error)
            }
            var isDirectory: ObjCBool = false
            if manager.fileExists(atPath: target.path, isDirectory: &isDirectory) {
                guard isDirectory.boolValue else {
                    throw OutputError(message: "\(target.path) exists and is not a folder; expected a roster folder or nothing")
                }
                if hotline_exchange_paths(staging.path, target.path) == 0 {
                    try? manager.removeItem(at: staging)  // now holds the old folder
                } else {
                    try manager.moveItem(at: target, to: retired)
                    do {
                        try manager.moveItem(at: staging, to: target)
                    } catch {
                        try? manager.moveItem(at: retired, to: target)
                        throw error
                    }
                    try? manager.removeItem(at: retired)
                }
            } else {
                try manager.moveItem(at: staging, to: target)
            }
        } catch let error as OutputError {
            try? manager.removeItem(at: staging)
            throw error
        } catch {
            try? manager.removeItem(at: staging)
            throw OutputError(message: "could not write roster folder \(target.path): \(error.localizedDescription)")
        }
    }

    /// Replacing a folder deletes what it held, so only a folder of the same kind is replaced: every
    /// entry in it must be a name the new folder has at its top level (`roster.csv`, `municipalities`,
    /// …). `--out .` or `--out PLAN` would otherwise delete the user's files. The files a desktop
    /// leaves in any folder it shows (`.DS_Store`, `Thumbs.db`, `desktop.ini`) do not count, and a
    /// folder whose entries cannot be listed is not replaced at all.
    static func refuseForeignEntries(in target: URL, replacedBy files: [String: String]) throws(OutputError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory), isDirectory.boolValue else { return }
        let existing: [String]
        do {
            existing = try FileManager.default.contentsOfDirectory(atPath: target.path)
        } catch {
            throw OutputError(message: """
                refusing to replace \(target.path): its entries cannot be listed (\(error.localizedDescription)), \
                so what replacing it would delete is unknown; expected a readable roster folder or a new path
                """)
        }
        let known = Set(files.keys.compactMap { $0.split(separator: "/").first.map(String.init) })
        let foreign = existing.filter { !known.contains($0) && !desktopLeftovers.contains($0) }.sorted()
        guard foreign.isEmpty else {
            let shown = foreign.prefix(5).joined(separator: ", ") + (foreign.count > 5 ? " and \(foreign.count - 5) more" : "")
            throw OutputError(message: """
                refusing to replace \(target.path): it holds \(shown), which a roster folder does not; \
                expected an earlier roster folder, an empty folder or a new path (replacing deletes what the folder holds)
                """)
        }
    }

    /// Files that file browsers write into folders they show; replacing them loses nothing.
    static let desktopLeftovers: Set<String> = [".DS_Store", "Thumbs.db", "desktop.ini"]

    /// Removes staging folders whose writer no longer runs (killed mid-write): hidden, possibly
    /// partial copies of a roster, names included, that nothing will swap in any more. A folder whose
    /// writer is alive is left alone, and so is `.NAME.old-*`, which may hold the last complete roster.
    static func removeAbandonedStaging(of name: String, in parent: URL) {
        let prefix = ".\(name).staging-"
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for entry in entries where entry.hasPrefix(prefix) {
            guard let writer = pid_t(entry.dropFirst(prefix.count).prefix { $0 != "-" }), writer > 0,
                  kill(writer, 0) == -1, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(entry))
        }
    }
}
