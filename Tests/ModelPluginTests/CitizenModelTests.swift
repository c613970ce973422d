import Foundation
import KhuyenHocAPI
import Testing

/// The confirmed Learning Citizen rule, through the real plugin: ≥ 80 in total, no indicator under 5.
@Suite struct CitizenModelTests {
    let citizen = try! PluginHarness("Citizen")

    static let farmerIDs = ["sl1", "sl2", "sl3", "sl4", "it1", "it2", "it3", "it4", "sr1", "sr2"]

    /// Facts for a farmer with every indicator at `base`, then the overrides.
    static func farmer(_ base: Double = 8, group: String = "farmers", _ overrides: [String: Any] = [:]) -> String {
        var scores: [String: Any] = Dictionary(uniqueKeysWithValues: farmerIDs.map { ($0, base) })
        scores.merge(overrides) { $1 }
        let data = try! JSONSerialization.data(withJSONObject: ["targetGroup": group, "scores": scores], options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    @Test("every target group at the threshold, and just under it", arguments: ["farmers", "workers", "officials"])
    func threshold(group: String) throws {
        let atThreshold = try citizen.evaluate(Self.farmer(8, group: group))
        #expect(atThreshold.recognized && atThreshold.total == 80 && atThreshold.variant == group)
        let under = try citizen.evaluate(Self.farmer(8, group: group, ["sl1": 7.5]))
        #expect(!under.recognized)
        #expect(under.reasonCodes == ["belowThreshold"])
        #expect(under.reasons[0].missingPoints == 0.5)
        #expect(under.improvements.count == 1)
        #expect(under.improvements[0].toPoints - under.improvements[0].fromPoints == 0.5)
    }

    @Test func floorMetExactlyAndJustMissed() throws {
        let exactly = try citizen.evaluate(Self.farmer(10, ["sl2": 5]))
        #expect(exactly.recognized && exactly.total == 95)
        let missed = try citizen.evaluate(Self.farmer(10, ["sl2": 4.5]))
        #expect(!missed.recognized)
        #expect(missed.reasonCodes == ["belowFloor"])
        #expect(missed.reasons[0].indicator == "sl2" && missed.reasons[0].missingPoints == 0.5)
        #expect(missed.improvements.map(\.indicator) == ["sl2"])
        #expect(missed.improvements[0].toPoints == 5)
    }

    @Test func smallestSetOfImprovementsUsesTheFewestIndicators() throws {
        // 3 under the floor (each raised to 5), then 20 more points short: the floor-raised ones
        // take what they can first (5 each), so no other indicator needs to change.
        let result = try citizen.evaluate(Self.farmer(8, ["sl1": 0, "sl2": 0, "sl3": 0]))
        #expect(result.total == 56)
        #expect(Set(result.improvements.map(\.indicator)) == ["sl1", "sl2", "sl3"])
        let gained = result.improvements.reduce(0) { $0 + $1.toPoints - $1.fromPoints }
        #expect(result.total + gained >= 80)
    }

    @Test func badFactsNameTheField() {
        #expect(citizen.problem(Self.farmer(8, ["sl2": 11]))?.field == "scores.sl2")
        #expect(citizen.problem(Self.farmer(8, ["sl2": -1]))?.field == "scores.sl2")
        #expect(citizen.problem(Self.farmer(8, ["sl2": "NaN"]))?.field == "scores.sl2")
        #expect(citizen.problem(Self.farmer(8, ["sl2": true]))?.field == "scores.sl2")
        #expect(citizen.problem(Self.farmer(8, ["zz9": 3]))?.field == "scores.zz9")
        #expect(citizen.problem(Self.farmer(8, group: "pilots"))?.field == "targetGroup")
        #expect(citizen.problem(#"{"targetGroup": "farmers", "scores": {"sl1": 8}}"#)?.field == "scores.sl2")
        #expect(citizen.problem(#"{"scores": {}}"#)?.field == "targetGroup")
    }

    @Test func partialEvaluationScoresWhatIsPresentAndSaysSo() throws {
        let result = try citizen.evaluate(#"{"targetGroup": "farmers", "scores": {"sl1": 10, "sl2": 10}}"#, partial: true)
        #expect(!result.complete && !result.recognized)
        #expect(result.total == 20)
        #expect(result.reasonCodes.first == "incomplete")
        #expect(result.indicator("sl3")?.assessed == false)
    }
}
