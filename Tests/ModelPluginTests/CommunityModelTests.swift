import Foundation
import KhuyenHocAPI
import Testing

/// The provisional Learning Community rubric through the real plugin: family and clan shares of
/// all the community's families and clans, floors, the place-of-learning gate, strict facts.
@Suite struct CommunityModelTests {
    let community = try! PluginHarness("Community")

    static let clanNames = ["Họ Nguyễn", "Họ Đỗ", "Họ Trịnh", "Họ Lê", "Họ Phạm", "Họ Vũ"]

    /// A village of `listed` families (40 by default, all Learning Families, 60 of 100 adults
    /// Learning Citizens, all 30 children in school) and `clans` clans listed (nil: no key), the
    /// first `learningClans` of them Learning Clans, every given indicator at its best, then `edits`.
    static func facts(
        listed: Int = 40, learning: Int = 40, total: Int? = nil, citizens: Int = 60, adults: Int = 100,
        inSchool: Int = 30, children: Int = 30, clans: Int? = 4, learningClans: Int = 3, totalClans: Int? = nil,
        edits: String = "{}"
    ) throws -> [String: Any] {
        var facts: [String: Any] = [
            "families": GroupFacts.families(
                listed: listed, learning: learning, citizens: citizens, adults: adults, inSchool: inSchool, children: children),
            "indicators": ["learningPlace": true, "villageCovenant": true, "learningActivities": 12, "culturalCommunity": true],
        ]
        if let total { facts["totalFamilies"] = total }
        if let clans {
            facts["clans"] = (0..<clans).map { ["name": clanNames[$0], "learningClan": $0 < learningClans] as [String: Any] }
        }
        if let totalClans { facts["totalClans"] = totalClans }
        return try GroupFacts.editing(facts, edits)
    }

    static func json(
        listed: Int = 40, learning: Int = 40, total: Int? = nil, citizens: Int = 60, adults: Int = 100,
        inSchool: Int = 30, children: Int = 30, clans: Int? = 4, learningClans: Int = 3, totalClans: Int? = nil,
        edits: String = "{}"
    ) throws -> String {
        GroupFacts.json(try facts(
            listed: listed, learning: learning, total: total, citizens: citizens, adults: adults, inSchool: inSchool,
            children: children, clans: clans, learningClans: learningClans, totalClans: totalClans, edits: edits))
    }

