import Foundation
import HotlineDomain

/// `week`, `timezone` and `slot_minutes`.
enum WeekSettings {
    static func read(_ entries: [String: YAMLEntry], into draft: inout SettingsDraft, reading: inout YAMLReading) {
        if let entry = entries["week"] {
            draft.week = week(entry, reading: &reading)
        } else {
            reading.error(nil, "week", "required setting is missing, expected the ISO week to plan, such as week: 2026-W49")
        }
        if let entry = entries["timezone"] {
            draft.timezone = timezone(entry, reading: &reading)
        } else {
            draft.timezone = SettingsDefaults.timezone
        }
        if let entry = entries["slot_minutes"] {
            if let minutes = reading.integer(entry, expected: "15, 30 or 60") {
                if [15, 30, 60].contains(minutes) {
                    draft.slotMinutes = minutes
                } else {
                    reading.error(entry.line, entry.path, "\(minutes) is not a slot length, expected 15, 30 or 60")
                }
            }
        } else {
            draft.slotMinutes = SettingsDefaults.slotMinutes
        }
    }

    /// `YYYY-Www` naming a week that exists.
    static func week(_ entry: YAMLEntry, reading: inout YAMLReading) -> IsoWeek? {
        guard let text = reading.text(entry, expected: "an ISO week such as 2026-W49") else { return nil }
        if let week = IsoWeek(text) { return week }
        let shape = text.split(separator: "-W", omittingEmptySubsequences: false)
        if shape.count == 2, shape[0].count == 4, shape[1].count == 2, let year = Int(shape[0]), Int(shape[1]) != nil,
           (1...9999).contains(year) {
            reading.error(entry.line, entry.path,
                          "\(text) does not exist: \(year) has \(IsoWeek.weeks(inYear: year)) ISO weeks, expected a week from \(year)-W01 to \(year)-W\(IsoWeek.weeks(inYear: year))")
        } else {
            reading.error(entry.line, entry.path, "\"\(text)\" is not an ISO week, expected YYYY-Www such as 2026-W49")
        }
        return nil
    }

    /// A time zone identifier known to the system, such as Europe/Copenhagen.
    static func timezone(_ entry: YAMLEntry, reading: inout YAMLReading) -> String? {
        guard let text = reading.text(entry, expected: "a time zone such as Europe/Copenhagen") else { return nil }
        let known = TimeZone.knownTimeZoneIdentifiers
        if known.contains(text) || text == "UTC" { return text }
        let suggestion = known.first { $0.lowercased() == text.lowercased() } ?? Suggestion.closest(to: text, among: known)
        let hint = suggestion.map { "did you mean `\($0)`? " } ?? ""
        reading.error(entry.line, entry.path, "\"\(text)\" is not a known time zone, \(hint)expected an identifier such as Europe/Copenhagen")
        return nil
    }
}
