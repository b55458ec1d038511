/// Strict reading and deterministic writing of the numbers and times in a roster folder.
enum NumberText {
    /// `-?digits(.digits)?`: `.` decimals only, no exponent, no thousands separators.
    static func number(_ text: String) -> Double? {
        var body = Substring(text)
        if body.first == "-" { body = body.dropFirst() }
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, !whole.isEmpty, whole.allSatisfy(isDigit),
              parts.count == 1 || (!parts[1].isEmpty && parts[1].allSatisfy(isDigit))
        else { return nil }
        return Double(text)
    }

    /// A number that is a whole number (`2`, also `2.0`).
    static func integer(_ text: String) -> Int? {
        guard let value = number(text), value == value.rounded(), abs(value) < 1e15 else { return nil }
        return Int(value)
    }

    /// `HH:MM` (zero-padded, 00:00 … 24:00) as minutes after midnight.
    static func time(_ text: String) -> Int? {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count == 5, scalars[2] == ":",
              [0, 1, 3, 4].allSatisfy({ ("0"..."9").contains(scalars[$0]) }),
              let hours = Int(String(text.prefix(2))), let minutes = Int(String(text.suffix(2))),
              minutes < 60, hours < 24 || (hours == 24 && minutes == 0)
        else { return nil }
        return hours * 60 + minutes
    }

    /// Minutes after midnight as `HH:MM`.
    static func clock(_ minutes: Int) -> String {
        let h = minutes / 60, m = minutes % 60
        return (h < 10 ? "0" : "") + String(h) + ":" + (m < 10 ? "0" : "") + String(m)
    }

    /// At most `decimals` decimals, trailing zeros dropped: 4, 0.75, -0.25, 0.6667.
    static func format(_ value: Double, decimals: Int = 4) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9e15 else { return String(value) }
        let units = Int(scaled)
        let divisor = Int(scale)
        var text = String(units / divisor)
        var fraction = String(units % divisor)
        if decimals > 0, units % divisor != 0 {
            fraction = String(repeating: "0", count: decimals - fraction.count) + fraction
            while fraction.last == "0" { fraction.removeLast() }
            text += "." + fraction
        }
        return (value < 0 && units != 0 ? "-" : "") + text
    }

    /// Hours, from minutes.
    static func hours(minutes: Int) -> String { format(Double(minutes) / 60) }

    /// "1 hour", "4 hours", "1.5 hours".
    static func counted(_ number: String, _ noun: String) -> String {
        number == "1" ? "1 \(noun)" : "\(number) \(noun)s"
    }

    private static func isDigit(_ character: Character) -> Bool {
        character.isASCII && character.isNumber
    }
}

/// Tolerances of the contract.
enum Tolerance {
    /// Hours, targets and balances in fairness.csv and balance.csv; calls in coverage.csv.
    static let hours = 0.01
    /// Shares in fairness.csv.
    static let share = 1e-6

    /// summary.json components: 1e-4 absolute, or 1e-6 relative for large values.
    static func component(claimed: Double, actual: Double) -> Bool {
        abs(claimed - actual) <= max(1e-4, 1e-6 * abs(actual))
    }

    /// summary.json stages: `value` is above `limit` by more than the components' tolerance
    /// (objectives and bounds are written with 6 decimals, and later stages keep earlier ones
    /// within 1e-6 of their value).
    static func exceeds(_ value: Double, _ limit: Double) -> Bool {
        value - limit > max(1e-4, 1e-6 * abs(limit))
    }

    static func within(_ claimed: Double, _ actual: Double, _ tolerance: Double) -> Bool {
        abs(claimed - actual) <= tolerance + 1e-9
    }
}
