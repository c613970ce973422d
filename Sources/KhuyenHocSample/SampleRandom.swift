/// The sample's pseudo-random generator: xoshiro256** (Blackman and Vigna, 2018), seeded through
/// SplitMix64, with its own bounded-integer and choice functions.
///
/// It does not conform to `RandomNumberGenerator` on purpose: the standard library's
/// `random(in:using:)` and `shuffle(using:)` may change their algorithms between Swift versions,
/// and the sample must be the same district for the same seed on every machine and every Swift.
/// Only integer arithmetic is used; no floating point, no platform `libm`.
struct SampleRandom {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    /// The generator for one stage of the generation (`stream`), so that a change to how one
    /// stage draws does not shift the numbers every later stage sees.
    init(seed: UInt64, stream: UInt64) {
        var mixer = SplitMix64(seed: seed ^ (stream &* 0xD1B5_4A32_D192_ED03))
        s0 = mixer.next()
        s1 = mixer.next()
        s2 = mixer.next()
        s3 = mixer.next()
        if s0 | s1 | s2 | s3 == 0 { s0 = 1 }  // the one state xoshiro cannot leave
    }

    /// A generator in the given raw state (not all zero): for checking the algorithm against
    /// the published reference outputs.
    init(state: (UInt64, UInt64, UInt64, UInt64)) {
        precondition(state.0 | state.1 | state.2 | state.3 != 0, "xoshiro256** cannot start from all zeros")
        (s0, s1, s2, s3) = state
    }

    mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = s3 << 45 | s3 >> 19
        return result
    }

    /// A whole number in `0..<bound`, unbiased (Lemire's multiply-and-reject).
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "an empty range has no number to draw")
        let range = UInt64(bound)
        var product = next().multipliedFullWidth(by: range)
        if product.low < range {
            let threshold = (0 &- range) % range
            while product.low < threshold {
                product = next().multipliedFullWidth(by: range)
            }
        }
        return Int(product.high)
    }

    /// A whole number in `range`.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// `true` with a chance of `perMille` in a thousand.
    mutating func chance(perMille: Int) -> Bool {
        below(1000) < perMille
    }

    /// A roughly bell-shaped whole number around 0: the sum of `count` draws from
    /// `-spread...spread` (an Irwin–Hall sum, with no floating point).
    mutating func bell(spread: Int, count: Int) -> Int {
        var sum = 0
        for _ in 0..<count { sum += int(in: -spread...spread) }
        return sum
    }

    /// One element of `items`, each equally likely.
    mutating func element<T>(of items: [T]) -> T {
        items[below(items.count)]
    }

    /// Puts `items` in a random order (Fisher–Yates, with this generator's own numbers).
    mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for index in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(index, below(index + 1))
        }
    }
}
