import Foundation
import Testing

/// `khuyenhoc rollout` against the real daemon with the sample district, in English and
/// Vietnamese, as text and `--json`.
@Suite struct RolloutCLITests {
    static func khuyenhoc(_ arguments: [String], _ daemon: DaemonProcess, environment: [String: String] = CLITests.english)
        async throws -> ExternalCommand.Output {
        try await CLITests.khuyenhoc(arguments + ["--socket", daemon.socket], environment: environment)
    }

    @Test func theMatrixMarksLateCellsInEnglishAndVietnamese() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        let english = try await Self.khuyenhoc(["rollout", "--as-of", "2023-07-01"], daemon)
        #expect(english.status == 0, "\(english.stderr)")
        #expect(english.stdout.hasPrefix("Rollout of the learning models on 2023-07-01 (21 communes)"), "\(english.stdout)")
        let header = try #require(CLITests.line(english.stdout, startingWith: "CODE"))
        #expect(CLITests.cells(header) == ["CODE", "COMMUNE", "CITIZEN", "FAMILY", "CLAN", "COMMUNITY", "UNIT"])
        // The citizen pilot was due on 2023-06-30: late where it did not happen; the others are not due yet.
        let bichHoa = try #require(CLITests.line(english.stdout, startingWith: "10126"))
        #expect(CLITests.cells(bichHoa) == ["10126", "Bích Hòa", "study!", "study", "study", "study", "study"])
        let thanhThuy = try #require(CLITests.line(english.stdout, startingWith: "10144"))
        #expect(CLITests.cells(thanhThuy) == ["10144", "Thanh Thùy", "rollout", "study", "study", "study", "study"])
        #expect(english.stdout.contains("! late: a planned day has passed and the phase is not reached (18 cells"))
        // Rows in Vietnamese order: Đỗ Động after Dân Hòa, before Hồng Dương.
        let codes = CLITests.lines(english.stdout).compactMap { $0.first?.isNumber == true ? String($0.prefix(5)) : nil }
        #expect(codes.firstIndex(of: "10168")! < codes.firstIndex(of: "10153")! && codes.firstIndex(of: "10153")! < codes.firstIndex(of: "10180")!)
        // Not a terminal: no colour codes, only the marker.
        #expect(!english.stdout.contains("\u{1B}["))

        let vietnamese = try await Self.khuyenhoc(["rollout", "--as-of", "2023-07-01"], daemon, environment: CLITests.vietnamese)
        #expect(vietnamese.stdout.hasPrefix("Triển khai các mô hình học tập tại ngày 2023-07-01 (21 xã, thị trấn)"), "\(vietnamese.stdout)")
        let row = try #require(CLITests.line(vietnamese.stdout, startingWith: "10126"))
        #expect(CLITests.cells(row) == ["10126", "Bích Hòa", "nghiên cứu!", "nghiên cứu", "nghiên cứu", "nghiên cứu", "nghiên cứu"])
        #expect(CLITests.cells(try #require(CLITests.line(vietnamese.stdout, startingWith: "10114")))[2] == "đại trà")
        #expect(CLITests.cells(try #require(CLITests.line(vietnamese.stdout, startingWith: "MÃ SỐ"))).last == "ĐƠN VỊ")

        let json = try await Self.khuyenhoc(["rollout", "10144", "--model", "citizen", "--json"], daemon)
        #expect(json.status == 0, "\(json.stderr)")
        let reply = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let cell = ((reply?["rows"] as? [[String: Any]])?.first?["cells"] as? [[String: Any]])?.first
        #expect(cell?["phase"] as? String == "massRollout" && cell?["sample"] as? Bool == true && cell?["late"] as? Bool == false)

