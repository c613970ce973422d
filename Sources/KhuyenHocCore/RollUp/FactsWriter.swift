import Foundation

/// Writes composed facts as compact JSON bytes, in a fixed key order, so that the same inputs
/// always give the same bytes (and the same ``InputsDigest``).
/// Bytes collect in an array rather than `Data`, whose appends cost a third of composing a
/// family (perf, khuyenhoc-bench --roll-up).
struct FactsWriter {
    private var bytes: [UInt8] = []
    private var needsComma = [false]

    init(capacity: Int = 256) {
        bytes.reserveCapacity(capacity)
    }

    /// What has been written.
    var data: Data { Data(bytes) }

    mutating func openObject(_ key: String? = nil) { open(key, UInt8(ascii: "{")) }
    mutating func openArray(_ key: String? = nil) { open(key, UInt8(ascii: "[")) }

    mutating func close(_ bracket: Character) {
        needsComma.removeLast()
        bytes.append(UInt8(ascii: bracket.unicodeScalars.first!))
    }

    mutating func field(_ key: String, _ value: Bool) { raw(key, value ? "true" : "false") }
    mutating func field(_ key: String, _ value: Int) { raw(key, String(value)) }

    /// A member whose value is JSON text already (a part of stored evidence).
    mutating func field(_ key: String, json: Data) {
        separate()
        writeKey(key)
        bytes.append(contentsOf: json)
    }

    mutating func field(_ key: String, string: String) {
        separate()
        writeKey(key)
        bytes.append(contentsOf: (try? JSONEncoder().encode(string)) ?? Data("\"\"".utf8))
    }

    private mutating func raw(_ key: String, _ text: String) {
        separate()
        writeKey(key)
        bytes.append(contentsOf: text.utf8)
    }

    private mutating func open(_ key: String?, _ bracket: UInt8) {
        separate()
        if let key { writeKey(key) }
        bytes.append(bracket)
        needsComma.append(false)
    }

    private mutating func separate() {
        if needsComma[needsComma.count - 1] { bytes.append(UInt8(ascii: ",")) }
        needsComma[needsComma.count - 1] = true
    }

    /// Keys are the composers' own ASCII names: no escaping needed.
    private mutating func writeKey(_ key: String) {
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: key.utf8)
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
    }
}

