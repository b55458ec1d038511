import Testing
@testable import PlanReading

@Suite struct CSVEncodingTests {
    @Test func utf8WithBOMIsRead() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("id;name\naarhus;Århus\n".utf8)
        let document = try #require(parseCSV(bytes: bytes).value)
        #expect(document.header == ["id", "name"])
        #expect(document.records == [CSVRecord(line: 2, fields: ["aarhus", "Århus"])])
    }

    @Test func windows1252HeaderAndNameAreDecoded() throws {
        // "agent;lør;søn" and the name "Søren" saved by a Danish spreadsheet: ø = 0xF8.
        // The name "Søren €" ends in 0x80, the euro sign of Windows-1252.
        let bytes: [UInt8] = Array("agent;l".utf8) + [0xF8] + Array("r;s".utf8) + [0xF8] + Array("n;name\r\na1;-;-;S".utf8)
            + [0xF8] + Array("ren ".utf8) + [0x80, 0x0D, 0x0A]
        let document = try #require(parseCSV(bytes: bytes).value)
        #expect(document.header == ["agent", "lør", "søn", "name"])
        #expect(document.records[0].fields == ["a1", "-", "-", "Søren €"])
    }

    @Test(arguments: [UInt8(0x81), 0x8D, 0x8F, 0x90, 0x9D])
    func undefinedWindows1252BytesAreRejected(byte: UInt8) throws {
        let bytes: [UInt8] = Array("id;name\naarhus;x".utf8) + [byte] + Array("\n".utf8)
        let error = try #require(parseCSV(bytes: bytes).failure)
        let hex = String(byte, radix: 16, uppercase: true)
        #expect(error.kind == .badData)
        #expect(error.diagnostics.map(\.description) == [
            "test.csv:2: byte 0x\(hex) is neither UTF-8 nor Windows-1252, expected a text file saved as UTF-8",
        ])
    }

    @Test(arguments: [(UInt8(0x00), "a NUL byte"), (0x07, "the control character U+0007"), (0x1B, "the control character U+001B")])
    func controlCharactersMeanBinaryData(byte: UInt8, what: String) throws {
        let bytes: [UInt8] = Array("id;name\n\naarhus;x".utf8) + [byte]
        let error = try #require(parseCSV(bytes: bytes).failure)
        #expect(error.diagnostics.map(\.description) == [
            "test.csv:3: the file contains \(what), so it looks like binary data, expected a text file (CSV saved as UTF-8)",
        ])
    }

    @Test func tabsAreAllowed() throws {
        let document = try #require(parseCSV("id;name\naarhus;\tÅrhus\t\n").value)
        #expect(document.records[0].fields == ["aarhus", "Århus"])
    }

    @Test func utf16IsRejected() throws {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x69, 0x00, 0x64, 0x00]
        let error = try #require(parseCSV(bytes: bytes).failure)
        #expect(error.diagnostics.first?.message.contains("UTF-16") == true)
    }

    @Test func windows1252TableCoversEveryByte() {
        #expect(Windows1252.scalar(for: 0x80) == "€")
        #expect(Windows1252.scalar(for: 0x9F) == "Ÿ")
        #expect(Windows1252.scalar(for: 0xE6) == "æ")
        #expect(Windows1252.scalar(for: 0xC5) == "Å")
        #expect(Windows1252.scalar(for: 0x41) == "A")
        #expect((0...255).filter { Windows1252.scalar(for: UInt8($0)) == nil } == [0x81, 0x8D, 0x8F, 0x90, 0x9D])
    }
}
