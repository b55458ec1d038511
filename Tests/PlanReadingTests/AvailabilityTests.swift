import HotlineDomain
import Testing
@testable import PlanReading

@Suite struct AvailabilityTests {
    private let header = "agent;name;max_hours;min_hours;max_days;mon;tue;wed;thu;fri;sat;sun\n"

    private func fixture(_ aarhus: String, settings: String? = nil) -> PlanFixture {
        var files: [String: String?] = ["availability/aarhus.csv": aarhus]
        if let settings { files["hotline.yaml"] = settings }
        return PlanFixture(files)
    }

    private func agent(_ file: String) throws -> Agent {
        let plan = try fixture(file).read().plan
        return try #require(plan.agents.first { $0.municipality == "aarhus" })
    }

    private func window(_ text: String) -> TimeWindow {
        TimeParsing.window(text, slotMinutes: 30).value!
    }

    @Test(arguments: [
        ("08:00-12:00", ["08:00-12:00"]),
        ("08:00-10:00,10:30-12:00", ["08:00-10:00", "10:30-12:00"]),
        ("08:00-10:00 10:30-12:00", ["08:00-10:00", "10:30-12:00"]),
        // Touching windows stay two windows: a shift must lie inside one of them.
        ("08:00-10:00,10:00-12:00", ["08:00-10:00", "10:00-12:00"]),
        ("\"08:00-09:00, 11:00-12:00\"", ["08:00-09:00", "11:00-12:00"]),
        ("-", []),
        ("", []),
    ])
    func cellForms(cell: String, windows: [String]) throws {
        let anna = try agent(header + "a1;Anna;20;;;\(cell);;;;;;\n")
        #expect(anna.windows[.mon] ?? [] == windows.map(window))
    }

    @Test func commaSeparatedFileNeedsQuotedWindowLists() throws {
        let file = "agent,max_hours,mon,tue,wed,thu,fri,sat,sun\na1,7.5,\"08:00-09:00,10:00-11:00\",-,,,,,\n"
        let anna = try agent(file)
        #expect(anna.maxHours == 7.5)
        #expect(anna.windows[.mon] == [window("08:00-09:00"), window("10:00-11:00")])
        #expect(anna.windows[.tue] == nil)
    }

    @Test func danishHeadersInAnyOrderAndMixed() throws {
        let file = "søn;LØR;fre;tor;ons;tir;man;Maks_Timer;medarbejder;navn;min_timer;maks_dage\n;;;;;08:00-09:00;08:00-12:00;7,5;a1;Åse;2;3\n"
        let anna = try agent(file)
        #expect(anna.id == "a1" && anna.name == "Åse")
        #expect(anna.maxHours == 7.5 && anna.minHours == 2 && anna.maxDays == 3)
        #expect(anna.windows == [.mon: [window("08:00-12:00")], .tue: [window("08:00-09:00")]])
        let mixed = try agent("agent;navn;max_hours;man;tue;ons;thu;fre;sat;søn\na1;Åse;5;08:00-09:00;;;;;;\n")
        #expect(mixed.name == "Åse")
    }

    @Test func windows1252DanishFile() throws {
        // "medarbejder;navn;maks_timer;man;tir;ons;tor;fre;lør;søn" and the name "Bjørn", saved as Windows-1252.
        let text = "medarbejder;navn;maks_timer;man;tir;ons;tor;fre;l\u{F8}r;s\u{F8}n\r\nb1;Bj\u{F8}rn;12,5;08:00-12:00;;;;;;\r\n"
        let bytes = text.unicodeScalars.map { UInt8($0.value) }
        let fixture = PlanFixture()
        fixture.write("availability/aarhus.csv", bytes: bytes)
        let plan = try fixture.read().plan
        let bjorn = try #require(plan.agents.first { $0.id == "b1" })
        #expect(bjorn.name == "Bjørn" && bjorn.maxHours == 12.5)
    }

