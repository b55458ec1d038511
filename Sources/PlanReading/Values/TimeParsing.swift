import HotlineDomain

/// `HH:MM` times and `HH:MM-HH:MM` windows on the slot grid.
enum TimeParsing {
    enum Role { case start, end }

    /// Exactly two digits each; 00:00 … 23:59, and 24:00 as an end.
    static func time(_ text: String, role: Role, slotMinutes: Int) -> Result<TimeOfDay, ValueProblem> {
        let characters = Array(text)
        guard characters.count == 5, characters[2] == ":",
              [0, 1, 3, 4].allSatisfy({ characters[$0].isASCII && characters[$0].isNumber }),
              let hours = Int(String(characters[0...1])), let minutes = Int(String(characters[3...4]))
        else {
            return .failure(ValueProblem("\"\(text)\" is not a time, expected HH:MM with two digits each, such as 08:00"))
        }
        let isMidnightEnd = hours == 24 && minutes == 0
        guard minutes < 60, hours < 24 || isMidnightEnd else {
            return .failure(ValueProblem("\"\(text)\" is not a time of day, expected 00:00 to 23:59 (or 24:00 as an end)"))
        }
        if isMidnightEnd, role == .start {
            return .failure(ValueProblem("\"\(text)\" cannot start an interval, expected a start from 00:00 to 23:59"))
        }
        let time = TimeOfDay(hours: hours, minutes: minutes)
        guard time.minutes % slotMinutes == 0 else {
            let before = TimeOfDay(minutes: time.minutes - time.minutes % slotMinutes)
            let after = TimeOfDay(minutes: before.minutes + slotMinutes)
            return .failure(ValueProblem(
                "\"\(text)\" is not on a \(slotMinutes)-minute slot boundary (slot_minutes: \(slotMinutes)), expected a time such as \(before) or \(after)"))
        }
        return .success(time)
    }

    /// `HH:MM-HH:MM` with start < end.
    static func window(_ text: String, slotMinutes: Int) -> Result<TimeWindow, ValueProblem> {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2 else {
            return .failure(ValueProblem("\"\(text)\" is not a time window, expected HH:MM-HH:MM such as 08:00-12:00"))
        }
        let start: TimeOfDay, end: TimeOfDay
        switch time(parts[0], role: .start, slotMinutes: slotMinutes) {
        case .success(let value): start = value
        case .failure(let problem): return .failure(problem)
        }
        switch time(parts[1], role: .end, slotMinutes: slotMinutes) {
        case .success(let value): end = value
        case .failure(let problem): return .failure(problem)
        }
        guard start < end else {
            return .failure(ValueProblem("\"\(text)\" does not end after it starts, expected start < end such as 08:00-12:00"))
        }
        return .success(TimeWindow(start: start, end: end))
    }
}
