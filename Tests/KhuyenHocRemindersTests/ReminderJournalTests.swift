import Foundation
import KhuyenHocAPI
import KhuyenHocReminders
import Systemd
import Testing

@Suite struct ReminderJournalTests {
    @Test func theEntryCarriesTheMessageIDAndEveryField() {
        let entry = ReminderJournal(identifier: "khuyenhocd", language: .vietnamese, toJournal: false)
            .entry(for: SampleNotice.lead)
        #expect(
            entry.fields == [
                "MESSAGE=Còn 7 ngày: Nộp báo cáo năm — Xã Bích Hòa (10210) · Công dân học tập · hạn 15/12/2026",
                "MESSAGE_ID=ecf4db0038d04e8192402567101f53bd",
                "PRIORITY=5",
                "SYSLOG_IDENTIFIER=khuyenhocd",
                "KHUYENHOC_DELIVERY_ID=9",
                "KHUYENHOC_DEADLINE_ID=41",
                "KHUYENHOC_DUE=2026-12-14T17:00:00.000Z",
                "KHUYENHOC_KIND=lead",
                "KHUYENHOC_DAYS=7",
                "KHUYENHOC_LATE=0",
                "KHUYENHOC_TITLE=Annual report",
                "KHUYENHOC_TITLE_VI=Nộp báo cáo năm",
                "KHUYENHOC_COMMUNE=10210",
                "KHUYENHOC_COMMUNE_NAME=Xã Bích Hòa",
                "KHUYENHOC_MODEL=citizen",
            ])
        // What sd_journal_sendv receives: one vector per field, exactly its UTF-8 bytes.
        let sent = entry.withIOVectors { vectors in
            vectors.map { String(decoding: UnsafeRawBufferPointer(start: $0.iov_base, count: $0.iov_len), as: UTF8.self) }
        }
        #expect(sent == entry.fields)
    }

    @Test func anOverdueReminderIsAWarningWithoutTheAbsentFields() {
        let entry = ReminderJournal(language: .english, toJournal: false).entry(for: SampleNotice.overdueLate)
        #expect(entry["PRIORITY"] == "4")
        #expect(entry["KHUYENHOC_LATE"] == "1")
        #expect(entry["KHUYENHOC_KIND"] == "overdue")
        #expect(entry["MESSAGE"]?.hasPrefix("1 day overdue: Annual report — due 15/12/2026 (late") == true)
        #expect(entry["KHUYENHOC_COMMUNE"] == nil && entry["KHUYENHOC_MODEL"] == nil)
        #expect(ReminderJournal.messageID.count == 32 && ReminderJournal.messageID.allSatisfy(\.isHexDigit))
    }

    @Test func theStandardErrorLineKeepsTheFieldsOnOneLine() {
        var notice = SampleNotice.lead
        notice.titleVi = "Báo cáo\nnăm"
        let entry = ReminderJournal(identifier: "khuyenhocd", language: .vietnamese, toJournal: false).entry(for: notice)
        let line = ReminderJournal.standardErrorLine(entry)
        #expect(
            line == "khuyenhocd: Còn 7 ngày: Báo cáo năm — Xã Bích Hòa (10210) · Công dân học tập · hạn 15/12/2026 "
                + "[MESSAGE_ID=ecf4db0038d04e8192402567101f53bd KHUYENHOC_DELIVERY_ID=9 KHUYENHOC_DEADLINE_ID=41 "
                + "KHUYENHOC_DUE=2026-12-14T17:00:00.000Z KHUYENHOC_KIND=lead KHUYENHOC_DAYS=7 KHUYENHOC_LATE=0 "
                + "KHUYENHOC_TITLE=Annual report KHUYENHOC_TITLE_VI=Báo cáo năm KHUYENHOC_COMMUNE=10210 "
                + "KHUYENHOC_COMMUNE_NAME=Xã Bích Hòa KHUYENHOC_MODEL=citizen]\n")
    }

    @Test func withoutAJournalTheLineIsWrittenToTheFallbackDescriptor() throws {
        var ends: [Int32] = [-1, -1]
        try #require(pipe(&ends) == 0)
        defer { close(ends[0]) }
        var journal = ReminderJournal(identifier: "khuyenhocd", language: .english, toJournal: false)
        journal.fallbackDescriptor = ends[1]
        try journal.record(SampleNotice.overdueLate)
        close(ends[1])
        let written = FileHandle(fileDescriptor: ends[0], closeOnDealloc: false).readDataToEndOfFile()
        #expect(String(decoding: written, as: UTF8.self) == ReminderJournal.standardErrorLine(journal.entry(for: SampleNotice.overdueLate)))
        #expect(written.filter { $0 == UInt8(ascii: "\n") }.count == 1)
    }
}
