import HotlineDomain

/// A cell or setting holding zero or more time windows: `08:00-12:00,13:00-17:00`,
/// `08:00-12:00 13:00-17:00`; empty or `-` means none.
enum WindowList {
    struct Outcome: Equatable {
        /// Sorted, as written (see `merge`). Only the valid windows when there are problems.
        var windows: [TimeWindow] = []
        var problems: [ValueProblem] = []
    }

    static func parse(_ text: String, slotMinutes: Int) -> Outcome {
        let trimmed = text.trimmingSpaces()
        guard !trimmed.isEmpty, trimmed != "-" else { return Outcome() }
        var outcome = Outcome()
        let tokens = tokens(trimmed)
        if let problem = tooMany(tokens.count) { return Outcome(problems: [problem]) }
        var parsed: [TimeWindow] = []
        for token in tokens {
            switch TimeParsing.window(token, slotMinutes: slotMinutes) {
            case .success(let window): parsed.append(window)
            case .failure(let problem): outcome.problems.append(problem)
            }
        }
        parsed.sort()
        outcome.problems += overlapProblems(parsed)
        outcome.windows = parsed
        return outcome
    }

    /// A day holds at most one window per 15-minute slot; more cannot be meant and would only cost time.
    static func tooMany(_ count: Int) -> ValueProblem? {
        guard count > InputLimits.maxWindowsPerDay else { return nil }
        return ValueProblem("holds \(count) time windows, expected at most \(InputLimits.maxWindowsPerDay) in one day")
    }

    /// Splits on `,` and whitespace, after closing up spaces around `-` (`08:00 - 12:00`).
    static func tokens(_ text: String) -> [String] {
        var compact = ""
        var pendingSpace = false
        for character in text {
            if character == " " || character == "\t" || character == "\u{A0}" || character == "\n" {
                pendingSpace = true
                continue
            }
            if pendingSpace, character != "-", compact.last != "-", !compact.isEmpty { compact.append(" ") }
            pendingSpace = false
            compact.append(character)
        }
        return compact.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
    }

    /// One problem per pair of windows that overlap.
    static func overlapProblems(_ windows: [TimeWindow]) -> [ValueProblem] {
        let sorted = windows.sorted()
        var problems: [ValueProblem] = []
        for (position, window) in sorted.enumerated() {
            for later in sorted[(position + 1)...] where window.overlaps(later) {
                problems.append(ValueProblem("\(window) and \(later) overlap, expected windows that do not overlap"))
            }
        }
        return problems
    }

    /// Sorted windows with touching or overlapping neighbours joined.
    static func merge(_ windows: [TimeWindow]) -> [TimeWindow] {
        var merged: [TimeWindow] = []
        for window in windows.sorted() {
            if let last = merged.last, window.start <= last.end {
                merged[merged.count - 1] = TimeWindow(start: last.start, end: max(last.end, window.end))
            } else {
                merged.append(window)
            }
        }
        return merged
    }
}
