import Foundation
import Testing
@testable import KhuyenHocSpreadsheet

/// Typed cells: numbers with either decimal mark, yes/no in two languages, dates.
@Suite struct CellReaderTests {
    let reader = CellReader()

    @Test(arguments: [
        ("8,5", 8.5), ("8.5", 8.5), ("-0,25", -0.25), ("+3", 3), (",5", 0.5), (" 9,75 ", 9.75),
        ("0,125", 0.125), ("12,5", 12.5), ("1234,5", 1234.5), ("1.234,5", 1234.5), ("1,234.5", 1234.5),
        ("1.234.567", 1_234_567), ("1,234,567.25", 1_234_567.25), ("10", 10), ("\u{A0}7\u{A0}", 7),
    ])
    func readsDecimals(text: String, value: Double) throws {
        #expect(try reader.decimal(text) == value)
    }

    @Test(arguments: ["1,234", "1.234", "-12,500", "999.000"])
    func refusesAThousandsSeparatorThatCouldBeADecimalMark(text: String) {
        #expect(throws: SpreadsheetProblem.ambiguousNumber(text)) { try reader.decimal(text) }
        #expect(throws: SpreadsheetProblem.ambiguousNumber(text)) { try reader.wholeNumber(text) }
    }

    @Test func theFilesDecimalMarkDecidesTheAmbiguousCases() throws {
        let vietnamese = CellReader(decimalMark: .comma)
        #expect(try vietnamese.decimal("1,234") == 1.234)
        #expect(try vietnamese.wholeNumber("1.234") == 1234)
        #expect(try vietnamese.decimal("8.5") == 8.5)
        let english = CellReader(decimalMark: .point)
        #expect(try english.decimal("1.234") == 1.234)
        #expect(try english.wholeNumber("1,234") == 1234)
    }

    @Test(arguments: ["8,5kg", "1.2.3", "8,", "12,34,56", "1.23.456", "--1", "", "x", "1,234.5.6", "1e5", "٣"])
    func refusesWhatIsNotANumber(text: String) {
        #expect(throws: SpreadsheetProblem.notNumber(text)) { try reader.decimal(text) }
    }

    @Test func readsWholeNumbers() throws {
        #expect(try reader.wholeNumber("1985") == 1985)
        #expect(try reader.wholeNumber("-3") == -3)
        #expect(try reader.wholeNumber("8,00") == 8)
        #expect(try reader.wholeNumber("1.234.567") == 1_234_567)
        #expect(try reader.wholeNumber("007") == 7)
        #expect(throws: SpreadsheetProblem.notWholeNumber("8,5")) { try reader.wholeNumber("8,5") }
        #expect(throws: SpreadsheetProblem.notWholeNumber("99999999999999999999")) { try reader.wholeNumber("99999999999999999999") }
        #expect(throws: SpreadsheetProblem.notWholeNumber("19x5")) { try reader.wholeNumber("19x5") }
    }

    @Test(arguments: ["có", "Có", "CÓ", "co", "x", "X", "đạt", "Đạt", "dat", "đúng", "yes", "Y", "TRUE", "1",
                      "có".decomposedStringWithCanonicalMapping])
    func readsYes(text: String) throws {
        #expect(try reader.boolean(text))
    }

    @Test(arguments: ["", "  ", "không", "Không", "khong", "không đạt", "KHÔNG ĐẠT", "chưa đạt", "sai", "no", "N", "false", "0",
                      "không đạt".decomposedStringWithCanonicalMapping])
    func readsNo(text: String) throws {
        #expect(try reader.boolean(text) == false)
        #expect(try reader.value(text, as: .boolean) == .boolean(false))
    }

    @Test(arguments: ["có lẽ", "2", "ok", "-"])
    func refusesWhatIsNotYesOrNo(text: String) {
        #expect(throws: SpreadsheetProblem.notBoolean(text)) { try reader.boolean(text) }
    }

    @Test func readsDates() throws {
        #expect(try reader.date("05/03/2024") == CalendarDate(year: 2024, month: 3, day: 5))
        #expect(try reader.date("5/3/2024") == CalendarDate(year: 2024, month: 3, day: 5))
        #expect(try reader.date("2024-03-05") == CalendarDate(year: 2024, month: 3, day: 5))
        #expect(try reader.date("29/02/2024") == CalendarDate(year: 2024, month: 2, day: 29))
        #expect(try reader.date(" 2000-02-29 ") == CalendarDate(year: 2000, month: 2, day: 29))
    }

    @Test(arguments: ["31/02/2024", "29/02/2023", "29/02/1900", "00/01/2024", "12/13/2024", "2024-04-31", "2024-00-10"])
    func refusesDaysNotInTheCalendar(text: String) {
        #expect(throws: SpreadsheetProblem.impossibleDate(text)) { try reader.date(text) }
    }

    @Test(arguments: ["2024/03/05", "05.03.2024", "5/3/24", "45357", "hôm nay", "05/03/2024 08:00", "2024-3-5-1", "ab/cd/efgh"])
    func refusesWhatIsNotADate(text: String) {
        #expect(throws: SpreadsheetProblem.notDate(text)) { try reader.date(text) }
    }

    @Test func blankCellsAreEmptyExceptBooleans() throws {
        for type in [CellType.text, .wholeNumber, .decimal, .date] {
            #expect(try reader.value(" ", as: type) == .empty)
        }
        #expect(try reader.value("", as: .boolean) == .boolean(false))
        #expect(try reader.value("  Kim Bài ", as: .text) == .text("Kim Bài"))
    }

    @Test func messagesSayWhatToWrite() {
        #expect(SpreadsheetProblem.notNumber("8,5kg").reason == "“8,5kg” is not a number: write it as 8,5 or 8.5")
        #expect(SpreadsheetProblem.notNumber("8,5kg").reasonVi == "“8,5kg” không phải số: hãy viết 8,5 hoặc 8.5")
        #expect(SpreadsheetProblem.notDate("x").reason == "“x” is not a date: write it as dd/mm/yyyy or yyyy-mm-dd")
    }
}

/// The spelled-out White_Space test agrees with Unicode's property on every scalar.
@Test func cellTextWhitespaceIsUnicodesWhiteSpace() {
    let disagreeing = (UInt32(0)...0x10FFFF).compactMap(Unicode.Scalar.init).filter {
        CellText.isWhitespace($0) != $0.properties.isWhitespace
    }
    #expect(disagreeing.isEmpty, "\(disagreeing.map { String($0.value, radix: 16) })")
}
