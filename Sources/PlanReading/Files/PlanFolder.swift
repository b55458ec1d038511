import Foundation

/// The files of one planning folder, by their paths relative to it.
struct PlanFolder {
    static let settingsFile = "hotline.yaml"
    static let municipalitiesFile = "municipalities.csv"
    static let demandFile = "demand.csv"
    static let balanceFile = "balance.csv"
    static let availabilityFolder = "availability"

    let root: String

    func path(_ relative: String) -> String {
        (root as NSString).appendingPathComponent(relative)
    }

    func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: path(relative))
    }

    func isFolder(_ relative: String?) -> Bool {
        var isDirectory: ObjCBool = false
        let full = relative.map(path) ?? root
        return FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The bytes of a file; a missing file is logged as missing input.
    func bytes(_ relative: String, maxBytes: Int = InputLimits.maxFileBytes, log: inout DiagnosticLog) -> [UInt8]? {
        switch FileLoader.load(path: path(relative), displayName: relative, maxBytes: maxBytes) {
        case .success(let bytes): return bytes
        case .failure(let failure):
            log.absorb(failure)
            return nil
        }
    }

    /// A CSV file parsed and bound to its schema; nil when it cannot be read at all.
    func table(
        _ relative: String, schema: ColumnSchema, rowLimit: CSVParser.RowLimit = .perFile, log: inout DiagnosticLog
    ) -> (CSVDocument, BoundColumns)? {
        guard let bytes = bytes(relative, log: &log) else { return nil }
        let outcome = CSVParser.parse(
            bytes: bytes, displayName: relative, knownColumns: schema.knownNames, expectedHeader: schema.exampleHeader,
            rowLimit: rowLimit)
        log.append(contentsOf: outcome.diagnostics)
        guard let document = outcome.document else { return nil }
        return (document, schema.bind(document, log: &log))
    }

    /// Names of the entries of a subfolder, sorted; nil when it cannot be listed.
    func contents(of relative: String) -> [String]? {
        (try? FileManager.default.contentsOfDirectory(atPath: path(relative)))?.sorted()
    }
}
