import Foundation

/// The top-level members of a JSON object, found without decoding their values.
///
/// A Varlink frame is scanned once: the envelope's few small members are read from their own
/// bytes, and a method's parameters are decoded from their span alone (or handed on untouched),
/// instead of parsing the whole frame for each of them. Values are located, not validated;
/// whoever decodes a value validates it.
public struct JSONObjectMembers: Sendable {
    /// The scanned text.
    public let data: Data
    private let members: [(key: String, range: Range<Int>)]

    /// How deep objects and arrays may nest before the text is refused.
    public static let maximumDepth = 256

    /// Scans `data`; nil when it is not a JSON object at the top level.
    public init?(_ data: Data) {
        guard let members = data.withUnsafeBytes({ Self.scan($0) }) else { return nil }
        self.data = data
        self.members = members
    }

    /// The raw bytes of a member's value, or nil when the object has no such member.
    public subscript(key: String) -> Data? {
        guard let member = members.first(where: { $0.key == key }) else { return nil }
        return data.subdata(in: data.startIndex + member.range.lowerBound..<data.startIndex + member.range.upperBound)
    }

    /// The member names, in order.
    public var keys: [String] { members.map(\.key) }

    /// A member holding a JSON string, unescaped; nil when absent or not a string.
    public func string(_ key: String) -> String? {
        guard let raw = self[key], raw.first == UInt8(ascii: "\"") else { return nil }
        if !raw.contains(UInt8(ascii: "\\")) { return String(decoding: raw.dropFirst().dropLast(), as: UTF8.self) }
        return try? JSONDecoder().decode(String.self, from: raw)
    }

    /// A member holding `true` or `false`; nil when absent or `null`; throws for anything else.
    public func bool(_ key: String) throws -> Bool? {
        guard let raw = self[key] else { return nil }
        switch String(decoding: raw, as: UTF8.self) {
        case "true": return true
        case "false": return false
        case "null": return nil
        default: throw DecodingError.typeMismatch(Bool.self, .init(codingPath: [], debugDescription: "\(key) is not a boolean"))
        }
    }

    private static func scan(_ bytes: UnsafeRawBufferPointer) -> [(key: String, range: Range<Int>)]? {
        var index = skipSpace(bytes, 0)
        guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else { return nil }
        index = skipSpace(bytes, index + 1)
        var members: [(key: String, range: Range<Int>)] = []
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            return skipSpace(bytes, index + 1) == bytes.count ? members : nil
        }
        while true {
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\""), let keyEnd = skipString(bytes, index) else { return nil }
            let keyBytes = UnsafeRawBufferPointer(rebasing: bytes[index..<keyEnd])
            let key: String
            if keyBytes.contains(UInt8(ascii: "\\")) {
                guard let decoded = try? JSONDecoder().decode(String.self, from: Data(keyBytes)) else { return nil }
                key = decoded
            } else {
                key = String(decoding: keyBytes.dropFirst().dropLast(), as: UTF8.self)
            }
            index = skipSpace(bytes, keyEnd)
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
            let valueStart = skipSpace(bytes, index + 1)
            guard let valueEnd = skipValue(bytes, valueStart), valueEnd > valueStart else { return nil }
            members.append((key, valueStart..<valueEnd))
            index = skipSpace(bytes, valueEnd)
            guard index < bytes.count else { return nil }
            if bytes[index] == UInt8(ascii: "}") {
                return skipSpace(bytes, index + 1) == bytes.count ? members : nil
            }
            guard bytes[index] == UInt8(ascii: ",") else { return nil }
            index = skipSpace(bytes, index + 1)
        }
    }

    /// The index of the first byte at or after `start` that is not JSON white space.
    public static func skipSpace(_ bytes: UnsafeRawBufferPointer, _ start: Int) -> Int {
        var index = start
        while index < bytes.count, isSpace(bytes[index]) { index += 1 }
        return index
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    /// The index after the string that opens at `start`, or nil if it never closes.
    public static func skipString(_ bytes: UnsafeRawBufferPointer, _ start: Int) -> Int? {
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

    /// The index after the value that starts at `start`, or nil if it is cut off or nests too deep.
    public static func skipValue(_ bytes: UnsafeRawBufferPointer, _ start: Int) -> Int? {
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
                    guard depth <= maximumDepth else { return nil }
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
            while index < bytes.count {
                let byte = bytes[index]
                if isSpace(byte) || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") { break }
                index += 1
            }
            return index
        }
    }
}
