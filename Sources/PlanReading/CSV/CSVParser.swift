/// Bytes to a `CSVDocument`, collecting every problem instead of stopping at the first.
enum CSVParser {
    struct Outcome {
        /// Nil when not even a header could be read; rows with problems are left out.
        var document: CSVDocument?
        var diagnostics: [Diagnostic]
    }

    /// - Parameters:
    ///   - knownColumns: lowercased column names that settle the delimiter when the header holds both.
    ///   - expectedHeader: shown when the file is empty, e.g. `id;code;name;region;population`.
    ///   - rowLimit: the most data rows read; the rest of the file is refused, not parsed.
    static func parse(
        bytes: [UInt8], displayName file: String, knownColumns: Set<String> = [], expectedHeader: String? = nil,
        rowLimit: RowLimit = .perFile
    ) -> Outcome {
        var diagnostics: [Diagnostic] = []
        func fail(_ line: Int?, _ message: String) -> Outcome {
            diagnostics.append(Diagnostic(file: file, line: line, message: message))
            return Outcome(document: nil, diagnostics: diagnostics)
        }
        let emptyMessage = "empty file, expected a header line"
            + (expectedHeader.map { " such as \"\($0)\"" } ?? " naming the columns") + " followed by data rows"
        guard bytes.count <= InputLimits.maxFileBytes else {
            return fail(nil, FileLoader.tooLargeMessage(bytes: bytes.count, limit: InputLimits.maxFileBytes))
        }
        let text: [Unicode.Scalar]
        switch TextDecoding.decode(bytes) {
        case .success(let scalars): text = scalars
        case .failure(let problem): return fail(problem.line, problem.message)
        }
        guard let detection = DelimiterDetector.detect(in: text, knownColumns: knownColumns) else {
            return fail(nil, emptyMessage)
        }
        let delimiter: Character
        switch detection {
        case .success(let found): delimiter = found
        case .failure(let problem): return fail(problem.line, problem.message)
        }

        var tokenizer = CSVTokenizer(text: text, delimiter: delimiter.unicodeScalars.first ?? ";")
        guard let headerRecord = tokenizer.next() else {
            for problem in tokenizer.problems { diagnostics.append(Diagnostic(file: file, line: problem.line, message: problem.message)) }
            return diagnostics.isEmpty ? fail(nil, emptyMessage) : Outcome(document: nil, diagnostics: diagnostics)
        }
        let header = headerRecord.fields.map(CSVHeader.normalize)
        diagnostics += headerProblems(header, line: headerRecord.line, file: file)

        var records: [CSVRecord] = []
        while let raw = tokenizer.next() {
            guard records.count < rowLimit.rows else {
                diagnostics.append(Diagnostic(
                    file: file, line: raw.line,
                    message: "more than \(rowLimit.rows) data rows, expected at most \(rowLimit.rows) \(rowLimit.what)"))
                break
            }
            guard raw.fields.count == header.count else {
                diagnostics.append(Diagnostic(
                    file: file, line: raw.line,
                    message: "the row has \(raw.fields.count) \(raw.fields.count == 1 ? "field" : "fields"), expected \(header.count) like the header on line \(headerRecord.line) (separated by \"\(delimiter)\"; quote fields that contain it)"))
                continue
            }
            if let long = raw.fields.firstIndex(where: { $0.unicodeScalars.count > InputLimits.maxCellCharacters }) {
                diagnostics.append(Diagnostic(
                    file: file, line: raw.line, field: header[long].isEmpty ? nil : header[long],
                    message: "the cell holds \(raw.fields[long].unicodeScalars.count) characters, expected at most \(InputLimits.maxCellCharacters)"))
                continue
            }
            records.append(CSVRecord(line: raw.line, fields: raw.fields))
        }
        for problem in tokenizer.problems {
            diagnostics.append(Diagnostic(file: file, line: problem.line, message: problem.message))
        }
        let document = CSVDocument(
            file: file, delimiter: delimiter, header: header, headerLine: headerRecord.line, records: records)
        return Outcome(document: document, diagnostics: diagnostics)
    }

    /// How many data rows a file may hold, and what they are (for the message).
    struct RowLimit {
        let rows: Int
        /// Completes "expected at most N …", e.g. `rows per file`.
        let what: String

        static let perFile = RowLimit(rows: InputLimits.maxRecords, what: "rows per file")
    }

    /// Duplicate names, and unnamed columns other than a trailing one (from a trailing delimiter).
    private static func headerProblems(_ header: [String], line: Int, file: String) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var seen: Set<String> = []
        for (position, name) in header.enumerated() {
            if name.isEmpty {
                if position != header.count - 1 || header.count == 1 {
                    problems.append(Diagnostic(
                        file: file, line: line,
                        message: "column \(position + 1) of the header has no name, expected a column name"))
                }
                continue
            }
            if !seen.insert(name).inserted {
                problems.append(Diagnostic(
                    file: file, line: line, field: name,
                    message: "the column appears more than once in the header, expected each column once"))
            }
        }
        return problems
    }
}
