import SeededRandomness

/// The package's SplitMix64, so every property test draws the same cases on every run.
typealias SeededGenerator = SplitMix64

extension SplitMix64 {
    /// One element of a non-empty collection.
    mutating func pick<C: Collection>(_ choices: C) -> C.Element where C.Index == Int {
        choices[Int.random(in: choices.startIndex..<choices.endIndex, using: &self)]
    }

    mutating func chance(_ probability: Double) -> Bool {
        Double.random(in: 0..<1, using: &self) < probability
    }
}
