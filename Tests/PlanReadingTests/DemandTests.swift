import HotlineDomain
import Testing
@testable import PlanReading

@Suite struct DemandTests {
    private let header = "municipality;day;from;to;calls\n"

    private func errors(_ rows: String) -> [Diagnostic] {
        PlanFixture(["demand.csv": header + "aarhus;mon;08:00;09:00;4\n" + rows]).errors()
    }

    @Test func rowsCoveringTheSameSlotAddUp() throws {
        let fixture = PlanFixture(["demand.csv": header + "aarhus;mon;08:00;10:00;8\naarhus;mon;09:00;09:30;3\naarhus;mon;09:00;12:00;6\n"])
        let calls = try #require(fixture.read().plan.callsByMunicipality["aarhus"])
        // 08:00 08:30 | 09:00 (2 + 3 + 1) 09:30 (2 + 1) | 10:00 … 11:30 (1 each)
        #expect(Array(calls[0..<8]) == [2, 2, 6, 3, 1, 1, 1, 1])
        #expect(calls.reduce(0, +) == 17)
    }

    @Test func decimalCommaAndPointDecimals() throws {
        let semicolon = PlanFixture(["demand.csv": header + "aarhus;mon;08:00;09:00;7,5\n"])
        #expect(try semicolon.read().plan.callsByMunicipality["aarhus"]?[0] == 3.75)
        let comma = PlanFixture(["demand.csv": "municipality,day,from,to,calls\naarhus,mon,08:00,09:00,7.5\n"])
        #expect(try comma.read().plan.callsByMunicipality["aarhus"]?[1] == 3.75)
    }

    @Test func commaFileRejectsQuotedDecimalComma() {
        let comma = PlanFixture(["demand.csv": "municipality,day,from,to,calls\naarhus,mon,08:00,09:00,\"7,5\"\n"])
        expectDiagnostic(comma.errors(), file: "demand.csv", line: 2, field: "calls",
                         "\"7,5\" is not a number, expected a number of contacts such as 12 or 7.5 (a decimal comma is only accepted in files separated by \";\"; use a point)")
    }

    @Test(arguments: [
        ("arhus;mon;08:00;09:00;1\n", "municipality", "\"arhus\" is not a municipality id in municipalities.csv, did you mean `aarhus`? expected one of its ids such as aarhus"),
        ("aarhus;monday;08:00;09:00;1\n", "day", "\"monday\" is not a weekday, did you mean `mon`? expected one of mon, tue, wed, thu, fri, sat, sun"),
        ("aarhus;mon;8:00;09:00;1\n", "from", "\"8:00\" is not a time, expected HH:MM with two digits each, such as 08:00"),
        ("aarhus;mon;08:10;09:00;1\n", "from", "\"08:10\" is not on a 30-minute slot boundary (slot_minutes: 30), expected a time such as 08:00 or 08:30"),
        ("aarhus;mon;10:00;09:00;1\n", "to", "09:00 is not after from 10:00, expected an interval with from < to such as 08:00 to 09:00"),
        ("aarhus;mon;07:00;09:00;1\n", "from", "07:00-09:00 is outside opening hours on mon, expected within 08:00-12:00"),
        ("aarhus;mon;11:00;13:00;1\n", "to", "11:00-13:00 is outside opening hours on mon, expected within 08:00-12:00"),
        ("aarhus;wed;08:00;09:00;1\n", "day", "the hotline is closed on wed (no opening_hours in hotline.yaml), expected a day with opening hours: mon, tue"),
        ("aarhus;mon;08:00;09:00;-1\n", "calls", "-1 is out of range, expected a number of contacts from 0 to 1000000"),
        ("aarhus;mon;08:00;09:00;NaN\n", "calls", "\"NaN\" is not a number, expected a number of contacts such as 12 or 7,5"),
        ("aarhus;mon;08:00;09:00;inf\n", "calls", "\"inf\" is not a number"),
        ("aarhus;mon;08:00;09:00;1.000,5\n", "calls", "(without thousands separators)"),
        ("aarhus;mon;08:00;09:00;\n", "calls", "is empty, expected a number of contacts such as 12 or 7,5"),
    ])
    func badRowsAreReportedWithLineAndColumn(row: String, field: String, text: String) {
        let list = errors(row)
        #expect(list.count == 1, "\(list)")
        expectDiagnostic(list, file: "demand.csv", line: 3, field: field, text)
    }

    @Test func intervalMustLieInsideOneOpeningInterval() {
        let fixture = PlanFixture([
            "hotline.yaml": "week: 2026-W49\nopening_hours:\n  mon: 08:00-12:00, 13:00-16:00\n",
            "demand.csv": header + "aarhus;mon;11:00;14:00;3\n",
            "availability/odense.csv": "agent;max_hours;mon;tue;wed;thu;fri;sat;sun\n",
        ])
        expectDiagnostic(fixture.errors(), file: "demand.csv", line: 2, field: "to",
                         "11:00-14:00 is outside opening hours on mon, expected within 08:00-12:00 or 13:00-16:00")
    }

    @Test func demandOnAClosedDateIsDroppedWithAWarning() throws {
        let fixture = PlanFixture([
            "hotline.yaml": "week: 2026-W49\nclosed: [2026-12-01]\nopening_hours:\n  mon: 08:00-12:00\n  tue: 08:00-12:00\n",
            "demand.csv": header + "aarhus;mon;08:00;09:00;4\nodense;tue;08:00;09:00;5\naarhus;tue;10:00;11:00;2,5\n",
            "availability/odense.csv": "agent;max_hours;mon;tue;wed;thu;fri;sat;sun\no1;5;08:00-12:00;08:00-12:00;;;;;\n",
        ])
        let loaded = try fixture.read()
        #expect(loaded.plan.slots.count == 8)
        #expect(loaded.plan.callsByMunicipality["odense"] == Array(repeating: 0, count: 8))
        #expect(loaded.warnings.map(\.description) == [
            "demand.csv:3: warning: day: 2 rows with 7.5 calls on tue 2026-12-01 ignored: the hotline is closed that day (closed in hotline.yaml)",
        ])
        // Availability on the closed day is kept: it is a weekly pattern.
        #expect(loaded.plan.agents.first { $0.id == "o1" }?.windows[.tue] != nil)
    }

    @Test func missingColumnsAreEachReported() {
        let fixture = PlanFixture(["demand.csv": "municipality;weekday;from\naarhus;mon;08:00\n"])
        #expect(fixture.errors().map(\.description) == [
            "demand.csv:1: weekday: unknown column, expected the columns municipality, day, from, to, calls",
            "demand.csv:1: day: required column is missing, expected a column named day in the header",
            "demand.csv:1: to: required column is missing, expected a column named to in the header",
            "demand.csv:1: calls: required column is missing, expected a column named calls in the header",
        ])
    }
}
