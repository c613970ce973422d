import Foundation
import KhuyenHocSpreadsheet
import KhuyenHocStore
import KhuyenHocTransfer

/// One input of the CSV fuzzer: the bytes of a table file as an upload arrives (any encoding,
/// byte order mark, separator, line ends), read against every table's schema as an import of
/// that table reads it, each row mapped to its record and checked against the registry's rules.
/// Once more for one table, the bytes arrive through a descriptor in small pieces, as from a pipe.
public enum SpreadsheetFuzzing {
    /// Two communes, so that rows naming a commune by code find one (or not).
    static let communes = CommuneDirectory([
        Commune(id: 1, statisticsCode: "10144", name: "Xã Bình Minh"),
        Commune(id: 2, statisticsCode: "10147", name: "Xã Thanh Thùy", mergedInto: 1, mergedOn: KhuyenHocStore.CalendarDate("2025-07-01")),
    ])

    /// A fixed "now", so that a crash replays.
    static let now = Date(timeIntervalSince1970: 1_767_225_600)

    /// Runs one input; returns how many rows all tables took.
    @discardableResult
    public static func run(_ data: Data) -> Int {
        let bytes = [UInt8](data)
        var taken = 0
        for table in TransferTable.allCases {
            let (report, rows) = TableFileCheck(table: table, communes: communes, maxErrors: 20).run(.bytes(bytes), now: now)
            precondition(report.issues.count <= 20 && report.issueCount >= report.issues.count, "issues over the limit")
            for issue in report.issues { _ = (issue.description, issue.descriptionVi) }
            taken += rows.count
        }
        var cuts = bytes.withUnsafeBytes { ReadCuts(seed: $0) }
        let lengths = (0..<min(bytes.count, 4096)).map { _ in cuts.next() }
        let table = TransferTable.allCases[lengths.first.map { $0 % TransferTable.allCases.count } ?? 0]
        let whole = TableFileCheck(table: table, communes: communes, maxErrors: 20).run(.bytes(bytes), now: now)
        let pieces = PacketFeed.read(bytes, lengths: lengths) {
            TableFileCheck(table: table, communes: communes, maxErrors: 20).run(.handle($0), now: now)
        }
        if let pieces {
            // However the file arrives, it reads the same.
            precondition(pieces.rows.count == whole.rows.count && pieces.report.issueCount == whole.report.issueCount,
                         "\(table): \(whole.rows.count) rows and \(whole.report.issueCount) issues read whole, \(pieces.rows.count) and \(pieces.report.issueCount) in pieces")
        }
        return taken
    }
}
