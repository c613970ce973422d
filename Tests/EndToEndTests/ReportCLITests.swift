import Foundation
import Testing

/// `khuyenhoc report`, `khuyenhoc report behind` and `khuyenhoc communes merge` against the real
/// daemon, on the registry of ``ReportRegistry``.
@Suite struct ReportCLITests {
    static func khuyenhoc(_ arguments: [String], _ daemon: DaemonProcess, environment: [String: String] = CLITests.english)
        async throws -> ExternalCommand.Output {
        try await CLITests.khuyenhoc(arguments + ["--socket", daemon.socket], environment: environment)
    }

    @Test func aCommunesReportAsATableInEnglishAndVietnamese() async throws {
        let daemon = try await ReportsEndToEndTests.daemon()
        let english = try await Self.khuyenhoc(["report", "10120", "--year", "2024"], daemon)
        #expect(english.status == 0, "\(english.stderr)")
        #expect(english.stdout.hasPrefix("Progress of Cự Khê (10120) in 2024, as on 2024-12-31"), "\(english.stdout)")
        let families = try #require(CLITests.line(english.stdout, startingWith: "Families recognised"))
        // h1–h3: evidence 2, results 2, recognised 1 = 33.3 %, 36.67 points behind 70 % by 2025.
        #expect(CLITests.cells(families) == [
            "Families recognised as Learning Families", "3", "2", "2", "1", "33.3 %", "70 % by 2025", "36.67", "▲ BEHIND",
        ])
        let staff = try #require(CLITests.line(english.stdout, startingWith: "Officials and staff"))
        #expect(CLITests.cells(staff).last == "on track")
        let clans = try #require(CLITests.line(english.stdout, startingWith: "Clans recognised"))
        #expect(CLITests.cells(clans).suffix(3) == ["65 % by 2025", "—", "none"])
        #expect(english.stdout.contains("Targets: 387/QĐ-TTg, 677/QĐ-TTg, 291/KH-UBND"))

        let vietnamese = try await Self.khuyenhoc(["report", "10120", "--year", "2024"], daemon, environment: CLITests.vietnamese)
        #expect(vietnamese.stdout.hasPrefix("Tiến độ của Cự Khê (10120) năm 2024"), "\(vietnamese.stdout)")
        let row = try #require(CLITests.line(vietnamese.stdout, startingWith: "Gia đình được công nhận"))
        #expect(CLITests.cells(row).suffix(3) == ["70 % đến 2025", "36.67", "▲ CHẬM"])
        #expect(try await daemon.stop() == 0)
    }

    @Test func jsonAndExcelFriendlyCSV() async throws {
        let daemon = try await ReportsEndToEndTests.daemon()
        let json = try await Self.khuyenhoc(["report", "--year", "2024", "--json"], daemon)
        #expect(json.status == 0, "\(json.stderr)")
        let reply = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((reply?["measures"] as? [Any])?.count == 6)
        #expect(reply?["day"] as? String == "2024-12-31")

        let csv = try await Self.khuyenhoc(["report", "10120", "--year", "2024", "--csv"], daemon)
        #expect(csv.status == 0, "\(csv.stderr)")
        #expect(csv.stdout.hasPrefix("\u{FEFF}code,commune,year,day,measure,model,title,total,registered,evaluated,recognized,share,"))
        #expect(csv.stdout.contains("\r\n10120,Cự Khê,2024,2024-12-31,families,family,Families recognised as Learning Families,3,2,2,1,33.33,70,80,2025,70,36.67,yes\r\n"),
                "\(csv.stdout)")

        let semicolon = try await Self.khuyenhoc(
            ["report", "10120", "--year", "2024", "--csv", "--separator", "semicolon"], daemon, environment: CLITests.vietnamese)
        #expect(semicolon.stdout.hasPrefix("\u{FEFF}Mã số;Xã;Năm;"), "\(semicolon.stdout)")
        #expect(semicolon.stdout.contains("10120;Cự Khê;2024;2024-12-31;families;family;Gia đình được công nhận Gia đình học tập;3;2;2;1;33,33;70;80;2025;70;36,67;có\r\n"),
                "\(semicolon.stdout)")

        let behind = try await Self.khuyenhoc(["report", "behind", "--model", "family", "--year", "2024"], daemon)
        #expect(behind.status == 0, "\(behind.stderr)")
        let rows = CLITests.lines(behind.stdout).dropFirst(3).map(CLITests.cells)
        // Xuân Dương 0 of 1 (70 points), Cự Khê 1 of 3 (36.67).
        #expect(rows.map { $0[1] + " " + $0.last! } == ["10177 70", "10120 36.67"])
        #expect(try await daemon.stop() == 0)
    }

    @Test func aMergeRecordedWithTheCLIAndAnOldCodeAfterIt() async throws {
        let daemon = try await ReportsEndToEndTests.daemon()
        let merge = try await Self.khuyenhoc(["communes", "merge", "10174", "10177", "--into", "10174", "--on", "2024-12-01"], daemon)
        #expect(merge.status == 0, "\(merge.stderr)")
        #expect(merge.stdout.hasPrefix("Recorded: Cao Dương (10174), Xuân Dương (10177) merged into Cao Xuân Dương (10174) on 2024-12-01."))

        let gone = try await Self.khuyenhoc(["report", "10177", "--year", "2025"], daemon)
        #expect(gone.status == 1)
        #expect(gone.stderr.contains(
            "CommuneNotInYear: Xuân Dương (10177) no longer existed in 2025: it was merged into Cao Xuân Dương (10174) on 2024-12-01"),
            "\(gone.stderr)")
        let after = try await Self.khuyenhoc(["report", "10174", "--year", "2025"], daemon)
        #expect(after.stdout.contains("Counts the subjects of: Cao Xuân Dương (10174), Cao Dương (10174), Xuân Dương (10177)"), "\(after.stdout)")

        let badYear = try await Self.khuyenhoc(["report", "--year", "1999"], daemon)
        #expect(badYear.status == 1)
        #expect(badYear.stderr.contains("InvalidValue: year must be a year from 2000 to 2100, not 1999"), "\(badYear.stderr)")
        let again = try await Self.khuyenhoc(["communes", "merge", "10177", "--into", "10174", "--on", "2024-12-01", "--json"], daemon)
        #expect(again.status == 1)
        #expect(again.stdout.contains("\"field\" : \"communes[0]\""), "\(again.stdout)")
        #expect(try await daemon.stop() == 0)
    }
}
