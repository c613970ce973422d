import Foundation

/// Writes JSON straight into bytes, for the plugin's hot path (a result per evaluation), where
/// `JSONEncoder` took half the daemon's CPU in `make bench`. Its output decodes with
/// `JSONDecoder` to the same value (tested).
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    /// For each open container: whether the next member is its first.
    private var atFirst: [Bool] = []

    init(capacity: Int = 1024) {
        bytes.reserveCapacity(capacity)
    }

    var data: Data { Data(bytes) }

    /// Opens an object: the top-level value, an array element (no key), or a member (`key`).
    mutating func openObject(_ key: String? = nil) {
        member(key)
        bytes.append(UInt8(ascii: "{"))
        atFirst.append(true)
    }

    mutating func closeObject() {
        atFirst.removeLast()
        bytes.append(UInt8(ascii: "}"))
    }

    mutating func openArray(_ key: String) {
        member(key)
        bytes.append(UInt8(ascii: "["))
        atFirst.append(true)
    }

    mutating func closeArray() {
        atFirst.removeLast()
        bytes.append(UInt8(ascii: "]"))
    }

    mutating func field(_ key: String, _ value: String?) {
        member(key)
        if let value { appendString(value) } else { bytes.append(contentsOf: Self.null) }
    }

    mutating func field(_ key: String, _ value: Double?) {
        member(key)
        if let value { appendNumber(value) } else { bytes.append(contentsOf: Self.null) }
    }

    mutating func field(_ key: String, _ value: Int?) {
        member(key)
        bytes.append(contentsOf: value.map { Array(String($0).utf8) } ?? Self.null)
    }

    mutating func field(_ key: String, _ value: Bool) {
        member(key)
        bytes.append(contentsOf: value ? Self.true : Self.false)
    }

    /// Starts the next member of the open container: a comma if it is not the first, then its key.
    private mutating func member(_ key: String?) {
        guard let last = atFirst.indices.last else { return }
        if !atFirst[last] { bytes.append(UInt8(ascii: ",")) }
        atFirst[last] = false
        if let key {
            appendString(key)
            bytes.append(UInt8(ascii: ":"))
        }
    }

    private mutating func appendNumber(_ value: Double) {
        if value.rounded() == value, abs(value) < 1e15 {
            bytes.append(contentsOf: Array(String(Int64(value)).utf8))
        } else {
            bytes.append(contentsOf: Array(String(value).utf8))
        }
    }

    private mutating func appendString(_ string: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(byte)
            case 0..<0x20:
                bytes.append(contentsOf: Array(String(format: "\\u%04x", byte).utf8))
            default:
                bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static let null = Array("null".utf8)
    private static let `true` = Array("true".utf8)
    private static let `false` = Array("false".utf8)
}
