/// Reads a `;` CSV file the way a spreadsheet imports it: RFC 4180 quoting, cells taken verbatim
/// (no trimming), any of CR, LF or CRLF ending a row outside quotes.
enum SpreadsheetCells {
    static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var cell = ""
        var quoted = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            if quoted {
                if scalar == "\"" {
                    if pending == "\"" {
                        cell.unicodeScalars.append("\"")
                        pending = scalars.next()
                    } else {
                        quoted = false
                    }
                } else {
                    cell.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where cell.isEmpty: quoted = true
            case ";":
                row.append(cell)
                cell = ""
            case "\r", "\n":
                if scalar == "\r", pending == "\n" { pending = scalars.next() }
                row.append(cell)
                rows.append(row)
                row = []
                cell = ""
            default: cell.unicodeScalars.append(scalar)
            }
        }
        if !cell.isEmpty || !row.isEmpty {
            row.append(cell)
            rows.append(row)
        }
        return rows
    }

    /// Characters that make a spreadsheet read a cell as a formula when they lead it.
    static let formulaTriggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// True when a spreadsheet could run the cell as a formula: a trigger leads it, also after
    /// whitespace or line breaks an importer may trim, and it is not simply a number such as -0.25.
    static func couldRunAsFormula(_ cell: String) -> Bool {
        let scalars = cell.unicodeScalars
        let firstVisible = scalars.first { !(" \t\r\n" as String).unicodeScalars.contains($0) }
        let leadingTrigger = scalars.first.map(formulaTriggers.contains) == true
            || firstVisible.map(formulaTriggers.contains) == true
        return leadingTrigger && !isPlainNumber(cell)
    }

    /// `-?digits(.digits)?`: what the tool writes for numbers.
    static func isPlainNumber(_ cell: String) -> Bool {
        var body = Substring(cell)
        if body.hasPrefix("-") { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        return (1...2).contains(parts.count) && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }
}
