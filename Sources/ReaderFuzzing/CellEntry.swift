import HotlineDomain
import PlanReading

/// Any text as an availability cell, a time and a window, on every slot size.
enum CellEntry {
    static let slotSizes = [15, 30, 60]

    static func run(_ bytes: [UInt8]) -> ReaderVerdict {
        let text = String(decoding: bytes, as: UTF8.self)
        var windowCount = 0
        var problemCount = 0
        for slotMinutes in slotSizes {
            let (windows, problems) = SingleReaders.availabilityCell(text, slotMinutes: slotMinutes)
            if let problem = check(windows, slotMinutes: slotMinutes, overlapsAllowed: !problems.isEmpty) {
                return .violation("cell \(debugQuoted(text)) at \(slotMinutes) minutes: \(problem)")
            }
            if let problem = checkTimes(text, slotMinutes: slotMinutes) { return .violation(problem) }
            windowCount += windows.count
            problemCount += problems.count
        }
        return problemCount == 0 ? .accepted("\(windowCount) windows") : .refused(diagnostics: problemCount)
    }

    /// Windows lie inside the day, on the grid, sorted, and overlap only when a problem says so.
    private static func check(_ windows: [TimeWindow], slotMinutes: Int, overlapsAllowed: Bool) -> String? {
        for window in windows {
            guard 0 <= window.start.minutes, window.start < window.end, window.end.minutes <= 24 * 60 else {
                return "window \(window) is not inside one day"
            }
            guard window.start.minutes % slotMinutes == 0, window.end.minutes % slotMinutes == 0 else {
                return "window \(window) is off the \(slotMinutes)-minute grid"
            }
        }
        guard windows == windows.sorted() else { return "windows \(windows) are not sorted" }
        if !overlapsAllowed, zip(windows, windows.dropFirst()).contains(where: { $0.overlaps($1) }) {
            return "windows \(windows) overlap without a problem reported"
        }
        return nil
    }

    /// An accepted time or window is written back exactly as it was read.
    private static func checkTimes(_ text: String, slotMinutes: Int) -> String? {
        for isEnd in [false, true] {
            if case .success(let time) = SingleReaders.time(text, isEnd: isEnd, slotMinutes: slotMinutes),
               time.description != text {
                return "time \(debugQuoted(text)) read as \(time)"
            }
        }
        if case .success(let window) = SingleReaders.window(text, slotMinutes: slotMinutes), window.description != text {
            return "window \(debugQuoted(text)) read as \(window)"
        }
        return nil
    }

    private static func debugQuoted(_ text: String) -> String {
        String(reflecting: text.count > 200 ? String(text.prefix(200)) + "…" : text)
    }
}
