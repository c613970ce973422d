import Foundation
import Testing
@testable import KhuyenHocSpreadsheet
#if canImport(Glibc)
import Glibc
#endif

/// A file arriving through a pipe or socket a few bytes per read reads as it does whole.
/// Found by fuzz-spreadsheet (`Fuzz/regressions/spreadsheet/people-sep-line-crlf-split.csv`):
/// a `sep=;` line whose CR ended one read and LF began the next was taken to end at the CR, so
/// the LF made an empty header line and the separator was detected from nothing.
@Suite struct PipedInputTests {
    /// A handle whose reads return `pieces` one at a time (a sequenced-packet socket keeps them
    /// apart), then the end. The reader does not own it: keep it until done.
    static func handle(_ pieces: [[UInt8]]) throws -> FileHandle {
        var fds: [Int32] = [-1, -1]
        try #require(socketpair(AF_UNIX, Int32(SOCK_SEQPACKET.rawValue), 0, &fds) == 0)
        for piece in pieces {
            try #require(piece.withUnsafeBytes { send(fds[1], $0.baseAddress, $0.count, 0) } == piece.count)
        }
        close(fds[1])
        return FileHandle(fileDescriptor: fds[0], closeOnDealloc: true)
    }

    @Test func aSepLineWhoseLineFeedComesInTheNextRead() throws {
        let pieces = ["\u{FEFF}sep=;\r", "\nMã xã;Tên\r\n", "10144;Thanh Thùy\r\n"].map { Array($0.utf8) }
        let handle = try Self.handle(pieces)
        defer { withExtendedLifetime(handle) {} }
        let reader = try RecordReader(.handle(handle))
        #expect(reader.separator == .semicolon)
        let header = try #require(try reader.next())
        #expect(header.cells == ["Mã xã", "Tên"])
        #expect(header.line == 2)
        #expect(try reader.next()?.cells == ["10144", "Thanh Thùy"])
        #expect(try reader.next() == nil)
    }

    /// The input the fuzzer found, cut after the sep line's CR and then every 7 bytes.
    @Test func theFoundFileReadsTheSameInPieces() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fuzz/regressions/spreadsheet/people-sep-line-crlf-split.csv")
        let bytes = try [UInt8](Data(contentsOf: url))
        let cr = try #require(bytes.firstIndex(of: 0x0D))
        var pieces = [Array(bytes[..<(cr + 1)])]
        var start = cr + 1
        while start < bytes.count {
            pieces.append(Array(bytes[start..<min(start + 7, bytes.count)]))
            start += 7
        }
        let handle = try Self.handle(pieces)
        defer { withExtendedLifetime(handle) {} }
        let whole = try Self.records(RecordReader(.bytes(bytes)))
        let piecewise = try Self.records(RecordReader(.handle(handle)))
        #expect(whole.count > 2)
        #expect(piecewise == whole)
    }

    /// Each record's cells, and the issue that stopped the reading (the fuzzer's input has a
    /// broken character further on).
    static func records(_ reader: RecordReader) -> [[String]] {
        var records: [[String]] = []
        do {
            while let record = try reader.next() { records.append(record.cells) }
        } catch {
            records.append([error.description])
        }
        return records
    }
}
