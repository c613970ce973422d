import Foundation
import KhuyenHocAPI
import Testing
@testable import KhuyenHocCore

/// Reading the rubric folder and routing each file to the model it names; what the daemon
/// itself rejects before any plugin sees a file.
@Suite struct RubricFolderTests {
    /// A fresh folder, removed when the test is done.
    final class Folder {
        let url: URL

        init() throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("khrubrics-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }

        func write(_ name: String, _ text: String) throws {
            try write(name, Data(text.utf8))
        }

        func write(_ name: String, _ data: Data) throws {
            try data.write(to: url.appendingPathComponent(name))
        }

        deinit { try? FileManager.default.removeItem(at: url) }
    }

    static func problem(_ scanned: ScannedRubricFile) -> RubricProblem? {
        scanned.problems.count == 1 ? scanned.problems[0] : nil
    }

    @Test func aMissingFolderHasNoFiles() {
        #expect(RubricFolder.scan(URL(fileURLWithPath: "/nonexistent/khuyenhoc/rubrics")) == [])
    }

    @Test func aFileInPlaceOfTheFolderCannotBeListed() throws {
        let folder = try Folder()
        try folder.write("rubrics", "{}")
        #expect(RubricFolder.scan(folder.url.appendingPathComponent("rubrics")) == nil)
    }

    @Test func readsEveryJSONFileByNameAndSkipsTheRest() throws {
        let folder = try Folder()
        try folder.write("b-family.json", #"{"model": "family", "version": "2022"}"#)
        try folder.write("a-citizen.json", #"{"model": "citizen"}"#)
        try folder.write("notes.txt", "not a rubric")
        try folder.write(".a-citizen.json", "an editor's backup")
        try folder.write("citizen.json.bak", "an old copy")
        let scanned = try #require(RubricFolder.scan(folder.url))
        #expect(scanned.map(\.file) == ["a-citizen.json", "b-family.json"])
        #expect(scanned.map(\.model) == ["citizen", "family"])
        #expect(scanned.allSatisfy { $0.problems.isEmpty })
        #expect(scanned[1].text == #"{"model": "family", "version": "2022"}"#)
    }

    @Test func aByteOrderMarkIsDroppedBeforeTheTextGoesOn() {
        let scanned = RubricFolder.route(Data([0xEF, 0xBB, 0xBF]) + Data(#"{"model": "citizen"}"#.utf8), file: "bom.json")
        #expect(scanned.model == "citizen")
        #expect(scanned.text == #"{"model": "citizen"}"#)
    }

    @Test(arguments: [
        (Data("{\"model\": \"citizen\",".utf8), "(file)", "not valid JSON"),
        (Data("[1, 2]".utf8), "(file)", "expected an object, got an array"),
        (Data(#"{"version": "2022"}"#.utf8), "model", "missing; name the model the rubric is for"),
        (Data(#"{"model": 7}"#.utf8), "model", "expected a model id such as \"citizen\", got a number"),
        (Data(#"{"model": ""}"#.utf8), "model", "got an empty string"),
        (Data(" \n".utf8), "(file)", "is empty"),
        (Data([0x7B, 0x22, 0xC3, 0x28, 0x22, 0x7D]), "(file)", "is not UTF-8 text"),
        (Data([0xFF, 0xFE, 0x7B, 0x00, 0x7D, 0x00]), "(file)", "is UTF-16 text; save it as UTF-8"),
    ])
    func textThatNamesNoModelIsRejectedWithTheFieldAndReason(data: Data, field: String, reason: String) throws {
        let scanned = RubricFolder.route(data, file: "x.json")
        #expect(scanned.text == nil)
        let problem = try #require(Self.problem(scanned))
        #expect(problem.field == field)
        #expect(problem.reason.contains(reason), "\(problem.reason)")
    }

    @Test(arguments: [
        ("{\"model\": \"citizen\",\n  x", "invalid value at line 2, column 3"),
        ("{\"titleVi\": \"Gia đình\" \"x\": 1}", "at line 1, column 24"),
        ("[\n\"Gia đình\",\n\"Dòng họ\"\n", "a closing \"}\", \"]\" or quote may be missing"),
    ])
    func aSyntaxErrorSaysWhere(text: String, expected: String) throws {
        let problem = try #require(Self.problem(RubricFolder.route(Data(text.utf8), file: "x.json")))
        #expect(problem.reason.hasPrefix("not valid JSON: "))
        #expect(problem.reason.hasSuffix(expected), "\(problem.reason)")
    }

    @Test func aDanglingLinkAndAFolderAreReportedNotSkipped() throws {
        let folder = try Folder()
        try FileManager.default.createSymbolicLink(
            atPath: folder.url.appendingPathComponent("gone.json").path, withDestinationPath: "/nonexistent/gone.json")
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("folder.json"), withIntermediateDirectories: false)
        let scanned = try #require(RubricFolder.scan(folder.url))
        #expect(scanned.map(\.file) == ["folder.json", "gone.json"])
        #expect(Self.problem(scanned[0]) == RubricProblem(field: "(file)", reason: "is not a regular file"))
        let gone = try #require(Self.problem(scanned[1]))
        #expect(gone.field == "(file)")
        #expect(gone.reason.hasPrefix("cannot be opened: No such file or directory"), "\(gone.reason)")
    }

    @Test func anOversizedFileIsRejectedUnread() throws {
        let folder = try Folder()
        try folder.write("huge.json", Data(repeating: 0x20, count: RubricFolder.maximumFileSize + 1))
        let scanned = try #require(RubricFolder.scan(folder.url))
        let problem = try #require(Self.problem(scanned[0]))
        #expect(problem.reason == "is \(RubricFolder.maximumFileSize + 1) bytes; a rubric file is at most 1024 KiB")
    }
}
