import Testing

import Systemd

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

@Suite struct JournalEntryTests {
    @Test func everyIOVectorHoldsExactlyItsFieldsBytes() {
        let fields = ["MESSAGE=Còn 7 ngày: Nộp báo cáo", "KHUYENHOC_COMMUNE=10210", "EMPTY=", "MULTI=dòng 1\ndòng 2"]
        let read = JournalEntry(fields).withIOVectors { vectors in
            vectors.map { vector in
                String(decoding: UnsafeRawBufferPointer(start: vector.iov_base, count: vector.iov_len), as: UTF8.self)
            }
        }
        #expect(read == fields)
        let lengths = JournalEntry(fields).withIOVectors { $0.map(\.iov_len) }
        #expect(lengths == fields.map(\.utf8.count))  // no terminators: sd_journal_sendv takes lengths
    }

    @Test func anEmptyEntryHasNoVectors() {
        #expect(JournalEntry([]).withIOVectors { $0.count } == 0)
    }

    @Test func subscriptFindsTheFirstFieldByName() {
        let entry = JournalEntry(["MESSAGE=a=b", "KHUYENHOC_DUE=2026-12-14T17:00:00.000Z", "KHUYENHOC_DUE_X=1"])
        #expect(entry["MESSAGE"] == "a=b")
        #expect(entry["KHUYENHOC_DUE"] == "2026-12-14T17:00:00.000Z")
        #expect(entry["KHUYENHOC"] == nil)
    }
}
