import Foundation
import KhuyenHocAPI
import Testing

/// The provisional Learning Unit rubric through the real plugin: grade bands after Circular 22/2020,
/// shares of all staff derived from the staff list, floors, the discipline gate, strict facts.
@Suite struct UnitModelTests {
    let unit = try! PluginHarness("Unit")

    /// Every given indicator at its maximum, the gate met.
    static var fullMarks: [String: Any] {
        [
            "learningPlan": 10, "facilities": 10, "budget": 10,
            "tasksCompleted": 15, "appliedLearning": 15, "communitySupport": 10, "noSeriousViolation": true,
        ]
    }

    /// `count` staff records; the first `citizens` are Learning Citizens, the first `trained`
    /// trained this year, the first `digital` with digital skills (each defaults to all).
    static func staff(_ count: Int, citizens: Int? = nil, trained: Int? = nil, digital: Int? = nil) -> [[String: Any]] {
        (0..<count).map { index in
            [
                "name": "Cán bộ \(index + 1)",
                "learningCitizen": index < (citizens ?? count),
                "trainedThisYear": index < (trained ?? count),
                "digitalSkills": index < (digital ?? count),
            ]
        }
    }

    /// Facts with full marks, then the overrides and removals of given indicators.
    static func facts(
        staff: [[String: Any]] = staff(25), totalStaff: Int? = nil, _ overrides: [String: Any] = [:], removing: [String] = []
    ) -> String {
        var indicators = fullMarks.merging(overrides) { $1 }
        for id in removing { indicators[id] = nil }
        var facts: [String: Any] = ["staff": staff, "indicators": indicators]
        if let totalStaff { facts["totalStaff"] = totalStaff }
        return json(facts)
    }

    static func json(_ object: Any) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    // MARK: The model and its rubric

    @Test func describesTheModelItsMeasuresAndAProvisionalRubric() throws {
        let description = unit.description
        #expect(description.id == "unit" && description.title == "Learning Unit" && description.titleVi == "Đơn vị học tập")
        #expect(description.dependsOn == ["citizen"])
        #expect(description.measures.map(\.id) == ["staffLearningCitizens", "staffTrained", "staffDigitalSkills", "learningCitizenCount"])
        #expect(description.measures.map(\.kind) == [.share, .share, .share, .count])
        #expect(description.measures.allSatisfy { !$0.description.isEmpty && !$0.descriptionVi.isEmpty })
        #expect(description.activeVersion == "2022.1")
        let document = try #require(description.activeRubric)
        #expect(document.basis.status == .provisional)
        #expect(document.basis.decision == "242/QĐ-KHVN and 244/QĐ-KHVN" && document.basis.date == "2022-07-28")
        #expect(document.basis.source.contains("22/2020/TT-BGDĐT"))
        #expect(document.appliesFrom == 2021 && document.appliesUntil == nil)
        #expect(document.recognition.minimumTotal == 50)
        #expect(document.recognition.grades.map(\.id) == ["good", "fair", "average"])
        #expect(document.recognition.grades.map(\.titleVi) == ["Tốt", "Khá", "Trung bình"])
        #expect(document.recognition.grades.map(\.minimumTotal) == [85, 70, 50])
        let rubric = try document.rubric(variant: nil)
        #expect(rubric.criteria.map(\.maxPoints) == [30, 30, 40])
        let indicators = rubric.criteria.flatMap(\.indicators)
        #expect((4...10).contains(indicators.count))
        #expect(indicators.contains { $0.gate })
        for text in indicators.flatMap({ [$0.title, $0.titleVi] }) + rubric.criteria.map(\.titleVi) {
            #expect(!text.isEmpty && Array(text.unicodeScalars) == Array(text.precomposedStringWithCanonicalMapping.unicodeScalars))
        }
    }

    // MARK: Grades and the threshold

    struct GradeCase: Sendable, CustomTestStringConvertible {
        var overrides: [String: Double]
        var total: Double
        var grade: String?
        var testDescription: String { "\(total) → \(grade ?? "not recognised")" }
    }

