/// SplitMix64: the one seeded generator of the package, so that the same seed gives the same plan,
/// neighbourhood or test case on every machine.
///
/// Its draws are written out here rather than taken from the standard library's
/// `random(in:using:)`, whose algorithms may change between Swift releases.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1), from the top 53 bits.
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// Uniform in [low, high).
    public mutating func uniform(_ low: Double, _ high: Double) -> Double {
        low + (high - low) * unit()
    }

    /// Uniform in 0 ..< count (0 when count ≤ 0); the multiply-high map, whose bias is below 2⁻⁵⁰ here.
    public mutating func index(below count: Int) -> Int {
        guard count > 0 else { return 0 }
        return Int(next().multipliedFullWidth(by: UInt64(count)).high)
    }

    /// Uniform in the closed range.
    public mutating func integer(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + index(below: range.count)
    }

    /// One element of a non-empty array; nil for an empty one.
    public mutating func element<Element>(of items: [Element]) -> Element? {
        items.isEmpty ? nil : items[index(below: items.count)]
    }

    /// An index drawn with probability proportional to its (non-negative) weight.
    public mutating func weightedIndex(_ weights: [Int]) -> Int {
        let total = weights.reduce(0) { $0 + max(0, $1) }
        var ticket = index(below: total)
        for (position, weight) in weights.enumerated() where weight > 0 {
            if ticket < weight { return position }
            ticket -= weight
        }
        return 0
    }

    /// Fisher–Yates.
    public mutating func shuffle<Element>(_ items: inout [Element]) {
        guard items.count > 1 else { return }
        for position in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(position, index(below: position + 1))
        }
    }

    /// `count` distinct elements in random order (all of them when there are fewer).
    public mutating func sample<Element>(_ items: [Element], count: Int) -> [Element] {
        var copy = items
        shuffle(&copy)
        return Array(copy.prefix(max(0, count)))
    }
}
