import Foundation

/// The digest a stored result keeps of its inputs: 128-bit FNV-1a over the model, the rubric
/// version, the year and the composed facts, as 32 hex digits. Not a security measure: it only
/// tells a roll-up that a subject's inputs are unchanged (a chance collision among 2^128 values
/// is not a practical concern), and it is quick enough for 200,000 subjects.
public enum InputsDigest {
    private static let offset: UInt128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d
    private static let prime: UInt128 = 0x0000_0000_0100_0000_0000_0000_0000_013B

    public static func of(model: String, rubricVersion: String, year: Int, facts: Data) -> String {
        var hash = offset
        func mix(_ bytes: some Sequence<UInt8>) {
            for byte in bytes {
                hash ^= UInt128(byte)
                hash &*= prime
            }
        }
        mix(model.utf8)
        mix(CollectionOfOne(0))
        mix(rubricVersion.utf8)
        mix(CollectionOfOne(0))
        mix(String(year).utf8)
        mix(CollectionOfOne(0))
        facts.withUnsafeBytes { mix($0) }
        return hex(hash)
    }

    private static let digits = Array("0123456789abcdef".utf8)

    /// 32 lowercase hex digits; written by hand as `String(_:radix:)` of a `UInt128` took a
    /// quarter of the digest's time (perf, khuyenhoc-bench --roll-up).
    static func hex(_ value: UInt128) -> String {
        String(unsafeUninitializedCapacity: 32) { buffer in
            var rest = value
            for position in stride(from: 31, through: 0, by: -1) {
                buffer[position] = digits[Int(truncatingIfNeeded: rest & 0xF)]
                rest >>= 4
            }
            return 32
        }
    }
}
