/// Locale-free number and column formatting, so reports are byte-identical on every machine
/// (Foundation's formatters depend on the locale and the platform).
enum TextFormatting {
    /// `value` with exactly `decimals` digits after the point, rounded half away from zero.
    static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value > 0 ? "inf" : "-inf") }
        var scale = 1.0
        for _ in 0..<max(0, decimals) { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        // Beyond 2⁶² the value is not a sensible count of calls or agents; print it unscaled.
        guard scaled < 4.6e18 else { return String(value) }
        let units = Int(scaled)
        let factor = Int(scale)
        let sign = value < 0 && units != 0 ? "-" : ""
        guard decimals > 0 else { return sign + String(units) }
        let fraction = String(units % factor)
        let padding = String(repeating: "0", count: decimals - fraction.count)
        return sign + String(units / factor) + "." + padding + fraction
    }

    /// `text` right-aligned in `width` columns (never truncated).
    static func right(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }

    /// `text` left-aligned in `width` columns (never truncated).
    static func left(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }
}
