import HotlineDomain

/// municipalities.csv: `id;code;name;region;population[;weight]`.
enum MunicipalitiesReader {
    static let rowLimit = CSVParser.RowLimit(
        rows: InputLimits.maxMunicipalities, what: "municipalities (the most a plan may have)")

    static let schema = ColumnSchema([
        .init("id"), .init("code"), .init("name"), .init("region"), .init("population"),
        .init("weight", required: false),
    ])

    struct Outcome {
        /// Rows without problems.
        var municipalities: [Municipality] = []
        /// Every well-formed id, also of rows with other problems (so other files are not blamed for them);
        /// nil when the ids cannot be checked against: the header lacks a required column, there are no
        /// rows, or some id is malformed (other files would be blamed for naming the municipality meant).
        var knownIDs: Set<String>? = []
    }

    static func read(
        _ document: CSVDocument, columns: BoundColumns, basis: FairnessBasis?, log: inout DiagnosticLog
    ) -> Outcome {
        var outcome = Outcome()
        let needsWeight = basis == .weight
        if needsWeight, !columns.has("weight") {
            log.error(document.file, line: document.headerLine, field: "weight",
                      "required column is missing, expected a weight column because fairness.basis is weight in hotline.yaml")
        }
        guard columns.isComplete else { return Outcome(municipalities: [], knownIDs: nil) }
        if document.records.isEmpty {
            log.error(document.file, line: document.headerLine,
                      "no municipalities, expected at least one row after the header")
        }
        var everyIDReadable = !document.records.isEmpty
        var firstLineOfID: [String: Int] = [:]
        var firstLineOfCode: [String: Int] = [:]
        for record in document.records {
            let row = RowReader(document: document, record: record, columns: columns)
            let errorsBefore = log.errorCount
            let id = row.check("id", Identifiers.municipalityID(row.text("id")), log: &log)
            if id == nil { everyIDReadable = false }
            if let id {
                if let first = firstLineOfID[id] {
                    row.error("id", "\(id) appears again (first on line \(first)), expected each municipality once", log: &log)
                } else {
                    firstLineOfID[id] = record.line
                    outcome.knownIDs?.insert(id)
                }
            }
            let code = row.check("code", Identifiers.municipalityCode(row.text("code")), log: &log)
            if let code {
                if let first = firstLineOfCode[code] {
                    row.error("code", "\(code) appears again (first on line \(first)), expected each kommunekode once", log: &log)
                } else {
                    firstLineOfCode[code] = record.line
                }
            }
            let name = row.text("name")
            if name.isEmpty { row.error("name", "is empty, expected the municipality's name such as Aarhus", log: &log) }
            let population = self.population(row, log: &log)
            let weight = self.weight(row, needed: needsWeight, log: &log)
            guard log.errorCount == errorsBefore, let id, let code, let population else { continue }
            outcome.municipalities.append(Municipality(
                id: id, code: code, name: name, region: row.text("region"), population: population, weight: weight))
        }
        if !everyIDReadable { outcome.knownIDs = nil }
        return outcome
    }

    private static func population(_ row: RowReader, log: inout DiagnosticLog) -> Int? {
        let expected = "a number of inhabitants from 0 to \(InputLimits.maxPopulation) such as 61000"
        let text = row.text("population")
        if text.isEmpty {
            row.error("population", "is empty, expected \(expected)", log: &log)
            return nil
        }
        guard let value = row.check("population", NumberParsing.integer(text, expected: expected), log: &log) else { return nil }
        guard value >= 0 else {
            row.error("population", "\(value) is negative, expected \(expected)", log: &log)
            return nil
        }
        guard value <= InputLimits.maxPopulation else {
            row.error("population", "\(value) is out of range, expected \(expected)", log: &log)
            return nil
        }
        return value
    }

    private static func weight(_ row: RowReader, needed: Bool, log: inout DiagnosticLog) -> Double? {
        guard row.columns.has("weight") else { return nil }
        if row.text("weight").isEmpty {
            if needed {
                row.error("weight", "is empty, expected a weight ≥ 0 such as 1 or \(NumberParsing.example(1, 5, decimalComma: row.decimalComma)) because fairness.basis is weight", log: &log)
            }
            return nil
        }
        return row.decimal("weight", noun: "a weight", example: 1, within: 0...InputLimits.maxWeight,
                           rangeText: "from 0 to \(NumberFormat.text(InputLimits.maxWeight))", log: &log)
    }
}
