import Foundation
import Testing
@testable import ModelSDK

/// Rubric files replace built-in rubrics, keep what they gave when they break, and rubrics are
/// chosen by version or year.
@Suite struct RubricSetTests {
    static let builtIn2015 = try! RubricFixture.document(RubricFixture.json(version: "2015", appliesFrom: 2016) { $0["appliesUntil"] = 2020 })
    static let builtIn2022 = try! RubricFixture.document(RubricFixture.json())

    func set() -> RubricSet {
        var b2015 = Self.builtIn2015
        var b2022 = Self.builtIn2022
        b2015.origin = RubricDocument.builtIn
        b2022.origin = RubricDocument.builtIn
        return RubricSet(builtIns: [b2022, b2015])
    }

    func install(_ set: inout RubricSet, _ files: [(String, String)]) -> [RubricFileVerdict] {
        set.install(files.map { RubricFileInput(file: $0.0, text: $0.1) }, model: "test", measures: RubricFixture.measures)
    }

    @Test func choosesByVersionThenYearThenTheNewest() throws {
        let rubrics = set()
        #expect(rubrics.active(asOf: 2026).document.version == "2022.1")
        #expect(rubrics.active(asOf: 2019).document.version == "2015")
        #expect(try rubrics.entry(version: nil, year: 2018, asOf: 2026).document.version == "2015")
        #expect(try rubrics.entry(version: nil, year: 2023, asOf: 2026).document.version == "2022.1")
        #expect(try rubrics.entry(version: "2015", year: 2023, asOf: 2026).document.version == "2015")
        #expect(throws: InvalidFacts.self) { try rubrics.entry(version: nil, year: 2010, asOf: 2026) }
        #expect(throws: InvalidFacts.self) { try rubrics.entry(version: "1999", year: nil, asOf: 2026) }
    }

    @Test func aFileReplacesTheBuiltInOfTheSameFirstYear() throws {
        var rubrics = set()
        let verdicts = install(&rubrics, [("official.json", RubricFixture.json(version: "2022-official", minimumTotal: 60))])
        #expect(verdicts.first?.status == .loaded && verdicts.first?.replaces == ["2022.1"])
        #expect(rubrics.documents.map(\.version) == ["2015", "2022-official"])
        #expect(rubrics.active(asOf: 2026).document.origin == "official.json")
        #expect(rubrics.active(asOf: 2026).document.recognition.minimumTotal == 60)
    }

    @Test func aBrokenFileKeepsWhatItGaveBefore() throws {
        var rubrics = set()
        _ = install(&rubrics, [("official.json", RubricFixture.json(version: "2022-official", minimumTotal: 60))])
        let verdicts = install(&rubrics, [("official.json", RubricFixture.json(version: "2022-official") { $0["typo"] = 1 })])
        #expect(verdicts.first?.status == .rejected && verdicts.first?.keptPrevious == true)
        #expect(verdicts.first?.problems.first?.field == "typo")
        #expect(rubrics.active(asOf: 2026).document.recognition.minimumTotal == 60)
        // Removing the file brings the built-in back.
        _ = install(&rubrics, [])
        #expect(rubrics.active(asOf: 2026).document.origin == RubricDocument.builtIn)
    }

    @Test func theCurrentYearIsVietnamsYear() {
        // 31 December 2026, 17:30 UTC is already 1 January 2027, 00:30 in Hanoi.
        #expect(RubricSelection.currentYear(Date(timeIntervalSince1970: 1_798_738_200)) == 2027)
        #expect(RubricSelection.currentYear(Date(timeIntervalSince1970: 1_798_732_800)) == 2026)
    }

    @Test func aFileForNextYearIsNotActiveBeforeItsTime() {
        var rubrics = set()
        _ = install(&rubrics, [("next.json", RubricFixture.json(version: "2027", appliesFrom: 2027))])
        #expect(rubrics.active(asOf: 2026).document.version == "2022.1")
        #expect(rubrics.active(asOf: 2027).document.version == "2027")
    }

    @Test func twoFilesCannotGiveTheSameVersionOrFirstYear() {
        var rubrics = set()
        let verdicts = install(&rubrics, [
            ("a.json", RubricFixture.json(version: "x", appliesFrom: 2024)),
            ("b.json", RubricFixture.json(version: "x", appliesFrom: 2025)),
            ("c.json", RubricFixture.json(version: "y", appliesFrom: 2024)),
        ])
        #expect(verdicts.map(\.status) == [.loaded, .rejected, .rejected])
        #expect(verdicts[1].problems.first?.field == "version")
        #expect(verdicts[2].problems.first?.field == "appliesFrom")
    }

    @Test func aCheckPutsNothingInForce() {
        let verdicts = RubricSet.check(
            [RubricFileInput(file: "x.json", text: RubricFixture.json(version: "z"))], model: "test", measures: RubricFixture.measures)
        #expect(verdicts.first?.status == .loaded)
        #expect(set().documents.map(\.version) == ["2015", "2022.1"])
    }
}
