/// Typed access to the cells of one CSV row; problems are logged under the row's line and column.
struct RowReader {
    let file: String
    let record: CSVRecord
    let columns: BoundColumns
    /// `7,5` is accepted in `;`-separated files.
    let decimalComma: Bool

    init(document: CSVDocument, record: CSVRecord, columns: BoundColumns) {
        self.file = document.file
        self.record = record
        self.columns = columns
        self.decimalComma = document.delimiter == ";"
    }

    var line: Int { record.line }

    /// The cell's text (already trimmed), empty when the column is absent.
    func text(_ column: String) -> String { columns.value(record, column) ?? "" }

    func error(_ column: String?, _ message: @autoclosure () -> String, log: inout DiagnosticLog) {
        log.error(file, line: record.line, field: column.map(columns.field), message())
    }

    func warning(_ column: String?, _ message: String, log: inout DiagnosticLog) {
        log.warning(file, line: record.line, field: column.map(columns.field), message)
    }

    func check<Value>(_ column: String, _ result: Result<Value, ValueProblem>, log: inout DiagnosticLog) -> Value? {
        switch result {
        case .success(let value): return value
        case .failure(let problem):
            error(column, problem.message, log: &log)
            return nil
        }
    }

    /// A decimal number; `noun` and the examples make the expectation, e.g. "hours such as 20 or 7,5".
    func decimal(_ column: String, noun: String, example whole: Int, log: inout DiagnosticLog) -> Double? {
        let text = text(column)
        let expected = expectation(noun: noun, whole: whole)
        if text.isEmpty {
            error(column, "is empty, expected \(expected)", log: &log)
            return nil
        }
        return check(column, NumberParsing.decimal(text, decimalComma: decimalComma, expected: expected), log: &log)
    }

    /// `noun such as 20 or 7,5` (or `7.5` in comma-separated files).
    func expectation(noun: String, whole: Int) -> String {
        "\(noun) such as \(whole) or \(NumberParsing.example(7, 5, decimalComma: decimalComma))"
    }

    /// A decimal number within `range`, or nil after reporting.
    func decimal(
        _ column: String, noun: String, example whole: Int, within range: ClosedRange<Double>, rangeText: String,
        log: inout DiagnosticLog
    ) -> Double? {
        guard let value = decimal(column, noun: noun, example: whole, log: &log) else { return nil }
        guard range.contains(value) else {
            error(column, "\(NumberFormat.text(value)) is out of range, expected \(noun) \(rangeText)", log: &log)
            return nil
        }
        return value
    }
}
