import Foundation
@testable import KhuyenHocStore
import Testing

@Suite("Dates, instants and page cursors")
struct ValueTests {
    @Test("calendar dates read only real days written YYYY-MM-DD", arguments: [
        ("2024-02-29", true), ("2023-02-29", false), ("2025-07-01", true), ("2025-7-1", false),
        ("2025-13-01", false), ("2025-04-31", false), ("1900-02-29", false), ("2000-02-29", true), ("20250701", false),
    ])
    func calendarDate(text: String, valid: Bool) {
        let date = CalendarDate(text)
        #expect((date != nil) == valid)
        if let date { #expect(date.description == text) }
    }

    @Test("the day before a merge", arguments: [
        ("2025-07-01", "2025-06-30"), ("2024-03-01", "2024-02-29"), ("2023-03-01", "2023-02-28"), ("2025-01-01", "2024-12-31"),
        ("2025-05-15", "2025-05-14"),
    ])
    func previousDay(date: String, expected: String) throws {
        #expect(try #require(CalendarDate(date)).previousDay.description == expected)
    }

    @Test("dates are JSON strings")
    func dateJSON() throws {
        let date = try #require(CalendarDate(year: 2024, month: 10, day: 1))
        let data = try JSONEncoder().encode([date])
        #expect(String(decoding: data, as: UTF8.self) == #"["2024-10-01"]"#)
        #expect(try JSONDecoder().decode([CalendarDate].self, from: data) == [date])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([CalendarDate].self, from: Data(#"["2024-02-30"]"#.utf8)) }
    }

    @Test("instants are RFC 3339 in UTC to the millisecond, and read back")
    func timestamps() throws {
        let date = Date(timeIntervalSince1970: 1_740_817_800.25)
        let text = Timestamp.string(from: date)
        #expect(text == "2025-03-01T08:30:00.250Z")
        #expect(Timestamp.date(from: text) == date)
        #expect(Timestamp.string(from: Date(timeIntervalSince1970: -0.5)) == "1969-12-31T23:59:59.500Z")
        #expect(Timestamp.date(from: "2025-03-01 08:30:00") == nil)
    }

    @Test("a page cursor survives its token; a made-up token is refused")
    func cursorToken() throws {
        let cursor = PageCursor(sortKey: VietnameseText.sortKey("Thanh Thùy"), id: 42)
        #expect(try PageCursor(token: cursor.token) == cursor)
        #expect(throws: RegistryError.self) { try PageCursor(token: "not a cursor") }
        #expect(throws: RegistryError.self) { try PageCursor(token: Data("x:y".utf8).base64EncodedString()) }
    }
}