    /// 30 conditions + 10 children + 10 (no clans) = 50, before the adults' share, the learning
    /// activities and the families' share; not a cultural village.
    static func nearThreshold(learning: Int, citizens: Int, activities: Int) throws -> String {
        try json(
            learning: learning, citizens: citizens, clans: nil,
            edits: #"{"indicators.learningActivities": \#(activities), "indicators.culturalCommunity": false}"#)
    }

    @Test func describesItself() throws {
        let description = community.description
        #expect(description.id == "community" && description.title == "Learning Community")
        #expect(description.titleVi == "Cộng đồng học tập")
        #expect(description.dependsOn == ["family", "clan"])
        #expect(Set(description.measures.map(\.id)) == [
            "registeredFamilies", "learningFamilies", "learningFamilyCount", "learningCitizenAdults", "childrenInSchool",
            "learningClans", "learningClanCount",
        ])
        try community.expectProvisionalGroupRubric()
    }

    @Test func aPerfectCommunityIsGood() throws {
        let result = try community.evaluate(Self.json(), year: 2025)
        #expect(result.recognized && result.total == 100 && result.grade == "good")
        #expect(result.model == "community" && result.rubricVersion == "2022.1")
    }

    @Test("the threshold and the grade bands at their edges", arguments: [
        // Learning Families of 40, adult citizens of 100, activities; total, grade (nil: not recognised)
        (26, 40, 2, 70.0, "fair"),   // 7 + 2 + 11: exactly at the threshold
        (26, 40, 1, 68.0, nil),      // one activity short
        (26, 39, 2, 68.0, nil),      // 39 % of adults, not 40
        (30, 60, 8, 85.0, "good"),   // 10 + 8 + 17
        (30, 59, 8, 84.0, "fair"),
    ] as [(Int, Int, Int, Double, String?)])
    func threshold(learning: Int, citizens: Int, activities: Int, total: Double, grade: String?) throws {
        let result = try community.evaluate(Self.nearThreshold(learning: learning, citizens: citizens, activities: activities))
        result.expectThresholdOutcome(total: total, grade: grade)
    }

    @Test("floors met exactly and just missed", arguments: [
        // Learning Families of 40, adult citizens of 100, children in school of 30, activities; total, reason, indicator, missing
        (26, 60, 30, 12, 91.0, nil, nil, 0.0),                        // 65 %: 11 points, the floor
        (25, 60, 30, 12, 85.0, "belowFloor", "learningFamilies", 6.0),
        (40, 60, 27, 12, 95.0, nil, nil, 0.0),                        // 90 %: 5 points, the floor
        (40, 60, 26, 12, 92.0, "belowFloor", "childrenInSchool", 3.0),
        (40, 30, 27, 4, 85.0, nil, nil, 0.0),                         // results 5 + 5 + 5 = 15, the criterion's floor
        (40, 30, 27, 3, 82.0, "criterionBelowFloor", nil, 3.0),
    ] as [(Int, Int, Int, Int, Double, String?, String?, Double)])
    func floors(
        learning: Int, citizens: Int, inSchool: Int, activities: Int, total: Double, code: String?, indicator: String?, missing: Double
    ) throws {
        let result = try community.evaluate(Self.json(
            learning: learning, citizens: citizens, inSchool: inSchool, edits: #"{"indicators.learningActivities": \#(activities)}"#))
        result.expectFloorOutcome(total: total, code: code, indicator: indicator, missing: missing)
    }

    @Test func withoutAPlaceOfLearningNoTotalGrantsTheTitle() throws {
        let result = try community.evaluate(Self.json(edits: #"{"indicators.learningPlace": false}"#))
        #expect(result.total == 90 && !result.recognized && result.grade == nil)
        #expect(result.reasonCodes == ["gateFailed"])
        #expect(result.reasons[0].indicator == "learningPlace")
        #expect(result.improvements.map(\.indicator) == ["learningPlace"])
        #expect(try community.evaluate(Self.json(edits: #"{"indicators.villageCovenant": false}"#)).recognized)
        #expect(try community.evaluate(Self.json(edits: #"{"indicators.culturalCommunity": false}"#)).recognized)
    }

    @Test("family shares are of all the community's families", arguments: [
        // listed, Learning Families, totalFamilies, learningFamilies % and points, registeredFamilies points
        (26, 26, nil, 100.0, 20.0, 10.0),
        (26, 26, 40, 65.0, 11.0, 3.0),
        (26, 26, 41, 2600.0 / 41, 5.0, 3.0),
        (40, 28, nil, 70.0, 14.0, 10.0),
    ] as [(Int, Int, Int?, Double, Double, Double)])
    func familyShares(listed: Int, learning: Int, total: Int?, percent: Double, points: Double, registeredPoints: Double) throws {
        let result = try community.evaluate(Self.json(listed: listed, learning: learning, total: total))
        let families = try #require(result.indicator("learningFamilies"))
        #expect(abs(try #require(families.value) - percent) < 1e-9)
        #expect(families.of == (total ?? listed) && families.points == points)
        #expect(result.indicator("registeredFamilies")?.points == registeredPoints)
    }

    @Test("clan shares are of all the community's clans; none at all is not applicable", arguments: [
        // clans listed (nil: no key), Learning Clans, totalClans; percent (nil: not applicable), of, points
        (nil, 0, nil, nil, 0, 10.0),
        (0, 0, nil, nil, 0, 10.0),
        (0, 0, 0, nil, 0, 10.0),
        (0, 0, 3, 0.0, 3, 0.0),
        (4, 3, nil, 75.0, 4, 10.0),
        (4, 3, 5, 60.0, 5, 5.0),
        (3, 2, nil, 200.0 / 3, 3, 8.0),
        (2, 2, 4, 50.0, 4, 5.0),
    ] as [(Int?, Int, Int?, Double?, Int, Double)])
    func clanShares(clans: Int?, learning: Int, totalClans: Int?, percent: Double?, of: Int, points: Double) throws {
        let result = try community.evaluate(Self.json(clans: clans, learningClans: learning, totalClans: totalClans))
        let share = try #require(result.indicator("learningClans"))
        #expect(share.of == of && share.points == points)
        #expect(share.notApplicable == (percent == nil))
        if let percent { #expect(abs(try #require(share.value) - percent) < 1e-9) } else { #expect(share.value == nil) }
    }

    @Test("impossible data names its field", arguments: [
        // the field named, the edits to a perfect village of 40 families and 4 clans, words of the reason
        ("clans.1.learningClan", #"{"clans.1.learningClan": null}"#, "missing: true when the clan is recognised"),
        ("clans.1.learningClan", #"{"clans.1.learningClan": "yes"}"#, "true or false"),
        ("clans.0.learningClann", #"{"clans.0.learningClann": true}"#, "unknown key; a clan has: name, learningClan"),
        ("clans.2", #"{"clans.2": "Họ Trịnh"}"#, "expected an object"),
        ("clans", #"{"clans": {"Họ Trịnh": true}}"#, "expected a list"),
        ("totalClans", #"{"totalClans": 3}"#, "3 is fewer than the 4 clans listed"),
        ("totalClans", #"{"totalClans": 4.5}"#, "4.5 is not a whole number"),
        ("totalClan", #"{"totalClan": 5}"#, "unknown key; a community's facts has"),
        ("families.3.adultLearningCitizens", #"{"families.3.adultLearningCitizens": 5}"#, "5 is more than the family's 3 adults"),
        ("families.0.schoolAgeChildrenInSchool", #"{"families.0.schoolAgeChildrenInSchool": 2}"#, "2 is more than the family's 1 school-age child"),
        ("families.2.adults", #"{"families.2.adults": -1}"#, "-1 is not a whole number"),
        ("families.2.schoolAgeChildren", #"{"families.2.schoolAgeChildren": 0.5}"#, "0.5 is not a whole number"),
        ("families.4.learningFamily", #"{"families.4.learningFamily": null}"#, "missing"),
        ("families.4.adultLearningCitizen", #"{"families.4.adultLearningCitizen": 1}"#, "unknown key"),
        ("families", #"{"families": [{"learningFamily": true}, {"learningFamily": true}]}"#, "none of the 2 families listed gives its adults"),
        ("families", #"{"families": []}"#, "the community has no family"),
        ("totalFamilies", #"{"totalFamilies": 39}"#, "39 is fewer than the 40 families listed"),
        ("indicators.learningPlace", #"{"indicators.learningPlace": "có"}"#, "true or false"),
        ("indicators.culturalCommunity", #"{"indicators.culturalCommunity": 1}"#, "expected true or false"),
        ("indicators.learningActivities", #"{"indicators.learningActivities": 2.5}"#, "not a whole number"),
        ("indicators.learningActivities", #"{"indicators.learningActivities": -1}"#, "not a whole number"),
        ("indicators.zz9", #"{"indicators.zz9": 3}"#, "not an indicator of the community rubric"),
        ("indicators.learningClans", #"{"indicators.learningClans": 75}"#, "derived from the facts"),
        ("indicators.villageCovenant", #"{"indicators.villageCovenant": null}"#, "missing"),
    ])
    func impossibleData(field: String, edits: String, reason: String) throws {
        let problem = try #require(community.problem(Self.json(edits: edits)))
        #expect(problem.field == field)
        #expect(problem.reason.contains(reason), "\(problem.reason)")
    }

    @Test func aBatchNamesTheFieldOfTheSubjectThatFails() throws {
        let bad = try Self.facts(edits: #"{"clans.1.learningClan": null}"#)
        let results = try community.evaluateBatch([bad, try Self.facts()])
        #expect((results[0]["error"] as? [String: Any])?["field"] as? String == "clans.1.learningClan")
        #expect((results[1]["result"] as? [String: Any])?["recognized"] as? Bool == true)
    }

    @Test func partialEvaluationScoresWhatIsThere() throws {
        let facts = try Self.json(edits: #"{"indicators.learningActivities": null, "indicators.culturalCommunity": null}"#)
        let result = try community.evaluate(facts, partial: true)
        #expect(!result.complete && !result.recognized)
        #expect(result.total == 80)
        #expect(result.reasonCodes == ["incomplete"])
        #expect(result.indicator("learningActivities")?.assessed == false)
        #expect(result.indicator("culturalCommunity")?.assessed == false)
        #expect(result.indicator("learningClans")?.assessed == true)
        #expect(community.problem(facts)?.field == "indicators.learningActivities")
    }

    /// 30 + 7 (40 % of adults) + 10 + 2 (2 activities) + 11 (26 of 40 families) + 0 (not a cultural
    /// village) = 60 before the clans' share.
    static let fewClans = #"{"indicators.learningActivities": 2, "indicators.culturalCommunity": false}"#

    @Test("improvements name the indicator and how many more families or clans it takes", arguments: [
        // listed, Learning Families, totalFamilies, adult citizens, clans listed, Learning Clans, totalClans, edits;
        // the indicator, the message's count, toValue
        (40, 24, nil, 60, 4, 3, nil, "{}", "learningFamilies", "(26 of 40, 2 more)", "(26/40, thêm 2)", 65.0),
        (24, 24, 40, 60, 4, 3, nil, "{}", "learningFamilies", "(26 of 40, 2 more)", "(26/40, thêm 2)", 65.0),
        // 65 points, 5 short: 2 of 4 clans (5 points) to 3 of 4 (10) is the one exact fix.
        (40, 26, nil, 40, 4, 2, nil, fewClans, "learningClans", "(3 of 4, 1 more)", "(3/4, thêm 1)", 75.0),
        // The same with two clans not listed: they count as not recognised.
        (40, 26, nil, 40, 2, 2, 4, fewClans, "learningClans", "(3 of 4, 1 more)", "(3/4, thêm 1)", 75.0),
    ] as [(Int, Int, Int?, Int, Int, Int, Int?, String, String, String, String, Double)])
    func improvements(
        listed: Int, learning: Int, total: Int?, citizens: Int, clans: Int, learningClans: Int, totalClans: Int?, edits: String,
        indicator: String, message: String, messageVi: String, toValue: Double
    ) throws {
        let result = try community.evaluate(Self.json(
            listed: listed, learning: learning, total: total, citizens: citizens, clans: clans, learningClans: learningClans,
            totalClans: totalClans, edits: edits))
        #expect(!result.recognized)
        #expect(result.improvements.map(\.indicator) == [indicator])
        let improvement = try #require(result.improvements.first)
        #expect(improvement.toValue == toValue)
        #expect(improvement.message.contains(message), "\(improvement.message)")
        #expect(improvement.messageVi.contains(messageVi), "\(improvement.messageVi)")
    }

    @Test func theReadmeExampleScoresAsItSays() throws {
        let readme = try GroupFacts.packageFile("Plugins/Community/README.md")
        let example = try #require(GroupFacts.firstJSONBlock(in: readme))
        let result = try community.evaluate(example)
        #expect(result.total == 68 && !result.recognized && result.reasonCodes == ["belowThreshold"])
        #expect(result.improvements.map(\.indicator) == ["registeredFamilies"])
        #expect(result.improvements.first?.message.contains("(14 of 15, 2 more)") == true)
        #expect(readme.contains("68 points") && readme.contains("14 of 15, 2 more"))
    }

    @Test func theYearPicksTheRubric() throws {
        #expect(try community.evaluate(Self.json(), year: 2030).rubricVersion == "2022.1")
        #expect(community.problem(try Self.json(), year: 2019)?.field == "year")
    }

    @Test func theBuiltInRubricPassesItsCheck() throws {
        let verdicts = try community.checkPackageRubric("Plugins/Community/rubric.json", as: "community.json")
        #expect(verdicts.map(\.status) == [.loaded])
        #expect(verdicts[0].version == "2022.1")
    }

    @Test("a broken copy is refused with the field", arguments: [
        (#""measure": "learningClans""#, #""measure": "learningClan""#, "variants[0].criteria[2].indicators[1].measure"),
        (#""model": "community""#, #""model": "clan""#, "model"),
        (#"{ "atLeast": 100, "points": 10 }"#, #"{ "atLeast": 110, "points": 10 }"#, "variants[0].criteria[1].indicators[1].thresholds[0].atLeast"),
        (#""date": "2022-07-28""#, #""date": "28/07/2022""#, "basis.date"),
    ])
    func brokenCopy(original: String, broken: String, field: String) throws {
        let verdicts = try community.checkPackageRubric(
            "Plugins/Community/rubric.json", as: "community.json", replacing: original, with: broken)
        #expect(verdicts.map(\.status) == [.rejected])
        #expect(verdicts[0].problems.map(\.field).contains(field), "\(verdicts[0].problems)")
    }
}
