import Testing
@testable import PlanReading

@Suite struct PlanReaderFailureTests {
    @Test(arguments: ["hotline.yaml", "municipalities.csv", "demand.csv"])
    func missingRequiredFilesExit66(file: String) throws {
        let error = try #require(PlanFixture([file: nil]).failure())
        #expect(error.kind == .missingInput)
        #expect(error.exitCode == 66)
        expectDiagnostic(error.diagnostics, file: file, line: nil, field: nil, "file not found, expected it at ")
    }

    @Test func missingAvailabilityFolderExits66() throws {
        let error = try #require(PlanFixture(["availability/aarhus.csv": nil, "availability/odense.csv": nil]).failure())
        #expect(error.exitCode == 66)
        #expect(error.diagnostics.map(\.description) == [
            "availability/: folder not found, expected a folder availability/ with one ID.csv per municipality",
        ])
    }

    @Test func missingPlanFolderExits66() throws {
        do {
            _ = try PlanReader.read(folder: "/nonexistent/plan-\(#line)")
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .missingInput && error.exitCode == 66)
            #expect(error.diagnostics.first?.message.hasPrefix("plan folder not found") == true)
        }
    }

    @Test func badDataExits65() throws {
        let error = try #require(PlanFixture(["demand.csv": "municipality;day;from;to;calls\naarhus;mon;08:00;09:00;x\n"]).failure())
        #expect(error.kind == .badData)
        #expect(error.exitCode == 65)
    }

    @Test func balanceIsOptional() throws {
        #expect(try PlanFixture(["balance.csv": nil]).read().plan.owedHours.isEmpty)
    }

    @Test func allProblemsAreReportedAtOnceSortedByFileThenLine() throws {
        let fixture = PlanFixture([
            "hotline.yaml": "week: 2026-W49\nslot_minutes: 30\nopening_hours:\n  mon: \"08:00-12:00\"\n  tue: 08:00-12:00\nstafing: {}\n",
            "municipalities.csv": "id;code;name;region;population\naarhus;751;Aarhus;Midt;1\nodense;46;Odense;Syd;1\n",
            "demand.csv": "municipality;day;from;to;calls\naarhus;mon;08:00;09:00;x\naarhus;sun;08:00;09:00;1\n",
            "balance.csv": "municipality;owed_hours;after_week\naarhus;1;2026-W40\n",
            "availability/aarhus.csv": "agent;max_hours;mon;tue;wed;thu;fri;sat;sun\na1;abc;;;;;;;\n",
            "availability/odense.csv": "agent;max_hours;mon;tue;wed;thu;fri;sat;sun\n\"o1;5;;;;;;;\n",
        ])
        let error = try #require(fixture.failure())
        #expect(error.exitCode == 65)
        #expect(error.diagnostics.map(\.description) == [
            "availability/aarhus.csv:2: max_hours: \"abc\" is not a number, expected hours such as 20 or 7,5",
            "availability/odense.csv:2: the quote opened on this line is never closed, expected a closing \" (write \"\" for a quote inside a field)",
            "balance.csv:2: after_week: balance is after 2026-W40, expected after 2026-W48 (the week before the planned week); use --force to accept it",
            "demand.csv:2: calls: \"x\" is not a number, expected a number of contacts such as 12 or 7,5",
            "demand.csv:3: day: the hotline is closed on sun (no opening_hours in hotline.yaml), expected a day with opening hours: mon, tue",
            "hotline.yaml:6: stafing: unknown setting, did you mean `staffing`? expected one of week, timezone, slot_minutes, opening_hours, closed, staffing, shifts, fairness, priorities",
            "municipalities.csv:3: code: \"46\" is not a kommunekode, expected three digits such as 751",
        ])
        #expect(error.description == error.diagnostics.map(\.description).joined(separator: "\n"))
    }

    @Test func missingInputWinsOverBadData() throws {
        let error = try #require(PlanFixture(["demand.csv": nil, "municipalities.csv": "id;code\n"]).failure())
        #expect(error.exitCode == 66)
        #expect(error.diagnostics.count > 1)
    }

    @Test func unusableSettingsStillLetOtherFilesBeChecked() throws {
        let fixture = PlanFixture([
            "hotline.yaml": "week: soon\nopening_hours:\n  mon: \"08:00-12:00\"\n",
            "demand.csv": "municipality;day;from;to;calls\nodder;mon;08:00;09:00;1\n",
        ])
        let errors = fixture.errors()
        expectDiagnostic(errors, file: "hotline.yaml", line: 1, field: "week", "\"soon\" is not an ISO week")
        expectDiagnostic(errors, file: "demand.csv", line: 2, field: "municipality", "\"odder\" is not a municipality id")
    }
}
