import Foundation

/// Reads a whole file after checking that it exists, is a regular file, and is not too large.
enum FileLoader {
    static func load(path: String, displayName: String) -> Result<[UInt8], PlanReadingError> {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(missing(displayName, "file not found, expected it at \(path)"))
        }
        guard !isDirectory.boolValue else {
            return .failure(missing(displayName, "is a folder, expected a file"))
        }
        let size = (try? manager.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
        guard size <= InputLimits.maxFileBytes else {
            return .failure(PlanReadingError(kind: .badData, diagnostics: [Diagnostic(
                file: displayName,
                message: "the file is larger than 50 MB (\(size) bytes), expected a planning file of at most 50 MB")]))
        }
        guard let data = manager.contents(atPath: path) else {
            return .failure(missing(displayName, "cannot be read (check its permissions)"))
        }
        guard data.count <= InputLimits.maxFileBytes else {
            return .failure(PlanReadingError(kind: .badData, diagnostics: [Diagnostic(
                file: displayName,
                message: "the file is larger than 50 MB (\(data.count) bytes), expected a planning file of at most 50 MB")]))
        }
        return .success([UInt8](data))
    }

    private static func missing(_ file: String, _ message: String) -> PlanReadingError {
        PlanReadingError(kind: .missingInput, diagnostics: [Diagnostic(file: file, message: message)])
    }
}
