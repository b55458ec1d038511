/// Turning real-valued agent counts into whole agents without tripping over floating-point noise.
enum AgentCount {
    /// Relative tolerance below which a value counts as already whole: 21 / (1 − 0.3) evaluates to
    /// 30.000000000000004 in Double, and must mean 30 agents, not 31.
    static let tolerance = 1e-9

    /// A cap no real line approaches; saturating here keeps `Int` conversion and later sums safe.
    static let limit = 1_000_000_000

    /// ⌈x⌉, ignoring an excess of up to `tolerance`·max(1, x); NaN and non-positive give 0,
    /// +∞ and huge values give `limit`.
    static func ceiling(_ value: Double) -> Int {
        guard value > 0 else { return 0 }  // also catches NaN
        let whole = (value - tolerance * max(1, value)).rounded(.up)
        guard whole < Double(limit) else { return limit }
        return max(0, Int(whole))
    }

    /// r = max(minAgents, ⌈onLine / (1 − shrinkage)⌉): agents to roster so that `onLine` are
    /// actually available for contacts after breaks, training and the like.
    static func required(onLine: Int, minAgents: Int, shrinkage: Double) -> Int {
        guard onLine > 0 else { return max(minAgents, 0) }
        // Negative or NaN shrinkage would mean more than full availability: read it as none.
        // Shrinkage of 1 or more leaves nobody on the line: no finite roster suffices.
        let lost = shrinkage >= 0 ? shrinkage : 0
        let rostered = lost < 1 ? ceiling(Double(onLine) / (1 - lost)) : limit
        return max(minAgents, rostered)
    }
}