    @Test("each grade band at its lower bound and just under", arguments: [
        GradeCase(overrides: [:], total: 100, grade: "good"),
        GradeCase(overrides: ["tasksCompleted": 0], total: 85, grade: "good"),
        GradeCase(overrides: ["tasksCompleted": 0, "communitySupport": 9.5], total: 84.5, grade: "fair"),
        GradeCase(overrides: ["tasksCompleted": 0, "appliedLearning": 0], total: 70, grade: "fair"),
        GradeCase(overrides: ["tasksCompleted": 0, "appliedLearning": 0, "communitySupport": 9.5], total: 69.5, grade: "average"),
        GradeCase(overrides: ["facilities": 0, "budget": 0, "tasksCompleted": 0, "appliedLearning": 0], total: 50, grade: "average"),
        GradeCase(
            overrides: ["facilities": 0, "budget": 0, "tasksCompleted": 0, "appliedLearning": 0, "communitySupport": 9.5],
            total: 49.5, grade: nil),
    ])
    func gradeBands(_ row: GradeCase) throws {
        let result = try unit.evaluate(Self.facts(row.overrides))
        #expect(result.total == row.total)
        #expect(result.grade == row.grade)
        #expect(result.recognized == (row.grade != nil))
        #expect(result.maxTotal == 100 && result.threshold == 50 && result.variant == "standard")
        if row.grade == nil {
            #expect(result.reasonCodes == ["belowThreshold"])
            #expect(result.reasons[0].missingPoints == 0.5)
            let gained = result.improvements.reduce(0) { $0 + $1.toPoints - $1.fromPoints }
            #expect(result.improvements.count == 1 && gained == 0.5)
        } else {
            #expect(result.reasons.isEmpty && result.improvements.isEmpty)
        }
    }

    // MARK: Floors and the gate

    @Test func learningPlanFloorMetExactlyAndJustMissed() throws {
        let exactly = try unit.evaluate(Self.facts(["learningPlan": 5]))
        #expect(exactly.recognized && exactly.total == 95 && exactly.grade == "good")
        #expect(exactly.indicator("learningPlan")?.meetsFloor == true)
        let missed = try unit.evaluate(Self.facts(["learningPlan": 4.5]))
        #expect(!missed.recognized && missed.grade == nil && missed.total == 94.5)
        #expect(missed.reasonCodes == ["belowFloor"])
        #expect(missed.reasons[0].indicator == "learningPlan" && missed.reasons[0].missingPoints == 0.5)
        #expect(missed.indicator("learningPlan")?.meetsFloor == false)
        #expect(missed.improvements.map(\.indicator) == ["learningPlan"])
        #expect(missed.improvements[0].toPoints == 5)
    }

    @Test func learningCitizenFloorAtTheNationalTargetOf60Percent() throws {
        let exactly = try unit.evaluate(Self.facts(staff: Self.staff(25, citizens: 15)))
        let share = try #require(exactly.indicator("staffLearningCitizens"))
        #expect(share.value == 60 && share.of == 25 && share.points == 10 && share.meetsFloor)
        #expect(exactly.recognized && exactly.total == 95)

        let missed = try unit.evaluate(Self.facts(staff: Self.staff(25, citizens: 14)))
        #expect(missed.indicator("staffLearningCitizens")?.points == 5)
        #expect(!missed.recognized && missed.grade == nil)
        #expect(missed.reasonCodes == ["belowFloor"])
        #expect(missed.reasons[0].indicator == "staffLearningCitizens")
        let improvement = try #require(missed.improvements.first)
        #expect(missed.improvements.count == 1 && improvement.indicator == "staffLearningCitizens")
        #expect(improvement.fromValue == 56 && improvement.toValue == 60 && improvement.toPoints == 10)
        // One more staff member must become a Learning Citizen: 15 of the 25.
        #expect(improvement.message.contains("(15 of 25, "))
        #expect(improvement.messageVi.contains("(15/25, "))
    }

