import Foundation
import Testing
@testable import KhuyenHocSpreadsheet

/// Reading a 100 MB file holds a chunk and a row, not the file. Run once by hand (it prints the
/// numbers rather than asserting them, since the test process's own peak is shared):
/// `KHUYENHOC_SPREADSHEET_MEMORY=1 swift test --skip-build --filter MemoryTests`.
@Suite struct MemoryTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["KHUYENHOC_SPREADSHEET_MEMORY"] != nil))
    func peakMemoryStaysFlatReadingA100MBFile() throws {
        try Fixture.withTemporaryFile { path in
            try TableReaderTests.writePeople(to: path, rows: 1_000_000, badLast: true, padding: 28)
            let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
            // Resets the peak so it measures the reading alone (Linux ≥ 4.0).
            try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
            let before = Self.status("VmHWM")
            let start = ContinuousClock.now
            let report = TableReader(schema: Fixture.people).validate(.file(path))
            let elapsed = ContinuousClock.now - start
            let after = Self.status("VmHWM")
            #expect(report.rowCount == 1_000_000)
            #expect(report.issues.map(\.row) == [1_000_001])
            print("spreadsheet memory: file \(size / 1_048_576) MiB, \(report.rowCount) rows in \(elapsed);",
                  "VmHWM before \(before / 1024) MiB, after \(after / 1024) MiB, growth \((after - before) / 1024) MiB")
        }
    }

    /// A `/proc/self/status` field in KiB.
    static func status(_ field: String) -> Int {
        let text = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let line = text.split(separator: "\n").first { $0.hasPrefix(field + ":") } ?? ""
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }
}
