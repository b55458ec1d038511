import Foundation

/// A random table and its CSV file, written the way a careful writer quotes: fields holding the
/// delimiter, quotes, line breaks, `#` or surrounding spaces are quoted, quotes doubled.
struct GeneratedTable {
    let delimiter: Character
    let header: [String]
    let rows: [[String]]
    let headerLine: Int
    let rowLines: [Int]
    let bytes: [UInt8]

    /// Danish letters stay within Windows-1252 and never form a UTF-8 sequence there.
    private static let alphabet = Array("abcXYZ019 ;,\"\n\t#-=.æøåÆØÅ\u{A0}")

    init(using random: inout SeededGenerator) {
        let delimiter: Character = random.chance(0.5) ? ";" : ","
        let columns = Int.random(in: 2...5, using: &random)
        var header: [String] = []
        while header.count < columns {
            let name = String((0..<Int.random(in: 1...6, using: &random)).map { _ in random.pick(Array("abcdefgh_")) })
            if !header.contains(name) { header.append(name) }
        }
        let rows = (0..<Int.random(in: 0...6, using: &random)).map { _ in
            (0..<columns).map { _ in
                String((0..<Int.random(in: 0...6, using: &random)).map { _ in random.pick(Self.alphabet) })
            }
        }
        let newline = random.pick(["\n", "\r\n", "\r"])

        var text = ""
        var line = 1
        func interlude(_ random: inout SeededGenerator) {
            while random.chance(0.25) {
                text += random.pick(["", "  ", "# note; with, \"quotes", "\t# indented"]) + newline
                line += 1
            }
        }
        interlude(&random)
        let headerLine = line
        text += header.map { random.chance(0.2) ? " \($0.uppercased()) " : $0 }.joined(separator: String(delimiter)) + newline
        line += 1
        var rowLines: [Int] = []
        for (index, row) in rows.enumerated() {
            interlude(&random)
            rowLines.append(line)
            text += row.map { Self.written($0, delimiter: delimiter, newline: newline) }.joined(separator: String(delimiter))
            line += 1 + row.reduce(0) { $0 + $1.filter { $0 == "\n" }.count }
            if index < rows.count - 1 || random.chance(0.5) { text += newline }
        }

        var bytes: [UInt8]
        if random.chance(0.3), let latin = Self.windows1252(text) {
            bytes = latin
        } else {
            bytes = Array(text.utf8)
            if random.chance(0.3) { bytes = [0xEF, 0xBB, 0xBF] + bytes }
        }
        self.delimiter = delimiter
        self.header = header
        self.rows = rows
        self.headerLine = headerLine
        self.rowLines = rowLines
        self.bytes = bytes
    }

    private static func written(_ field: String, delimiter: Character, newline: String) -> String {
        let spaces: Set<Character> = [" ", "\t", "\u{A0}"]
        let needsQuotes = field.isEmpty || field.contains(delimiter) || field.contains("\"") || field.contains("\n")
            || field.first == "#" || field.first.map(spaces.contains) == true || field.last.map(spaces.contains) == true
        guard needsQuotes else { return field }
        // A line break inside a quoted field may be written with any line ending.
        let body = field.replacingOccurrences(of: "\"", with: "\"\"").replacingOccurrences(of: "\n", with: newline)
        return "\"" + body + "\""
    }

    /// The text in Windows-1252, when every character has a byte there.
    private static func windows1252(_ text: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        for scalar in text.unicodeScalars {
            guard scalar.value < 0x80 || (0xA0...0xFF).contains(scalar.value) else { return nil }
            bytes.append(UInt8(scalar.value))
        }
        return bytes
    }
}
