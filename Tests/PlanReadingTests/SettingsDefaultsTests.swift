import HotlineDomain
import Testing
@testable import PlanReading

@Suite struct SettingsDefaultsTests {
    @Test func onlyWeekAndOpeningHoursAreRequired() throws {
        let (draft, diagnostics) = SettingsReader.read(text: "week: 2026-W49\nopening_hours:\n  mon: \"08:00-18:00\"\n  sat: \"10:00-15:00\"\n")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let settings = try #require(draft.settings)
        #expect(settings.timezone == "Europe/Copenhagen")
        #expect(settings.slotMinutes == 30)
        #expect(settings.closedDates.isEmpty)
        #expect(settings.staffing == StaffingRules(minAgents: 2, handleTimeSeconds: 420, serviceLevel: 0.80, answerWithinSeconds: 60, shrinkage: 0.15))
        #expect(settings.shifts == ShiftRules(minHours: 3, maxHours: 8, minRestHours: 11))
        #expect(settings.fairnessBasis == .demand)
        #expect(settings.priorities == Priority.v2Default)
        #expect(settings.priorities.map(\.description) == ["floor", "service", "economy: 5%", "fairness_max", "fairness_spread", "contracts", "economy"])
        #expect(settings.openingHours[.mon] == [TimeWindow(start: TimeOfDay(hours: 8, minutes: 0), end: TimeOfDay(hours: 18, minutes: 0))])
        #expect(settings.openingHours[.sat]?.first?.description == "10:00-15:00")
        #expect(settings.openingHours[.sun] == nil)
    }

    @Test func everySettingCanBeGiven() throws {
        let yaml = """
            week: 2026-W49                 # ISO week planned
            timezone: Europe/Copenhagen
            slot_minutes: 15
            opening_hours:
              mon: "08:00-12:00, 13:00-18:00"
              tue: ["08:00-12:00", "13:00-16:00 16:00-17:00"]
              wed: 08:00-12:00 12:30-14:00
              sun:
            closed: [2026-12-01]
            staffing:
              min_agents: 3
              handle_time_seconds: 300.5
              service_level: 0.9
              answer_within_seconds: 0
              shrinkage: 0
            shifts:
              min_hours: 2.5
              max_hours: 10
              min_rest_hours: 12
            fairness:
              basis: population
            priorities: [service, floor, economy, contracts, fairness]
            """
        let (draft, diagnostics) = SettingsReader.read(text: yaml)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let settings = try #require(draft.settings)
        #expect(settings.slotMinutes == 15)
        #expect(settings.openingHours[.mon]?.map(\.description) == ["08:00-12:00", "13:00-18:00"])
        #expect(settings.openingHours[.tue]?.map(\.description) == ["08:00-12:00", "13:00-17:00"])
        #expect(settings.openingHours[.wed]?.map(\.description) == ["08:00-12:00", "12:30-14:00"])
        #expect(settings.openingHours[.sun] == nil)
        #expect(settings.closedDates == [CalendarDate(year: 2026, month: 12, day: 1)!])
        #expect(settings.staffing == StaffingRules(minAgents: 3, handleTimeSeconds: 300.5, serviceLevel: 0.9, answerWithinSeconds: 0, shrinkage: 0))
        #expect(settings.shifts == ShiftRules(minHours: 2.5, maxHours: 10, minRestHours: 12))
        #expect(settings.fairnessBasis == .population)
        #expect(settings.priorities == [Priority(.service), Priority(.floor), Priority(.economy), Priority(.contracts), Priority(.fairness)])
    }

    /// Contract v2: entries with tolerances, flow or block style, a stage listed twice.
    @Test(arguments: [
        ("priorities: [floor, service, economy: 5%, fairness_max, fairness_spread, contracts, economy]\n",
         ["floor", "service", "economy: 5%", "fairness_max", "fairness_spread", "contracts", "economy"]),
        ("priorities:\n  - floor\n  - service: 2\n  - fairness: 0.25\n  - contracts: 1.5\n  - economy\n",
         ["floor", "service: 2", "fairness: 0.25", "contracts: 1.5", "economy"]),
        ("priorities: [floor, service: 0.5%, fairness_max: 0, fairness_sum, fairness_spread: 3, contracts, economy]\n",
         ["floor", "service: 0.5%", "fairness_max: 0", "fairness_sum", "fairness_spread: 3", "contracts", "economy"]),
        ("priorities: [floor, service, fairness, contracts, economy]\n", ["floor", "service", "fairness", "contracts", "economy"]),
    ])
    func prioritiesWithTolerances(yaml: String, expected: [String]) throws {
        let (draft, diagnostics) = SettingsReader.read(text: "week: 2026-W49\nopening_hours:\n  mon: \"08:00-18:00\"\n" + yaml)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let settings = try #require(draft.settings)
        #expect(settings.priorities.map(\.description) == expected)
    }

    @Test func percentToleranceIsAShareOfTheRequirement() throws {
        let (draft, _) = SettingsReader.read(text: "week: 2026-W49\nopening_hours:\n  mon: \"08:00-18:00\"\npriorities: [floor, service, economy: 5%, fairness, contracts, economy]\n")
        let settings = try #require(draft.settings)
        #expect(settings.priorities[2].tolerance == .percentOfRequirement(5))
        #expect(settings.priorities[2].tolerance?.value(requirement: 974) == 48.7)
        #expect(settings.priorities[0].tolerance == nil)
    }

    @Test func closedDateRemovesTheDaysSlots() throws {
        let (draft, _) = SettingsReader.read(text: "week: 2026-W49\nclosed: [2026-11-30]\nopening_hours:\n  mon: 08:00-12:00\n  tue: 08:00-09:00\n")
        let slots = try #require(draft.settings).openSlots()
        #expect(slots.map(\.day) == [.tue, .tue])
    }
}
