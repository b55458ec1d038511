import Foundation

/// Replaces one file so that readers see either the old file or the complete new one: the content is
/// written to a hidden sibling, flushed, and renamed over the target.
public enum AtomicFile {
    /// `produce` writes the new content to the path it is given (a sibling of `path`).
    public static func replace(_ path: String, producing produce: (String) throws -> Void) throws(OutputError) {
        let manager = FileManager.default
        let target = URL(fileURLWithPath: path).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: target.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw OutputError(message: "\(target.path) is a folder; expected a file name")
        }
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).staging-\(UUID().uuidString.prefix(8))")
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
            try produce(staging.path)
            let handle = try FileHandle(forWritingTo: staging)
            try handle.synchronize()
            try handle.close()
            guard rename(staging.path, target.path) == 0 else {
                throw OutputError(message: "could not rename \(staging.path) to \(target.path): \(String(cString: strerror(errno)))")
            }
        } catch let error as OutputError {
            try? manager.removeItem(at: staging)
            throw error
        } catch {
            try? manager.removeItem(at: staging)
            throw OutputError(message: "could not write \(target.path): \(error)")
        }
    }
}
