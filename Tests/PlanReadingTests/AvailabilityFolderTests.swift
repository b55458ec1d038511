import Testing
@testable import PlanReading

@Suite struct AvailabilityFolderTests {
    @Test func missingFileIsAWarning() throws {
        let loaded = try PlanFixture(["availability/odense.csv": nil]).read()
        #expect(loaded.warnings.map(\.description) == [
            "availability/odense.csv: warning: odense offers no hours: there is no availability file for it, expected availability/odense.csv",
        ])
        #expect(loaded.plan.municipalities.count == 2)
    }

    @Test func missingFileIsAnErrorWhenStrict() throws {
        let error = try #require(PlanFixture(["availability/odense.csv": nil]).failure(ReadOptions(strict: true)))
        #expect(error.exitCode == 65)
        #expect(error.diagnostics.map(\.description) == [
            "availability/odense.csv: odense offers no hours: there is no availability file for it, expected availability/odense.csv (required with --strict)",
        ])
    }

    @Test func fileForAnUnknownMunicipality() {
        let fixture = PlanFixture(["availability/Aarhus.csv": PlanFixture.aarhus, "availability/aarhus.csv": nil])
        let errors = fixture.errors()
        expectDiagnostic(errors, file: "availability/Aarhus.csv", line: nil, field: nil,
                         "\"Aarhus\" is not a municipality id in municipalities.csv, did you mean `aarhus`? expected files named after the ids, such as aarhus.csv")
    }

    @Test func otherFilesAreIgnoredWithAWarning() throws {
        let fixture = PlanFixture(["availability/notes.txt": "hello", "availability/.DS_Store": "x"])
        fixture.makeFolder("availability/old")
        let loaded = try fixture.read()
        #expect(loaded.warnings.map(\.description) == [
            "availability/notes.txt: warning: is not a .csv file, ignored (expected ID.csv files in availability/)",
            "availability/old: warning: is a folder, ignored (expected only ID.csv files in availability/)",
        ])
    }
}