    @Test func theGateFailsAPerfectTotal() throws {
        let result = try unit.evaluate(Self.facts(["noSeriousViolation": false]))
        #expect(result.total == 100)
        #expect(!result.recognized && result.grade == nil)
        #expect(result.reasonCodes == ["gateFailed"])
        #expect(result.reasons[0].indicator == "noSeriousViolation")
        #expect(result.indicator("noSeriousViolation")?.meetsFloor == false)
        #expect(result.improvements.map(\.indicator) == ["noSeriousViolation"])
    }

    // MARK: Shares of all staff

    struct ShareCase: Sendable, CustomTestStringConvertible {
        var indicator: String
        var meeting: Int
        var total: Int
        var points: Double
        var testDescription: String { "\(indicator) \(meeting) of \(total) → \(points)" }
    }

    @Test("share thresholds at their boundaries, from staff lists", arguments: [
        ShareCase(indicator: "staffLearningCitizens", meeting: 20, total: 25, points: 15),
        ShareCase(indicator: "staffLearningCitizens", meeting: 19, total: 25, points: 10),
        ShareCase(indicator: "staffLearningCitizens", meeting: 15, total: 25, points: 10),
        ShareCase(indicator: "staffLearningCitizens", meeting: 14, total: 25, points: 5),
        ShareCase(indicator: "staffLearningCitizens", meeting: 10, total: 25, points: 5),
        ShareCase(indicator: "staffLearningCitizens", meeting: 9, total: 25, points: 0),
        ShareCase(indicator: "staffLearningCitizens", meeting: 2, total: 3, points: 10),
        ShareCase(indicator: "staffLearningCitizens", meeting: 4, total: 5, points: 15),
        ShareCase(indicator: "staffTrained", meeting: 20, total: 25, points: 10),
        ShareCase(indicator: "staffTrained", meeting: 19, total: 25, points: 7),
        ShareCase(indicator: "staffTrained", meeting: 15, total: 25, points: 7),
        ShareCase(indicator: "staffTrained", meeting: 14, total: 25, points: 3),
        ShareCase(indicator: "staffTrained", meeting: 10, total: 25, points: 3),
        ShareCase(indicator: "staffTrained", meeting: 9, total: 25, points: 0),
        ShareCase(indicator: "staffDigitalSkills", meeting: 20, total: 25, points: 5),
        ShareCase(indicator: "staffDigitalSkills", meeting: 19, total: 25, points: 3),
        ShareCase(indicator: "staffDigitalSkills", meeting: 15, total: 25, points: 3),
        ShareCase(indicator: "staffDigitalSkills", meeting: 14, total: 25, points: 2),
        ShareCase(indicator: "staffDigitalSkills", meeting: 10, total: 25, points: 2),
        ShareCase(indicator: "staffDigitalSkills", meeting: 0, total: 25, points: 0),
    ])
    func shareThresholds(_ row: ShareCase) throws {
        let staff = switch row.indicator {
        case "staffLearningCitizens": Self.staff(row.total, citizens: row.meeting)
        case "staffTrained": Self.staff(row.total, trained: row.meeting)
        default: Self.staff(row.total, digital: row.meeting)
        }
        let result = try unit.evaluate(Self.facts(staff: staff))
        let share = try #require(result.indicator(row.indicator))
        #expect(share.points == row.points)
        #expect(share.of == row.total)
        #expect(abs((share.value ?? -1) - Double(row.meeting) * 100 / Double(row.total)) < 1e-9)
        // The other two shares are untouched: every listed person meets them.
        let others = ["staffLearningCitizens", "staffTrained", "staffDigitalSkills"].filter { $0 != row.indicator }
        #expect(others.allSatisfy { result.indicator($0)?.value == 100 })
    }

