import Foundation
import KhuyenHocAPI
import Testing

/// The Learning Family plugin through its C table: both built-in rubrics, the measures derived
/// from the members, and every refusal of impossible facts.
@Suite struct FamilyModelTests {
    let family = try! PluginHarness("Family")

    static let versions = ["2015", "2022.1"]

    @Test func describesTheModelAndBothRubrics() throws {
        let description = family.description
        #expect(description.id == "family" && description.title == "Learning Family" && description.titleVi == "Gia đình học tập")
        #expect(description.dependsOn == ["citizen"])
        #expect(Set(description.measures.map(\.id)) == [
            "schoolAgeInSchool", "everyChildInSchool", "pupilsAverageResults", "childrenGoodConduct", "adultsLiterate",
            "adultsStudied", "adultsLearningCitizens",
        ])
        #expect(description.measures.allSatisfy { !$0.description.isEmpty && !$0.descriptionVi.isEmpty })
        #expect(description.rubrics.map(\.version) == Self.versions)
        #expect(description.activeVersion == "2022.1")
        let old = try #require(description.rubrics.first)
        #expect(old.basis.decision == "448/QĐ-KHVN" && old.basis.status == .provisional)
        #expect(old.appliesFrom == 2016 && old.appliesUntil == 2020)
        let current = try #require(description.activeRubric)
        #expect(current.basis.decision == "242/QĐ-KHVN and 244/QĐ-KHVN" && current.basis.date == "2022-07-28")
        #expect(current.basis.status == .provisional && current.appliesFrom == 2021 && current.appliesUntil == nil)
        let rubric = try current.rubric(variant: nil)
        #expect(rubric.criteria.count == 3 && (4...10).contains(rubric.indicators.count))
        #expect(rubric.indicators.contains { $0.gate } && rubric.indicators.contains { $0.floor != nil })
        for document in description.rubrics {
            let rubric = try document.rubric(variant: nil)
            #expect(rubric.maxTotal == 100 && rubric.recognition.minimumTotal == 80)
            for text in rubric.criteria.flatMap({ [$0.titleVi] + $0.indicators.map(\.titleVi) }) {
                #expect(!text.isEmpty && Array(text.unicodeScalars) == Array(text.precomposedStringWithCanonicalMapping.unicodeScalars))
            }
        }
    }

    /// Full marks on the members; the given values total exactly 80, and 0.5 less.
    @Test(arguments: [
        ("2015", #"{"communityLearning": 5, "learningResources": 5, "learningSpending": 0, "livelihood": 5}"#, #"{"livelihood": 4.5}"#),
        ("2022.1", #"{"learningResources": 5, "learningTime": 5, "culturalFamily": false}"#, #"{"livelihood": 14.5}"#),
    ])
    func exactlyAtTheThresholdAndJustUnder(version: String, atThreshold: String, under: String) throws {
        let at = try family.evaluate(Household.facts(version, given: atThreshold), rubricVersion: version)
        #expect(at.rubricVersion == version && at.complete)
        #expect(at.recognized && at.total == 80 && at.reasons.isEmpty && at.improvements.isEmpty)
        #expect(at.grade == (version == "2015" ? nil : "fair"))
        let overrides = Household.object(atThreshold).merging(Household.object(under)) { $1 }
        let short = try family.evaluate(Household.facts(version, given: Household.text(overrides)), rubricVersion: version)
        #expect(!short.recognized && short.total == 79.5 && short.grade == nil)
        #expect(short.reasonCodes == ["belowThreshold"])
        #expect(short.reasons[0].missingPoints == 0.5)
        let gained = short.improvements.reduce(0) { $0 + $1.toPoints - $1.fromPoints }
        #expect(short.improvements.count == 1 && gained >= 0.5)
    }

    @Test func gradesOfTheCurrentRubric() throws {
        let good = try family.evaluate(Household.facts("2022.1", given: #"{"culturalFamily": false, "learningTime": 5}"#))
        #expect(good.total == 85 && good.grade == "good")
        #expect(try family.evaluate(Household.facts("2022.1")).grade == "good")
    }

    /// (version, members, given, the floor's indicator or criterion, its points when met exactly).
    /// Each case is first met exactly, then missed by the smallest step the members allow.
    static let floors: [(String, [String], [String], String, Double)] = [
        // 3 of 4 school-age children at school is 75 %, 5 points; 2 of 3 is 66.7 %, 0.
        ("2015", [Household.adult(), Household.child(age: 15, inSchool: false), Household.child(), Household.child(), Household.child()],
         [Household.adult(), Household.child(age: 15, inSchool: false), Household.child(), Household.child()],
         "childrenInSchool", 5),
        // 2 of 5 adults Learning Citizens is 40 %, 5 points; 1 of 5 is 20 %, 0.
        ("2022.1", [Household.adult(), Household.adult(), Household.adult(citizen: false), Household.adult(citizen: false), Household.adult(citizen: false), Household.child()],
         [Household.adult(), Household.adult(citizen: false), Household.adult(citizen: false), Household.adult(citizen: false), Household.adult(citizen: false), Household.child()],
         "adultsLearningCitizens", 5),
    ]

    @Test(arguments: 0..<2)
    func shareFloorMetExactlyAndJustMissed(index: Int) throws {
        let (version, exact, missed, id, floor) = Self.floors[index]
        let met = try family.evaluate(Household.facts(version, exact), rubricVersion: version)
        #expect(met.recognized)
        #expect(met.indicator(id)?.points == floor && met.indicator(id)?.meetsFloor == true)
        let short = try family.evaluate(Household.facts(version, missed), rubricVersion: version)
        #expect(!short.recognized && short.total >= 80)
        #expect(short.reasonCodes == ["belowFloor"])
        #expect(short.reasons[0].indicator == id && short.reasons[0].missingPoints == floor)
        #expect(short.improvements.map(\.indicator) == [id])
    }

    /// (version, given meeting the floor exactly, given missing it by 0.5, code, indicator or criterion).
    @Test(arguments: [
        ("2015", #"{"livelihood": 10, "culturalFamily": false}"#, #"{"livelihood": 9.5, "culturalFamily": false}"#,
         "criterionBelowFloor", "learningEffect"),
        ("2015", #"{"learningResources": 5, "learningSpending": 0}"#, #"{"learningResources": 4.5, "learningSpending": 0}"#,
         "criterionBelowFloor", "learningConditions"),
        ("2022.1", #"{"livelihood": 10, "notPoor": false}"#, #"{"livelihood": 9.5, "notPoor": false}"#,
         "criterionBelowFloor", "impact"),
        ("2022.1", #"{"learningTime": 5}"#, #"{"learningTime": 4.5}"#, "belowFloor", "learningTime"),
    ])
    func givenFloorMetExactlyAndJustMissed(version: String, exact: String, missed: String, code: String, subject: String) throws {
        let met = try family.evaluate(Household.facts(version, given: exact), rubricVersion: version)
        #expect(met.recognized && met.reasons.isEmpty)
        let short = try family.evaluate(Household.facts(version, given: missed), rubricVersion: version)
        #expect(!short.recognized && short.total >= 80)
        #expect(short.reasonCodes == [code])
        #expect((short.reasons[0].indicator ?? short.reasons[0].criterion) == subject)
        #expect(short.reasons[0].missingPoints == 0.5)
        let gained = short.improvements.reduce(0) { $0 + $1.toPoints - $1.fromPoints }
        #expect(gained >= 0.5)
    }

    /// (version, members, given, the gate that fails): an otherwise perfect household.
    @Test(arguments: [
        ("2015", Household.model, #"{"registered": false}"#, "registered"),
        ("2022.1", Household.model, #"{"registered": false}"#, "registered"),
        ("2022.1", Household.model + [Household.child(age: 14, inSchool: false)], "{}", "childrenInUniversalEducation"),
    ])
    func aFailedGateRefusesAnOtherwisePerfectTotal(version: String, members: [String], given: String, gate: String) throws {
        let result = try family.evaluate(Household.facts(version, members, given: given), rubricVersion: version)
        #expect(!result.recognized && result.total >= 90)
        #expect(result.reasonCodes == ["gateFailed"])
        #expect(result.reasons[0].indicator == gate)
        #expect(result.indicator(gate)?.gate == true && result.indicator(gate)?.meetsFloor == false)
        #expect(result.improvements.map(\.indicator) == [gate])
    }

    @Test func aChildWhoCompletedUniversalEducationAndLeftSchoolPassesTheGate() throws {
        let members = Household.model + [Household.child(age: 16, inSchool: false, completed: true)]
        let result = try family.evaluate(Household.facts("2022.1", members))
        #expect(result.recognized && result.indicator("childrenInUniversalEducation")?.points == 10)
        #expect(result.indicator("pupilsResults")?.of == 2)
    }

    /// (version, indicator, members, points, percent, of): shares computed from the members at
    /// the thresholds' edges.
    @Test(arguments: [
        ("2015", "pupilsResults", [Household.adult()] + (0..<4).map { _ in Household.child() } + [Household.child(results: false)], 8.0, 80.0, 5),
        ("2015", "pupilsResults", [Household.adult()] + (0..<3).map { _ in Household.child() } + [Household.child(results: false)], 5, 75, 4),
        ("2015", "pupilsResults", [Household.adult(), Household.child(), Household.child(results: false)], 5, 50, 2),
        ("2015", "pupilsResults", [Household.adult()] + (0..<2).map { _ in Household.child() } + (0..<3).map { _ in Household.child(results: false) }, 0, 40, 5),
        // School age is 6–17: the 18- and 5-year-olds out of school are not counted, the 17- and 6-year-olds are.
        ("2015", "childrenInSchool", [Household.adult(), Household.child(age: 18, inSchool: false), Household.child(age: 5, inSchool: false), Household.child(age: 6), Household.child(age: 17)], 10, 100, 2),
        ("2015", "childrenInSchool", [Household.adult(), Household.child(age: 17, inSchool: false), Household.child(age: 6), Household.child(), Household.child()], 5, 75, 4),
        ("2015", "childrenInSchool", [Household.adult(), Household.child(age: 6, inSchool: false), Household.child(), Household.child(), Household.child()], 5, 75, 4),
        // The literacy age is 19–60.
        ("2015", "adultsLiterate", [Household.adult(age: 19, literate: false), Household.adult(age: 60), Household.adult(age: 61, literate: false), Household.adult(age: 18, literate: false)], 0, 50, 2),
        ("2015", "adultsLiterate", (0..<3).map { _ in Household.adult() } + [Household.adult(literate: false)], 5, 75, 4),
        // Only ages 19–60 count: the 65-year-old and the 18-year-old are left out.
        ("2015", "adultsLiterate", [Household.adult(), Household.adult(age: 65, literate: false), Household.adult(age: 18, literate: false)], 10, 100, 1),
        ("2015", "adultsStudied", (0..<4).map { _ in Household.adult() } + [Household.adult(studied: false)], 8, 80, 5),
        // A 20-year-old at university studies this year whatever the flag says.
        ("2015", "adultsStudied", [Household.adult(), #"{"age": 20, "literate": true, "inSchool": true}"#], 10, 100, 2),
        ("2022.1", "adultsLearningCitizens", (0..<3).map { _ in Household.adult() } + (0..<2).map { _ in Household.adult(citizen: false) }, 10, 60, 5),
        ("2022.1", "adultsLearningCitizens", [Household.adult(), Household.adult(), Household.adult(citizen: false)], 10, 200.0 / 3, 3),
        ("2022.1", "adultsLearningCitizens", [Household.adult(), Household.adult(citizen: false), Household.adult(citizen: false)], 0, 100.0 / 3, 3),
        // A 15-year-old counts among the adults; a 14-year-old does not.
        ("2022.1", "adultsLearningCitizens", [Household.adult(), Household.adult(age: 15, citizen: false), Household.child(age: 14)], 5, 50, 2),
        ("2022.1", "childrenConduct", [Household.adult(), Household.child(), Household.child(conduct: false)], 3, 50, 2),
    ] as [(String, String, [String], Double, Double, Int)])
    func sharesAtTheirThresholds(version: String, id: String, members: [String], points: Double, percent: Double, of: Int) throws {
        let result = try family.evaluate(Household.facts(version, members), rubricVersion: version)
        let indicator = try #require(result.indicator(id))
        #expect(indicator.kind == .share && !indicator.notApplicable)
        #expect(indicator.points == points && indicator.of == of)
        #expect(abs((indicator.value ?? -1) - percent) < 1e-9)
    }

    @Test(arguments: versions)
    func aShareOfNobodyEarnsFullPoints(version: String) throws {
        let childless = try family.evaluate(Household.facts(version, [Household.adult(), Household.adult(age: 61)]), rubricVersion: version)
        #expect(childless.recognized && childless.total == 100)
        for id in ["pupilsResults", "childrenConduct"] + (version == "2015" ? ["childrenInSchool"] : []) {
            let indicator = try #require(childless.indicator(id))
            #expect(indicator.notApplicable && indicator.of == 0 && indicator.value == nil && indicator.points == indicator.maxPoints)
        }
        if version == "2022.1" {
            #expect(childless.indicator("childrenInUniversalEducation")?.value == 1)
        } else {
            // Nobody aged 19–60: a grandmother of 70 and a pupil.
            let result = try family.evaluate(Household.facts(version, [Household.adult(age: 70, literate: false), Household.child()]), rubricVersion: version)
            #expect(result.indicator("adultsLiterate")?.notApplicable == true && result.indicator("adultsLiterate")?.points == 10)
        }
    }

    /// (rubricVersion, year, the rubric that scores).
    @Test(arguments: [
        ("2015", nil, "2015"), (nil, 2018, "2015"), (nil, 2016, "2015"), (nil, 2020, "2015"), (nil, 2021, "2022.1"),
        (nil, 2023, "2022.1"), (nil, nil, "2022.1"), ("2015", 2023, "2015"), ("2022.1", 2018, "2022.1"),
    ] as [(String?, Int?, String)])
    func choosesTheRubricByVersionOrYear(version: String?, year: Int?, expected: String) throws {
        let result = try family.evaluate(Household.facts(expected), year: year, rubricVersion: version)
        #expect(result.rubricVersion == expected && result.year == year && result.recognized)
    }

    @Test func noRubricForTheYearOrVersionNamesTheField() {
        #expect(family.problem(Household.facts("2015"), year: 2012)?.field == "year")
        let unknown = family.problem(Household.facts("2015"), rubricVersion: "2019")
        #expect(unknown?.field == "rubricVersion")
        #expect(unknown?.reason.contains("2015 (2016–2020), 2022.1 (2021–)") == true)
        // Each rubric has its own given indicators: the 2015 ones are not in 2022.1.
        #expect(family.problem(Household.facts("2015"), rubricVersion: "2022.1")?.field == "indicators.communityLearning")
    }

    @Test func theSameHouseholdUnderBothRubrics() throws {
        // Everyone reads and studies, nobody is a Learning Citizen yet: enough for 2015, not for 2022.
        let members = [Household.adult(citizen: false), Household.adult(age: 38, citizen: false), Household.child(age: 13), Household.child(age: 7)]
        let then = try family.evaluate(Household.facts("2015", members), year: 2018)
        #expect(then.rubricVersion == "2015" && then.recognized && then.total == 100)
        let now = try family.evaluate(Household.facts("2022.1", members), year: 2023)
        #expect(now.rubricVersion == "2022.1" && !now.recognized && now.total == 90)
        #expect(now.reasonCodes == ["belowFloor"] && now.reasons[0].indicator == "adultsLearningCitizens")
        #expect(now.improvements.map(\.indicator) == ["adultsLearningCitizens"])
        #expect(now.improvements[0].message.contains("(1 of 2, "))
    }

    /// (members as JSON list items, the field named, a piece of the reason).
    @Test(arguments: [
        ("", "members", "no members"),
        (#"{"age": -1}"#, "members.0.age", "whole years, 0 to 120"),
        (#"{"age": 121}"#, "members.0.age", "121 is not an age"),
        (#"{"age": 12.5}"#, "members.0.age", "12.5 is not an age"),
        (#"{"age": "12"}"#, "members.0.age", "expected a number"),
        (#"{"age": 40}, {"inSchool": true}"#, "members.1.age", "missing"),
        (#"{"age": 40}, {"age": 14, "learningCitizen": true}"#, "members.1.learningCitizen", "aged 15 and over"),
        (#"{"age": 40}, {"age": 2, "inSchool": true}"#, "members.1.inSchool", "aged 2"),
        (#"{"age": 40}, {"age": 4, "literate": true}"#, "members.1.literate", "aged 4"),
        (#"{"age": 40}, {"age": 8, "completedUniversalEducation": true}"#, "members.1.completedUniversalEducation", "aged 8"),
        (#"{"age": 40}, {"age": 12, "resultsAverageOrBetter": true}"#, "members.1.resultsAverageOrBetter", "inSchool"),
        (#"{"age": 40}, {"age": 30, "learningCitzen": true}"#, "members.1.learningCitzen", "learningCitizen"),
        (#"{"age": 40, "literate": "yes"}"#, "members.0.literate", "true or false"),
        (#"{"age": 40, "name": 7}"#, "members.0.name", "a string"),
        ("42", "members.0", "an object"),
    ])
    func impossibleMembersNameTheirField(members: String, field: String, reason: String) {
        let facts = #"{"members": [\#(members)], "indicators": \#(Household.fullMarks["2022.1"]!)}"#
        let problem = family.problem(facts)
        #expect(problem?.field == field)
        #expect(problem?.reason.contains(reason) == true, "\(problem?.reason ?? "no problem")")
    }

    @Test func theEdgesOfWhatIsPossibleAreAccepted() {
        let members = [
            #"{"age": 0}"#, #"{"age": 120}"#, #"{"age": 15, "learningCitizen": true}"#, #"{"age": 3, "inSchool": true}"#,
            #"{"age": 5, "literate": true}"#, #"{"age": 10, "inSchool": true, "completedUniversalEducation": true}"#,
            #"{"age": 40, "name": null, "literate": null}"#,
        ]
        #expect(family.problem(Household.facts("2022.1", members)) == nil)
    }

    @Test func factsOfTheWrongShapeNameTheirField() {
        let given = Household.fullMarks["2022.1"]!
        #expect(family.problem(#"{"indicators": \#(given)}"#).map { [$0.field, $0.reason] } == ["members", "missing"])
        #expect(family.problem(#"{"member": [], "members": [{"age": 3}], "indicators": \#(given)}"#)?.field == "member")
        #expect(family.problem(#"{"variant": "village", "members": [{"age": 30}], "indicators": \#(given)}"#)?.field == "variant")
    }

    /// (version, given laid over full marks, the field named, a piece of the reason).
    @Test(arguments: [
        ("2022.1", #"{"libraryCard": 3}"#, "indicators.libraryCard", "not an indicator"),
        ("2015", #"{"pupilsResults": 10}"#, "indicators.pupilsResults", "derived from the facts"),
        ("2022.1", #"{"childrenInUniversalEducation": true}"#, "indicators.childrenInUniversalEducation", "derived from the facts"),
        ("2022.1", #"{"registered": 1}"#, "indicators.registered", "expected true or false, got 1"),
        ("2015", #"{"culturalFamily": 10}"#, "indicators.culturalFamily", "expected true or false"),
        ("2015", #"{"learningSpending": 6}"#, "indicators.learningSpending", "outside 0…5"),
        ("2022.1", #"{"livelihood": true}"#, "indicators.livelihood", "expected a number of points"),
        ("2022.1", #"{"livelihood": null}"#, "indicators.livelihood", "missing"),
    ])
    func badGivenValuesNameTheirField(version: String, given: String, field: String, reason: String) {
        let problem = family.problem(Household.facts(version, given: given), rubricVersion: version)
        #expect(problem?.field == field)
        #expect(problem?.reason.contains(reason) == true, "\(problem?.reason ?? "no problem")")
    }

    @Test func aPartialEvaluationScoresTheMembersAndSaysWhatIsMissing() throws {
        let facts = #"{"variant": null, "members": [\#(Household.model.joined(separator: ", "))], "indicators": {"registered": true, "learningResources": 10}}"#
        let result = try family.evaluate(facts, partial: true)
        #expect(!result.complete && !result.recognized)
        #expect(result.total == 55)
        #expect(result.reasonCodes.first == "incomplete")
        for id in ["learningTime", "livelihood", "notPoor", "culturalFamily"] {
            #expect(result.indicator(id)?.assessed == false)
        }
        #expect(result.indicator("adultsLearningCitizens")?.assessed == true)
        #expect(family.problem(facts)?.field == "indicators.learningTime")
    }

    @Test func improvementsSayHowManyMembersMoreAreNeeded() throws {
        // 2 of 4 school-age children at school is under the floor: 3 of 4 reach it.
        let dropouts = [Household.adult(), Household.child(age: 15, inSchool: false), Household.child(age: 16, inSchool: false), Household.child(), Household.child()]
        let children = try family.evaluate(Household.facts("2015", dropouts), rubricVersion: "2015")
        #expect(children.improvements.map(\.indicator) == ["childrenInSchool"])
        #expect(children.improvements[0].toValue == 75 && children.improvements[0].toPoints == 5)
        #expect(children.improvements[0].message.contains("(3 of 4, ") && children.improvements[0].messageVi.contains("(3/4, "))

        // 1 of 4 adults a Learning Citizen: 2 of 4 reach the 40 % floor.
        let adults = [Household.adult()] + (0..<3).map { _ in Household.adult(citizen: false) }
        let citizens = try family.evaluate(Household.facts("2022.1", adults))
        #expect(citizens.improvements.map(\.indicator) == ["adultsLearningCitizens"])
        #expect(citizens.improvements[0].toValue == 40 && citizens.improvements[0].message.contains("(2 of 4, "))

        // 78 points: the cheapest way to 80 is the second child's conduct (3 → 5 points), not a
        // pupil's results (0 → 5) or the Cultural Family title (0 → 10).
        let members = [Household.adult(), Household.adult(), Household.child(results: false), Household.child(results: false, conduct: false)]
        let total = try family.evaluate(Household.facts("2022.1", members, given: #"{"culturalFamily": false}"#))
        #expect(total.total == 78 && total.reasonCodes == ["belowThreshold"])
        #expect(total.improvements.map(\.indicator) == ["childrenConduct"])
        #expect(total.improvements[0].toValue == 100 && total.improvements[0].message.contains("(2 of 2, "))
    }

    @Test(arguments: ["rubric-2015.json", "rubric-2022.json"])
    func theBuiltInRubricTextsPassTheFileCheck(file: String) throws {
        let verdicts = try family.check([RubricFileInput(file: file, text: try Self.builtIn(file))])
        #expect(verdicts.map(\.status) == [.loaded])
        #expect(verdicts.first?.problems == [])
    }

    /// (file, dotted path to change, its new value as JSON, the field reported, a piece of the reason).
    @Test(arguments: [
        ("rubric-2015.json", "variants.0.criteria.0.indicators.0.thresholds", #"[{"atLeast": 100, "points": 8}, {"atLeast": 75, "points": 5}]"#,
         "variants[0].criteria[0].indicators[0].thresholds", "no threshold earns the indicator's 10 points"),
        ("rubric-2022.json", "variants.0.criteria.1.indicators.2.measure", #""adultsLearningCitizenz""#,
         "variants[0].criteria[1].indicators[2].measure", "no measure \"adultsLearningCitizenz\""),
        ("rubric-2022.json", "variants.0.criteria.1.indicators.0.measure", #""adultsLiterate""#,
         "variants[0].criteria[1].indicators[0].measure", "adultsLiterate is a share measure"),
        ("rubric-2015.json", "variants.0.criteria.2.indicators.0.floor", "3",
         "variants[0].criteria[2].indicators[0].floor", "make it a gate"),
        ("rubric-2022.json", "recognition.minimumTotal", "101", "recognition.minimumTotal", "can never be reached"),
        ("rubric-2015.json", "model", #""clan""#, "model", "this is the family model"),
    ])
    func aBrokenCopyIsRejectedWithTheFieldPath(file: String, path: String, value: String, field: String, reason: String) throws {
        let broken = Self.replacing(path, in: Household.object(try Self.builtIn(file)), with: try JSONSerialization.jsonObject(with: Data(value.utf8), options: .fragmentsAllowed))
        let verdicts = try family.check([RubricFileInput(file: "family-broken.json", text: Household.text(broken))])
        #expect(verdicts.map(\.status) == [.rejected])
        let problem = try #require(verdicts.first?.problems.first { $0.field == field })
        #expect(problem.reason.contains(reason), "\(problem.reason)")
    }

    @Test func theReadmeExampleScoresAsDocumented() throws {
        let readme = try Self.builtIn("README.md")
        let start = try #require(readme.range(of: "```json\n"))
        let end = try #require(readme.range(of: "```", range: start.upperBound..<readme.endIndex))
        let result = try family.evaluate(String(readme[start.upperBound..<end.lowerBound]))
        #expect(result.rubricVersion == "2022.1" && result.recognized && result.total == 92 && result.grade == "good")
    }

    /// A file of the plugin's source folder (a built-in rubric's JSON text, the README).
    static func builtIn(_ file: String) throws -> String {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try String(contentsOf: folder.appendingPathComponent("Plugins/Family/\(file)"), encoding: .utf8)
    }

    /// `document` with the value at a dotted path (`variants.0.criteria`) replaced.
    static func replacing(_ path: String, in document: Any, with value: Any) -> Any {
        let keys = path.split(separator: ".", maxSplits: 1).map(String.init)
        let rest = keys.count > 1 ? keys[1] : nil
        if var list = document as? [Any], let index = Int(keys[0]) {
            list[index] = rest.map { replacing($0, in: list[index], with: value) } ?? value
            return list
        }
        var object = document as! [String: Any]
        object[keys[0]] = rest.map { replacing($0, in: object[keys[0]]!, with: value) } ?? value
        return object
    }
}
