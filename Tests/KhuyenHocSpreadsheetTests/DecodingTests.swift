import Foundation
import Testing
@testable import KhuyenHocSpreadsheet

/// Encodings, line ends and quoting as Excel and other tools write them.
@Suite struct DecodingTests {
    static let text = "Mã xã,Họ và tên\r\n10114,Nguyễn Thị Hằng\r\n10120,Đỗ Văn Đức\r\n"
    static let expected = [["Mã xã", "Họ và tên"], ["10114", "Nguyễn Thị Hằng"], ["10120", "Đỗ Văn Đức"]]

    @Test(arguments: [
        (Fixture.utf8(text, bom: true), SpreadsheetEncoding.utf8WithBOM),
        (Fixture.utf8(text), .utf8),
        (Fixture.utf16(text, bigEndian: false), .utf16LittleEndian),
        (Fixture.utf16(text, bigEndian: true), .utf16BigEndian),
    ])
    func readsEveryEncodingExcelWrites(bytes: [UInt8], encoding: SpreadsheetEncoding) throws {
        let reader = try RecordReader(.bytes(bytes))
        #expect(reader.encoding == encoding)
        var cells: [[String]] = []
        while let record = try reader.next() { cells.append(record.cells) }
        #expect(cells == Self.expected)
    }

    @Test func readsAFileInChunksWithCharactersCutAtTheChunkBoundary() throws {
        // A 3-byte and a 4-byte character (a surrogate pair in UTF-16) across the chunk boundary
        // at every offset: "name\n" is 5 bytes, so they start 2 to 8 bytes before it.
        for shift in 0..<7 {
            let filler = String(repeating: "a", count: RawInput.chunkSize - 7 - shift)
            let text = "name\n\(filler)ệ𝄞ữ\nNguyễn\n"
            for bytes in [Fixture.utf8(text), Fixture.utf16(text, bigEndian: false), Fixture.utf16(text, bigEndian: true)] {
                let cells = try Fixture.withTemporaryFile { path in
                    _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
                    let reader = try RecordReader(.file(path))
                    var cells: [String] = []
                    while let record = try reader.next() { cells += record.cells }
                    return cells
                }
                #expect(cells == ["name", filler + "ệ𝄞ữ", "Nguyễn"])
            }
        }
    }

    @Test func transcodesUTF16FedOneByteAtATime() {
        let text = "Mã xã\tTên 𝄞\r\n10114\tKim Bài\r\n"
        for bigEndian in [false, true] {
            var transcoder = UTF16Transcoder(bigEndian: bigEndian)
            var out: [UInt8] = []
            for byte in Fixture.utf16(text, bigEndian: bigEndian).dropFirst(2) {
                #expect([byte].withUnsafeBufferPointer { transcoder.transcode($0, into: &out) })
            }
            #expect(transcoder.isComplete)
            #expect(out == Array(text.utf8))
        }
    }

    @Test func readsFromAPipeInOddPieces() throws {
        let pipe = Pipe()
        let bytes = Fixture.utf16("Mã xã\tTên xã\r\n10114\tThị trấn Kim Bài\r\n10120\tCự Khê\r\n", bigEndian: false)
        let writer = pipe.fileHandleForWriting
        let thread = Thread {
            var index = 0
            while index < bytes.count {
                let end = min(bytes.count, index + 3)
                writer.write(Data(bytes[index..<end]))
                index = end
                usleep(100)
            }
            try? writer.close()
        }
        thread.start()
        let reader = try RecordReader(.handle(pipe.fileHandleForReading))
        var cells: [[String]] = []
        while let record = try reader.next() { cells.append(record.cells) }
        #expect(reader.separator == .tab)
        #expect(cells == [["Mã xã", "Tên xã"], ["10114", "Thị trấn Kim Bài"], ["10120", "Cự Khê"]])
    }

    @Test func refusesInvalidUTF8NamingTheLine() {
        // "Thùy" in Windows-1258 on line 3: 0xF9 is ù there, and no UTF-8 byte.
        let bytes = Array("Mã xã,Tên\n10144,Thanh Thuy\n10141,Thanh Cao\n10144,Thanh Th".utf8) + [0xF9, 0x79, 0x0A]
        let issue = Fixture.failure(bytes)
        #expect(issue?.line == 4)
        #expect(issue?.row == 4)
        #expect(issue?.column == 2)
        #expect(issue?.problem == .invalidUTF8(byte: 0xF9))
        #expect(issue?.description.hasPrefix("row 4, column B: the file is not UTF-8 (byte 0xF9 here)") == true)
    }

    @Test func refusesInvalidUTF8InTheHeaderAndAtTheEnd() {
        #expect(Fixture.failure([0x61, 0xC0, 0x80, 0x0A])?.problem == .invalidUTF8(byte: 0xC0))
        #expect(Fixture.failure([0x61, 0xED, 0xA0, 0x80])?.problem == .invalidUTF8(byte: 0xED))
        let cut = Fixture.failure(Array("a\nb\nc".utf8) + [0xE1, 0xBB])
        #expect(cut?.problem == .invalidUTF8(byte: 0xE1))
        #expect(cut?.line == 3)
    }

