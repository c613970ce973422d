/// SplitMix64 (Steele, Lea and Flood, 2014): turns one 64-bit seed into well-mixed words, the
/// seed of `SampleRandom` and the generator of every reproducible run (the benchmark's deadlines,
/// the hostile suite's frames, shuffles in tests). Integer arithmetic only, so every machine
/// computes the same words from the same seed.
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
}
