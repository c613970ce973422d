import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes JSON straight into a malloc'd buffer, for the plugin's hot path (a result per
/// evaluation), where `JSONEncoder` took half the daemon's CPU in `make bench`. The buffer grows
/// with `realloc` and is handed to the host as it is (`take()`), so a batch's result of hundreds
/// of megabytes is never copied. Its output decodes with `JSONDecoder` to the same value (tested).
struct JSONWriter: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// Bytes written so far.
    private(set) var count = 0
    /// One bit per open container, innermost lowest: set while its next member is its first.
    private var firstBits: UInt64 = 0
    private var depth = 0

    init(capacity: Int = 1024) {
        self.capacity = max(capacity, 16)
        base = malloc(self.capacity)!.assumingMemoryBound(to: UInt8.self)
    }

    deinit { free(base) }

    /// A copy of the bytes written.
    var data: Data { Data(bytes: base, count: count) }

    /// Hands the buffer over: the caller frees it.
    consuming func take() -> OwnedBytes {
        let bytes = OwnedBytes(pointer: base, count: count)
        discard self
        return bytes
    }

    /// Makes room for `totalBytes` at once, so a batch's result is not moved as it grows.
    mutating func reserve(totalBytes: Int) {
        grow(toHold: totalBytes)
    }

    /// Opens an object: the top-level value, an array element (no key), or a member (`key`).
    mutating func openObject(_ key: StaticString? = nil) {
        member(key)
        append(UInt8(ascii: "{"))
        push()
    }

    mutating func closeObject() {
        depth -= 1
        append(UInt8(ascii: "}"))
    }

    mutating func openArray(_ key: StaticString) {
        member(key)
        append(UInt8(ascii: "["))
        push()
    }

    mutating func closeArray() {
        depth -= 1
        append(UInt8(ascii: "]"))
    }

    /// A bare list of values, `[…]`, for a batch chunk that `OwnedBytes.joining` splices in.
    mutating func openElements() {
        append(UInt8(ascii: "["))
        push()
    }

    mutating func closeElements() {
        closeArray()
    }

    private mutating func push() {
        precondition(depth < 64, "JSON nested deeper than 64 levels")
        firstBits |= 1 << UInt64(depth)
        depth += 1
    }

    mutating func field(_ key: StaticString, _ value: String?) {
        member(key)
        if let value { appendString(value) } else { append(Self.null) }
    }

    mutating func field(_ key: StaticString, _ value: Double?) {
        member(key)
        if let value { appendNumber(value) } else { append(Self.null) }
    }

    mutating func field(_ key: StaticString, _ value: Int?) {
        member(key)
        if let value { appendInteger(Int64(value)) } else { append(Self.null) }
    }

    mutating func field(_ key: StaticString, _ value: Bool) {
        member(key)
        append(value ? Self.true : Self.false)
    }

    /// Starts the next member of the open container: a comma if it is not the first, then its key.
    /// Keys are literals of plain ASCII (checked in debug builds): written as they are, unescaped.
    private mutating func member(_ key: StaticString?) {
        guard depth > 0 else { return }
        let bit: UInt64 = 1 << UInt64(depth - 1)
        if firstBits & bit == 0 { append(UInt8(ascii: ",")) }
        firstBits &= ~bit
        if let key {
            let utf8 = UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount)
            assert(!utf8.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") })
            grow(toHold: count + utf8.count + 3)
            base[count] = UInt8(ascii: "\"")
            memcpy(base + count + 1, utf8.baseAddress!, utf8.count)
            base[count + 1 + utf8.count] = UInt8(ascii: "\"")
            base[count + 2 + utf8.count] = UInt8(ascii: ":")
            count += utf8.count + 3
        }
    }

    private mutating func grow(toHold total: Int) {
        guard total > capacity else { return }
        capacity = max(total, capacity * 2)
        base = realloc(base, capacity)!.assumingMemoryBound(to: UInt8.self)
    }

    private mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: count + 1) }
        base[count] = byte
        count += 1
    }

    private mutating func append(_ buffer: UnsafeBufferPointer<UInt8>) {
        grow(toHold: count + buffer.count)
        if let source = buffer.baseAddress { memcpy(base + count, source, buffer.count) }
        count += buffer.count
    }

    private mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    private mutating func appendNumber(_ value: Double) {
        if value.rounded() == value, abs(value) < 1e15 {
            appendInteger(Int64(value))
        } else {
            append(Array(String(value).utf8))
        }
    }

    /// Writes the digits straight in: no String in between on the hot path.
    private mutating func appendInteger(_ value: Int64) {
        if value < 0 { append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        if magnitude < 10 {
            append(UInt8(ascii: "0") + UInt8(magnitude))
            return
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var digitCount = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            while magnitude > 0 {
                buffer[19 - digitCount] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                digitCount += 1
            }
            append(UnsafeBufferPointer(rebasing: buffer.assumingMemoryBound(to: UInt8.self)[(20 - digitCount)...]))
        }
    }

    private mutating func appendString(_ string: String) {
        append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { utf8 in
            // Most strings need no escaping: copy them in one go.
            if !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
                append(utf8)
                return
            }
            for byte in utf8 {
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                    append(UInt8(ascii: "\\"))
                    append(byte)
                case 0..<0x20:
                    append(Array(String(format: "\\u%04x", byte).utf8))
                default:
                    append(byte)
                }
            }
        }
        append(UInt8(ascii: "\""))
    }

    private static let null = Array("null".utf8)
    private static let `true` = Array("true".utf8)
    private static let `false` = Array("false".utf8)
}
