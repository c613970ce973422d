import Foundation

/// The members of a plugin's result the registry indexes (`rubricVersion`, `recognized`,
/// `total`, `grade`), read by walking the result's top-level members only until all four are
/// found. The plugins write them before `criteria`, so the walk stops within the first few
/// hundred bytes of a 2.7 kB result; written in another order, it walks further and still finds them.
struct ResultFields {
    var rubricVersion: String?
    var recognized: Bool?
    var total: Double?
    var grade: String?

    /// Nil when the text is not an object of members.
    init?(_ bytes: UnsafeRawBufferPointer) {
        var index = Self.skipSpace(bytes, 0)
        guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else { return nil }
        index += 1
        var found = 0
        var gradeSeen = false
        while found < 4 || !gradeSeen {
            index = Self.skipSpace(bytes, index)
            guard index < bytes.count else { return nil }
            if bytes[index] == UInt8(ascii: "}") { return }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            guard bytes[index] == UInt8(ascii: "\""), let keyEnd = Self.skipString(bytes, index) else { return nil }
            let key = UnsafeRawBufferPointer(rebasing: bytes[(index + 1)..<(keyEnd - 1)])
            index = Self.skipSpace(bytes, keyEnd)
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
            let start = Self.skipSpace(bytes, index + 1)
            guard let end = Self.skipValue(bytes, start) else { return nil }
            let value = UnsafeRawBufferPointer(rebasing: bytes[start..<end])
            if key.elementsEqual("rubricVersion".utf8) {
                rubricVersion = Self.string(value)
                found += 1
            } else if key.elementsEqual("recognized".utf8) {
                recognized = value.elementsEqual("true".utf8) ? true : value.elementsEqual("false".utf8) ? false : nil
                found += 1
            } else if key.elementsEqual("total".utf8) {
                total = Double(String(decoding: value, as: UTF8.self))
                found += 1
            } else if key.elementsEqual("grade".utf8) {
                grade = Self.string(value)
                gradeSeen = true
                found += 1
            }
            index = end
        }
    }

    private static func string(_ value: UnsafeRawBufferPointer) -> String? {
        guard value.first == UInt8(ascii: "\""), value.count >= 2 else { return nil }
        if !value.contains(UInt8(ascii: "\\")) { return String(decoding: value[1..<(value.count - 1)], as: UTF8.self) }
        return try? JSONDecoder().decode(String.self, from: Data(value))
    }

    private static func skipSpace(_ bytes: UnsafeRawBufferPointer, _ start: Int) -> Int {
        var index = start
        while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
        return index
    }

    private static func skipString(_ bytes: UnsafeRawBufferPointer, _ start: Int) -> Int? {
        var index = start + 1
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 2
            case UInt8(ascii: "\""): return index + 1
            default: index += 1
            }
        }
        return nil
    }

    private static func skipValue(_ bytes: UnsafeRawBufferPointer, _ start: Int) -> Int? {
        guard start < bytes.count else { return nil }
        switch bytes[start] {
        case UInt8(ascii: "\""):
            return skipString(bytes, start)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0
            var index = start
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "\""):
                    guard let end = skipString(bytes, index) else { return nil }
                    index = end
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 { return index + 1 }
                default:
                    break
                }
                index += 1
            }
            return nil
        default:
            var index = start
            while index < bytes.count, ![UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) {
                index += 1
            }
            return index
        }
    }
}
