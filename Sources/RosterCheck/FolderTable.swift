import Foundation
import PlanReading

/// One CSV file of the roster folder, with its columns located by header name.
struct FolderTable {
    let file: String
    let headerLine: Int
    let records: [CSVRecord]
    /// Column name → field position, for the expected columns that are present.
    private let positions: [String: Int]

    /// The field of `column` in `record`, nil when the column is missing.
    func field(_ record: CSVRecord, _ column: String) -> String? {
        guard let position = positions[column], position < record.fields.count else { return nil }
        return record.fields[position]
    }

    func has(_ column: String) -> Bool { positions[column] != nil }

    enum Outcome {
        case table(FolderTable)
        case missing
        /// There, but not a file that can be opened (a folder, a device, no permission); logged.
        case inaccessible
        /// Not a CSV file the checks can read (encoding, quoting, a row of the wrong width); logged.
        case malformed
    }

    /// Reads `folder/file`, logging a wrong delimiter, missing columns, and parse problems.
    static func read(folder: String, file: String, columns: [String], log: inout FindingLog) -> Outcome {
        let path = (folder as NSString).appendingPathComponent(file)
        let document: CSVDocument
        do {
            document = try CSVReader.read(path: path, displayName: file, knownColumns: Set(columns))
        } catch {
            if error.kind == .missingInput, !FileManager.default.fileExists(atPath: path) { return .missing }
            for diagnostic in error.diagnostics {
                log.add(file, diagnostic.line, (diagnostic.field.map { $0 + ": " } ?? "") + diagnostic.message)
            }
            if error.diagnostics.isEmpty { log.add(file, nil, "cannot be read as a CSV file") }
            // The reader reports a file it cannot open as missing input, bad content as bad data.
            return error.kind == .missingInput ? .inaccessible : .malformed
        }
        if document.delimiter != ";" {
            log.add(file, document.headerLine,
                    "columns are separated by \"\(document.delimiter)\", expected \";\"")
        }
        var positions: [String: Int] = [:]
        for column in columns {
            if let position = document.header.firstIndex(of: column) {
                positions[column] = position
            } else {
                log.add(file, document.headerLine,
                        "the header has no column \"\(column)\", expected the columns \(columns.joined(separator: ";")) (in any order)")
            }
        }
        return .table(FolderTable(
            file: file, headerLine: document.headerLine, records: document.records, positions: positions))
    }
}

/// The files of the roster folder contract and their columns.
enum FolderLayout {
    static let roster = "roster.csv"
    static let coverage = "coverage.csv"
    static let fairness = "fairness.csv"
    static let balance = "balance.csv"
    static let summary = "summary.json"
    static let municipalities = "municipalities"

    static let rosterColumns = ["date", "day", "start", "end", "hours", "municipality", "agent", "name"]
    /// The columns a municipality file must share with roster.csv.
    static let municipalityColumns = Array(rosterColumns.prefix(7))
    static let coverageColumns = ["date", "day", "start", "end", "calls", "required", "staffed", "shortfall"]
    static let fairnessColumns = [
        "municipality", "share", "target_hours", "rostered_hours", "available_hours", "owed_before", "owed_after",
    ]
    static let balanceColumns = ["municipality", "owed_hours", "after_week"]

    static func municipalityFile(_ id: String) -> String { "\(municipalities)/\(id).csv" }
}
