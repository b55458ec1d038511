import HotlineDomain

/// Opening hours written for messages: `08:00-12:00 or 13:00-18:00`.
enum OpeningText {
    static func of(_ windows: [TimeWindow]) -> String {
        windows.map(\.description).joined(separator: " or ")
    }

    static func openDays(_ hours: [Weekday: [TimeWindow]]) -> String {
        Weekday.allCases.filter { hours[$0] != nil }.map(\.code).joined(separator: ", ")
    }
}
