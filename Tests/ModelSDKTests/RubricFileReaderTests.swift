import Foundation
import Testing
@testable import ModelSDK

/// Rubric files are checked field by field; every problem names its field.
@Suite struct RubricFileReaderTests {
    @Test func readsAValidFile() throws {
        let document = try RubricFixture.document()
        #expect(document.version == "2022.1" && document.appliesFrom == 2021 && document.origin == "test.json")
        #expect(document.recognition.grades.map(\.id) == ["good", "fair"])
        let school = try document.rubric(variant: nil).indicators[2]
        #expect(school.kind == .share && school.thresholds?.map(\.atLeast) == [100, 80, 50])
    }

    nonisolated(unsafe) static let broken: [(String, (inout [String: Any]) -> Void, String, String)] = [
        ("unknown key", { $0["minimunTotal"] = 3 }, "minimunTotal", "unknown key"),
        ("missing basis", { $0["basis"] = nil }, "basis", "missing"),
        ("bad status", { $0["basis"] = ["decision": "1", "date": "2022-07-28", "status": "draft", "source": "x"] }, "basis.status", "neither"),
        ("bad date", { $0["basis"] = ["decision": "1", "date": "28/7/2022", "status": "official", "source": "x"] }, "basis.date", "YYYY-MM-DD"),
        ("wrong model", { $0["model"] = "family" }, "model", "\"family\""),
        ("years reversed", { $0["appliesUntil"] = 2019 }, "appliesUntil", "before appliesFrom"),
        ("threshold unreachable", { $0["recognition"] = ["minimumTotal": 101] }, "recognition.minimumTotal", "never be reached"),
        ("floor above max", RubricFixture.indicator(0, 0) { $0["floor"] = 21 }, "variants[0].criteria[0].indicators[0].floor", "outside 0…20"),
        ("gate on points", RubricFixture.indicator(0, 0) { $0["gate"] = true }, "variants[0].criteria[0].indicators[0].gate", "only a met/not-met"),
        ("floor on met", RubricFixture.indicator(0, 1) { $0["floor"] = 1 }, "variants[0].criteria[0].indicators[1].floor", "no floor"),
        ("bad kind", RubricFixture.indicator(0, 0) { $0["kind"] = "percent" }, "variants[0].criteria[0].indicators[0].kind", "not a kind"),
        ("no thresholds", RubricFixture.indicator(1, 1) { $0["thresholds"] = nil }, "variants[0].criteria[1].indicators[1].thresholds", "needs thresholds"),
        ("max unreachable", RubricFixture.indicator(1, 1) { $0["thresholds"] = [["atLeast": 3, "points": 20]] },
         "variants[0].criteria[1].indicators[1].thresholds", "no threshold earns"),
        ("share over 100", RubricFixture.indicator(1, 0) { $0["thresholds"] = [["atLeast": 120, "points": 40]] },
         "variants[0].criteria[1].indicators[0].thresholds[0].atLeast", "percentage"),
        ("fractional count", RubricFixture.indicator(1, 1) { $0["thresholds"] = [["atLeast": 2.5, "points": 30]] },
         "variants[0].criteria[1].indicators[1].thresholds[0].atLeast", "whole number"),
        ("points fall as value rises", RubricFixture.indicator(1, 1) { $0["thresholds"] = [["atLeast": 3, "points": 30], ["atLeast": 1, "points": 30], ["atLeast": 0, "points": 31]] },
         "variants[0].criteria[1].indicators[1].thresholds[2].points", "outside"),
        ("unknown measure", RubricFixture.indicator(1, 0) { $0["measure"] = "adultsLiterate" }, "variants[0].criteria[1].indicators[0].measure", "no measure"),
        ("measure of another kind", RubricFixture.indicator(1, 1) { $0["measure"] = "childrenInSchool" }, "variants[0].criteria[1].indicators[1].measure", "share measure"),
        ("duplicate id", RubricFixture.indicator(1, 1) { $0["id"] = "plan" }, "variants[0].criteria[1].indicators[1].id", "used by another"),
        ("bad id", RubricFixture.indicator(0, 0) { $0["id"] = "kế hoạch" }, "variants[0].criteria[0].indicators[0].id", "not an id"),
        ("number as text", RubricFixture.indicator(0, 0) { $0["maxPoints"] = "20" }, "variants[0].criteria[0].indicators[0].maxPoints", "expected a number"),
    ]

    @Test(arguments: 0..<broken.count)
    func namesTheFieldOfEachProblem(_ index: Int) {
        let (_, edit, field, reason) = Self.broken[index]
        #expect {
            _ = try RubricFixture.document(RubricFixture.json(edit: edit))
        } throws: { error in
            guard let error = error as? RubricFileError else { return false }
            return error.origin == "test.json" && error.problems.contains { $0.field == field && $0.reason.contains(reason) }
        }
    }

    @Test func reportsEveryProblemAtOnce() {
        let text = RubricFixture.json { $0["bogus"] = 1; $0["version"] = 3 }
        #expect {
            _ = try RubricFixture.document(text)
        } throws: { error in
            (error as? RubricFileError)?.problems.map(\.field).sorted() == ["bogus", "version"]
        }
    }

    @Test func refusesTextThatIsNotJSONSayingWhere() {
        #expect {
            try RubricFixture.document("{\n  \"model\": \"test\",\n  \"version\": 1,,\n}")
        } throws: { error in
            (error as? RubricFileError)?.problems.first?.reason.contains("at line 3, column 16") == true
        }
    }

    @Test func skipsAByteOrderMark() throws {
        let text = "\u{FEFF}" + RubricFixture.json()
        #expect(try RubricFixture.document(text).version == "2022.1")
    }

    @Test func storesTextsInNFC() throws {
        let decomposed = "Ke\u{0302}\u{0301} hoa\u{0323}ch"
        let text = RubricFixture.json(edit: RubricFixture.indicator(0, 0) { $0["titleVi"] = decomposed })
        let stored = try RubricFixture.document(text).variants[0].criteria[0].indicators[0].titleVi
        // String == compares canonically; the scalars show which form is stored.
        #expect(Array(stored.unicodeScalars) == Array("Kế hoạch".precomposedStringWithCanonicalMapping.unicodeScalars))
        #expect(Array(stored.unicodeScalars) != Array(decomposed.unicodeScalars))
    }
}
