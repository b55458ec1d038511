/// Decides between `;` and `,` from the header line.
enum DelimiterDetector {
    struct Problem: Error, Equatable {
        let line: Int
        let message: String
    }

    /// The delimiter that occurs outside quotes in the header line; when both do, the one that
    /// splits the header into more of `knownColumns`. Nil when there is no header line at all.
    static func detect(in text: [Unicode.Scalar], knownColumns: Set<String>) -> Result<Character, Problem>? {
        guard let header = headerCounts(in: text) else { return nil }
        switch (header.semicolons > 0, header.commas > 0) {
        case (true, false): return .success(";")
        case (false, true): return .success(",")
        case (false, false):
            let hint = header.tabs > 0 ? " (tab-separated files are not supported)" : ""
            return .failure(Problem(
                line: header.line,
                message: "cannot tell the delimiter: the header line contains neither \";\" nor \",\", expected column names separated by ; or ,\(hint)"))
        case (true, true):
            let bySemicolon = knownCount(text, delimiter: ";", knownColumns: knownColumns)
            let byComma = knownCount(text, delimiter: ",", knownColumns: knownColumns)
            if bySemicolon > byComma { return .success(";") }
            if byComma > bySemicolon { return .success(",") }
            return .failure(Problem(
                line: header.line,
                message: "cannot tell the delimiter: the header line contains both \";\" and \",\", expected column names separated by one of them (quote names that contain the other)"))
        }
    }

    private struct HeaderCounts {
        var line: Int
        var semicolons = 0
        var commas = 0
        var tabs = 0
    }

    /// Counts delimiters outside quotes on the first line that is neither blank nor a comment.
    private static func headerCounts(in text: [Unicode.Scalar]) -> HeaderCounts? {
        var tokenizer = CSVTokenizer(text: text, delimiter: ";")
        guard let start = tokenizer.startOfNextRecord() else { return nil }
        var counts = HeaderCounts(line: start.line)
        var inQuotes = false
        for scalar in text[start.index...] {
            if scalar == "\"" {
                inQuotes.toggle()
            } else if !inQuotes {
                if scalar == "\n" || scalar == "\r" { break }
                if scalar == ";" { counts.semicolons += 1 }
                if scalar == "," { counts.commas += 1 }
                if scalar == "\t" { counts.tabs += 1 }
            }
        }
        return counts
    }

    private static func knownCount(_ text: [Unicode.Scalar], delimiter: Unicode.Scalar, knownColumns: Set<String>) -> Int {
        var tokenizer = CSVTokenizer(text: text, delimiter: delimiter)
        guard let header = tokenizer.next() else { return 0 }
        return header.fields.filter { knownColumns.contains(CSVHeader.normalize($0)) }.count
    }
}
