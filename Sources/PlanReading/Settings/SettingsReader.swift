import HotlineDomain
import Yams

/// Reads hotline.yaml into a `SettingsDraft`, reporting every problem.
enum SettingsReader {
    static let file = "hotline.yaml"
    static let topLevelKeys = [
        "week", "timezone", "slot_minutes", "opening_hours", "closed", "staffing", "shifts", "fairness", "priorities",
    ]

    static func read(text: String) -> (draft: SettingsDraft, diagnostics: [Diagnostic]) {
        var reading = YAMLReading(file: file)
        var draft = SettingsDraft()
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            reading.log.append(contentsOf: [YAMLErrors.diagnostic(for: error, file: file, text: text)])
            return (draft, reading.log.diagnostics)
        }
        guard let root, !YAMLReading.isNull(root) else {
            reading.error(nil, nil, "empty file, expected settings such as \"week: 2026-W49\" and \"opening_hours:\"")
            return (draft, reading.log.diagnostics)
        }
        guard let entries = reading.entries(of: root, path: nil, line: root.mark?.line, allowed: topLevelKeys) else {
            return (draft, reading.log.diagnostics)
        }
        WeekSettings.read(entries, into: &draft, reading: &reading)
        OpeningHoursSetting.read(entries["opening_hours"], into: &draft, reading: &reading)
        ClosedDatesSetting.read(entries["closed"], into: &draft, reading: &reading)
        RuleSettings.read(entries, into: &draft, reading: &reading)
        PrioritySettings.read(entries, into: &draft, reading: &reading)
        requireOpenSlot(in: draft, reading: &reading)
        return (draft, reading.log.diagnostics)
    }

    /// A week without a single open slot cannot be planned.
    private static func requireOpenSlot(in draft: SettingsDraft, reading: inout YAMLReading) {
        guard let week = draft.week, let slotMinutes = draft.slotMinutes, let openingHours = draft.openingHours,
              let closedDates = draft.closedDates else { return }
        let probe = Settings(
            week: week, timezone: SettingsDefaults.timezone, slotMinutes: slotMinutes, openingHours: openingHours,
            closedDates: closedDates, staffing: StaffingRules(minAgents: 0, handleTimeSeconds: 1, serviceLevel: 0.5, answerWithinSeconds: 0, shrinkage: 0),
            shifts: ShiftRules(minHours: 1, maxHours: 1, minRestHours: 0), fairnessBasis: .demand, priorities: [])
        guard probe.openSlots().isEmpty else { return }
        let reason = openingHours.isEmpty ? "no day has opening hours" : "every day with opening hours is closed"
        reading.error(draft.openingHoursLine, "opening_hours",
                      "the hotline has no open slot in \(week) (\(reason)), expected at least one open interval such as mon: \"08:00-16:00\"")
    }
}
