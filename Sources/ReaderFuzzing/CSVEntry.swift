import PlanReading

/// Any bytes as a CSV file: a document whose rows all match the header, or located diagnostics.
enum CSVEntry {
    static let file = "input.csv"
    /// Settles the delimiter for headers that hold both, as the planning files do.
    static let knownColumns: Set<String> = ["id", "code", "name", "agent", "max_hours", "municipality", "day", "calls"]

    static func run(_ bytes: [UInt8]) -> ReaderVerdict {
        let document: CSVDocument
        do {
            document = try CSVReader.parse(bytes: bytes, displayName: file, knownColumns: knownColumns)
        } catch {
            guard error.kind == .badData else { return .violation("bytes refused as missing input: \(error)") }
            if let problem = Invariants.located(error.diagnostics, files: [file], lineCount: [file: Invariants.lineCount(bytes)]) {
                return .violation(problem)
            }
            guard error.diagnostics.contains(where: { $0.severity == .error }) else {
                return .violation("refused with warnings only: \(error)")
            }
            return .refused(diagnostics: error.diagnostics.count)
        }
        if let problem = check(document, lineCount: Invariants.lineCount(bytes)) { return .violation(problem) }
        return .accepted("\(document.header.count) columns, \(document.records.count) rows")
    }

    private static func check(_ document: CSVDocument, lineCount: Int) -> String? {
        guard document.delimiter == ";" || document.delimiter == "," else {
            return "delimiter \"\(document.delimiter)\", expected ; or ,"
        }
        guard !document.header.isEmpty else { return "a document without header columns" }
        for name in document.header {
            guard name == name.lowercased(), name.first != " ", name.last != " " else {
                return "header name \"\(name)\" is not trimmed and lowercased"
            }
        }
        var previousLine = document.headerLine
        for record in document.records {
            guard record.fields.count == document.header.count else {
                return "row on line \(record.line) has \(record.fields.count) fields, header has \(document.header.count)"
            }
            guard record.line > previousLine, record.line <= lineCount else {
                return "row on line \(record.line) after line \(previousLine), expected increasing lines up to \(lineCount)"
            }
            previousLine = record.line
        }
        return nil
    }
}
