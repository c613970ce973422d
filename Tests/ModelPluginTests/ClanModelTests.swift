import Foundation
import KhuyenHocAPI
import Testing

/// The provisional Learning Clan rubric through the real plugin: shares worked out from the
/// listed families against all the clan's families, floors, the fund gate, strict facts.
@Suite struct ClanModelTests {
    let clan = try! PluginHarness("Clan")

    /// A clan of `listed` families (40 by default, all Learning Families, 60 of 100 adults Learning
    /// Citizens, all 30 school-age children in school) with every given indicator at its best,
    /// then `edits` (see `GroupFacts.editing`).
    static func facts(
        listed: Int = 40, learning: Int = 40, total: Int? = nil, citizens: Int = 60, adults: Int = 100,
        inSchool: Int = 30, children: Int = 30, edits: String = "{}"
    ) throws -> [String: Any] {
        var facts: [String: Any] = [
            "families": GroupFacts.families(
                listed: listed, learning: learning, citizens: citizens, adults: adults, inSchool: inSchool, children: children),
            "indicators": ["learningFund": true, "clanCovenant": true, "rewardedLearners": 10, "livelihoodAndCulture": 10],
        ]
        if let total { facts["totalFamilies"] = total }
        return try GroupFacts.editing(facts, edits)
    }

    static func json(
        listed: Int = 40, learning: Int = 40, total: Int? = nil, citizens: Int = 60, adults: Int = 100,
        inSchool: Int = 30, children: Int = 30, edits: String = "{}"
    ) throws -> String {
        GroupFacts.json(try facts(
            listed: listed, learning: learning, total: total, citizens: citizens, adults: adults,
            inSchool: inSchool, children: children, edits: edits))
    }

    /// 30 conditions + 26 results (40 % of adults: 11, all children: 15) = 56, plus the families'
    /// share (26 of 40: 11) and the livelihood points; no rewards.
    static func nearThreshold(learning: Int, livelihood: Double) throws -> String {
        try json(learning: learning, citizens: 40, edits: #"{"indicators.rewardedLearners": 0, "indicators.livelihoodAndCulture": \#(livelihood)}"#)
    }

    @Test func describesItself() throws {
        let description = clan.description
        #expect(description.id == "clan" && description.title == "Learning Clan" && description.titleVi == "Dòng họ học tập")
        #expect(description.dependsOn == ["family"])
        #expect(Set(description.measures.map(\.id))
            == ["registeredFamilies", "learningFamilies", "learningFamilyCount", "learningCitizenAdults", "childrenInSchool"])
        try clan.expectProvisionalGroupRubric()
    }

    @Test func aPerfectClanIsGood() throws {
        let result = try clan.evaluate(Self.json(), year: 2024)
        #expect(result.recognized && result.total == 100 && result.grade == "good")
        #expect(result.rubricVersion == "2022.1" && result.variant == "clan" && result.year == 2024)
        #expect(result.reasons.isEmpty && result.improvements.isEmpty)
    }

    @Test("the threshold and the grade bands at their edges", arguments: [
        // Learning Families of 40, livelihood points, total, grade (nil: not recognised)
        (26, 3.0, 70.0, "fair"),    // exactly at the threshold
        (26, 2.5, 69.5, nil),       // just under
        (32, 9.0, 85.0, "good"),
        (32, 8.5, 84.5, "fair"),
    ] as [(Int, Double, Double, String?)])
    func threshold(learning: Int, livelihood: Double, total: Double, grade: String?) throws {
        let result = try clan.evaluate(Self.nearThreshold(learning: learning, livelihood: livelihood))
        result.expectThresholdOutcome(total: total, grade: grade)
    }

    @Test func justUnderTheThresholdNeedsHalfAPoint() throws {
        let result = try clan.evaluate(Self.nearThreshold(learning: 26, livelihood: 2.5))
        #expect(result.reasons[0].missingPoints == 0.5)
        #expect(result.improvements.map(\.indicator) == ["livelihoodAndCulture"])
        #expect(result.improvements[0].toPoints == 3)
    }

