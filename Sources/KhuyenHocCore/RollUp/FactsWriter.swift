import Foundation

/// Writes composed facts as compact JSON bytes, in a fixed key order, so that the same inputs
/// always give the same bytes (and the same ``InputsDigest``).
struct FactsWriter {
    private(set) var data = Data()
    private var needsComma = [false]

    init(capacity: Int = 256) {
        data.reserveCapacity(capacity)
    }

    mutating func openObject(_ key: String? = nil) { open(key, UInt8(ascii: "{")) }
    mutating func openArray(_ key: String? = nil) { open(key, UInt8(ascii: "[")) }

    mutating func close(_ bracket: Character) {
        needsComma.removeLast()
        data.append(UInt8(ascii: bracket.unicodeScalars.first!))
    }

    mutating func field(_ key: String, _ value: Bool) { raw(key, value ? "true" : "false") }
    mutating func field(_ key: String, _ value: Int) { raw(key, String(value)) }

    /// A member whose value is JSON text already (a part of stored evidence).
    mutating func field(_ key: String, json: Data) {
        separate()
        writeKey(key)
        data.append(json)
    }

    mutating func field(_ key: String, string: String) {
        separate()
        writeKey(key)
        data.append((try? JSONEncoder().encode(string)) ?? Data("\"\"".utf8))
    }

    private mutating func raw(_ key: String, _ text: String) {
        separate()
        writeKey(key)
        data.append(contentsOf: text.utf8)
    }

    private mutating func open(_ key: String?, _ bracket: UInt8) {
        separate()
        if let key { writeKey(key) }
        data.append(bracket)
        needsComma.append(false)
    }

    private mutating func separate() {
        if needsComma[needsComma.count - 1] { data.append(UInt8(ascii: ",")) }
        needsComma[needsComma.count - 1] = true
    }

    /// Keys are the composers' own ASCII names: no escaping needed.
    private mutating func writeKey(_ key: String) {
        data.append(UInt8(ascii: "\""))
        data.append(contentsOf: key.utf8)
        data.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
    }
}

