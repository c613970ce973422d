import Foundation
import KhuyenHocAPI
import Testing

/// `khuyenhoc rubric check FILE` on copies of the citizen plugin's own rubric, valid and broken,
/// with no daemon running: the offline checks and the line that says what was left unchecked.
@Suite struct RubricCheckCLITests {
    /// The citizen plugin's built-in rubric: valid by construction (the plugin refuses to load otherwise).
    static let citizenRubric = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Plugins/Citizen/rubric.json")

    /// The field every broken copy below breaks: the first indicator of the farmers' form (sl1).
    static let sl1 = "variants[0].criteria[0].indicators[0]"

    /// A copy of the citizen rubric with `"maxPoints": 10` of its first indicator followed by `extra`.
    static func brokenCopy(adding extra: String, in folder: TemporaryDirectory, name: String) throws -> String {
        let text = try String(contentsOf: citizenRubric, encoding: .utf8)
        let broken = text.replacing("\"maxPoints\": 10", with: "\"maxPoints\": 10, \(extra)", maxReplacements: 1)
        #expect(broken != text)
        let path = folder.path(name)
        try Data(broken.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aValidFileNamesItsModelVersionYearsAndSizeAndSaysMeasuresWereNotChecked() async throws {
        let folder = try TemporaryDirectory()
        let file = folder.path("citizen-2022.json")
        try FileManager.default.copyItem(atPath: Self.citizenRubric.path, toPath: file)
        let socket = folder.path("khuyenhocd.sock")

        let english = try await CLITests.khuyenhoc(["rubric", "check", file, "--socket", socket])
        #expect(english.status == 0, "\(english.stdout)\(english.stderr)")
        #expect(english.stdout == """
            \(file): valid — citizen rubric 2022.1, all years, 3 variants, 30 indicators
            Measure names were not checked: khuyenhocd is not running on \(socket).

            """)
        #expect(english.stderr.isEmpty)

        let offline = try await CLITests.khuyenhoc(["rubric", "check", file, "--offline", "--socket", socket])
        #expect(offline.status == 0)
        #expect(CLITests.lines(offline.stdout).last == "Measure names were not checked (--offline): only khuyenhocd knows the measures each model derives.")

        let vietnamese = try await CLITests.khuyenhoc(
            ["rubric", "check", file, "--socket", socket], environment: CLITests.vietnamese)
        #expect(vietnamese.status == 0)
        #expect(vietnamese.stdout == """
            \(file): hợp lệ — bộ tiêu chí citizen phiên bản 2022.1, áp dụng mọi năm, 3 nhóm đối tượng, 30 chỉ số
            Chưa kiểm tra tên các phép đo (measure): khuyenhocd không chạy trên \(socket).

            """)

        // Standard input is checked too, under the name (stdin).
        let piped = try await CLITests.khuyenhoc(
            ["rubric", "check", "-", "--offline"], input: try Data(contentsOf: Self.citizenRubric))
        #expect(piped.status == 0)
        #expect(piped.stdout.hasPrefix("(stdin): valid — citizen rubric 2022.1"))
    }

    @Test(arguments: [
        (extra: "\"colour\": \"red\"", field: "\(sl1).colour", reason: "unknown key; expected one of: floor, gate, id, kind, maxPoints, measure, thresholds, title, titleVi"),
        (extra: "\"floor\": 12", field: "\(sl1).floor", reason: "12 is outside 0…10"),
        (extra: "\"gate\": true", field: "\(sl1).gate", reason: "only a met/not-met indicator can be a gate; give a points indicator a floor instead"),
        (extra: "\"kind\": \"share\"", field: "\(sl1).thresholds", reason: "a share indicator needs thresholds that turn its value into points"),
    ])
    func aBrokenFileGetsItsFieldAndReasonAndDataError(extra: String, field: String, reason: String) async throws {
        let folder = try TemporaryDirectory()
        let file = try Self.brokenCopy(adding: extra, in: folder, name: "broken.json")
        // The offline checks come first: without --offline the missing daemon changes nothing.
        for flags in [["--offline"], ["--socket", folder.path("khuyenhocd.sock")]] {
            let output = try await CLITests.khuyenhoc(["rubric", "check", file] + flags)
            #expect(output.status == 65, "\(flags): \(output.stdout)\(output.stderr)")
            #expect(output.stdout == "\(file): \(field): \(reason)\n")
            #expect(output.stderr.isEmpty)
        }

        let json = try await CLITests.khuyenhoc(["rubric", "check", file, "--offline", "--json"])
        #expect(json.status == 65)
        let report = try JSONDecoder().decode(CheckReport.self, from: Data(json.stdout.utf8))
        #expect(report.file == file)
        #expect(report.valid == false)
        #expect(report.checkedByDaemon == false)
        #expect(report.problems == [RubricProblem(field: field, reason: reason)])
    }

    @Test func aFileThatIsNotJSONSaysWhere() async throws {
        let folder = try TemporaryDirectory()
        let file = folder.path("truncated.json")
        try Data("{\"model\": \"citizen\",\n \"version\": ".utf8).write(to: URL(fileURLWithPath: file))
        let output = try await CLITests.khuyenhoc(["rubric", "check", file, "--offline"])
        #expect(output.status == 65)
        let lines = CLITests.lines(output.stdout)
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("\(file): (file): not valid JSON: ") == true, "\(output.stdout)")

        let vietnamese = try await CLITests.khuyenhoc(["rubric", "check", file, "--offline"], environment: CLITests.vietnamese)
        #expect(vietnamese.status == 65)
        #expect(vietnamese.stdout.hasPrefix("\(file): (file): không phải JSON hợp lệ: "))
    }

    @Test func aMissingFileIsNoInput() async throws {
        let folder = try TemporaryDirectory()
        let file = folder.path("missing.json")
        let output = try await CLITests.khuyenhoc(["rubric", "check", file, "--offline"])
        #expect(output.status == 66)
        #expect(output.stdout == "\(file): (file): cannot be read: No such file or directory\n")
    }

    @Test func aValidFileAsJSON() async throws {
        let folder = try TemporaryDirectory()
        let output = try await CLITests.khuyenhoc(
            ["rubric", "check", Self.citizenRubric.path, "--json", "--socket", folder.path("khuyenhocd.sock")])
        #expect(output.status == 0)
        // Only the report: the note about unchecked measures is its checkedByDaemon.
        let report = try JSONDecoder().decode(CheckReport.self, from: Data(output.stdout.utf8))
        #expect(report == CheckReport(file: Self.citizenRubric.path, valid: true, problems: [], checkedByDaemon: false))
    }

    /// What `--json` prints, read independently of the CLI's own type.
    struct CheckReport: Decodable, Equatable {
        var file: String
        var valid: Bool
        var problems: [RubricProblem]
        var checkedByDaemon: Bool
    }
}
