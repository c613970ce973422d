import Foundation
import KhuyenHocAPI
import Testing
import Varlink

/// The real `khuyenhoc` CLI against the real daemon and citizen plugin.
@Suite struct CLITests {
    /// An English locale and no inherited socket, so the machine's own settings do not leak in.
    static let english = ["LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "KHUYENHOC_SOCKET": ""]
    static let vietnamese = english.merging(["LANG": "vi_VN.UTF-8"]) { $1 }

    /// Runs `khuyenhoc` with `arguments`.
    static func khuyenhoc(
        _ arguments: [String], input: Data? = nil, environment: [String: String] = english
    ) async throws -> ExternalCommand.Output {
        try await ExternalCommand.run(
            BuildProducts.executable("khuyenhoc").path, arguments, input: input, environment: environment)
    }

    static func facts(_ value: JSONValue) throws -> Data {
        try JSONEncoder().encode(value)
    }

    static func lines(_ text: String) -> [Substring] {
        text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }
    }

    /// A table row's cells: columns are at least two spaces apart, words within a cell one.
    static func cells(_ line: Substring) -> [String] {
        line.split(separator: "  ", omittingEmptySubsequences: true)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    /// The first line that starts with `prefix`.
    static func line(_ text: String, startingWith prefix: String) -> Substring? {
        lines(text).first { $0.hasPrefix(prefix) }
    }

    @Test func printsStatusModelsRubricAndEvaluationAsText() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        let socket = ["--socket", daemon.socket]

        let status = try await Self.khuyenhoc(["status"] + socket)
        #expect(status.status == 0, "\(status.stderr)")
        #expect(status.stdout.contains("Version"))
        #expect(status.stdout.contains(daemon.socket))
        #expect(status.stdout.contains("Socket activation  no"))
        #expect(status.stdout.contains("1 loaded, 0 failed"))

        let models = try await Self.khuyenhoc(["models"] + socket)
        #expect(models.status == 0)
        let row = try #require(Self.lines(models.stdout).first { $0.hasPrefix("citizen") })
        for cell in ["Learning Citizen", "loaded", "2022.1", "provisional", "farmers, workers, officials"] {
            #expect(row.contains(cell), "\(row)")
        }

        let rubric = try await Self.khuyenhoc(["rubric", "citizen", "--variant", "farmers"] + socket)
        #expect(rubric.status == 0, "\(rubric.stderr)")
        #expect(rubric.stdout.hasPrefix("Farmers and rural workers (citizen/farmers), rubric version 2022.1\n"))
        let header = try #require(Self.line(rubric.stdout, startingWith: "CRITERION"))
        #expect(Self.cells(header) == ["CRITERION / INDICATOR", "TITLE", "KIND", "MAX", "FLOOR", "SCORING"])
        let criterion = try #require(Self.line(rubric.stdout, startingWith: "selfLearning "))
        #expect(Self.cells(criterion) == ["selfLearning", "Self-learning and lifelong learning", "40", "—"])
        let sl1 = try #require(Self.line(rubric.stdout, startingWith: "  sl1 "))
        #expect(Self.cells(sl1) == ["sl1", "Sets a yearly personal learning plan and follows it", "points", "10", "5"])
        // The rule, the years, the origin and the basis, one row each.
        for row in [
            ["Threshold", "at least 80 of 100 points in total"],
            ["Default floor", "5 points for every points indicator without a floor of its own"],
            ["Grades", "none: recognised or not"],
            ["Applies to", "all years"],
            ["Origin", "built into the plugin"],
            ["Basis", "242/QĐ-KHVN and 244/QĐ-KHVN"],
            ["Date", "2022-07-28"],
            ["Status", "provisional"],
        ] {
            let line = try #require(Self.line(rubric.stdout, startingWith: row[0] + " "), "\(row[0]) in \(rubric.stdout)")
            #expect(Self.cells(line) == row)
        }
        // No gate in the citizen rubric, so no legend for one.
        #expect(Self.line(rubric.stdout, startingWith: "gate:") == nil)

        // The show subcommand by name, a version by name (not the CLI's own --version flag) and a year.
        let named = try await Self.khuyenhoc(
            ["rubric", "show", "citizen", "--variant", "officials", "--version", "2022.1", "--year", "2026"] + socket)
        #expect(named.status == 0, "\(named.stderr)")
        #expect(named.stdout.contains("(citizen/officials), rubric version 2022.1"))

        let fails = try await Self.khuyenhoc(
            ["evaluate", "citizen", "--facts", "-", "--year", "2026"] + socket,
            input: try Self.facts(CitizenFacts.farmers(10, overriding: ["it4": 4.5])))
        #expect(fails.status == 0, "\(fails.stderr)")
        #expect(fails.stdout.hasPrefix("✘ NOT RECOGNIZED — citizen/farmers, year 2026, rubric 2022.1\n"))
        #expect(fails.stdout.contains("Total 94.5 / threshold 80 / maximum 100 points"))
        let evaluationHeader = try #require(Self.line(fails.stdout, startingWith: "CRITERION"))
        #expect(Self.cells(evaluationHeader) == ["CRITERION / INDICATOR", "TITLE", "VALUE", "POINTS", "FLOOR"])
        let interactive = try #require(Self.line(fails.stdout, startingWith: "interactiveTools "))
        #expect(Self.cells(interactive) == ["interactiveTools", "Using interactive tools", "34.5 / 40", "—"])
        let it4 = try #require(Self.line(fails.stdout, startingWith: "  it4 "))
        #expect(Self.cells(it4) == ["it4", "Uses digital tools to sell produce and to pay", "4.5 / 10", "5", "✗ under floor"])
        #expect(fails.stdout.contains("Reasons:"))
        #expect(fails.stdout.contains("Indicator it4"))

        let passes = try await Self.khuyenhoc(
            ["evaluate", "citizen", "--facts", "-"] + socket, input: try Self.facts(CitizenFacts.farmers(8)))
        #expect(passes.stdout.hasPrefix("✔ RECOGNIZED — citizen/farmers, rubric 2022.1\n"))
        #expect(!passes.stdout.contains("under floor"))
        #expect(!passes.stdout.contains("Reasons:"))
        #expect(!passes.stdout.contains("To be recognised:"))

        let reload = try await Self.khuyenhoc(["reload"] + socket)
        #expect(reload.status == 0, "\(reload.stderr)")
        #expect(reload.stdout.contains("1 plugins loaded, 0 failed"))
        try await daemon.stop()
    }