    @Test func staffNotListedCountAsNotMeetingTheMeasure() throws {
        let listedOnly = try unit.evaluate(Self.facts(staff: Self.staff(20)))
        #expect(listedOnly.indicator("staffLearningCitizens")?.of == 20 && listedOnly.total == 100)

        let at80 = try unit.evaluate(Self.facts(staff: Self.staff(20), totalStaff: 25))
        #expect(at80.indicator("staffLearningCitizens")?.value == 80 && at80.indicator("staffLearningCitizens")?.points == 15)

        let under80 = try unit.evaluate(Self.facts(staff: Self.staff(20), totalStaff: 26))
        for (id, points) in [("staffLearningCitizens", 10.0), ("staffTrained", 7), ("staffDigitalSkills", 3)] {
            let share = try #require(under80.indicator(id))
            #expect(share.of == 26 && share.points == points && share.value! < 80)
        }
        #expect(under80.total == 90 && under80.grade == "good")

        // Nobody listed yet: every share is 0 % of the unit's staff, not "not applicable".
        let nobodyListed = try unit.evaluate(Self.facts(staff: [], totalStaff: 12))
        #expect(nobodyListed.indicator("staffLearningCitizens")?.value == 0)
        #expect(nobodyListed.indicator("staffLearningCitizens")?.notApplicable == false)
        #expect(nobodyListed.reasonCodes == ["belowFloor"])
    }

    @Test func absentFlagsAndNullMeanNo() throws {
        let staff: [[String: Any]] = [
            ["name": "Trần Thị Bình", "learningCitizen": true, "trainedThisYear": true, "digitalSkills": true],
            ["name": "Nguyễn Văn An"],
            ["learningCitizen": NSNull(), "trainedThisYear": true],
            [:],
        ]
        let result = try unit.evaluate(Self.facts(staff: staff))
        #expect(result.indicator("staffLearningCitizens")?.value == 25)
        #expect(result.indicator("staffTrained")?.value == 50)
        #expect(result.indicator("staffDigitalSkills")?.value == 25)
    }

    // MARK: Facts that cannot be scored

    struct BadFacts: Sendable, CustomTestStringConvertible {
        var facts: String
        var field: String
        var reason: String
        var testDescription: String { "\(field): \(reason)" }
    }

    static let bao = #"{"name": "Lê Văn Bảo", "learningCitizen": true}"#

