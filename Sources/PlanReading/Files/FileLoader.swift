import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif

/// Reads a whole file after checking that it exists, is a regular file, and is not too large.
/// The size is checked before a single byte is read, and the read itself stops after the limit,
/// so neither a 10 GB file nor a device or pipe (`/dev/zero`, a FIFO) can exhaust memory or block.
enum FileLoader {
    static func load(path: String, displayName: String, maxBytes: Int = InputLimits.maxFileBytes) -> Result<[UInt8], PlanReadingError> {
        var status = stat()
        guard stat(path, &status) == 0 else {
            let reason = errno
            if reason == ENOENT || reason == ENOTDIR {
                return .failure(missing(displayName, "file not found, expected it at \(path)"))
            }
            return .failure(missing(displayName, "cannot be read (\(String(cString: strerror(reason)))), expected a readable file"))
        }
        let kind = status.st_mode & S_IFMT
        guard kind != S_IFDIR else {
            return .failure(missing(displayName, "is a folder, expected a file"))
        }
        guard kind == S_IFREG else {
            return .failure(missing(displayName, "is not a regular file (a device, pipe or socket), expected a text file"))
        }
        guard Int(status.st_size) <= maxBytes else { return .failure(tooLarge(displayName, bytes: Int(status.st_size), limit: maxBytes)) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return .failure(missing(displayName, "cannot be read (check its permissions)"))
        }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: maxBytes + 1) ?? Data() else {
            return .failure(missing(displayName, "cannot be read (check its permissions)"))
        }
        // The file may have grown since it was measured.
        guard data.count <= maxBytes else { return .failure(tooLarge(displayName, bytes: data.count, limit: maxBytes)) }
        return .success([UInt8](data))
    }

    static func tooLargeMessage(bytes: Int, limit: Int) -> String {
        "the file is larger than \(InputLimits.megabytes(limit)) (\(bytes) bytes), expected a planning file of at most \(InputLimits.megabytes(limit))"
    }

    private static func tooLarge(_ file: String, bytes: Int, limit: Int) -> PlanReadingError {
        PlanReadingError(kind: .badData, diagnostics: [Diagnostic(file: file, message: tooLargeMessage(bytes: bytes, limit: limit))])
    }

    private static func missing(_ file: String, _ message: String) -> PlanReadingError {
        PlanReadingError(kind: .missingInput, diagnostics: [Diagnostic(file: file, message: message)])
    }
}
