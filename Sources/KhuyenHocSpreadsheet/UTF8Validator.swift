/// Checks UTF-8 a chunk at a time (Unicode 15 table 3-7: no overlong forms, no surrogates,
/// nothing above U+10FFFF). A character cut by the chunk boundary is reported as incomplete
/// so the caller can carry its bytes into the next chunk.
enum UTF8Validator {
    enum Outcome: Equatable {
        /// Every byte is valid.
        case valid
        /// Valid up to `at`; the bytes from there are the start of a character cut off.
        case incomplete(at: Int)
        /// Valid up to `at`; the character there is broken, starting with `byte`.
        case invalid(at: Int, byte: UInt8)
    }

    static func check(_ bytes: UnsafeBufferPointer<UInt8>) -> Outcome {
        let n = bytes.count
        var i = 0
        while i < n {
            let lead = bytes[i]
            if lead < 0x80 { i += 1; continue }
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            let need: Int
            switch lead {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED: need = 2; high = 0x9F
            case 0xF0: need = 3; low = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; high = 0x8F
            default: return .invalid(at: i, byte: lead)
            }
            for k in 1...need {
                guard i + k < n else { return .incomplete(at: i) }
                let next = bytes[i + k]
                let (lo, hi): (UInt8, UInt8) = k == 1 ? (low, high) : (0x80, 0xBF)
                guard next >= lo && next <= hi else { return .invalid(at: i, byte: lead) }
            }
            i += need + 1
        }
        return .valid
    }
}
