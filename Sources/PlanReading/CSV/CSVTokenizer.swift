/// Splits decoded text into records of fields (RFC 4180 quoting), keeping each record's starting line.
/// Blank lines and lines whose first non-space character is `#` are skipped (outside quoted fields).
struct CSVTokenizer {
    struct RawRecord: Equatable {
        let line: Int
        let fields: [String]
    }

    struct Problem: Equatable {
        let line: Int
        let message: String
    }

    private let text: [Unicode.Scalar]
    private let delimiter: Unicode.Scalar
    private var index = 0
    private var line = 1
    /// Set after an unrecoverable problem (an unterminated quote swallows the rest of the file).
    private(set) var finished = false
    private(set) var problems: [Problem] = []

    init(text: [Unicode.Scalar], delimiter: Unicode.Scalar) {
        self.text = text
        self.delimiter = delimiter
    }

    /// The next record, or nil at the end of the text. Records with a problem are reported and skipped.
    mutating func next() -> RawRecord? {
        while !finished {
            skipBlankAndCommentLines()
            guard index < text.count else {
                finished = true
                return nil
            }
            if let record = readRecord() { return record }
        }
        return nil
    }

    /// Where the next record starts (after blank and comment lines), without consuming it.
    mutating func startOfNextRecord() -> (index: Int, line: Int)? {
        skipBlankAndCommentLines()
        return index < text.count ? (index, line) : nil
    }

    // MARK: - Lines

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\u{A0}"
    }

    private static func isNewline(_ scalar: Unicode.Scalar) -> Bool { scalar == "\n" || scalar == "\r" }

    /// Consumes one line ending at `index` (LF, CR or CRLF) and counts the line.
    private mutating func consumeNewline() {
        if text[index] == "\r", index + 1 < text.count, text[index + 1] == "\n" { index += 1 }
        index += 1
        line += 1
    }

    private mutating func skipToEndOfLine() {
        while index < text.count, !Self.isNewline(text[index]) { index += 1 }
        if index < text.count { consumeNewline() }
    }

    private mutating func skipBlankAndCommentLines() {
        while index < text.count {
            var probe = index
            while probe < text.count, Self.isSpace(text[probe]) { probe += 1 }
            if probe == text.count {
                index = probe
            } else if Self.isNewline(text[probe]) {
                index = probe
                consumeNewline()
            } else if text[probe] == "#" {
                index = probe
                skipToEndOfLine()
            } else {
                return
            }
        }
    }

    // MARK: - Records and fields

    private mutating func readRecord() -> RawRecord? {
        let recordLine = line
        var fields: [String] = []
        while true {
            while index < text.count, Self.isSpace(text[index]) { index += 1 }
            let value: String
            if index < text.count, text[index] == "\"" {
                guard let quoted = readQuotedField(fieldNumber: fields.count + 1, recordLine: recordLine) else { return nil }
                value = quoted
            } else {
                value = readPlainField()
            }
            fields.append(value)
            if index < text.count, text[index] == delimiter {
                index += 1
                continue
            }
            if index < text.count { consumeNewline() }
            return RawRecord(line: recordLine, fields: fields)
        }
    }

    /// Up to the delimiter or the end of the line, trimmed.
    private mutating func readPlainField() -> String {
        var scalars = String.UnicodeScalarView()
        while index < text.count, text[index] != delimiter, !Self.isNewline(text[index]) {
            scalars.append(text[index])
            index += 1
        }
        while let last = scalars.last, Self.isSpace(last) { scalars.removeLast() }
        return String(scalars)
    }

    /// From the opening quote at `index`; nil (after reporting) when the field is malformed.
    private mutating func readQuotedField(fieldNumber: Int, recordLine: Int) -> String? {
        let openingLine = line
        index += 1
        var scalars = String.UnicodeScalarView()
        while true {
            guard index < text.count else {
                problems.append(Problem(
                    line: openingLine,
                    message: "the quote opened on this line is never closed, expected a closing \" (write \"\" for a quote inside a field)"))
                finished = true
                return nil
            }
            let scalar = text[index]
            if scalar == "\"" {
                if index + 1 < text.count, text[index + 1] == "\"" {
                    scalars.append("\"")
                    index += 2
                    continue
                }
                index += 1
                break
            }
            if Self.isNewline(scalar) {
                consumeNewline()
                scalars.append("\n")
                continue
            }
            scalars.append(scalar)
            index += 1
        }
        while index < text.count, Self.isSpace(text[index]) { index += 1 }
        if index < text.count, text[index] != delimiter, !Self.isNewline(text[index]) {
            problems.append(Problem(
                line: recordLine,
                message: "field \(fieldNumber) has text after its closing quote, expected the delimiter \"\(delimiter)\" or the end of the line (write \"\" for a quote inside a quoted field)"))
            skipToEndOfLine()
            return nil
        }
        return String(scalars)
    }
}