    @Test func refusesBrokenUTF16NamingTheLine() {
        var bytes = Fixture.utf16("a\nb\nc", bigEndian: false)
        bytes += [0x00, 0xDC]
        let lone = Fixture.failure(bytes)
        #expect(lone?.problem == .invalidUTF16)
        #expect(lone?.line == 3)
        #expect(Fixture.failure(Fixture.utf16("a\nb", bigEndian: true) + [0x00])?.problem == .invalidUTF16)
    }

    @Test func refusesEncodingsAndFilesThatAreNotCSV() {
        #expect(Fixture.failure([0xFF, 0xFE, 0x00, 0x00, 0x61, 0, 0, 0])?.problem == .unsupportedEncoding(name: "UTF-32"))
        #expect(Fixture.failure([0x61, 0x00, 0x62, 0x00, 0x0A, 0x00])?.problem
            == .unsupportedEncoding(name: "UTF-16 without a byte order mark"))
        #expect(Fixture.failure([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00])?.problem == .workbookNotCSV(format: ".xlsx"))
        #expect(Fixture.failure([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1])?.problem == .workbookNotCSV(format: ".xls"))
        do {
            _ = try RecordReader(.file("/nonexistent/people.csv"))
            Issue.record("a missing file must be refused")
        } catch {
            #expect(error.problem == .cannotOpen(reason: "/nonexistent/people.csv: No such file or directory"))
        }
    }

    @Test func normalisesNFDToNFC() throws {
        let nfd = "Nguyễn Thị Hằng".decomposedStringWithCanonicalMapping
        #expect(nfd.unicodeScalars.count > "Nguyễn Thị Hằng".unicodeScalars.count)
        let records = try Fixture.records(Fixture.utf8("name\n\(nfd)\n"))
        #expect(records[1].cells[0].unicodeScalars.elementsEqual("Nguyễn Thị Hằng".unicodeScalars))
    }

    @Test func acceptsCRLFAndLFAndLoneCRAndCountsLines() throws {
        let records = try Fixture.records(Fixture.utf8("a,b\r\n1,2\n3,4\r5,6\r\n\r\n7,8"))
        #expect(records.map(\.cells) == [["a", "b"], ["1", "2"], ["3", "4"], ["5", "6"], [""], ["7", "8"]])
        #expect(records.map(\.line) == [1, 2, 3, 4, 5, 6])
        #expect(records.map(\.row) == [1, 2, 3, 4, 5, 6])
        #expect(records[4].isBlank)
    }

    @Test func readsQuotedSeparatorsQuotesAndLineBreaks() throws {
        let text = "name;note;x\r\n\"Lê; Văn\";\"dòng 1\r\ndòng 2\ndòng 3\";\"\"\"nói\"\" \"\r\nsau;\"\";z\r\n"
        let records = try Fixture.records(Fixture.utf8(text, bom: true))
        #expect(records.map(\.cells) == [
            ["name", "note", "x"], ["Lê; Văn", "dòng 1\ndòng 2\ndòng 3", "\"nói\" "], ["sau", "", "z"],
        ])
        // The spreadsheet's row 3 starts on line 5 of the file.
        #expect(records.map(\.line) == [1, 2, 5])
        #expect(records.map(\.row) == [1, 2, 3])
    }

    @Test func reportsAQuoteNeverClosedWhereItOpened() {
        let issue = Fixture.failure(Fixture.utf8("a,b\n1,2\n3,\"bốn\n5,6\n7,8\n"))
        #expect(issue?.problem == .unterminatedQuote)
        #expect(issue?.line == 3)
        #expect(issue?.row == 3)
        #expect(issue?.columnLetter == "B")
    }

    @Test func keepsTextAfterAClosingQuoteButReportsIt() throws {
        let records = try Fixture.records(Fixture.utf8("a,b\n\"ab\"cd,x\n5\" ti vi,y\n"))
        #expect(records[1].cells == ["abcd", "x"])
        #expect(records[1].issues.map(\.problem) == [.textAfterClosingQuote])
        #expect(records[1].issues.first?.column == 1)
        #expect(records[2].cells == ["5\" ti vi", "y"])
        #expect(records[2].issues.isEmpty)
    }

    @Test func refusesACellLongerThanExcelAllows() {
        let long = "a\n\"" + String(repeating: "x", count: RecordReader.maxCellBytes + 1)
        let issue = Fixture.failure(Fixture.utf8(long))
        #expect(issue?.problem == .cellTooLong(limitBytes: RecordReader.maxCellBytes))
        #expect(issue?.line == 2)
    }
}
