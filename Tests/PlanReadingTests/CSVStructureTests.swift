import Testing
@testable import PlanReading

@Suite struct CSVStructureTests {
    @Test(arguments: ["\n", "\r\n", "\r"])
    func lineEndingsAreCounted(newline: String) throws {
        let text = ["# plan", "a;b", "", "1;2", "   ", "3;4"].joined(separator: newline) + newline
        let document = try #require(parseCSV(text).value)
        #expect(document.headerLine == 2)
        #expect(document.records == [CSVRecord(line: 4, fields: ["1", "2"]), CSVRecord(line: 6, fields: ["3", "4"])])
    }

    @Test func commentAndBlankLinesAreSkipped() throws {
        let text = "# header follows\n\na;b\n  # indented comment\n1;2\n\t\n#3;4\n5;6"
        let document = try #require(parseCSV(text).value)
        #expect(document.records.map(\.line) == [5, 8])
        #expect(document.records.map(\.fields) == [["1", "2"], ["5", "6"]])
    }

    @Test func delimiterOnlyLinesAreRecords() throws {
        let document = try #require(parseCSV("a;b\n;\n").value)
        #expect(document.records == [CSVRecord(line: 2, fields: ["", ""])])
    }

    @Test func unquotedFieldsAreTrimmedQuotedKeepTheirSpaces() throws {
        let document = try #require(parseCSV(" A ; B \n  x  ;\" y \"\n").value)
        #expect(document.header == ["a", "b"])
        #expect(document.records[0].fields == ["x", " y "])
    }

    @Test func quotedFieldsHoldNewlinesAndLaterLineNumbersStayRight() throws {
        let text = "a;b\n1;\"first\nsecond\r\nthird\"\n# comment\n2;\"#not a comment\"\n3;x\n"
        let document = try #require(parseCSV(text).value)
        #expect(document.records == [
            CSVRecord(line: 2, fields: ["1", "first\nsecond\nthird"]),
            CSVRecord(line: 6, fields: ["2", "#not a comment"]),
            CSVRecord(line: 7, fields: ["3", "x"]),
        ])
    }

    @Test func doubledQuotesEscapeAQuote() throws {
        let document = try #require(parseCSV("a;b\n\"say \"\"hej\"\"\";\"\"\"\"\n").value)
        #expect(document.records[0].fields == ["say \"hej\"", "\""])
    }

    @Test func unterminatedQuoteNamesTheLineWhereItOpened() throws {
        let error = try #require(parseCSV("a;b\n1;2\n3;\"open\n4;5\n6;7\n").failure)
        #expect(error.diagnostics.map(\.description) == [
            "test.csv:3: the quote opened on this line is never closed, expected a closing \" (write \"\" for a quote inside a field)",
        ])
    }

    @Test func textAfterAClosingQuoteIsAnError() throws {
        let error = try #require(parseCSV("a;b\n\"x\"y;2\n").failure)
        #expect(error.diagnostics.first?.line == 2)
        #expect(error.diagnostics.first?.message.hasPrefix("field 1 has text after its closing quote") == true)
    }

    @Test func fieldCountMismatchesAreAllReported() throws {
        let error = try #require(parseCSV("a;b;c\n1;2;3\n1;2\n1;2;3;4\n").failure)
        #expect(error.diagnostics.map(\.description) == [
            "test.csv:3: the row has 2 fields, expected 3 like the header on line 1 (separated by \";\"; quote fields that contain it)",
            "test.csv:4: the row has 4 fields, expected 3 like the header on line 1 (separated by \";\"; quote fields that contain it)",
        ])
    }

    @Test func trailingDelimiterOnEveryLineIsFine() throws {
        let document = try #require(parseCSV("a;b;\n1;2;\n").value)
        #expect(document.header == ["a", "b", ""])
        #expect(document.records[0].fields == ["1", "2", ""])
    }

    @Test(arguments: ["", "\n\n", "# only a comment\n", "  \r\n"])
    func emptyFilesAreRejected(text: String) throws {
        let error = try #require(parseCSV(text).failure)
        #expect(error.diagnostics.map(\.description) == [
            "test.csv: empty file, expected a header line naming the columns followed by data rows",
        ])
    }

    @Test func emptyPlanFileNamesTheExpectedHeader() {
        let fixture = PlanFixture(["demand.csv": ""])
        expectDiagnostic(fixture.errors(), file: "demand.csv", line: nil, field: nil,
                         "empty file, expected a header line such as \"municipality;day;from;to;calls\"")
    }

    @Test func duplicateHeaderNamesAreErrors() throws {
        let error = try #require(parseCSV("a;B;b\n1;2;3\n").failure)
        #expect(error.diagnostics.map(\.description) == [
            "test.csv:1: b: the column appears more than once in the header, expected each column once",
        ])
    }

    @Test func unnamedColumnInTheMiddleIsAnError() throws {
        let error = try #require(parseCSV("a;;c\n1;2;3\n").failure)
        #expect(error.diagnostics.map(\.description) == ["test.csv:1: column 2 of the header has no name, expected a column name"])
    }

    @Test func tooManyRowsAreRefused() throws {
        let text = "a;b\n" + String(repeating: "1;2\n", count: InputLimits.maxRecords + 1)
        let error = try #require(parseCSV(text).failure)
        #expect(error.diagnostics.map(\.description) == [
            "test.csv:100002: more than 100000 data rows, expected at most 100000 rows per file",
        ])
    }

    @Test func tooLargeFilesAreRefused() throws {
        let bytes = [UInt8](repeating: 0x20, count: InputLimits.maxFileBytes + 1)
        let error = try #require(parseCSV(bytes: bytes).failure)
        #expect(error.diagnostics.first?.message.hasPrefix("the file is larger than 16 MB") == true)
    }

    @Test func readFromDiskReportsMissingFilesAsMissingInput() throws {
        let fixture = PlanFixture()
        let document = try CSVReader.read(path: fixture.path + "/demand.csv", displayName: "demand.csv")
        #expect(document.records.count == 2)
        do {
            _ = try CSVReader.read(path: fixture.path + "/nope.csv", displayName: "nope.csv")
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .missingInput)
            #expect(error.exitCode == 66)
            #expect(error.diagnostics.first?.message.hasPrefix("file not found") == true)
        }
    }
}
