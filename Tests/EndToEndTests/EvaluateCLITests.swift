import Foundation
import KhuyenHocAPI
import Testing
import Varlink

/// `khuyenhoc evaluate` explaining a result: every reason, the least that would grant the title,
/// and a partial evaluation's incomplete verdict.
@Suite struct EvaluateCLITests {
    /// Whether the daemon built from this tree passes `partial` to the plugin: its interface says so.
    /// The farmers' form with `sl1`–`sl3` left out.
    static let partialFacts: JSONValue = {
        guard case .object(var facts) = CitizenFacts.farmers(9), case .object(var scores)? = facts["scores"] else {
            preconditionFailure("CitizenFacts.farmers is an object with scores")
        }
        for id in ["sl1", "sl2", "sl3"] { scores[id] = nil }
        facts["scores"] = .object(scores)
        return .object(facts)
    }()

    @Test func printsReasonsThenImprovementsInEnglishAndVietnamese() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        let socket = ["--socket", daemon.socket]
        // Over the threshold, but two indicators under their floor of 5.
        let facts = try CLITests.facts(CitizenFacts.farmers(10, overriding: ["it4": 4.5, "sr2": 3]))

        let english = try await CLITests.khuyenhoc(["evaluate", "citizen", "--facts", "-"] + socket, input: facts)
        #expect(english.status == 0, "\(english.stderr)")
        let lines = CLITests.lines(english.stdout)
        let reasons = try #require(lines.firstIndex(of: "Reasons:"))
        let improvements = try #require(lines.firstIndex(of: "To be recognised:"))
        #expect(reasons < improvements)
        #expect(Array(lines[(reasons + 1)..<improvements]) == [
            "  • Indicator it4 “Uses digital tools to sell produce and to pay” has 4.5 points, 0.5 under its floor of 5.",
            "  • Indicator sr2 “Takes part in local movements and associations” has 3 points, 2 under its floor of 5.",
        ])
        #expect(Array(lines[(improvements + 1)...]) == [
            "  • Raise it4 “Uses digital tools to sell produce and to pay” from 4.5 to 5 points.",
            "  • Raise sr2 “Takes part in local movements and associations” from 3 to 5 points.",
        ])
        let sr2 = try #require(CLITests.line(english.stdout, startingWith: "  sr2 "))
        #expect(CLITests.cells(sr2).suffix(3) == ["3 / 10", "5", "✗ under floor"])

        let vietnamese = try await CLITests.khuyenhoc(
            ["evaluate", "citizen", "--facts", "-"] + socket, input: facts, environment: CLITests.vietnamese)
        #expect(vietnamese.status == 0)
        let vi = CLITests.lines(vietnamese.stdout)
        #expect(vi.first == "✘ CHƯA ĐƯỢC CÔNG NHẬN — citizen/farmers, bộ tiêu chí 2022.1")
        let header = try #require(CLITests.line(vietnamese.stdout, startingWith: "TIÊU CHÍ"))
        #expect(CLITests.cells(header) == ["TIÊU CHÍ / CHỈ SỐ", "TÊN", "GIÁ TRỊ", "ĐIỂM", "TỐI THIỂU"])
        let viReasons = try #require(vi.firstIndex(of: "Lý do:"))
        let viImprovements = try #require(vi.firstIndex(of: "Để được công nhận:"))
        #expect(viReasons < viImprovements)
        #expect(vi[viReasons + 1].hasPrefix("  • Chỉ số it4 “Sử dụng"))
        #expect(Array(vi[(viImprovements + 1)...]).count == 2)
        #expect(vi[viImprovements + 1].hasPrefix("  • Nâng chỉ số it4 “"))
        #expect(vi[viImprovements + 1].hasSuffix("” từ 4.5 lên 5 điểm."))
        let viSr2 = try #require(CLITests.line(vietnamese.stdout, startingWith: "  sr2 "))
        #expect(CLITests.cells(viSr2).last == "✗ dưới mức tối thiểu")
        try await daemon.stop()
    }

    @Test func underTheThresholdTheImprovementsReachIt() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        let output = try await CLITests.khuyenhoc(
            ["evaluate", "citizen", "--facts", "-", "--socket", daemon.socket, "--json"],
            input: try CLITests.facts(CitizenFacts.farmers(7)))
        #expect(output.status == 0)
        let result = try JSONDecoder().decode(EvaluateReply.self, from: Data(output.stdout.utf8)).result
        let gained = result.improvements.reduce(0) { $0 + $1.toPoints - $1.fromPoints }
        #expect(result.total + gained >= result.threshold)

        let text = try await CLITests.khuyenhoc(
            ["evaluate", "citizen", "--facts", "-", "--socket", daemon.socket], input: try CLITests.facts(CitizenFacts.farmers(7)))
        let lines = CLITests.lines(text.stdout)
        let improvements = try #require(lines.firstIndex(of: "To be recognised:"))
        // Every improvement the daemon planned, in its own words, after the heading.
        let printed: [String] = lines[(improvements + 1)...].map(String.init)
        let planned: [String] = result.improvements.map { "  • " + $0.message }
        #expect(!planned.isEmpty)
        #expect(printed == planned)
        let reason = try #require(result.reasons.first?.message)
        #expect(lines.contains { $0 == "  • " + reason })
        try await daemon.stop()
    }

    @Test func aPartialEvaluationIsIncomplete() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        let socket = ["--socket", daemon.socket]
        let facts = try CLITests.facts(Self.partialFacts)

        let refused = try await CLITests.khuyenhoc(["evaluate", "citizen", "--facts", "-"] + socket, input: facts)
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("InvalidFacts: field scores.sl1 — missing"))

        let english = try await CLITests.khuyenhoc(["evaluate", "citizen", "--facts", "-", "--partial"] + socket, input: facts)
        #expect(english.status == 0, "\(english.stderr)")
        #expect(english.stdout.hasPrefix("◐ INCOMPLETE (7 of 10 indicators given) — citizen/farmers, rubric 2022.1\n"))
        #expect(english.stdout.contains("Total 63 / threshold 80 / maximum 100 points"))
        let sl1 = try #require(CLITests.line(english.stdout, startingWith: "  sl1 "))
        #expect(CLITests.cells(sl1).suffix(3) == ["—", "0 / 10", "5"])
        #expect(english.stdout.contains("  • 3 indicators were not given (sl1, sl2, sl3)"))
        #expect(english.stdout.contains("To be recognised:"))

        let vietnamese = try await CLITests.khuyenhoc(
            ["evaluate", "citizen", "--facts", "-", "--partial"] + socket, input: facts, environment: CLITests.vietnamese)
        #expect(vietnamese.stdout.hasPrefix("◐ CHƯA ĐỦ DỮ LIỆU (có dữ liệu 7/10 chỉ số) — citizen/farmers, bộ tiêu chí 2022.1\n"))

        let json = try await CLITests.khuyenhoc(["evaluate", "citizen", "--facts", "-", "--partial", "--json"] + socket, input: facts)
        let result = try JSONDecoder().decode(EvaluateReply.self, from: Data(json.stdout.utf8)).result
        #expect(!result.complete)
        #expect(!result.recognized)
        #expect(result.criteria[0].indicators.map(\.assessed) == [false, false, false, true])
        try await daemon.stop()
    }
}