    @Test("floors met exactly and just missed", arguments: [
        // Learning Families of 40, adult citizens of 100, children in school of 30; total, reason, indicator, missing
        (26, 60, 30, 91.0, nil, nil, 0.0),                      // 65 %: 11 points, the floor
        (25, 60, 30, 85.0, "belowFloor", "learningFamilies", 6.0),
        (40, 60, 27, 93.0, nil, nil, 0.0),                      // 90 %: 8 points, the floor
        (40, 60, 26, 89.0, "belowFloor", "childrenInSchool", 4.0),
        (40, 30, 27, 85.0, nil, nil, 0.0),                      // results 7 + 8 = 15, the criterion's floor
        (40, 29, 27, 81.0, "criterionBelowFloor", nil, 4.0),
    ] as [(Int, Int, Int, Double, String?, String?, Double)])
    func floors(learning: Int, citizens: Int, inSchool: Int, total: Double, code: String?, indicator: String?, missing: Double) throws {
        let result = try clan.evaluate(Self.json(learning: learning, citizens: citizens, inSchool: inSchool))
        result.expectFloorOutcome(total: total, code: code, indicator: indicator, missing: missing)
    }

    @Test func withoutAFundNoTotalGrantsTheTitle() throws {
        let result = try clan.evaluate(Self.json(edits: #"{"indicators.learningFund": false}"#))
        #expect(result.total == 90 && !result.recognized && result.grade == nil)
        #expect(result.reasonCodes == ["gateFailed"])
        #expect(result.reasons[0].indicator == "learningFund")
        #expect(result.improvements.map(\.indicator) == ["learningFund"])
        // The covenant is worth as much but is no gate.
        #expect(try clan.evaluate(Self.json(edits: #"{"indicators.clanCovenant": false}"#)).recognized)
    }

    @Test("shares are worked out from the list, of all the clan's families", arguments: [
        // listed, Learning Families, totalFamilies, learningFamilies % and points, registeredFamilies points
        (26, 26, nil, 100.0, 20.0, 10.0),
        (40, 26, nil, 65.0, 11.0, 10.0),
        (26, 26, 40, 65.0, 11.0, 3.0),   // 14 families not listed count as not recognised
        (26, 26, 41, 2600.0 / 41, 5.0, 3.0),
        (36, 30, 40, 75.0, 17.0, 10.0),
    ] as [(Int, Int, Int?, Double, Double, Double)])
    func shares(listed: Int, learning: Int, total: Int?, percent: Double, points: Double, registeredPoints: Double) throws {
        let result = try clan.evaluate(Self.json(listed: listed, learning: learning, total: total))
        let families = try #require(result.indicator("learningFamilies"))
        #expect(abs(try #require(families.value) - percent) < 1e-9)
        #expect(families.of == (total ?? listed))
        #expect(families.points == points)
        #expect(result.indicator("registeredFamilies")?.points == registeredPoints)
    }

    @Test func adultsAndChildrenAreCountedOverTheListedFamilies() throws {
        let result = try clan.evaluate(Self.json(listed: 20, learning: 20, total: 40, citizens: 41, adults: 82, inSchool: 19, children: 20))
        #expect(result.indicator("learningCitizenAdults")?.value == 50 && result.indicator("learningCitizenAdults")?.of == 82)
        #expect(result.indicator("learningCitizenAdults")?.points == 13)
        #expect(result.indicator("childrenInSchool")?.value == 95 && result.indicator("childrenInSchool")?.points == 12)
    }

    @Test func noSchoolAgeChildrenIsNotApplicable() throws {
        let result = try clan.evaluate(Self.json(inSchool: 0, children: 0))
        let children = try #require(result.indicator("childrenInSchool"))
        #expect(children.notApplicable && children.points == 15 && children.value == nil && children.of == 0)
        #expect(result.recognized && result.total == 100)
    }

    @Test("impossible data names its field", arguments: [
        // the field named, the edits to a perfect clan of 40 families, words of the reason
        ("families.3.adultLearningCitizens", #"{"families.3.adultLearningCitizens": 5}"#, "5 is more than the family's 3 adults"),
        ("families.1.schoolAgeChildrenInSchool", #"{"families.1.schoolAgeChildrenInSchool": 2}"#, "2 is more than the family's 1 school-age child"),
        ("families.2.adults", #"{"families.2.adults": -1}"#, "-1 is not a whole number"),
        ("families.2.adults", #"{"families.2.adults": 2.5}"#, "2.5 is not a whole number"),
        ("families.2.schoolAgeChildren", #"{"families.2.schoolAgeChildren": 1000000000000}"#, "more than any count"),
        ("families.0.adults", #"{"families.0.adults": "three"}"#, "expected a number"),
        ("families.3.learningFamily", #"{"families.3.learningFamily": null}"#, "missing: true when the family is recognised"),
        ("families.3.learningFamily", #"{"families.3.learningFamily": "yes"}"#, "true or false"),
        ("families.3.learningFamly", #"{"families.3.learningFamly": true}"#, "unknown key; a family has: name, learningFamily"),
        ("families.5", #"{"families.5": "Hộ ông An"}"#, "expected an object"),
        ("families", #"{"families": null}"#, "missing"),
        ("families", #"{"families": {"count": 3}}"#, "expected a list"),
        ("families", #"{"families": [{"learningFamily": true}, {"learningFamily": false}]}"#, "none of the 2 families listed gives its adults"),
        ("families", #"{"families": []}"#, "the clan has no family"),
        ("totalFamilies", #"{"families": [], "totalFamilies": 0}"#, "the clan has no family"),
        ("totalFamilies", #"{"totalFamilies": 39}"#, "39 is fewer than the 40 families listed"),
        ("totalFamilies", #"{"totalFamilies": -2}"#, "-2 is not a whole number"),
        ("totalFamily", #"{"totalFamily": 50}"#, "unknown key; a clan's facts has"),
        ("variant", #"{"variant": "lineage"}"#, "not a variant"),
        ("indicators", #"{"indicators": [1, 2]}"#, "expected an object"),
        ("indicators.learningFund", #"{"indicators.learningFund": "yes"}"#, "true or false"),
        ("indicators.learningFund", #"{"indicators.learningFund": 1}"#, "expected true or false"),
        ("indicators.rewardedLearners", #"{"indicators.rewardedLearners": 2.5}"#, "not a whole number"),
        ("indicators.livelihoodAndCulture", #"{"indicators.livelihoodAndCulture": 11}"#, "outside 0…10"),
        ("indicators.zz9", #"{"indicators.zz9": 3}"#, "not an indicator of the clan rubric"),
        ("indicators.learningFamilies", #"{"indicators.learningFamilies": 80}"#, "derived from the facts"),
        ("indicators.rewardedLearners", #"{"indicators.rewardedLearners": null}"#, "missing"),
    ])
    func impossibleData(field: String, edits: String, reason: String) throws {
        let problem = try #require(clan.problem(Self.json(edits: edits)))
        #expect(problem.field == field)
        #expect(problem.reason.contains(reason), "\(problem.reason)")
    }

    @Test func aBatchNamesTheFieldOfTheSubjectThatFails() throws {
        let bad = try Self.facts(edits: #"{"families.3.adultLearningCitizens": 5}"#)
        let results = try clan.evaluateBatch([try Self.facts(), bad])
        #expect((results[0]["result"] as? [String: Any])?["recognized"] as? Bool == true)
        #expect((results[1]["error"] as? [String: Any])?["field"] as? String == "families.3.adultLearningCitizens")
    }

    @Test func partialEvaluationScoresWhatIsThere() throws {
        let facts = try Self.json(edits: #"{"indicators.rewardedLearners": null, "indicators.livelihoodAndCulture": null}"#)
        let result = try clan.evaluate(facts, partial: true)
        #expect(!result.complete && !result.recognized)
        #expect(result.total == 80)
        #expect(result.reasonCodes == ["incomplete"])
        #expect(result.indicator("rewardedLearners")?.assessed == false)
        #expect(result.indicator("learningFamilies")?.assessed == true)
        #expect(clan.problem(facts)?.field == "indicators.rewardedLearners")
    }

    @Test("improvements name the indicator and how many more families it takes", arguments: [
        // listed, Learning Families, totalFamilies, adult citizens of 100, edits; the message's count, toValue
        (40, 24, nil, 60, "{}", "(26 of 40, 2 more)", "(26/40, thêm 2)", 65.0),   // under the floor
        (24, 24, 40, 60, "{}", "(26 of 40, 2 more)", "(26/40, thêm 2)", 65.0),    // the unlisted count against it
        // 62 points, 8 short: 80 % of families (20 points instead of 11) overshoots least.
        (40, 26, nil, 40, #"{"indicators.clanCovenant": false, "indicators.rewardedLearners": 0, "indicators.livelihoodAndCulture": 5}"#,
         "(32 of 40, 6 more)", "(32/40, thêm 6)", 80.0),
    ] as [(Int, Int, Int?, Int, String, String, String, Double)])
    func improvements(
        listed: Int, learning: Int, total: Int?, citizens: Int, edits: String, message: String, messageVi: String, toValue: Double
    ) throws {
        let result = try clan.evaluate(Self.json(listed: listed, learning: learning, total: total, citizens: citizens, edits: edits))
        #expect(!result.recognized)
        #expect(result.improvements.map(\.indicator) == ["learningFamilies"])
        let improvement = try #require(result.improvements.first)
        #expect(improvement.toValue == toValue)
        #expect(improvement.message.contains(message), "\(improvement.message)")
        #expect(improvement.messageVi.contains(messageVi), "\(improvement.messageVi)")
    }

    @Test func factsThatAreNotAnObjectAreRefused() {
        #expect(clan.problem("[1, 2]")?.field == "facts")
        #expect(clan.problem(#"{"families": "Hộ ông An"}"#)?.field == "families")
    }

    @Test func theYearPicksTheRubric() throws {
        #expect(try clan.evaluate(Self.json(), year: 2021).rubricVersion == "2022.1")
        #expect(clan.problem(try Self.json(), year: 2020)?.field == "year")
        #expect(clan.problem(try Self.json(), rubricVersion: "2015")?.field == "rubricVersion")
    }

    @Test func theReadmeExampleScoresAsItSays() throws {
        let readme = try GroupFacts.packageFile("Plugins/Clan/README.md")
        let example = try #require(GroupFacts.firstJSONBlock(in: readme))
        let result = try clan.evaluate(example)
        #expect(result.total == 79 && result.recognized && result.grade == "fair")
        #expect(readme.contains("79 points"))
    }

    @Test func theBuiltInRubricPassesItsCheck() throws {
        let verdicts = try clan.checkPackageRubric("Plugins/Clan/rubric.json", as: "clan.json")
        #expect(verdicts.map(\.status) == [.loaded])
        #expect(verdicts[0].version == "2022.1")
    }

    @Test("a broken copy is refused with the field", arguments: [
        (#""measure": "learningFamilies""#, #""measure": "learningFamily""#, "variants[0].criteria[2].indicators[0].measure"),
        (#""model": "clan""#, #""model": "family""#, "model"),
        (#""minimumTotal": 70,"#, #""minimumTotal": 170,"#, "recognition.minimumTotal"),
        (#""kind": "met",\#n              "maxPoints": 10,\#n              "gate": true"#,
         #""kind": "share",\#n              "maxPoints": 10,\#n              "gate": true"#,
         "variants[0].criteria[0].indicators[0].gate"),
    ])
    func brokenCopy(original: String, broken: String, field: String) throws {
        let verdicts = try clan.checkPackageRubric("Plugins/Clan/rubric.json", as: "clan.json", replacing: original, with: broken)
        #expect(verdicts.map(\.status) == [.rejected])
        #expect(verdicts[0].problems.map(\.field).contains(field), "\(verdicts[0].problems)")
    }
}
