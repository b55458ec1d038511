import Testing
@testable import PlanReading

@Suite struct SettingsErrorTests {
    private static let base = "week: 2026-W49\nopening_hours:\n  mon: \"08:00-18:00\"\n"

    /// Diagnostics of `base` plus extra lines (which start at line 4).
    private func diagnostics(_ extra: String = "", base: String = base) -> [Diagnostic] {
        SettingsReader.read(text: base + extra).diagnostics
    }

    @Test(arguments: [
        ("shrinkage: 0.1\n", 4, "shrinkage", "unknown setting, expected one of week, timezone"),
        ("slot_minute: 30\n", 4, "slot_minute", "unknown setting, did you mean `slot_minutes`? expected one of week"),
        ("staffing:\n  shrinkag: 0.1\n", 5, "staffing.shrinkag", "unknown setting, did you mean `shrinkage`? expected one of min_agents, handle_time_seconds, service_level, answer_within_seconds, shrinkage"),
        ("shifts:\n  max_hour: 9\n", 5, "shifts.max_hour", "did you mean `max_hours`?"),
        ("fairness:\n  bassis: demand\n", 5, "fairness.bassis", "did you mean `basis`?"),
    ])
    func unknownKeysSuggestTheClosestName(extra: String, line: Int, field: String, text: String) {
        expectDiagnostic(diagnostics(extra), file: "hotline.yaml", line: line, field: field, text)
    }

