import Foundation
import Testing
@testable import ModelSDK

/// The plugin's fast JSON path agrees with Foundation's `JSONDecoder`: same values, and errors at
/// the same coding paths.
@Suite struct FastJSONDecoderTests {
    struct Member: Codable, Equatable {
        var name: String?
        var age: Int
        var literate: Bool?
        var share: Double?
    }

    struct Household: Codable, Equatable {
        var members: [Member]
        var indicators: [String: Double]
        var note: String?
    }

    @Test(arguments: [
        #"{"members": [{"name": "Nguyễn Văn An", "age": 42, "literate": true}], "indicators": {"c1": 8.5, "c2": 0}}"#,
        #"{"members": [], "indicators": {}, "note": "tab\tquote\" back\\ slash\/ \u00e9 \ud83d\ude00 \u0000"}"#,
        #"  {"members":[{"age":-0,"share":1e2},{"age":7,"share":-12.5E-1}],"indicators":{"x":123456789012345678}}  "#,
        #"{"members": [{"age": 1, "name": null}], "indicators": {"a": 1, "b": 2}}"#,
    ])
    func decodesLikeJSONDecoder(json: String) throws {
        let expected = try JSONDecoder().decode(Household.self, from: Data(json.utf8))
        #expect(try FastJSONDecoder.decode(Household.self, from: Data(json.utf8)) == expected)
    }

    @Test(arguments: [
        #"{"members": [{"age": "7"}], "indicators": {}}"#,
        #"{"members": [{}], "indicators": {}}"#,
        #"{"members": [{"age": 7}], "indicators": {"c1": null}}"#,
        #"{"members": {"age": 7}, "indicators": {}}"#,
        #"{"indicators": {}}"#,
    ])
    func failsAtTheSamePathAsJSONDecoder(json: String) {
        func path(_ error: any Error) -> [String] {
            guard let error = error as? DecodingError else { return ["not a DecodingError"] }
            let context: DecodingError.Context
            var keys: [String] = []
            switch error {
            case .keyNotFound(let key, let c): context = c; keys = [key.stringValue]
            case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c): context = c
            @unknown default: return []
            }
            return context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue } + keys
        }
        var foundation: [String] = []
        var fast: [String] = []
        do { _ = try JSONDecoder().decode(Household.self, from: Data(json.utf8)) } catch { foundation = path(error) }
        do { _ = try FastJSONDecoder.decode(Household.self, from: Data(json.utf8)) } catch { fast = path(error) }
        #expect(!fast.isEmpty)
        #expect(fast == foundation)
    }

    @Test(arguments: [
        "", "{", #"{"a" 1}"#, #"{"a": 1,}"#, "[1 2]", "01", "1.", "-", "tru", #""\x""#, #""\ud800""#, "\"a\u{1}b\"", "{} {}", "1e",
    ])
    func refusesInvalidJSON(text: String) {
        #expect(throws: DecodingError.self) { try FastJSONDecoder.decode(JSONTree.self, from: Data(text.utf8)) }
    }

    /// Stricter than `JSONDecoder`, which reads 7.5 as the whole number 7.
    @Test func refusesAFractionWhereAWholeNumberIsExpected() {
        #expect {
            try FastJSONDecoder.decode(Household.self, from: Data(#"{"members": [{"age": 7.5}], "indicators": {}}"#.utf8))
        } throws: { error in
            guard case DecodingError.dataCorrupted(let context) = error else { return false }
            return context.codingPath.map(\.stringValue) == ["members", "Index 0", "age"]
        }
    }

    /// Stricter than `JSONDecoder`: a member named twice is refused, not silently overwritten.
    @Test func refusesDuplicateMembers() {
        #expect(throws: DecodingError.self) {
            try FastJSONDecoder.decode(Household.self, from: Data(#"{"members": [], "indicators": {"a": 1, "a": 2}}"#.utf8))
        }
    }

    @Test func refusesInvalidUTF8() {
        #expect(throws: DecodingError.self) { try FastJSONDecoder.decode(String.self, from: Data([0x22, 0xC3, 0x28, 0x22])) }
    }
}
