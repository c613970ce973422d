import Foundation
import Testing
@testable import ModelSDK

/// The strict facts reading plugins share (`FactsKey`, `KeyedDecodingContainer<FactsKey>`,
/// `MemberFamilies`), read as the runtime reads facts: through the fast decoder, errors as
/// `InvalidFacts` naming the field.
@Suite struct StrictFactsTests {
    /// A group's facts: its member families and a count of meetings, under strict keys.
    struct Group: Decodable {
        static let keys = ["families", "totalFamilies", "meetings"]

        var families: MemberFamilies
        var meetings: Int?

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: FactsKey.self)
            try container.rejectUnknownKeys(Self.keys, of: "a test group")
            families = try MemberFamilies(from: container, group: "clan")
            meetings = try container.count("meetings")
        }
    }

    /// An object whose unknown keys are refused in its own words.
    struct Worded: Decodable {
        init(from decoder: any Decoder) throws {
            try decoder.container(keyedBy: FactsKey.self).rejectUnknownKeys(["age"]) { "\"\($0)\" is not a field here" }
        }
    }

    static let twoFamilies = #"[{"learningFamily": true, "adults": 2, "adultLearningCitizens": 1}, {"learningFamily": false, "adults": 3}]"#

    /// The problem a group's facts draw, or nil when they read.
    static func problem(_ json: String) -> InvalidFacts? { problem(Group.self, json) }

    static func problem<T: Decodable>(_ type: T.Type, _ json: String) -> InvalidFacts? {
        do {
            _ = try ModelJSON.decode(type, from: Data(json.utf8))
            return nil
        } catch {
            return error as? InvalidFacts
        }
    }

    @Test func anUnknownKeyIsNamedWithTheKeysAllowed() {
        let problem = Self.problem(#"{"families": \#(Self.twoFamilies), "totalFamiles": 3, "meeting": 2}"#)
        // Both are unknown; the first in name order is named.
        #expect(problem == InvalidFacts(
            field: "meeting", reason: "unknown key; a test group has: families, totalFamilies, meetings; check the spelling"))
        #expect(Self.problem(#"{"families": [{"learningFamly": true}]}"#)?.field == "families.0.learningFamly")
        #expect(Self.problem(Worded.self, #"{"age": 3, "agee": 4}"#) == InvalidFacts(field: "agee", reason: #""agee" is not a field here"#))
        #expect(Self.problem(Worded.self, #"{"age": 3}"#) == nil)
    }

    @Test("a count is a whole number of 0 or more, at most the largest count", arguments: [
        ("2.5", "2.5 is not a whole number of 0 or more"),
        ("-1", "-1 is not a whole number of 0 or more"),
        ("-0.5", "-0.5 is not a whole number of 0 or more"),
        ("1000001", "1000001 is more than any count here can be (at most 1000000)"),
        (#""3""#, "expected a number"),
    ])
    func aCountThatIsNoCountIsRefused(value: String, reason: String) {
        #expect(Self.problem(#"{"families": \#(Self.twoFamilies), "meetings": \#(value)}"#)
            == InvalidFacts(field: "meetings", reason: reason))
        // Below a list, the field is the item's.
        #expect(Self.problem(#"{"families": [{"learningFamily": true, "adults": \#(value)}]}"#)?.field == "families.0.adults")
    }

    @Test func countsAtTheirEdgesAreRead() throws {
        let edge = try ModelJSON.decode(Group.self, from: Data(#"{"families": \#(Self.twoFamilies), "meetings": 1000000}"#.utf8))
        #expect(edge.meetings == 1_000_000)
        let none = try ModelJSON.decode(Group.self, from: Data(#"{"families": \#(Self.twoFamilies), "meetings": null}"#.utf8))
        #expect(none.meetings == nil)
    }

    @Test func aTotalBelowTheNumberListedIsRefused() {
        #expect(Self.problem(#"{"families": \#(Self.twoFamilies), "totalFamilies": 1}"#) == InvalidFacts(
            field: "totalFamilies",
            reason: "1 is fewer than the 2 families listed; give the number of all families of the clan, registered or not"))
        #expect(Self.problem(#"{"families": \#(Self.twoFamilies), "totalFamilies": 2}"#) == nil)
    }

    @Test func aRequiredListOrFlagIsNamedWhenMissingOrOfTheWrongType() {
        #expect(Self.problem(#"{"totalFamilies": 3}"#)?.field == "families")
        #expect(Self.problem(#"{"families": null}"#)?.reason.hasPrefix("missing: list the clan's families") == true)
        #expect(Self.problem(#"{"families": {"count": 2}}"#) == InvalidFacts(field: "families", reason: "expected a list"))
        #expect(Self.problem(#"{"families": [{"adults": 2}]}"#) == InvalidFacts(
            field: "families.0.learningFamily",
            reason: "missing: true when the family is recognised as a Learning Family this year, false when not"))
    }

    @Test func memberFamiliesAreSharesOfAllTheGroupsFamilies() throws {
        let group = try ModelJSON.decode(Group.self, from: Data(#"{"families": \#(Self.twoFamilies), "totalFamilies": 4}"#.utf8))
        #expect(group.families.measured == [
            MemberFamilies.registeredFamilies: .share(2, of: 4),
            MemberFamilies.learningFamilies: .share(1, of: 4),
            MemberFamilies.learningFamilyCount: .count(1),
            MemberFamilies.learningCitizenAdults: .share(1, of: 5),
            MemberFamilies.childrenInSchool: .share(0, of: 0),
        ])
        #expect(Set(MemberFamilies.measures(group: "clan", groupVi: "dòng họ").map(\.id)) == Set(group.families.measured.keys))
    }
}
