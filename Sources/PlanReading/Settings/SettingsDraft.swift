import HotlineDomain

/// What could be read from hotline.yaml, setting by setting: a nil part was missing or invalid.
/// Later files use the parts they need and skip checks whose settings are unusable.
struct SettingsDraft {
    var week: IsoWeek?
    var timezone: String?
    var slotMinutes: Int?
    /// Nil unless valid and on the slot grid; merged, sorted intervals per open weekday.
    var openingHours: [Weekday: [TimeWindow]]?
    var openingHoursLine: Int?
    var closedDates: Set<CalendarDate>?
    var staffing: StaffingRules?
    var shifts: ShiftRules?
    var fairnessBasis: FairnessBasis?
    var priorities: [Priority]?

    /// The complete settings, when every part is usable.
    var settings: Settings? {
        guard let week, let timezone, let slotMinutes, let openingHours, let closedDates, let staffing,
              let shifts, let fairnessBasis, let priorities else { return nil }
        return Settings(
            week: week, timezone: timezone, slotMinutes: slotMinutes, openingHours: openingHours,
            closedDates: closedDates, staffing: staffing, shifts: shifts, fairnessBasis: fairnessBasis,
            priorities: priorities)
    }

    /// The date of a weekday in the planned week, when the week is known.
    func date(of day: Weekday) -> CalendarDate? { week?.dates[day.rawValue] }

    /// Whether the hotline is closed on that weekday's date (`closed:`).
    func isClosed(_ day: Weekday) -> Bool {
        guard let date = date(of: day), let closedDates else { return false }
        return closedDates.contains(date)
    }
}
