import Foundation
import Testing
@testable import KhuyenHocSpreadsheet

/// Header names in Vietnamese or English, however typed; unknown, missing and repeated columns.
@Suite struct HeaderTests {
    let reader = TableReader(schema: Fixture.people)

    @Test func matchesAliasesIgnoringCaseDiacriticsFormAndSpacing() throws {
        let header = ["MA XA", "full_name", "Nam Sinh", "Điểm".decomposedStringWithCanonicalMapping, " Literate ", "registration-date"]
        let report = reader.validate(.bytes(Fixture.utf8(header.joined(separator: ",") + "\n10114,An,1980,7,x,05/03/2024\n")))
        #expect(report.isValid, "\(report.issues)")
        #expect(report.header?.fileColumn == [0, 1, 2, 3, 4, 5])
        #expect(report.header?.names[3] == "Điểm")
    }

    @Test func acceptsColumnsInAnyOrderAndOptionalOnesMissing() throws {
        var rows: [ValidatedRow] = []
        try reader.read(.bytes(Fixture.utf8("Năm sinh,statistics code,Họ và tên\n1980,10114,An\n"))) { rows.append($0) }
        #expect(rows.count == 1)
        #expect(rows[0].text("communeCode") == "10114")
        #expect(rows[0].wholeNumber("birthYear") == 1980)
        #expect(rows[0]["score"] == .empty)
        #expect(rows[0].boolean("literate") == nil)
    }

    @Test func reportsUnknownColumnsAndStillChecksTheRows() {
        let report = reader.validate(.bytes(Fixture.utf8("Mã xã,Họ và tên,Năm sinh,Ghi chú\n10114,An,19x5,tốt\n")))
        #expect(report.issues.count == 2)
        let unknown = report.issues[0]
        #expect(unknown.row == 1)
        #expect(unknown.columnLetter == "D")
        #expect(unknown.problem == .unknownColumn(name: "Ghi chú", known: Fixture.people.columns.map(\.displayName)))
        #expect(unknown.description
            == "row 1, column D “Ghi chú”: unknown column “Ghi chú”; the columns are: Mã xã, Họ và tên, Năm sinh, Điểm, Biết chữ, Ngày đăng ký")
        #expect(report.issues[1].problem == .notWholeNumber("19x5"))
        #expect(report.issues[1].row == 2)
    }

    @Test func reportsMissingRequiredColumns() {
        let report = reader.validate(.bytes(Fixture.utf8("Mã xã,Điểm\n10114,7\n")))
        #expect(report.issues.map(\.problem) == [
            .missingColumn(names: ["Họ và tên", "full name", "name"]),
            .missingColumn(names: ["Năm sinh", "birth year"]),
        ])
        #expect(report.issues[1].columnID == "birthYear")
        #expect(report.issues[1].descriptionVi == "hàng 1, cột “Năm sinh”: thiếu cột bắt buộc “Năm sinh” (hoặc “birth year”)")
    }

    @Test func reportsAColumnNamedTwiceEvenUnderTwoNames() {
        let report = reader.validate(.bytes(Fixture.utf8("Mã xã,Họ và tên,Năm sinh,commune code\n10114,An,1980,10120\n")))
        #expect(report.issues.count == 1)
        #expect(report.issues[0].problem == .duplicateColumn(name: "commune code", firstColumn: "A"))
        #expect(report.issues[0].columnLetter == "D")
        let same = reader.validate(.bytes(Fixture.utf8("Mã xã;Mã xã;Họ và tên;Năm sinh\n")))
        #expect(same.issues.map(\.problem) == [.duplicateColumn(name: "Mã xã", firstColumn: "A")])
    }

    @Test func ignoresBlankColumnsButNotValuesInThem() {
        let report = reader.validate(.bytes(Fixture.utf8("Mã xã;Họ và tên;Năm sinh;;\n10114;An;1980;;\n10114;Bình;1981;sót;\n")))
        #expect(report.issues.count == 1)
        #expect(report.issues[0].problem == .valueWithoutHeader(value: "sót"))
        #expect(report.issues[0].row == 3)
        #expect(report.issues[0].columnLetter == "D")
    }

    @Test func reportsCellsBeyondTheHeaderWithAHintAboutDecimalCommas() {
        let report = reader.validate(.bytes(Fixture.utf8("Mã xã,Họ và tên,Năm sinh,Điểm\n10114,An,1980,8,5\n10114,Bình,1981,7,,\n")))
        #expect(report.issues.map(\.problem) == [.extraCells(count: 5, expected: 4, separator: .comma)])
        #expect(report.issues[0].row == 2)
        #expect(report.issues[0].reason.hasSuffix("a decimal comma (8,5) in a comma-separated file must be quoted, or save with ‘;’"))
    }

    @Test func refusesAFileWithoutAHeader() {
        for bytes in [[], [0xEF, 0xBB, 0xBF], Fixture.utf8(";;;\r\n1;2;3\r\n")] {
            #expect(reader.validate(.bytes(bytes)).issues.map(\.problem) == [.noHeader])
        }
    }
}
