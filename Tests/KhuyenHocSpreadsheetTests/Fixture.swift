import Foundation
@testable import KhuyenHocSpreadsheet

/// Files built in the tests, in the encodings Excel writes.
enum Fixture {
    static func utf8(_ text: String, bom: Bool = false) -> [UInt8] {
        (bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)
    }

    /// Excel's "Unicode Text": UTF-16 with a byte order mark.
    static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.utf16 {
            let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
            bytes += bigEndian ? [high, low] : [low, high]
        }
        return bytes
    }

    /// A fresh path in the temporary folder, removed by `body`'s end.
    static func withTemporaryFile<T>(_ body: (String) throws -> T) rethrows -> T {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("khuyenhoc-spreadsheet-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try body(path)
    }

    /// Every row of `bytes` as text.
    static func records(_ bytes: [UInt8], separator: FieldSeparator? = nil) throws -> [SpreadsheetRecord] {
        let reader = try RecordReader(.bytes(bytes), separator: separator)
        var records: [SpreadsheetRecord] = []
        while let record = try reader.next() { records.append(record) }
        return records
    }

    /// The error a file stops with.
    static func failure(_ bytes: [UInt8], separator: FieldSeparator? = nil) -> SpreadsheetIssue? {
        do {
            _ = try records(bytes, separator: separator)
            return nil
        } catch let issue as SpreadsheetIssue {
            return issue
        } catch {
            return nil
        }
    }

    /// People as a commune sends them: a schema with one column of every type.
    static let people = TableSchema(name: "people", columns: [
        ColumnSpec("communeCode", .text, required: true, names: ["Mã xã", "commune code", "statistics code"]),
        ColumnSpec("name", .text, required: true, names: ["Họ và tên", "full name", "name"]),
        ColumnSpec("birthYear", .wholeNumber, required: true, names: ["Năm sinh", "birth year"]),
        ColumnSpec("score", .decimal, names: ["Điểm", "score"]),
        ColumnSpec("literate", .boolean, names: ["Biết chữ", "literate"]),
        ColumnSpec("registered", .date, names: ["Ngày đăng ký", "registration date"]),
    ])
}