        let late = try await Self.khuyenhoc(["rollout", "late", "--model", "citizen", "--as-of", "2023-07-01"], daemon)
        let lateRows = CLITests.lines(late.stdout).dropFirst(2).map(CLITests.cells)
        #expect(lateRows.count == 18 && lateRows.allSatisfy { $0.suffix(3) == ["pilot", "2023-06-30", "1!"] }, "\(late.stdout)")
        let timeline = try await Self.khuyenhoc(["rollout", "timeline", "10144", "--model", "citizen"], daemon, environment: CLITests.vietnamese)
        #expect(timeline.stdout.contains("công dân học tập: triển khai đại trà từ ngày 2022-10-05 (mẫu)"), "\(timeline.stdout)")
        #expect(timeline.stdout.contains("sơ kết thí điểm      triển khai đại trà"))
        #expect(try await daemon.stop() == 0)
    }

    @Test func setAndPlanWriteAndRefuseWithReadableErrors() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        let set = try await Self.khuyenhoc(["rollout", "set", "10144", "family", "pilot", "--on", "2025-03-01"], daemon)
        #expect(set.status == 0, "\(set.stderr)")
        #expect(set.stdout == "Recorded: Thanh Thùy (10144), family: studying the criteria → pilot from 2025-03-01.\n")
        let back = try await Self.khuyenhoc(["rollout", "set", "10144", "family", "study"], daemon, environment: CLITests.vietnamese)
        #expect(back.status == 1)
        #expect(back.stderr == "NoteRequired: chuyển từ thí điểm sang nghiên cứu tiêu chí không phải bước kế tiếp; hãy ghi lý do bằng --note\n")
        let backJSON = try await Self.khuyenhoc(["rollout", "set", "10144", "family", "study", "--json"], daemon)
        let error = try JSONSerialization.jsonObject(with: Data(backJSON.stdout.utf8)) as? [String: Any]
        #expect(error?["error"] as? String == "vn.khuyenhoc.Rollout.NoteRequired")
        let merged = try await Self.khuyenhoc(["rollout", "set", "10177", "family", "pilot"], daemon)
        #expect(merged.stderr == "CommuneReadOnly: Xuân Dương (10177) was merged into Cao Xuân Dương (10174) on 2024-12-01: its rollout can only be read\n")

        let plan = try await Self.khuyenhoc(
            ["rollout", "plan", "--model", "clan", "--pilot", "2027-01-31", "--review", "2027-06-30", "--rollout", "2028-12-15"], daemon)
        #expect(plan.stdout == "Plan for clan applied to 20 communes: 0 days set, 60 kept (the commune's own).\n", "\(plan.stdout)")
        let overwrite = try await Self.khuyenhoc(
            ["rollout", "plan", "10144", "--model", "clan", "--pilot", "2027-01-31", "--review", "2027-06-30", "--overwrite"], daemon)
        #expect(overwrite.status == 1)
        #expect(overwrite.stderr.hasPrefix("InvalidValue: plan Thanh Thùy (10144) would have massRollout due before pilotReview"), "\(overwrite.stderr)")
        let both = try await Self.khuyenhoc(
            ["rollout", "plan", "10144", "--model", "clan", "--pilot", "2027-01-31", "--review", "2027-06-30", "--rollout", "2028-12-15",
             "--overwrite"], daemon)
        #expect(both.stdout == "Plan for clan applied to 1 commune: 3 days set, 0 kept (the commune's own).\n", "\(both.stdout)")
        let timeline = try await Self.khuyenhoc(["rollout", "timeline", "10144", "--model", "clan"], daemon)
        #expect(timeline.stdout.contains("  planned: pilot 2027-01-31, pilot review 2027-06-30, mass rollout 2028-12-15\n")
            || timeline.stdout.hasSuffix("  planned: pilot 2027-01-31, pilot review 2027-06-30, mass rollout 2028-12-15"), "\(timeline.stdout)")
        #expect(try await daemon.stop() == 0)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "needs script(1) for a terminal"))
    func onATerminalLateCellsAreRed() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        let command = "\(BuildProducts.executable("khuyenhoc").path) rollout 10126 --as-of 2023-07-01 --socket \(daemon.socket)"
        let output = try await ExternalCommand.run("/usr/bin/script", ["-qec", command, "/dev/null"], environment: CLITests.english.merging(["NO_COLOR": ""]) { $1 })
        #expect(output.stdout.contains("\u{1B}[1;31mstudy!\u{1B}[0m"), "\(output.stdout)")
        // Colour codes take no room: the columns line up with the header's.
        let lines = output.stdout.replacingOccurrences(of: "\r", with: "").split(separator: "\n")
        let header = try #require(lines.first { $0.hasPrefix("CODE") })
        let row = try #require(lines.first { $0.hasPrefix("10126") })
        let visible = row.replacingOccurrences(of: "\u{1B}[1;31m", with: "").replacingOccurrences(of: "\u{1B}[0m", with: "")
        #expect(visible.range(of: "study ")!.lowerBound.utf16Offset(in: visible) - visible.range(of: "study!")!.lowerBound.utf16Offset(in: visible)
            == header.range(of: "FAMILY")!.lowerBound.utf16Offset(in: header) - header.range(of: "CITIZEN")!.lowerBound.utf16Offset(in: header))
        #expect(try await daemon.stop() == 0)
    }
}
