import Foundation
import Varlink

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
        var index = JSONObjectMembers.skipSpace(bytes, 0)
        guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else { return nil }
        index += 1
        var found = 0
        var gradeSeen = false
        while found < 4 || !gradeSeen {
            index = JSONObjectMembers.skipSpace(bytes, index)
            guard index < bytes.count else { return nil }
            if bytes[index] == UInt8(ascii: "}") { return }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            guard bytes[index] == UInt8(ascii: "\""), let keyEnd = JSONObjectMembers.skipString(bytes, index) else { return nil }
            let key = UnsafeRawBufferPointer(rebasing: bytes[(index + 1)..<(keyEnd - 1)])
            index = JSONObjectMembers.skipSpace(bytes, keyEnd)
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
            let start = JSONObjectMembers.skipSpace(bytes, index + 1)
            guard let end = JSONObjectMembers.skipValue(bytes, start) else { return nil }
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
}
