import Foundation
import Testing
@testable import KhuyenHocSpreadsheet

/// Whole files against a schema: typed rows out, every issue by row and column, nothing kept.
@Suite struct TableReaderTests {
    let reader = TableReader(schema: Fixture.people)

    @Test func readsASemicolonFileWithDecimalCommasFromVietnameseExcel() throws {
        let text = """
            Mã xã;Họ và tên;Năm sinh;Điểm;Biết chữ;Ngày đăng ký\r
            10114;Nguyễn Thị Hằng;1985;8,5;x;05/03/2024\r
            10120;"Đỗ; Văn Đức";1990;;;\r
            ;;;;;\r
            10126;Lê Văn An;1.975;9;không;2024-12-31\r

            """
        var rows: [ValidatedRow] = []
        let report = try TableReader(schema: Fixture.people, options: SpreadsheetOptions(decimalMark: .comma))
            .read(.bytes(Fixture.utf8(text, bom: true))) { rows.append($0) }
        #expect(report.encoding == .utf8WithBOM)
        #expect(report.separator == .semicolon)
        #expect(report.rowCount == 3)
        #expect(rows.map(\.row) == [2, 3, 5])
        #expect(rows[0].values == [.text("10114"), .text("Nguyễn Thị Hằng"), .wholeNumber(1985), .decimal(8.5), .boolean(true),
                                   .date(CalendarDate(year: 2024, month: 3, day: 5)!)])
        #expect(rows[1].values == [.text("10120"), .text("Đỗ; Văn Đức"), .wholeNumber(1990), .empty, .boolean(false), .empty])
        #expect(rows[2].wholeNumber("birthYear") == 1975)
        #expect(rows[2].date("registered") == CalendarDate(year: 2024, month: 12, day: 31))
    }

    @Test func readsUTF16UnicodeTextWithNFDNames() throws {
        let text = "Mã xã\tHọ và tên\tNăm sinh\tĐiểm\r\n10114\t\("Phạm Thị Thùy".decomposedStringWithCanonicalMapping)\t1999\t7,25\r\n"
        for bigEndian in [false, true] {
            var rows: [ValidatedRow] = []
            try reader.read(.bytes(Fixture.utf16(text.decomposedStringWithCanonicalMapping, bigEndian: bigEndian))) { rows.append($0) }
            #expect(rows.count == 1)
            #expect(rows[0].text("name")?.unicodeScalars.elementsEqual("Phạm Thị Thùy".unicodeScalars) == true)
            #expect(rows[0].decimal("score") == 7.25)
        }
    }

    @Test func reportsEveryCellErrorByRowAndColumn() {
        let text = """
            Mã xã,Họ và tên,Năm sinh,Điểm,Biết chữ,Ngày đăng ký
            10114,An,19x5,8.5,x,05/03/2024
            10114,Bình,1980,"8,5kg",x,05/03/2024
            10114,Chi,1980,"1,234",x,05/03/2024
            10114,Dũng,1980,7,có lẽ,05/03/2024
            10114,Giang,1980,7,x,31/02/2024
            10114,Hà,1980,7,x,2024/03/05
            ,Hải,1980,7,x,
            10114,Khoa,,7,x,
            10114,"Lan
            Anh",1980,7,x,20/11/2023
            10114,Minh,1980,"7,5",x,20/11/2023
            """
        let report = reader.validate(.bytes(Fixture.utf8(text)))
        #expect(report.rowCount == 10)
        let found = report.issues.map { "\($0.row!) \($0.line!) \($0.columnLetter!) \($0.columnName!) \($0.columnID!)" }
        #expect(found == [
            "2 2 C Năm sinh birthYear", "3 3 D Điểm score", "4 4 D Điểm score", "5 5 E Biết chữ literate",
            "6 6 F Ngày đăng ký registered", "7 7 F Ngày đăng ký registered", "8 8 A Mã xã communeCode", "9 9 C Năm sinh birthYear",
        ])
        #expect(report.issues.map(\.problem) == [
            .notWholeNumber("19x5"), .notNumber("8,5kg"), .ambiguousNumber("1,234"), .notBoolean("có lẽ"),
            .impossibleDate("31/02/2024"), .notDate("2024/03/05"), .missingValue, .missingValue,
        ])
        #expect(report.issues[0].description == "row 2, column C “Năm sinh”: “19x5” is not a whole number")
        #expect(report.issues[0].descriptionVi == "hàng 2, cột C “Năm sinh”: “19x5” không phải số nguyên")
    }

    @Test func findsABadRowAtTheEndOfALargeFileAndHandsOverNothingAfterIt() throws {
        try Fixture.withTemporaryFile { path in
            let rows = 100_000
            try Self.writePeople(to: path, rows: rows, badLast: true)
            // Row 2's name holds a line break, so every later row starts one line further down.
            let report = reader.validate(.file(path))
            #expect(report.rowCount == rows)
            #expect(report.issueCount == 1)
            let issue = try #require(report.issues.first)
            #expect(issue.row == rows + 1)
            #expect(issue.line == rows + 2)
            #expect(issue.columnLetter == "C")
            #expect(issue.description == "row 100001 (line 100002), column C “Năm sinh”: “19x5” is not a whole number")

            var handed = 0
            #expect(throws: SpreadsheetRejection.self) {
                try reader.read(.file(path)) { _ in handed += 1 }
            }
            #expect(handed == rows - 1)
        }
    }

    @Test func keepsTheFirstIssuesAndCountsTheRest() {
        var text = "Mã xã,Họ và tên,Năm sinh\n"
        for index in 0..<300 { text += "10114,Người \(index),năm\n" }
        let report = TableReader(schema: Fixture.people, options: SpreadsheetOptions(maxIssues: 50)).validate(.bytes(Fixture.utf8(text)))
        #expect(report.issues.count == 50)
        #expect(report.issueCount == 300)
        #expect(report.issues.last?.row == 51)
        #expect(SpreadsheetRejection(report: report).description.hasSuffix("\n… 250 more issues"))
        #expect(SpreadsheetRejection(report: report).descriptionVi.hasSuffix("\n… 250 lỗi khác"))
    }

    @Test func stopsHandingOverRowsAtTheFirstIssueButReportsAllOfThem() throws {
        let text = "Mã xã,Họ và tên,Năm sinh\n10114,An,1980\n10114,Bình,x\n10114,Chi,1982\n10114,Dũng,y\n"
        var names: [String] = []
        do {
            try reader.read(.bytes(Fixture.utf8(text))) { names.append($0.text("name")!) }
            Issue.record("the file has bad rows")
        } catch let rejection as SpreadsheetRejection {
            #expect(rejection.report.issues.map(\.row) == [3, 5])
        }
        #expect(names == ["An"])
    }

    @Test func theImporterCanRejectARowAndOtherErrorsStopTheReading() throws {
        struct DiskFailed: Error {}
        let text = "Mã xã,Họ và tên,Năm sinh\n10114,An,1980\n99999,Bình,1981\n10120,Chi,1982\n"
        do {
            try reader.read(.bytes(Fixture.utf8(text))) { row in
                if row.text("communeCode") == "99999" {
                    throw RowRejection(columnID: "communeCode", reason: "no commune has the code 99999",
                                       reasonVi: "không có xã nào mang mã 99999")
                }
            }
            Issue.record("the row must be refused")
        } catch let rejection as SpreadsheetRejection {
            let issue = try #require(rejection.report.issues.first)
            #expect(rejection.report.issueCount == 1)
            #expect(issue.description == "row 3, column A “Mã xã”: no commune has the code 99999")
            #expect(issue.descriptionVi == "hàng 3, cột A “Mã xã”: không có xã nào mang mã 99999")
        }
        var seen = 0
        #expect(throws: DiskFailed.self) {
            try reader.read(.bytes(Fixture.utf8(text))) { _ in
                seen += 1
                if seen == 2 { throw DiskFailed() }
            }
        }
        #expect(seen == 2)
    }

    @Test func reportsAFileThatCannotBeReadOnAsOneIssue() {
        let report = reader.validate(.bytes(Fixture.utf8("Mã xã,Họ và tên,Năm sinh\n10114,An,1980\n10114,\"Bình,1981\n")))
        #expect(report.issues.map(\.problem) == [.unterminatedQuote])
        #expect(report.issues[0].line == 3)
        let missing = reader.validate(.file("/nonexistent/people.csv"))
        #expect(missing.encoding == nil)
        #expect(missing.issues.first?.reason == "cannot open the file: /nonexistent/people.csv: No such file or directory")
    }

    /// A people file of `rows` data rows, written a chunk at a time; the last row's birth year is
    /// `19x5` when `badLast`. Row 2's name has a line break in it.
    static func writePeople(to path: String, rows: Int, badLast: Bool, padding: Int = 0) throws {
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        var chunk = "\u{FEFF}Mã xã;Họ và tên;Năm sinh;Điểm;Biết chữ;Ngày đăng ký\r\n"
        let filler = String(repeating: "ơ", count: padding)
        for index in 1...rows {
            let name = index == 1 ? "\"Nguyễn\nHằng\"" : "Nguyễn Văn \(index)\(filler)"
            let year = badLast && index == rows ? "19x5" : String(1940 + index % 70)
            chunk += "\(10114 + 3 * (index % 21));\(name);\(year);\(index % 10),5;\(index % 2 == 0 ? "x" : "");05/03/2024\r\n"
            if chunk.utf8.count > 1 << 20 {
                try handle.write(contentsOf: Data(chunk.utf8))
                chunk = ""
            }
        }
        try handle.write(contentsOf: Data(chunk.utf8))
    }
}
