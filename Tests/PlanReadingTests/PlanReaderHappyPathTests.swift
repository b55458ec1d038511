import HotlineDomain
import Testing
@testable import PlanReading

@Suite struct PlanReaderHappyPathTests {
    @Test func readsTheValidFixture() throws {
        let fixture = PlanFixture()
        let loaded = try fixture.read()
        let plan = loaded.plan
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings)")
        #expect(plan.settings.week == IsoWeek("2026-W49"))
        #expect(plan.municipalities.map(\.id) == ["aarhus", "odense"])
        #expect(plan.municipalities[0].code == "751")
        #expect(plan.municipalities[0].population == 350_000)
        #expect(plan.municipalities[0].weight == nil)
        #expect(plan.slots.count == 16)
        #expect(plan.agents.map(\.key.description) == ["aarhus/a1", "odense/o1"])
        let ole = plan.agents[1]
        #expect(ole.name == "Ole")
        #expect(ole.maxHours == 10 && ole.minHours == 2 && ole.maxDays == 3)
        #expect(ole.windows == [.tue: [TimeWindow(start: TimeOfDay(hours: 8, minutes: 0), end: TimeOfDay(hours: 12, minutes: 0))]])
        let anna = plan.agents[0]
        #expect(anna.minHours == 0 && anna.maxDays == 7)
        #expect(plan.owedHours.isEmpty)
        #expect(plan.balanceAfterWeek == nil)
    }

    @Test func callsAreAlignedWithTheOpenSlots() throws {
        let plan = try PlanFixture().read().plan
        let aarhus = try #require(plan.callsByMunicipality["aarhus"])
        let odense = try #require(plan.callsByMunicipality["odense"])
        #expect(aarhus.count == plan.slots.count && odense.count == plan.slots.count)
        // Monday 08:00-10:00 = the first four 30-minute slots, 40 calls spread evenly.
        #expect(Array(aarhus[0..<4]) == [10, 10, 10, 10])
        #expect(aarhus[4...].allSatisfy { $0 == 0 })
        // Tuesday 09:00-10:00 = slots 10 and 11 (Tuesday starts at index 8).
        #expect(odense[10] == 5 && odense[11] == 5)
        #expect(odense.reduce(0, +) == 10)
        #expect(plan.slots[10].day == .tue && plan.slots[10].start == TimeOfDay(hours: 9, minutes: 0))
    }

    @Test func everyMunicipalityGetsACallsEntry() throws {
        let fixture = PlanFixture(["demand.csv": "municipality;day;from;to;calls\naarhus;mon;08:00;09:00;6\n"])
        let plan = try fixture.read().plan
        #expect(plan.callsByMunicipality["odense"] == Array(repeating: 0, count: plan.slots.count))
        #expect(plan.callsByMunicipality.count == 2)
    }

    @Test func windowsPartlyOutsideOpeningHoursAreClipped() throws {
        let fixture = PlanFixture([
            "availability/aarhus.csv": "agent;max_hours;mon;tue;wed;thu;fri;sat;sun\na1;20;07:00-09:00 11:00-14:00;;;;;;\n",
        ])
        let plan = try fixture.read().plan
        let eight = TimeOfDay(hours: 8, minutes: 0), nine = TimeOfDay(hours: 9, minutes: 0)
        let eleven = TimeOfDay(hours: 11, minutes: 0), twelve = TimeOfDay(hours: 12, minutes: 0)
        #expect(plan.agents[0].windows[.mon] == [TimeWindow(start: eight, end: nine), TimeWindow(start: eleven, end: twelve)])
        #expect(plan.agents[0].name == "a1")
    }
}
