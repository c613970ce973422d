import Testing
@testable import KhuyenHocSpreadsheet

/// The separator comes from the header row, from Excel's `sep=` line, or from the caller.
@Suite struct SeparatorTests {
    @Test(arguments: [
        ("Mã xã,Tên xã,Năm\n1,2,3\n", FieldSeparator.comma, 3),
        ("Mã xã;Tên xã;Điểm\n10114;Kim Bài;8,5\n", .semicolon, 3),
        ("Mã xã\tTên xã\n10114\tKim Bài\n", .tab, 2),
        ("\"Tên; xã\",Mã\n1,2\n", .comma, 2),
        ("Tên xã\nKim Bài\n", .comma, 1),
    ])
    func detectsTheSeparatorFromTheHeader(text: String, separator: FieldSeparator, cells: Int) throws {
        let reader = try RecordReader(.bytes(Fixture.utf8(text, bom: true)))
        #expect(reader.separator == separator)
        #expect(try reader.next()?.cells.count == cells)
        #expect(try reader.next()?.cells.count == cells)
    }

    @Test func detectsTabInExcelUnicodeText() throws {
        let reader = try RecordReader(.bytes(Fixture.utf16("Mã xã\tTên xã\r\n10114\tThị trấn Kim Bài\r\n", bigEndian: false)))
        #expect(reader.separator == .tab)
        _ = try reader.next()
        #expect(try reader.next()?.cells == ["10114", "Thị trấn Kim Bài"])
    }

    @Test func followsExcelsSepLine() throws {
        let reader = try RecordReader(.bytes(Fixture.utf8("sep=;\r\na,b;c\r\n1,5;2\r\n")))
        #expect(reader.separator == .semicolon)
        let header = try #require(try reader.next())
        #expect(header.cells == ["a,b", "c"])
        #expect(header.line == 2)
        #expect(header.row == 1)
        #expect(try reader.next()?.cells == ["1,5", "2"])
    }

    @Test func theCallerOverridesDetection() throws {
        let reader = try RecordReader(.bytes(Fixture.utf8("a;b,c;d,e\n")), separator: .comma)
        #expect(try reader.next()?.cells == ["a;b", "c;d", "e"])
    }

    @Test func refusesAHeaderThatCouldBeEither() {
        let issue = Fixture.failure(Fixture.utf8("a,b;c\n"))
        #expect(issue?.problem == .ambiguousSeparator(candidates: [.comma, .semicolon]))
        #expect(issue?.row == 1)
        #expect(issue?.reason == "cannot tell the separator from the header row: it has as many ‘,’ as ‘;’; say which one the file uses")
    }
}
