/// Builds `;`-separated UTF-8 CSV text, the same conventions the planning folder uses.
struct CSVText {
    private(set) var text: String

    init(header: [String]) {
        text = header.joined(separator: ";") + "\n"
    }

    mutating func append(_ fields: [String]) {
        text += fields.map(Self.escaped).joined(separator: ";") + "\n"
    }

    /// Quotes per RFC 4180 when needed, and defuses text a spreadsheet would run as a formula
    /// (leading `=`, `+`, `-`, `@`, tab or CR, also after leading blanks) by prefixing `'`.
    /// Plain numbers such as `-0.25` are values, not formulas, and stay as they are.
    static func escaped(_ field: String) -> String {
        var value = field
        if runsAsFormula(value), !isPlainNumber(value) {
            value = "'" + value
        }
        guard value.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "," }) else {
            return value
        }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A formula trigger leads the text, or leads it once the spaces and line breaks that an
    /// importer may trim are gone (a quoted name can keep them: `" =1+1"`).
    static func runsAsFormula(_ text: String) -> Bool {
        let triggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
        let blank: Set<Unicode.Scalar> = [" ", "\t", "\r", "\n"]
        guard let first = text.unicodeScalars.first else { return false }
        return triggers.contains(first) || text.unicodeScalars.first { !blank.contains($0) }.map(triggers.contains) == true
    }

    /// `-?digits(.digits)?`
    static func isPlainNumber(_ text: String) -> Bool {
        let body = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        return (1...2).contains(parts.count) && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }
}

/// Fixed decimals with `.`, independent of locale; negative zero printed as zero.
public func decimal(_ value: Double, _ places: Int) -> String {
    guard value.isFinite else { return value > 0 ? "inf" : (value < 0 ? "-inf" : "nan") }
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    var rounded = (value * scale).rounded() / scale
    if rounded == 0 { rounded = 0 }
    let negative = rounded < 0
    let magnitude = abs(rounded)
    let whole = magnitude.rounded(.down)
    var fraction = Int(((magnitude - whole) * scale).rounded())
    var wholeInt = Int(whole)
    if Double(fraction) >= scale {
        wholeInt += 1
        fraction = 0
    }
    var text = (negative ? "-" : "") + String(wholeInt)
    if places > 0 {
        let digits = String(fraction)
        text += "." + String(repeating: "0", count: places - digits.count) + digits
    }
    return text
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
