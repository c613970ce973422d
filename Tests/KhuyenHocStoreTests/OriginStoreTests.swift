import Foundation
import KhuyenHocStore
import Testing

@Suite("Record origins: which runs of records are real and which synthetic")
struct OriginStoreTests {
    @Test("origins written in a batch with their records read back in order; a run ending before it starts is refused")
    func roundTrip() async throws {
        let store = try StoreFixture().store
        let real = RecordOrigin(entity: .commune, firstID: 1, lastID: 2, synthetic: false, source: "DOMAIN.md §7")
        let generated = RecordOrigin(entity: .community, firstID: 1, lastID: 1, synthetic: true, source: "sample district, seed 1")
        let summary = try await store.insertBatch([
            .commune(Commune(id: 1, statisticsCode: "10114", name: "Kim Bài", kind: .town)),
            .commune(Commune(id: 2, statisticsCode: "10120", name: "Cự Khê")),
            .community(Community(id: 1, communeID: 1, name: "Thôn Một")),
            .origin(real), .origin(generated),
        ])
        #expect(summary.written[.recordOrigin] == 2)
        #expect(try await store.origins() == [real, generated])

        let backwards = await caughtError {
            try await store.insertBatch([.origin(RecordOrigin(entity: .person, firstID: 5, lastID: 4, synthetic: true, source: "x"))])
        }
        guard case .batchRejected(let rows, _)? = backwards else { Issue.record("expected a rejected batch"); return }
        #expect(rows.first?.error.violatedField?.field == "lastID")
        #expect(try await store.origins().count == 2)
    }
}
