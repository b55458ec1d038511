import SeededRandomness

/// The generator's random source: the package's SplitMix64, with its portable draws.
typealias SeededRandom = SplitMix64
