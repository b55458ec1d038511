import Testing
@testable import PlanReading

@Suite struct NumberParsingTests {
    @Test(arguments: [("7.5", 7.5), ("20", 20.0), ("0", 0.0), ("-3.25", -3.25), ("+4", 4.0), ("007", 7.0)])
    func pointDecimalsAreAccepted(text: String, value: Double) {
        #expect(NumberParsing.parseDecimal(text, decimalComma: false) == value)
        #expect(NumberParsing.parseDecimal(text, decimalComma: true) == value)
    }

    @Test func danishDecimalCommaOnlyWhereAllowed() {
        #expect(NumberParsing.parseDecimal("7,5", decimalComma: true) == 7.5)
        #expect(NumberParsing.parseDecimal("7,5", decimalComma: false) == nil)
    }

    @Test(arguments: ["NaN", "nan", "inf", "-inf", "Infinity", "0x1F", "1e3", "1.000,5", "1,000.5", "1 000", "7.", ".5", "", "-", "abc", "7,5,0", "１２"])
    func otherFormsAreRejected(text: String) {
        #expect(NumberParsing.parseDecimal(text, decimalComma: true) == nil)
    }

    @Test func messagesSayWhatWasExpected() {
        #expect(NumberParsing.decimal("abc", decimalComma: true, expected: "hours such as 20 or 7,5")
            == .failure(ValueProblem("\"abc\" is not a number, expected hours such as 20 or 7,5")))
        #expect(NumberParsing.decimal("1.000,5", decimalComma: true, expected: "hours")
            == .failure(ValueProblem("\"1.000,5\" is not a number, expected hours (without thousands separators)")))
        #expect(NumberParsing.decimal("7,5", decimalComma: false, expected: "hours")
            == .failure(ValueProblem("\"7,5\" is not a number, expected hours (a decimal comma is only accepted in files separated by \";\"; use a point)")))
        #expect(NumberParsing.integer("61.000", expected: "a population")
            == .failure(ValueProblem("\"61.000\" is not a whole number, expected a population (digits only, without separators)")))
        #expect(NumberParsing.integer("61000", expected: "a population") == .success(61000))
        #expect(NumberParsing.integer("99999999999999999999", expected: "x").value == nil)
    }
}
