/// Plain decimal numbers: `20`, `7.5`, and `7,5` where a decimal comma is allowed.
/// No exponents, hex, NaN, infinity or thousands separators.
enum NumberParsing {
    /// - Parameter expected: what the value should look like, e.g. `hours such as 20 or 7,5`.
    static func decimal(_ text: String, decimalComma: Bool, expected: String) -> Result<Double, ValueProblem> {
        guard let value = parseDecimal(text, decimalComma: decimalComma) else {
            return .failure(ValueProblem("\(quoted(text)) is not a number, expected \(expected)\(hint(text, decimalComma: decimalComma))"))
        }
        return .success(value)
    }

    /// Whole numbers: optional sign and digits only.
    static func integer(_ text: String, expected: String) -> Result<Int, ValueProblem> {
        let digits = text.first == "-" || text.first == "+" ? Substring(text.dropFirst()) : Substring(text)
        guard !digits.isEmpty, digits.count <= 18, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(text)
        else {
            return .failure(ValueProblem("\(quoted(text)) is not a whole number, expected \(expected)\(integerHint(text))"))
        }
        return .success(value)
    }

    /// `"7,5"` for a decimal comma example where allowed, `"7.5"` otherwise.
    static func example(_ whole: Int, _ fraction: Int, decimalComma: Bool) -> String {
        "\(whole)\(decimalComma ? "," : ".")\(fraction)"
    }

    static func parseDecimal(_ text: String, decimalComma: Bool) -> Double? {
        var body = Substring(text)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        guard !body.isEmpty, body.count <= 40 else { return nil }
        let separators: Set<Character> = decimalComma ? [".", ","] : ["."]
        var sawSeparator = false
        var previousWasDigit = false
        for character in body {
            if character.isASCII && character.isNumber {
                previousWasDigit = true
            } else if separators.contains(character), !sawSeparator, previousWasDigit {
                sawSeparator = true
                previousWasDigit = false
            } else {
                return nil
            }
        }
        guard previousWasDigit else { return nil }
        guard let value = Double(String(text.map { $0 == "," ? "." : $0 })), value.isFinite else { return nil }
        return value
    }

    private static func hint(_ text: String, decimalComma: Bool) -> String {
        let separators = text.filter { $0 == "." || $0 == "," || $0 == " " }.count
        if separators >= 2 || text.contains(" ") { return " (without thousands separators)" }
        if text.contains(","), !decimalComma { return " (a decimal comma is only accepted in files separated by \";\"; use a point)" }
        return ""
    }

    private static func integerHint(_ text: String) -> String {
        text.contains(where: { $0 == "." || $0 == "," || $0 == " " }) ? " (digits only, without separators)" : ""
    }

    static func quoted(_ text: String) -> String { "\"\(text)\"" }
}
