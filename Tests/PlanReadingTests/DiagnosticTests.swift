import Testing
@testable import PlanReading

@Suite struct DiagnosticTests {
    @Test(arguments: [
        (Diagnostic(file: "availability/aarhus.csv", line: 7, field: "max_hours", message: "\"abc\" is not a number, expected hours such as 20 or 7,5"),
         "availability/aarhus.csv:7: max_hours: \"abc\" is not a number, expected hours such as 20 or 7,5"),
        (Diagnostic(file: "hotline.yaml", field: "week", message: "required"), "hotline.yaml: week: required"),
        (Diagnostic(file: "demand.csv", line: 3, message: "bad"), "demand.csv:3: bad"),
        (Diagnostic(severity: .warning, file: "demand.csv", line: 3, field: "day", message: "ignored"), "demand.csv:3: warning: day: ignored"),
        (Diagnostic(severity: .warning, file: "availability/x.csv", message: "no hours"), "availability/x.csv: warning: no hours"),
    ])
    func description(diagnostic: Diagnostic, text: String) {
        #expect(diagnostic.description == text)
    }

    @Test func sortingIsByFileThenLineThenDiscovery() {
        let list = [
            Diagnostic(file: "b.csv", line: 2, message: "1"),
            Diagnostic(file: "a.csv", line: 9, message: "2"),
            Diagnostic(file: "b.csv", line: nil, message: "3"),
            Diagnostic(file: "b.csv", line: 2, message: "4"),
        ]
        #expect(PlanReadingError(kind: .badData, diagnostics: list).diagnostics.map(\.message) == ["2", "3", "1", "4"])
    }
}