    @Test("impossible staff data names its field", arguments: [
        BadFacts(facts: #"{"staff": [\#(bao), \#(bao), \#(bao)], "totalStaff": 2}"#, field: "totalStaff", reason: "fewer than the 3 staff members listed"),
        BadFacts(facts: #"{"staff": [\#(bao)], "totalStaff": 0}"#, field: "totalStaff", reason: "at least 1"),
        BadFacts(facts: #"{"staff": [], "totalStaff": -3}"#, field: "totalStaff", reason: "at least 1"),
        BadFacts(facts: #"{"staff": [\#(bao)], "totalStaff": 25.5}"#, field: "totalStaff", reason: "not a whole number"),
        BadFacts(facts: #"{"staff": [\#(bao)], "totalStaff": "25"}"#, field: "totalStaff", reason: "expected a number"),
        BadFacts(facts: #"{"staff": [\#(bao)], "totalStaff": 1e12}"#, field: "totalStaff", reason: "not plausible"),
        BadFacts(facts: #"{"staff": []}"#, field: "staff", reason: "at least one staff member"),
        BadFacts(facts: #"{"totalStaff": 25}"#, field: "staff", reason: "missing"),
        BadFacts(facts: #"{"staff": null, "totalStaff": 25}"#, field: "staff", reason: "missing"),
        BadFacts(facts: #"{"staff": "Lê Văn Bảo"}"#, field: "staff", reason: "expected a list of staff members"),
        BadFacts(facts: #"{"staff": [\#(bao), "Lê Văn Bảo"]}"#, field: "staff.1", reason: "expected an object"),
        BadFacts(
            facts: #"{"staff": [\#(bao), {"name": "Trần Thị Bình", "learningCitizens": true}]}"#,
            field: "staff.1.learningCitizens",
            reason: "Trần Thị Bình; the keys are name, learningCitizen, trainedThisYear, digitalSkills (did you mean learningCitizen?)"),
        BadFacts(facts: #"{"staff": [{"LearningCitizen": true}]}"#, field: "staff.0.LearningCitizen", reason: "did you mean learningCitizen?"),
        BadFacts(facts: #"{"staff": [{"age": 40}]}"#, field: "staff.0.age", reason: "unknown key in a staff member's record"),
        BadFacts(facts: #"{"staff": [\#(bao), \#(bao), {"learningCitizen": "yes"}]}"#, field: "staff.2.learningCitizen", reason: "true or false"),
        BadFacts(facts: #"{"staff": [{"trainedThisYear": 1}]}"#, field: "staff.0.trainedThisYear", reason: "true or false"),
        BadFacts(facts: #"{"staff": [{"name": 42}]}"#, field: "staff.0.name", reason: "expected a string"),
        BadFacts(facts: #"{"staff": [\#(bao)], "totalstaff": 25}"#, field: "totalstaff", reason: "did you mean totalStaff?"),
        BadFacts(facts: #"{"staff": [\#(bao)], "scores": {}}"#, field: "scores", reason: "unknown key in the unit's facts"),
        BadFacts(facts: #"{"staff": [\#(bao)], "indicators": [8, 8]}"#, field: "indicators", reason: "expected an object"),
        BadFacts(facts: #"{"staff": [\#(bao)], "variant": "school"}"#, field: "variant", reason: "use one of: standard"),
    ])
    func impossibleStaffData(_ row: BadFacts) throws {
        let problem = try #require(unit.problem(row.facts))
        #expect(problem.field == row.field)
        #expect(problem.reason.contains(row.reason), "\(problem.reason)")
    }

    @Test("given indicator values that cannot be scored name their field", arguments: [
        BadFacts(facts: facts(["learningPlann": 8]), field: "indicators.learningPlann", reason: "not an indicator of the unit rubric 2022.1"),
        BadFacts(facts: facts(["staffLearningCitizens": 80]), field: "indicators.staffLearningCitizens", reason: "derived from the facts"),
        BadFacts(facts: facts(["learningPlan": 11]), field: "indicators.learningPlan", reason: "outside 0…10"),
        BadFacts(facts: facts(["tasksCompleted": -1]), field: "indicators.tasksCompleted", reason: "outside 0…15"),
        BadFacts(facts: facts(["learningPlan": "NaN"]), field: "indicators.learningPlan", reason: "expected a number, or true or false"),
        BadFacts(facts: facts(["budget": "Infinity"]), field: "indicators.budget", reason: "expected a number, or true or false"),
        BadFacts(facts: facts(["facilities": true]), field: "indicators.facilities", reason: "expected a number of points, got true"),
        BadFacts(facts: facts(["noSeriousViolation": 1]), field: "indicators.noSeriousViolation", reason: "expected true or false"),
        BadFacts(facts: facts(removing: ["budget"]), field: "indicators.budget", reason: "or ask for a partial evaluation"),
    ])
    func badIndicatorValues(_ row: BadFacts) throws {
        let problem = try #require(unit.problem(row.facts))
        #expect(problem.field == row.field)
        #expect(problem.reason.contains(row.reason), "\(problem.reason)")
    }

    @Test func yearsBeforeTheRubricAndUnknownVersionsAreRefused() throws {
        #expect(try unit.evaluate(Self.facts(), year: 2021).rubricVersion == "2022.1")
        #expect(unit.problem(Self.facts(), year: 2020)?.field == "year")
        #expect(unit.problem(Self.facts(), rubricVersion: "2015")?.field == "rubricVersion")
    }

    @Test func aBatchSubjectWithBadStaffFailsAlone() throws {
        let good = try JSONSerialization.jsonObject(with: Data(Self.facts().utf8))
        let bad = try JSONSerialization.jsonObject(with: Data(#"{"staff": [{"learningCitizen": "yes"}]}"#.utf8))
        let input = try JSONSerialization.data(withJSONObject: ["subjects": [["facts": good], ["facts": bad], ["facts": good]]])
        guard case .success(let json) = unit.plugin.evaluateBatch(input) else {
            Issue.record("the batch failed as a whole")
            return
        }
        let reply = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let results = try #require(reply["results"] as? [[String: Any]])
        #expect(results.count == 3)
        #expect((results[0]["result"] as? [String: Any])?["grade"] as? String == "good")
        let error = try #require(results[1]["error"] as? [String: Any])
        #expect(error["field"] as? String == "staff.0.learningCitizen")
        #expect(results[2]["result"] != nil)
    }

    // MARK: Partial evaluation and improvements

    @Test func partialEvaluationScoresTheStaffAndSaysWhatIsMissing() throws {
        let facts = Self.facts(staff: Self.staff(25, citizens: 20), removing: ["budget", "tasksCompleted", "noSeriousViolation"])
        let result = try unit.evaluate(facts, partial: true)
        #expect(!result.complete && !result.recognized && result.grade == nil)
        #expect(result.total == 75)
        #expect(result.reasonCodes == ["incomplete"])
        #expect(result.reasons[0].message.contains("budget, tasksCompleted, noSeriousViolation"))
        #expect(result.indicator("budget")?.assessed == false)
        #expect(result.indicator("staffLearningCitizens")?.assessed == true)
        #expect(result.indicator("staffLearningCitizens")?.points == 15)
        // The gate not given yet must be met; no points are missing otherwise.
        #expect(result.improvements.map(\.indicator) == ["noSeriousViolation"])
        #expect(result.improvements[0].message.contains("(not given yet)"))
    }

    @Test func improvementsSayHowManyMoreStaffMustBecomeLearningCitizens() throws {
        // 14 of 25 staff (56 %, 5 points) is under the floor, and the total of 20 is 30 short: the
        // plan fills the share it must raise anyway up to 80 % (20 of 25, 15 points), then adds
        // as few other indicators as cover the rest.
        let facts = Self.facts(
            staff: Self.staff(14), totalStaff: 25,
            ["facilities": 0, "budget": 0, "tasksCompleted": 0, "appliedLearning": 0, "communitySupport": 0])
        let result = try unit.evaluate(facts)
        #expect(result.indicator("staffLearningCitizens")?.value == 56)
        #expect(result.total == 10 + 5 + 3 + 2)
        #expect(result.reasonCodes == ["belowFloor", "belowThreshold"])
        let share = try #require(result.improvements.first { $0.indicator == "staffLearningCitizens" })
        #expect(share.toValue == 80 && share.toPoints == 15)
        #expect(share.message.contains("(20 of 25, "))
        let gained = result.improvements.reduce(0) { $0 + $1.toPoints - $1.fromPoints }
        #expect(result.total + gained >= 50)
        #expect(result.improvements.count <= 3)
    }

    @Test func theReadmeExampleScoresAsTheReadmeSays() throws {
        let readme = try String(contentsOf: Self.pluginFolder.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "```json\n"))
        let end = try #require(readme.range(of: "```", range: start.upperBound..<readme.endIndex))
        let result = try unit.evaluate(String(readme[start.upperBound..<end.lowerBound]))
        #expect(result.total == 66 && !result.recognized)
        #expect(result.reasonCodes == ["belowFloor"])
        #expect(result.improvements.map(\.indicator) == ["staffLearningCitizens"])
        #expect(result.improvements.first?.message.contains("at least 60 % (3 of 5, ") == true)
        #expect(result.total - result.improvements[0].fromPoints + result.improvements[0].toPoints == 71)
    }

    // MARK: Rubric files

    static let pluginFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Plugins/Unit")

    static let builtInText = try! String(contentsOf: pluginFolder.appendingPathComponent("rubric.json"), encoding: .utf8)

    /// The built-in rubric with one piece of text replaced; fails the test if the text is gone.
    static func broken(_ original: String, _ replacement: String) throws -> String {
        #expect(builtInText.contains(original), "rubric.json no longer contains \(original)")
        return builtInText.replacingOccurrences(of: original, with: replacement)
    }

    @Test func theBuiltInRubricPassesACheckAsARubricFile() throws {
        let verdicts = try unit.check([RubricFileInput(file: "unit-2022.json", text: Self.builtInText)])
        #expect(verdicts.map(\.status) == [.loaded])
        #expect(verdicts.first?.version == "2022.1")
        #expect(verdicts.first?.problems == [])
    }

    struct BrokenRubric: Sendable, CustomTestStringConvertible {
        var original: String
        var replacement: String
        var field: String
        var testDescription: String { field }
    }

    @Test("a broken copy of the built-in rubric is rejected with the field path", arguments: [
        BrokenRubric(
            original: #""measure": "staffTrained""#, replacement: #""measure": "staffTrainde""#,
            field: "variants[0].criteria[1].indicators[1].measure"),
        BrokenRubric(
            original: #""measure": "staffDigitalSkills""#, replacement: #""measure": "learningCitizenCount""#,
            field: "variants[0].criteria[1].indicators[2].measure"),
        BrokenRubric(
            original: #"{"atLeast": 80, "points": 15}"#, replacement: #"{"atLeast": 120, "points": 15}"#,
            field: "variants[0].criteria[1].indicators[0].thresholds[0].atLeast"),
        BrokenRubric(original: #""floor": 5"#, replacement: #""floor": 12"#, field: "variants[0].criteria[0].indicators[0].floor"),
        BrokenRubric(original: #""minimumTotal": 85"#, replacement: #""minimumTotal": 105"#, field: "recognition.grades[0].minimumTotal"),
        BrokenRubric(original: #""model": "unit""#, replacement: #""model": "family""#, field: "model"),
        BrokenRubric(original: #""status": "provisional""#, replacement: #""status": "draft""#, field: "basis.status"),
        BrokenRubric(original: #""gate": true"#, replacement: #""gate": true, "floor": 0"#, field: "variants[0].criteria[2].indicators[3].floor"),
    ])
    func brokenCopyIsRejected(_ row: BrokenRubric) throws {
        let text = try Self.broken(row.original, row.replacement)
        let verdict = try #require(try unit.check([RubricFileInput(file: "unit-broken.json", text: text)]).first)
        #expect(verdict.status == .rejected)
        #expect(verdict.problems.map(\.field).contains(row.field), "\(verdict.problems)")
    }

    @Test func aRubricFileMayScoreTheCountOfLearningCitizens() throws {
        // The built-in rubric with its digital-skills indicator replaced by one on the count.
        var root = try #require(try JSONSerialization.jsonObject(with: Data(Self.builtInText.utf8)) as? [String: Any])
        var variants = try #require(root["variants"] as? [[String: Any]])
        var criteria = try #require(variants[0]["criteria"] as? [[String: Any]])
        var indicators = try #require(criteria[1]["indicators"] as? [[String: Any]])
        indicators[2] = [
            "id": "learningCitizenCount", "title": "Staff recognised as Learning Citizens",
            "titleVi": "Số cán bộ, người lao động được công nhận Công dân học tập",
            "kind": "count", "maxPoints": 5, "measure": "learningCitizenCount",
            "thresholds": [["atLeast": 10, "points": 5], ["atLeast": 5, "points": 2]],
        ]
        criteria[1]["indicators"] = indicators
        variants[0]["criteria"] = criteria
        root["variants"] = variants
        let verdicts = try unit.check([RubricFileInput(file: "unit-count.json", text: Self.json(root))])
        #expect(verdicts.map(\.status) == [.loaded], "\(verdicts.flatMap(\.problems))")

        indicators[2]["kind"] = "share"
        criteria[1]["indicators"] = indicators
        variants[0]["criteria"] = criteria
        root["variants"] = variants
        let misused = try #require(try unit.check([RubricFileInput(file: "unit-count.json", text: Self.json(root))]).first)
        #expect(misused.status == .rejected)
        #expect(misused.problems.map(\.field).contains("variants[0].criteria[1].indicators[2].measure"))
    }
}
