import Foundation

/// Reads CSV files the way every planning file is read: delimiter detection, encodings,
/// comments, quoting, and source line numbers.
public enum CSVReader {
    public static func read(path: String, displayName: String) throws(PlanReadingError) -> CSVDocument {
        try read(path: path, displayName: displayName, knownColumns: [])
    }

    public static func parse(bytes: [UInt8], displayName: String) throws(PlanReadingError) -> CSVDocument {
        try parse(bytes: bytes, displayName: displayName, knownColumns: [])
    }

    /// Like `read(path:displayName:)`; `knownColumns` (lowercased) settles the delimiter when the
    /// header line contains both `;` and `,`.
    public static func read(path: String, displayName: String, knownColumns: Set<String>) throws(PlanReadingError) -> CSVDocument {
        let bytes: [UInt8]
        switch FileLoader.load(path: path, displayName: displayName) {
        case .success(let loaded): bytes = loaded
        case .failure(let failure): throw failure
        }
        return try parse(bytes: bytes, displayName: displayName, knownColumns: knownColumns)
    }

    /// Like `parse(bytes:displayName:)`, with column names that settle an ambiguous delimiter.
    public static func parse(bytes: [UInt8], displayName: String, knownColumns: Set<String>) throws(PlanReadingError) -> CSVDocument {
        let outcome = CSVParser.parse(bytes: bytes, displayName: displayName, knownColumns: knownColumns)
        guard let document = outcome.document, !outcome.diagnostics.contains(where: { $0.severity == .error }) else {
            throw PlanReadingError(kind: .badData, diagnostics: outcome.diagnostics)
        }
        return document
    }
}
