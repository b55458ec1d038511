/// One data row of a CSV file.
public struct CSVRecord: Sendable, Hashable {
    /// The physical line the record starts on (1-based).
    public let line: Int
    public let fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}

/// A parsed CSV file: header and data rows, every row with as many fields as the header.
public struct CSVDocument: Sendable {
    /// Display name used in diagnostics.
    public let file: String
    /// `;` or `,`.
    public let delimiter: Character
    /// Trimmed, lowercased.
    public let header: [String]
    public let headerLine: Int
    /// Data rows (blank and `#` comment lines skipped), with their starting line.
    public let records: [CSVRecord]

    public init(file: String, delimiter: Character, header: [String], headerLine: Int, records: [CSVRecord]) {
        self.file = file
        self.delimiter = delimiter
        self.header = header
        self.headerLine = headerLine
        self.records = records
    }
}
