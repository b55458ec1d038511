/// Where each schema column sits in one file's header.
struct BoundColumns {
    let positions: [String: Int]
    /// The header name as written in the file, per canonical name (used as the diagnostic field).
    let written: [String: String]
    /// Every required column is present; rows are only checked then (a missing column is reported once, on the header).
    let isComplete: Bool

    func has(_ column: String) -> Bool { positions[column] != nil }

    /// The cell, or nil when the file has no such column.
    func value(_ record: CSVRecord, _ column: String) -> String? {
        positions[column].flatMap { $0 < record.fields.count ? record.fields[$0] : nil }
    }

    /// The name to report a cell under: as written in the header, else canonical.
    func field(_ column: String) -> String { written[column] ?? column }
}
