/// The columns a CSV file may have: canonical names, accepted aliases (Danish headers), and which are required.
struct ColumnSchema {
    struct Column {
        /// Canonical (English) name.
        let name: String
        /// Other accepted header names, lowercase.
        let aliases: [String]
        let required: Bool

        init(_ name: String, aliases: [String] = [], required: Bool = true) {
            self.name = name
            self.aliases = aliases
            self.required = required
        }

        var allNames: [String] { [name] + aliases }
    }

    let columns: [Column]

    init(_ columns: [Column]) {
        self.columns = columns
    }

    /// Every accepted header name, for delimiter detection.
    var knownNames: Set<String> { Set(columns.flatMap(\.allNames)) }

    /// The canonical header, e.g. `id;code;name;region;population`, for messages about empty files.
    var exampleHeader: String { columns.filter(\.required).map(\.name).joined(separator: ";") }

    /// Maps the header onto the schema, reporting unknown, repeated (under two names) and missing columns.
    func bind(_ document: CSVDocument, log: inout DiagnosticLog) -> BoundColumns {
        var positions: [String: Int] = [:]
        var written: [String: String] = [:]
        let file = document.file, line = document.headerLine
        let accepted = columns.flatMap(\.allNames)
        for (position, name) in document.header.enumerated() where !name.isEmpty {
            guard let column = columns.first(where: { $0.allNames.contains(name) }) else {
                let suggestion = Suggestion.didYouMean(name, among: accepted)
                log.error(file, line: line, field: name,
                          "unknown column, \(suggestion)expected the columns \(columns.map(\.name).joined(separator: ", "))")
                continue
            }
            if let earlier = written[column.name] {
                if earlier != name {
                    log.error(file, line: line, field: name,
                              "is the same column as \(earlier), expected only one of them")
                }
                continue
            }
            positions[column.name] = position
            written[column.name] = name
        }
        for column in columns where column.required && positions[column.name] == nil {
            let alternatives = column.aliases.isEmpty ? "" : " (or \(column.aliases.joined(separator: " or ")))"
            log.error(file, line: line, field: column.name,
                      "required column is missing, expected a column named \(column.name)\(alternatives) in the header")
        }
        let complete = columns.allSatisfy { !$0.required || positions[$0.name] != nil }
        return BoundColumns(positions: positions, written: written, isComplete: complete)
    }
}