    @Test func printsEveryReplyAsJSON() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        let socket = ["--socket", daemon.socket, "--json"]
        let decoder = JSONDecoder()

        let status = try await Self.khuyenhoc(["status"] + socket)
        #expect(status.status == 0)
        let serviceStatus = try decoder.decode(ServiceStatus.self, from: Data(status.stdout.utf8))
        #expect(serviceStatus.socket == daemon.socket)
        #expect(serviceStatus.plugins == PluginCounts(loaded: 1, failed: 0))

        let models = try await Self.khuyenhoc(["models"] + socket)
        let list = try decoder.decode(ListModelsReply.self, from: Data(models.stdout.utf8))
        #expect(list.models.map(\.id) == ["citizen"])

        let rubric = try await Self.khuyenhoc(["rubric", "citizen", "--variant", "workers"] + socket)
        let reply = try decoder.decode(GetRubricReply.self, from: Data(rubric.stdout.utf8))
        #expect(reply.rubric.variant == "workers")
        #expect(reply.rubric.indicators.count == 10)
        #expect(reply.rubric.indicators.allSatisfy { $0.kind == .points && !$0.gate && $0.thresholds == nil })
        #expect(reply.rubric.origin == "built-in")
        #expect(reply.rubric.recognition.grades.isEmpty)

