/// UTF-16 (Excel's "Unicode Text") to UTF-8, a chunk at a time; a code unit or a surrogate pair
/// cut by the chunk boundary is carried to the next chunk.
struct UTF16Transcoder {
    let bigEndian: Bool
    private var oddByte: UInt8?
    private var highSurrogate: UInt16?

    init(bigEndian: Bool) {
        self.bigEndian = bigEndian
    }

    /// Appends the UTF-8 of `bytes` to `out`; false when a lone surrogate is met (the text before
    /// it has been appended).
    mutating func transcode(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) -> Bool {
        var i = 0
        let n = bytes.count
        while true {
            let first: UInt8
            if let odd = oddByte {
                first = odd
                oddByte = nil
            } else {
                guard i < n else { return true }
                first = bytes[i]
                i += 1
            }
            guard i < n else { oddByte = first; return true }
            let second = bytes[i]
            i += 1
            let unit = bigEndian ? UInt16(first) << 8 | UInt16(second) : UInt16(second) << 8 | UInt16(first)
            if let high = highSurrogate {
                highSurrogate = nil
                guard unit & 0xFC00 == 0xDC00 else { return false }
                let scalar = 0x10000 + (UInt32(high & 0x3FF) << 10 | UInt32(unit & 0x3FF))
                Self.append(scalar, to: &out)
            } else if unit & 0xFC00 == 0xD800 {
                highSurrogate = unit
            } else if unit & 0xFC00 == 0xDC00 {
                return false
            } else {
                Self.append(UInt32(unit), to: &out)
            }
        }
    }

    /// At the end of the input: false when a character was cut off.
    var isComplete: Bool { oddByte == nil && highSurrogate == nil }

    private static func append(_ scalar: UInt32, to out: inout [UInt8]) {
        switch scalar {
        case ..<0x80:
            out.append(UInt8(scalar))
        case ..<0x800:
            out.append(UInt8(0xC0 | scalar >> 6))
            out.append(UInt8(0x80 | scalar & 0x3F))
        case ..<0x10000:
            out.append(UInt8(0xE0 | scalar >> 12))
            out.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            out.append(UInt8(0x80 | scalar & 0x3F))
        default:
            out.append(UInt8(0xF0 | scalar >> 18))
            out.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            out.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            out.append(UInt8(0x80 | scalar & 0x3F))
        }
    }
}