    @Test func missingRequiredColumnsAreEachReported() {
        let errors = fixture("agent;name;mon;tue;wed;thu;fri\na1;A;;;;;\n").errors()
        #expect(errors.map(\.description) == [
            "availability/aarhus.csv:1: max_hours: required column is missing, expected a column named max_hours (or maks_timer) in the header",
            "availability/aarhus.csv:1: sat: required column is missing, expected a column named sat (or lør) in the header",
            "availability/aarhus.csv:1: sun: required column is missing, expected a column named sun (or søn) in the header",
        ])
    }

    @Test func unknownHeaderWithSuggestion() {
        let errors = fixture("agent;maxhours;max_hours;mon;tue;wed;thu;fri;sat;sunday\na1;1;1;;;;;;;\n").errors()
        expectDiagnostic(errors, file: "availability/aarhus.csv", line: 1, field: "maxhours",
                         "unknown column, did you mean `max_hours`? expected the columns agent, name, max_hours, min_hours, max_days, mon, tue, wed, thu, fri, sat, sun")
        expectDiagnostic(errors, file: "availability/aarhus.csv", line: 1, field: "sunday", "did you mean `sun`?")
        expectDiagnostic(errors, file: "availability/aarhus.csv", line: 1, field: "sun", "required column is missing")
    }

    @Test func sameColumnUnderTwoNames() {
        let errors = fixture("agent;medarbejder;max_hours;mon;tue;wed;thu;fri;sat;sun\na1;a1;1;;;;;;;\n").errors()
        #expect(errors.map(\.description) == [
            "availability/aarhus.csv:1: medarbejder: is the same column as agent, expected only one of them",
        ])
    }

    @Test(arguments: [
        ("a1;A;abc;;;;;;;;;", "max_hours", "\"abc\" is not a number, expected hours such as 20 or 7,5"),
        ("a1;A;;;;;;;;;;", "max_hours", "is empty, expected hours such as 20 or 7,5"),
        ("a1;A;200;;;;;;;;;", "max_hours", "200 is out of range, expected hours from 0 to 168"),
        ("a1;A;10;12;;;;;;;;", "min_hours", "12 is more than max_hours 10, expected min_hours ≤ max_hours"),
        ("a1;A;10;-1;;;;;;;;", "min_hours", "-1 is out of range, expected hours from 0 to 168"),
        ("a1;A;10;;8;;;;;;;", "max_days", "8 is out of range, expected a whole number of days from 0 to 7 such as 5"),
        ("a1;A;10;;2,5;;;;;;;", "max_days", "\"2,5\" is not a whole number, expected a whole number of days from 0 to 7 such as 5"),
        ("-a;A;10;;;;;;;;;", "agent", "\"-a\" is not a valid agent id, expected letters A-Z, digits, \".\", \"_\" and \"-\", starting with a letter or digit"),
        ("jens hansen;A;10;;;;;;;;;", "agent", "\"jens hansen\" is not a valid agent id"),
        (";A;10;;;;;;;;;", "agent", "is empty, expected an agent id such as a17 or jens.h"),
        ("a1;A;10;;;8:00-12:00;;;;;;", "mon", "\"8:00\" is not a time, expected HH:MM with two digits each, such as 08:00"),
        ("a1;A;10;;;08:00-24:30;;;;;;", "mon", "\"24:30\" is not a time of day"),
        ("a1;A;10;;;12:00-08:00;;;;;;", "mon", "\"12:00-08:00\" does not end after it starts"),
        ("a1;A;10;;;08:10-12:00;;;;;;", "mon", "\"08:10\" is not on a 30-minute slot boundary (slot_minutes: 30), expected a time such as 08:00 or 08:30"),
        ("a1;A;10;;;08:00-11:00 10:00-12:00;;;;;;", "mon", "08:00-11:00 and 10:00-12:00 overlap, expected windows that do not overlap"),
        ("a1;A;10;;;06:00-08:00;;;;;;", "mon", "06:00-08:00 lies entirely outside opening hours on mon, expected a window overlapping 08:00-12:00"),
        ("a1;A;10;;;;;08:00-12:00;;;;", "wed", "the hotline is closed on wed (no opening_hours in hotline.yaml), expected \"-\" or an empty cell"),
        ("a1;A;10;;;08:00-12:00;;;;;;;", nil, "the row has 13 fields, expected 12 like the header on line 1"),
    ] as [(String, String?, String)])
    func badRowsAreReported(row: String, field: String?, text: String) {
        let errors = fixture(header + "ok;Ok;5;;;;;;;;;\n" + row + "\n").errors()
        #expect(errors.count == 1, "\(errors)")
        expectDiagnostic(errors, file: "availability/aarhus.csv", line: 3, field: field, text)
    }

    @Test func duplicateAgentIds() {
        let errors = fixture(header + "a1;A;5;;;;;;;;;\na2;B;5;;;;;;;;;\na1;C;5;;;;;;;;;\n").errors()
        #expect(errors.map(\.description) == [
            "availability/aarhus.csv:4: agent: a1 appears again (first on line 2), expected each agent once per file",
        ])
    }

    @Test func sameAgentIdInTwoMunicipalitiesIsFine() throws {
        let plan = try fixture(header + "o1;Other;5;;;;;;;;;\n").read().plan
        #expect(plan.agents.map(\.key.description) == ["aarhus/o1", "odense/o1"])
    }

    @Test func headerOnlyFileGivesAWarning() throws {
        let loaded = try fixture(header).read()
        #expect(loaded.plan.agents.map(\.municipality) == ["odense"])
        #expect(loaded.warnings.map(\.description) == [
            "availability/aarhus.csv:1: warning: no agents (the file has only a header), so aarhus offers no hours this week",
        ])
    }

    @Test func fieldUsesTheHeaderNameAsWritten() {
        let errors = fixture("medarbejder;maks_timer;man;tir;ons;tor;fre;lør;søn\na1;x;;;;;;;\n").errors()
        expectDiagnostic(errors, file: "availability/aarhus.csv", line: 2, field: "maks_timer", "\"x\" is not a number")
    }

    @Test func fifteenMinuteGrid() throws {
        let settings = "week: 2026-W49\nslot_minutes: 15\nopening_hours: {mon: 08:00-12:00, tue: 08:00-12:00}\n"
        let plan = try fixture(header + "a1;A;5;;;08:15-09:45;;;;;;\n", settings: settings).read().plan
        #expect(plan.agents[0].windows[.mon] == [TimeWindow(start: TimeOfDay(hours: 8, minutes: 15), end: TimeOfDay(hours: 9, minutes: 45))])
    }
}