        let evaluation = try await Self.khuyenhoc(
            ["evaluate", "citizen", "--facts", "-"] + socket, input: try Self.facts(CitizenFacts.farmers(8, overriding: ["sl1": 7])))
        let result = try decoder.decode(EvaluateReply.self, from: Data(evaluation.stdout.utf8)).result
        #expect(result.recognized == false)
        #expect(result.complete)
        #expect(result.total == 79)
        #expect(result.reasons.map(\.code) == ["belowThreshold"])
        #expect(result.improvements.count == 1)
        #expect(result.improvements.first?.toPoints == (result.improvements.first?.fromPoints ?? 0) + 1)
        try await daemon.stop()
    }

    @Test func speaksVietnameseWhenTheLocaleIsVietnamese() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        let socket = ["--socket", daemon.socket]

        let status = try await Self.khuyenhoc(["status"] + socket, environment: Self.vietnamese)
        #expect(status.stdout.contains("Phiên bản"))
        #expect(status.stdout.contains("1 đã nạp, 0 lỗi"))

        let models = try await Self.khuyenhoc(["models"] + socket, environment: Self.vietnamese)
        let lines = Self.lines(models.stdout)
        let header = try #require(lines.first)
        let row = try #require(lines.first { $0.hasPrefix("citizen") })
        #expect(row.contains("Công dân học tập"))
        // Columns line up by characters, not bytes: the state column starts at the same place.
        let headerColumn = try #require(header.range(of: "TRẠNG THÁI")).lowerBound
        let rowColumn = try #require(row.range(of: "đã nạp")).lowerBound
        #expect(header.distance(from: header.startIndex, to: headerColumn) == row.distance(from: row.startIndex, to: rowColumn))

        let rubric = try await Self.khuyenhoc(["rubric", "citizen", "--variant", "farmers"] + socket, environment: Self.vietnamese)
        #expect(rubric.stdout.hasPrefix("Nông dân, người lao động ở nông thôn (citizen/farmers), bộ tiêu chí phiên bản 2022.1\n"))
        let rubricHeader = try #require(Self.line(rubric.stdout, startingWith: "TIÊU CHÍ"))
        #expect(Self.cells(rubricHeader) == ["TIÊU CHÍ / CHỈ SỐ", "TÊN", "LOẠI", "TỐI ĐA", "TỐI THIỂU", "CÁCH TÍNH ĐIỂM"])
        let sl1 = try #require(Self.line(rubric.stdout, startingWith: "  sl1 "))
        #expect(Self.cells(sl1) == ["sl1", "Có kế hoạch học tập hằng năm của bản thân và thực hiện", "điểm", "10", "5"])
        for row in [
            ["Mức công nhận", "tổng từ 80 điểm trở lên (tối đa 100 điểm)"],
            ["Mức tối thiểu chung", "5 điểm cho mỗi chỉ số loại điểm không có mức tối thiểu riêng"],
            ["Xếp loại", "không xếp loại: chỉ công nhận hoặc không"],
            ["Áp dụng", "mọi năm"],
            ["Xuất xứ", "có sẵn trong plugin"],
            ["Tình trạng", "tạm thời"],
        ] {
            let line = try #require(Self.line(rubric.stdout, startingWith: row[0] + " "), "\(row[0]) in \(rubric.stdout)")
            #expect(Self.cells(line) == row)
        }

        let evaluation = try await Self.khuyenhoc(
            ["evaluate", "citizen", "--facts", "-"] + socket, input: try Self.facts(CitizenFacts.farmers(5)),
            environment: Self.vietnamese)
        #expect(evaluation.stdout.hasPrefix("✘ CHƯA ĐƯỢC CÔNG NHẬN — citizen/farmers, bộ tiêu chí 2022.1\n"))
        #expect(evaluation.stdout.contains("Tổng 50 / mức công nhận 80 / tối đa 100 điểm"))
        #expect(evaluation.stdout.contains("Lý do:"))
        #expect(evaluation.stdout.contains("còn thiếu 30 điểm"))
        #expect(evaluation.stdout.contains("Để được công nhận:"))

        // LC_ALL outranks LANG.
        let overridden = try await Self.khuyenhoc(
            ["status"] + socket, environment: Self.vietnamese.merging(["LC_ALL": "en_US.UTF-8"]) { $1 })
        #expect(overridden.stdout.contains("Version"))
        try await daemon.stop()
    }

    @Test func factsThatCannotBeScoredNameTheField() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        let socket = ["--socket", daemon.socket]
        let input = try Self.facts(CitizenFacts.farmers(8, overriding: ["sl2": 11]))

        let text = try await Self.khuyenhoc(["evaluate", "citizen", "--facts", "-"] + socket, input: input)
        #expect(text.status == 1)
        #expect(text.stdout.isEmpty)
        #expect(text.stderr == "InvalidFacts: field scores.sl2 — 11 is outside 0…10 points\n")

        let json = try await Self.khuyenhoc(["evaluate", "citizen", "--facts", "-", "--json"] + socket, input: input)
        #expect(json.status == 1)
        let error = try JSONDecoder().decode([String: JSONValue].self, from: Data(json.stdout.utf8))
        #expect(error["error"] == .string("vn.khuyenhoc.Evaluation.InvalidFacts"))
        #expect(error["parameters"]?.objectValue?["field"] == .string("scores.sl2"))

        let unknownModel = try await Self.khuyenhoc(["rubric", "dragon"] + socket)
        #expect(unknownModel.status == 1)
        #expect(unknownModel.stderr.hasPrefix("ModelNotFound: "))
        #expect(unknownModel.stderr.contains("dragon"))

        let noVariant = try await Self.khuyenhoc(["rubric", "citizen"] + socket)
        #expect(noVariant.status == 1)
        #expect(noVariant.stderr.contains("--variant"))
        for variant in ["farmers", "workers", "officials"] { #expect(noVariant.stderr.contains(variant)) }
        try await daemon.stop()
    }

    @Test func listsAFailedPluginWithItsReasonOnItsOwnLine() async throws {
        let folder = try TemporaryDirectory()
        let broken = URL(fileURLWithPath: folder.path("libKhuyenHocFamily.so"))
        try Data("not an ELF file".utf8).write(to: broken)
        let daemon = try DaemonProcess(plugins: [BuildProducts.citizenPlugin, broken])
        try await daemon.start()
        let models = try await Self.khuyenhoc(["models", "--socket", daemon.socket])
        #expect(models.status == 0)
        let lines = Self.lines(models.stdout)
        let row = try #require(lines.firstIndex { $0.hasPrefix("family") })
        #expect(lines[row].contains("failed"))
        #expect(lines.indices.contains(row + 1) && lines[row + 1].hasPrefix("  ↳ failed: "))
        try await daemon.stop()
    }

    @Test func unreadableOrInvalidFactsFilesExitWithDataError() async throws {
        let folder = try TemporaryDirectory()
        let broken = folder.path("broken.json")
        try Data("{\"targetGroup\": ".utf8).write(to: URL(fileURLWithPath: broken))
        // The facts are read before connecting, so no daemon is needed.
        for file in [broken, folder.path("missing.json")] {
            let output = try await Self.khuyenhoc(["evaluate", "citizen", "--facts", file, "--socket", folder.path("none.sock")])
            #expect(output.status == 65)
            #expect(Self.lines(output.stderr).count == 1)
            #expect(output.stderr.contains(file))
        }
    }

    @Test func aDaemonThatIsNotRunningGetsOneLineAndUnavailable() async throws {
        let folder = try TemporaryDirectory()
        let missing = folder.path("khuyenhocd.sock")
        for command in [["status"], ["models"], ["rubric", "citizen"], ["reload"]] {
            let output = try await Self.khuyenhoc(command + ["--socket", missing])
            #expect(output.status == 69)
            #expect(output.stdout.isEmpty)
            #expect(output.stderr == "khuyenhocd is not running on \(missing): start it with `make run`, or `systemctl --user start khuyenhocd.socket`\n")
        }
        let vietnamese = try await Self.khuyenhoc(["status", "--socket", missing], environment: Self.vietnamese)
        #expect(vietnamese.status == 69)
        #expect(Self.lines(vietnamese.stderr).count == 1)
        #expect(vietnamese.stderr.hasPrefix("khuyenhocd không chạy trên \(missing)"))

        let json = try await Self.khuyenhoc(["status", "--json", "--socket", missing])
        #expect(json.status == 69)
        let error = try JSONDecoder().decode([String: JSONValue].self, from: Data(json.stdout.utf8))
        #expect(error["error"] == .string("khuyenhoc.DaemonNotRunning"))
    }

    @Test func honoursTheSocketVariableAndTheFlagBeatsIt() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        let environment = Self.english.merging(["KHUYENHOC_SOCKET": daemon.socket]) { $1 }

        let status = try await Self.khuyenhoc(["status", "--json"], environment: environment)
        #expect(status.status == 0, "\(status.stderr)")
        #expect(try JSONDecoder().decode(ServiceStatus.self, from: Data(status.stdout.utf8)).socket == daemon.socket)

        let evaluation = try await Self.khuyenhoc(
            ["evaluate", "citizen", "--facts", "-"], input: try Self.facts(CitizenFacts.farmers(9)), environment: environment)
        #expect(evaluation.stdout.hasPrefix("✔ RECOGNIZED"))

        let missing = daemon.folder.path("other.sock")
        let flagged = try await Self.khuyenhoc(["status", "--socket", missing], environment: environment)
        #expect(flagged.status == 69)
        #expect(flagged.stderr.contains(missing))
        try await daemon.stop()
    }
}
