/// A 64-bit FNV-1a fingerprint of text: stable across machines and Swift versions (it reads
/// UTF-8 bytes only). It tells districts apart; it is not a cryptographic hash.
public struct SampleDigest: Sendable, Hashable, CustomStringConvertible {
    public private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    public init() {}

    /// Adds `text`'s UTF-8 bytes.
    public mutating func add(_ text: String) {
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01B3
        }
    }

    /// Sixteen lower-case hex digits.
    public var description: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
