/// The lengths of the reads a fuzzed byte stream arrives in, drawn from a generator seeded with
/// a hash of the stream itself: the same input is always cut the same way (so a crash replays),
/// the corpus stays plain streams of calls, and each mutation moves the cuts.
struct ReadCuts {
    private var state: UInt64

    init(seed bytes: UnsafeRawBufferPointer) {
        // FNV-1a.
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        state = hash
    }

    /// The next read's length: mostly short (a NUL split from its frame, a frame in pieces),
    /// sometimes long (several frames in one read).
    mutating func next() -> Int {
        // SplitMix64.
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return z & 0b11 == 0 ? 1 + Int(z >> 8 & 1023) : 1 + Int(z >> 8 & 15)
    }
}
