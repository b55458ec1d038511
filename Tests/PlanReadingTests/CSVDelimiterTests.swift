import Testing
@testable import PlanReading

@Suite struct CSVDelimiterTests {
    @Test(arguments: [("a;b;c\n1;2;3\n", Character(";")), ("a,b,c\n1,2,3\n", ",")])
    func delimiterIsDetectedFromTheHeader(text: String, delimiter: Character) throws {
        let document = try #require(parseCSV(text).value)
        #expect(document.delimiter == delimiter)
        #expect(document.header == ["a", "b", "c"])
        #expect(document.records[0].fields == ["1", "2", "3"])
    }

    @Test func quotedDelimitersDoNotCount() throws {
        // The header has "," only inside quotes, so ";" is the delimiter.
        let document = try #require(parseCSV("\"a,x\";b\n\"1,5\";\"2;3\"\n").value)
        #expect(document.delimiter == ";")
        #expect(document.header == ["a,x", "b"])
        #expect(document.records[0].fields == ["1,5", "2;3"])
    }

    @Test func commaFileWithQuotedCellsHoldingCommas() throws {
        let document = try #require(parseCSV("agent,mon\na1,\"08:00-12:00,13:00-17:00\"\n").value)
        #expect(document.delimiter == ",")
        #expect(document.records[0].fields == ["a1", "08:00-12:00,13:00-17:00"])
    }

    @Test func bothDelimitersAreSettledByKnownColumns() throws {
        let bytes = Array("municipality;owed_hours;after_week,x\n".utf8)
        let known: Set<String> = ["municipality", "owed_hours", "after_week"]
        let document = try #require(parseCSV(bytes: bytes, knownColumns: known).value)
        #expect(document.delimiter == ";")
    }

    @Test func bothDelimitersWithoutKnownColumnsAreUndecidable() throws {
        let error = try #require(parseCSV("a;b,c\n").failure)
        #expect(error.diagnostics.map(\.description) == [
            "test.csv:1: cannot tell the delimiter: the header line contains both \";\" and \",\", expected column names separated by one of them (quote names that contain the other)",
        ])
    }

    @Test func noDelimiterIsAnError() throws {
        let error = try #require(parseCSV("# comment\nid\tname\n").failure)
        #expect(error.diagnostics.map(\.description) == [
            "test.csv:2: cannot tell the delimiter: the header line contains neither \";\" nor \",\", expected column names separated by ; or , (tab-separated files are not supported)",
        ])
    }

    @Test func delimiterInAPlanFileUsesTheSchemaNames() throws {
        // A semicolon header whose region name contains a comma: the known names decide.
        let fixture = PlanFixture([
            "municipalities.csv": "id;code;name;region;population;\"weight\"\naarhus;751;Aarhus;Midt, Jylland;350000;\nodense;461;Odense;Syd;200000;\n",
        ])
        let plan = try fixture.read().plan
        #expect(plan.municipalities[0].region == "Midt, Jylland")
    }
}
