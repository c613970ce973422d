import Foundation
import Testing
@testable import KhuyenHocSpreadsheet

/// Exports Excel opens as meant, and that read back to the same values.
@Suite struct WriterTests {
    @Test func writesBOMCommaCRLFAndQuotesOnlyWhereNeeded() throws {
        let writer = SpreadsheetWriter()
        try writer.write(["Mã xã", "Tên xã", "Ghi chú"])
        try writer.write([.text("10114"), .text("Thị trấn Kim Bài, Thanh Oai"), .text("nói \"có\"\ndòng 2")])
        try writer.write([.text(" lề"), .empty, .text("x;y")])
        let bytes = try writer.finish()
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self)
            == "Mã xã,Tên xã,Ghi chú\r\n10114,\"Thị trấn Kim Bài, Thanh Oai\",\"nói \"\"có\"\"\ndòng 2\"\r\n\" lề\",,x;y\r\n")
    }

    @Test func matchesTheDecimalMarkToTheSeparator() throws {
        let row: [CellValue] = [.decimal(8.5), .wholeNumber(-3), .boolean(true), .boolean(false), .date(CalendarDate(year: 2024, month: 3, day: 5)!)]
        let semicolon = SpreadsheetWriter(options: WriterOptions(separator: .semicolon))
        try semicolon.write(row)
        #expect(String(decoding: try semicolon.finish().dropFirst(3), as: UTF8.self) == "8,5;-3;có;không;2024-03-05\r\n")
        let comma = SpreadsheetWriter(options: WriterOptions(decimalMark: .comma, booleans: .english, dates: .dayMonthYear))
        try comma.write(row)
        #expect(String(decoding: try comma.finish().dropFirst(3), as: UTF8.self) == "\"8,5\",-3,yes,no,05/03/2024\r\n")
    }

    @Test func keepsTextFromRunningAsAFormula() throws {
        let writer = SpreadsheetWriter()
        try writer.write([.text("=HYPERLINK(\"http://x\")"), .text("+84 912 345 678"), .text("-"), .text("@x"), .decimal(-2.5)])
        #expect(String(decoding: try writer.finish().dropFirst(3), as: UTF8.self)
            == "\"'=HYPERLINK(\"\"http://x\"\")\",'+84 912 345 678,'-,'@x,-2.5\r\n")
    }

    @Test(arguments: [
        (8.0, "8"), (8.5, "8.5"), (-0.0, "0"), (0.1 + 0.2, "0.30000000000000004"), (1e-5, "0.00001"),
        (1.5e-7, "0.00000015"), (1e16, "10000000000000000"), (-2.5e20, "-250000000000000000000"), (123.456, "123.456"),
    ])
    func writesNumbersWithoutExponents(value: Double, text: String) {
        #expect(SpreadsheetWriter.plain(value, mark: .point) == text)
        #expect(SpreadsheetWriter.plain(value, mark: .comma) == text.replacingOccurrences(of: ".", with: ","))
    }

    @Test func writesNFC() throws {
        let writer = SpreadsheetWriter()
        try writer.write(["Thùy".decomposedStringWithCanonicalMapping])
        #expect(Array(try writer.finish().dropFirst(3)) == Array("Thùy\r\n".utf8))
    }

    @Test func saysWhenTheDiskIsFull() throws {
        let writer = try SpreadsheetWriter(path: "/dev/full")
        let row = [String](repeating: "Nguyễn Thị Hằng", count: 100)
        do {
            for _ in 0..<100 { try writer.write(row) }
            try writer.finish()
            Issue.record("/dev/full takes nothing")
        } catch {
            #expect(error == SpreadsheetWriteError(path: "/dev/full", reason: "the disk is full; free some space and export again"))
        }
        #expect(throws: SpreadsheetWriteError.self) { try SpreadsheetWriter(path: "/nonexistent/out.csv") }
    }

    @Test(arguments: [FieldSeparator.comma, .semicolon, .tab])
    func roundTripsThroughAFile(separator: FieldSeparator) throws {
        let options = WriterOptions(separator: separator)
        let rows: [[CellValue]] = [
            [.text("10114"), .text("Nguyễn Thị Hằng"), .wholeNumber(1985), .decimal(8.5), .boolean(true),
             .date(CalendarDate(year: 2024, month: 3, day: 5)!)],
            [.text("10120"), .text("Đỗ \"Út\", Văn; Đức\nthôn Đông"), .wholeNumber(1990), .decimal(1.234), .boolean(false), .empty],
            [.text("10126"), .text("Phạm Thị Thùy".decomposedStringWithCanonicalMapping), .wholeNumber(2001), .empty, .boolean(true),
             .date(CalendarDate(year: 2023, month: 12, day: 31)!)],
            [.text("10129"), .text("=1+1"), .wholeNumber(-1), .decimal(1_234_567.25), .boolean(false), .empty],
        ]
        let read = try Fixture.withTemporaryFile { path in
            let writer = try SpreadsheetWriter(path: path, options: options)
            try writer.write(Fixture.people.columns.map(\.displayName))
            for row in rows { try writer.write(row) }
            try writer.finish()
            var read: [[CellValue]] = []
            let reader = TableReader(schema: Fixture.people, options: SpreadsheetOptions(decimalMark: options.effectiveDecimalMark))
            let report = try reader.read(.file(path)) { read.append($0.values) }
            #expect(report.separator == separator)
            #expect(report.encoding == .utf8WithBOM)
            return read
        }
        var expected = rows
        expected[2][1] = .text("Phạm Thị Thùy")
        expected[3][1] = .text("'=1+1")
        #expect(read == expected)
    }
}
