import Foundation
import KhuyenHocCalendar
import Testing

@Suite struct ContentLineFoldingTests {
    /// The physical lines of `text` (without CRLF), as bytes.
    func physicalLines(_ text: String) -> [[UInt8]] {
        var lines: [[UInt8]] = []
        var current: [UInt8] = []
        var bytes = Array(text.utf8)[...]
        while let byte = bytes.popFirst() {
            if byte == 13 && bytes.first == 10 {
                bytes.removeFirst()
                lines.append(current)
                current = []
            } else {
                current.append(byte)
            }
        }
        #expect(current.isEmpty, "the document ends in CRLF")
        return lines
    }

    @Test func threeOctetLettersFoldAtSeventyFiveOctetsExactly() throws {
        // "ệ" is 3 octets: "SUMMARY:" (8) + 22 × 3 = 74, a 23rd would make 77.
        var deadline = CalendarDeadline(
            id: "d", title: "x", titleVi: String(repeating: "ệ", count: 60), due: .day(CalendarDay(year: 2026, month: 12, day: 15)!))
        deadline.title = "T"
        let text = try CalendarWriter().document([deadline], stamp: Date(timeIntervalSince1970: 0))
        let lines = physicalLines(text)
        let start = try #require(lines.firstIndex { $0.starts(with: Array("SUMMARY:".utf8)) })
        #expect(lines[start].count == 74)
        #expect(String(decoding: lines[start], as: UTF8.self) == "SUMMARY:" + String(repeating: "ệ", count: 22))
        // Continuations: a space (1) + 24 × 3 = 73; the rest " ệệ…ệ (T)".
        #expect(lines[start + 1].count == 73)
        #expect(String(decoding: lines[start + 1], as: UTF8.self) == " " + String(repeating: "ệ", count: 24))
        #expect(String(decoding: lines[start + 2], as: UTF8.self) == " " + String(repeating: "ệ", count: 14) + " (T)")
    }

    @Test func longVietnameseLinesNeverBreakAUTF8SequenceAndUnfoldToTheOriginal() throws {
        let description = """
            Hội Khuyến học xã tổng hợp kết quả đánh giá, công nhận danh hiệu Công dân học tập, Gia đình học tập, \
            Dòng họ học tập, Cộng đồng học tập và Đơn vị học tập; gửi báo cáo về Hội Khuyến học huyện trước ngày \
            15 tháng 12 hằng năm. 🎓 Mẫu biểu kèm theo.
            """
        let deadline = CalendarDeadline(
            id: "d-2", title: "Report", titleVi: "Báo cáo", descriptionVi: description,
            due: .day(CalendarDay(year: 2026, month: 12, day: 15)!))
        let text = try CalendarWriter().document([deadline], stamp: Date(timeIntervalSince1970: 0))
        let lines = physicalLines(text)
        for (index, line) in lines.enumerated() {
            #expect(line.count <= 75, "line \(index) has \(line.count) octets")
            #expect(String(validating: line, as: UTF8.self) != nil, "line \(index) splits a UTF-8 sequence")
        }
        // Each fold is as late as it can be: the next scalar would not have fit.
        for index in lines.indices.dropLast() where lines[index + 1].first == 32 {
            let next = try #require(String(validating: lines[index + 1].dropFirst(), as: UTF8.self)?.unicodeScalars.first)
            #expect(lines[index].count + UTF8.width(next) > 75)
        }
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        let escaped = description.replacingOccurrences(of: ",", with: "\\,").replacingOccurrences(of: ";", with: "\\;")
        #expect(unfolded.contains("\r\nDESCRIPTION:\(escaped)\r\n"))
        #expect(lines.filter { $0.first == 32 }.count >= 3)
    }
}