    @Test func unknownWeekdayInOpeningHours() {
        let list = diagnostics(base: "week: 2026-W49\nopening_hours:\n  monday: \"08:00-18:00\"\n  tue: 08:00-12:00\n")
        #expect(list.map(\.description) == [
            "hotline.yaml:3: opening_hours.monday: unknown setting, did you mean `mon`? expected one of mon, tue, wed, thu, fri, sat, sun",
        ])
    }

    @Test(arguments: [
        ("slot_minutes: thirty\n", 4, "slot_minutes", "\"thirty\" is not a whole number, expected 15, 30 or 60"),
        ("slot_minutes: \"thirty\"\n", 4, "slot_minutes", "\"thirty\" is not a whole number, expected 15, 30 or 60"),
        ("slot_minutes: 45\n", 4, "slot_minutes", "45 is not a slot length, expected 15, 30 or 60"),
        ("slot_minutes: [30]\n", 4, "slot_minutes", "is a list, expected 15, 30 or 60"),
        ("slot_minutes:\n", 4, "slot_minutes", "has no value, expected 15, 30 or 60"),
        ("staffing: 2\n", 4, "staffing", "is \"2\", expected a mapping with the keys min_agents"),
        ("staffing:\n  min_agents: 2.5\n", 5, "staffing.min_agents", "\"2.5\" is not a whole number, expected a whole number of agents from 0 to 10000 such as 2"),
        ("staffing:\n  min_agents: -1\n", 5, "staffing.min_agents", "-1 is negative, expected a whole number of agents from 0 to 10000"),
        ("staffing:\n  service_level: 80%\n", 5, "staffing.service_level", "\"80%\" is not a number, expected a share between 0 and 1 (exclusive) such as 0.80"),
        ("staffing:\n  service_level: 1\n", 5, "staffing.service_level", "1 is out of range, expected a share between 0 and 1 (exclusive)"),
        ("staffing:\n  service_level: .nan\n", 5, "staffing.service_level", "\".nan\" is not a number"),
        ("staffing:\n  shrinkage: 1\n", 5, "staffing.shrinkage", "1 is out of range, expected a share from 0 up to (not including) 1"),
        ("staffing:\n  handle_time_seconds: 0\n", 5, "staffing.handle_time_seconds", "0 is out of range, expected seconds > 0"),
        ("staffing:\n  answer_within_seconds: -5\n", 5, "staffing.answer_within_seconds", "-5 is out of range, expected seconds from 0 to 86400"),
        ("shifts:\n  min_hours: 0\n", 5, "shifts.min_hours", "0 is out of range, expected hours > 0"),
        ("shifts:\n  max_hours: 25\n", 5, "shifts.max_hours", "25 is out of range, expected hours from min_hours up to 24"),
        ("shifts:\n  min_rest_hours: 200\n", 5, "shifts.min_rest_hours", "200 is out of range, expected hours from 0 to 168"),
        ("shifts:\n  min_hours: 6\n  max_hours: 4\n", 6, "shifts.max_hours", "max_hours 4 is less than min_hours 6, expected max_hours ≥ min_hours"),
        ("fairness:\n  basis: demands\n", 5, "fairness.basis", "\"demands\" is not a fairness basis, did you mean `demand`? expected demand, population or weight"),
        ("timezone: Europe/Kopenhagen\n", 4, "timezone", "\"Europe/Kopenhagen\" is not a known time zone, did you mean `Europe/Copenhagen`?"),
        ("timezone: europe/copenhagen\n", 4, "timezone", "did you mean `Europe/Copenhagen`?"),
    ])
    func wrongValuesNameTheKeyPathAndLine(extra: String, line: Int, field: String, text: String) {
        let list = diagnostics(extra)
        #expect(list.count == 1, "\(list)")
        expectDiagnostic(list, file: "hotline.yaml", line: line, field: field, text)
    }

    @Test(arguments: [
        ("priorities: [floor, service, fairness, contracts]\n", "economy is missing, expected floor, service, fairness_max (or fairness), contracts and economy each at least once"),
        ("priorities: [floor, service, fairness_sum, contracts, economy]\n", "fairness_max is missing"),
        ("priorities: [floor, service, fairness, contracts, economy, floor, floor]\n", "floor is listed a third time, expected each stage at most twice"),
        ("priorities: [floor, service, fairness, fairness_max, fairness_max, contracts, economy]\n", "fairness_max is listed a third time"),
        ("priorities: [floor, servise, fairness, contracts, economy]\n", "\"servise\" is not a stage, did you mean `service`?"),
        ("priorities: floor\n", "is \"floor\", expected a list of stages, most important first"),
        ("priorities: []\n", "is an empty list, expected a list of stages"),
        ("priorities: [floor, service, fairness, contracts, economy: 5%]\n", "the last stage, economy, has a tolerance, expected none on the last entry"),
        ("priorities: [floor, service, fairness: 5%, contracts, economy]\n", "fairness: 5% is a percentage, expected a tolerance ≥ 0 in hours"),
        ("priorities: [floor, service, fairness, contracts: 10%, economy]\n", "(N% is a share of the requirement, for floor, service and economy only)"),
        ("priorities: [floor, service: -1, fairness, contracts, economy]\n", "service: \"-1\" is not a valid tolerance, expected a tolerance ≥ 0 in agent-slots, or N% of the week's requirement"),
        ("priorities: [floor, service: lots, fairness, contracts, economy]\n", "service: \"lots\" is not a valid tolerance"),
        ("priorities: [floor, service: , fairness, contracts, economy]\n", "service has no tolerance, expected a tolerance ≥ 0"),
        ("priorities: [floor, service: [1], fairness, contracts, economy]\n", "service has a list, expected a tolerance ≥ 0"),
        ("priorities: [floor, {service: 1, economy: 2}, fairness, contracts, economy]\n", "contains a mapping with 2 keys, expected one stage and its tolerance"),
        ("priorities: [floor, service, fairness_spread: 1%, fairness, contracts, economy]\n", "fairness_spread: 1% is a percentage, expected a tolerance ≥ 0 in hours²"),
    ])
    func prioritiesMustBeAPermutation(extra: String, text: String) {
        let list = diagnostics(extra)
        #expect(list.count == 1, "\(list)")
        expectDiagnostic(list, file: "hotline.yaml", line: 4, field: "priorities", text)
    }

    @Test(arguments: [
        ("2025-W53", "2025-W53 does not exist: 2025 has 52 ISO weeks, expected a week from 2025-W01 to 2025-W52"),
        ("2027-W53", "2027-W53 does not exist: 2027 has 52 ISO weeks, expected a week from 2027-W01 to 2027-W52"),
        ("2026-W54", "2026-W54 does not exist: 2026 has 53 ISO weeks, expected a week from 2026-W01 to 2026-W53"),
        ("2026-W00", "2026-W00 does not exist: 2026 has 53 ISO weeks"),
        ("2026-49", "\"2026-49\" is not an ISO week, expected YYYY-Www such as 2026-W49"),
        ("2026-W9", "\"2026-W9\" is not an ISO week, expected YYYY-Www such as 2026-W49"),
    ])
    func invalidWeeks(week: String, text: String) {
        let list = diagnostics(base: "week: \(week)\nopening_hours:\n  mon: \"08:00-18:00\"\n")
        expectDiagnostic(list, file: "hotline.yaml", line: 1, field: "week", text)
    }

    /// 2026 starts on a Thursday, so (unlike 2025 and 2027) it has an ISO week 53: 28 Dec 2026 – 3 Jan 2027.
    @Test(arguments: ["2026-W49", "2026-W53", "2020-W53", "2027-W01"])
    func existingWeeksAreAccepted(week: String) {
        #expect(SettingsReader.read(text: "week: \(week)\nopening_hours: {mon: 08:00-12:00}\n").diagnostics.isEmpty)
    }

    @Test func requiredSettingsAreReported() {
        let list = SettingsReader.read(text: "timezone: UTC\n").diagnostics
        #expect(list.map(\.description) == [
            "hotline.yaml: week: required setting is missing, expected the ISO week to plan, such as week: 2026-W49",
            "hotline.yaml: opening_hours: required setting is missing, expected opening hours per weekday such as opening_hours: {mon: \"08:00-18:00\"}",
        ])
    }

    @Test(arguments: [
        ("closed: [2026-12-24]\n", "2026-12-24 is not in 2026-W49 (2026-11-30 to 2026-12-06), expected a date inside the planned week"),
        ("closed: [2026-13-01]\n", "\"2026-13-01\" is not a date, expected YYYY-MM-DD such as 2026-12-24"),
        ("closed: [1.12.2026]\n", "\"1.12.2026\" is not a date"),
    ])
    func closedDatesMustBeInsideTheWeek(extra: String, text: String) {
        expectDiagnostic(diagnostics(extra), file: "hotline.yaml", line: 4, field: "closed", text)
    }

    @Test(arguments: [
        ("  tue: \"8:00-12:00\"\n", "\"8:00\" is not a time, expected HH:MM with two digits each"),
        ("  tue: \"08:00-24:30\"\n", "\"24:30\" is not a time of day"),
        ("  tue: \"12:00-08:00\"\n", "\"12:00-08:00\" does not end after it starts"),
        ("  tue: \"08:10-12:00\"\n", "\"08:10\" is not on a 30-minute slot boundary (slot_minutes: 30), expected a time such as 08:00 or 08:30"),
        ("  tue: \"08:00-12:00, 11:00-13:00\"\n", "08:00-12:00 and 11:00-13:00 overlap, expected windows that do not overlap"),
        ("  tue: [\"08:00-12:00\", \"11:00-13:00\"]\n", "08:00-12:00 and 11:00-13:00 overlap"),
        ("  tue: {from: 08:00}\n", "is a mapping, expected intervals such as \"08:00-12:00, 13:00-18:00\" or a list of them"),
    ])
    func badOpeningHours(extra: String, text: String) {
        expectDiagnostic(diagnostics(extra), file: "hotline.yaml", line: 4, field: "opening_hours.tue", text)
    }

    @Test func openingHoursFollowTheSlotLength() {
        let list = SettingsReader.read(text: "week: 2026-W49\nslot_minutes: 60\nopening_hours:\n  mon: 08:30-12:00\n").diagnostics
        expectDiagnostic(list, file: "hotline.yaml", line: 4, field: "opening_hours.mon",
                         "\"08:30\" is not on a 60-minute slot boundary (slot_minutes: 60), expected a time such as 08:00 or 09:00")
    }

    @Test func theHotlineMustOpenAtLeastOnce() {
        let closed = SettingsReader.read(text: "week: 2026-W49\nopening_hours:\n  mon: 08:00-12:00\nclosed: [2026-11-30]\n").diagnostics
        #expect(closed.map(\.description) == [
            "hotline.yaml:2: opening_hours: the hotline has no open slot in 2026-W49 (every day with opening hours is closed), expected at least one open interval such as mon: \"08:00-16:00\"",
        ])
        let none = SettingsReader.read(text: "week: 2026-W49\nopening_hours: {}\n").diagnostics
        expectDiagnostic(none, file: "hotline.yaml", line: 2, field: "opening_hours", "(no day has opening hours)")
    }

    @Test func invalidYAMLReportsItsLine() {
        let list = SettingsReader.read(text: "week: 2026-W49\n opening_hours: x\n  - a\n").diagnostics
        #expect(list.map(\.description) == [
            "hotline.yaml:2: invalid YAML: mapping values are not allowed in this context, expected settings written as key: value lines",
        ])
        let unterminated = SettingsReader.read(text: "week: 2026-W49\nopening_hours:\n  mon: \"08:00-18:00\n  tue: x\n").diagnostics
        #expect(unterminated.first?.message.contains("while scanning a quoted scalar on line 3") == true)
    }

    @Test func duplicateKeysAreReported() {
        let list = SettingsReader.read(text: "week: 2026-W49\nopening_hours: {mon: 08:00-12:00}\nweek: 2026-W50\n").diagnostics
        #expect(list.map(\.description) == [
            "hotline.yaml:3: the key `week` appears more than once in one mapping, expected each setting once",
        ])
        let nested = SettingsReader.read(text: "week: 2026-W49\nopening_hours:\n  mon: 08:00-12:00\n  mon: 13:00-14:00\n").diagnostics
        #expect(nested.map(\.line) == [4])
    }

    @Test(arguments: ["", "# only a comment\n", "---\n"])
    func emptySettings(text: String) {
        #expect(SettingsReader.read(text: text).diagnostics.map(\.description) == [
            "hotline.yaml: empty file, expected settings such as \"week: 2026-W49\" and \"opening_hours:\"",
        ])
    }

    @Test func topLevelMustBeAMapping() {
        let list = SettingsReader.read(text: "- week\n").diagnostics
        expectDiagnostic(list, file: "hotline.yaml", line: 1, field: nil, "is a list, expected a mapping with the keys week, timezone")
    }

    @Test func everyProblemIsReported() {
        let yaml = """
            week: 2025-W53
            slot_minutes: 20
            opening_hours:
              mon: 8:00-12:00
            staffing:
              shrinkage: 2
            prioritys: []

            """
        let list = Diagnostic.sorted(SettingsReader.read(text: yaml).diagnostics)
        #expect(list.map(\.field) == ["week", "slot_minutes", "opening_hours.mon", "staffing.shrinkage", "prioritys"])
        #expect(list.map(\.line) == [1, 2, 4, 6, 7])
    }
}
