import Foundation
import GRDB
@testable import KhuyenHocStore
import Testing

/// A roll-up's writes: a new file's 16 kB pages, results appended to the WAL with automatic
/// checkpoints suspended, and one checkpoint afterwards that empties the WAL and loses nothing.
struct CheckpointTests {
    static func walBytes(_ path: String) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
    }

    @Test func resultsWaitInTheWALUntilTheCheckpoint() async throws {
        let (folder, path) = StoreFixture.temporaryPath()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try SQLiteRegistryStore(path: path)
        #expect(try await store.writer.read { try Int.fetchOne($0, sql: "PRAGMA page_size") } == SQLiteRegistryStore.pageSize)
        let commune = try await store.addCommune(Commune(statisticsCode: "10144", name: "Thanh Thùy"))
        let village = try await store.addCommunity(Community(communeID: commune.id!, name: "Thôn Đông"))
        let household = try await store.addHousehold(Household(communityID: village.id!, name: "Hộ ông Nguyễn Văn An"), members: [
            Person(householdID: nil, name: "Nguyễn Văn An", birthYear: 1980),
        ])
        let person = household.members[0].id!
        // 20 commits of 100 results of 20 kB: 2,000 pages or more, twice what starts a checkpoint.
        let text = "{\"reasons\":\"" + String(repeating: "Đạt ", count: 4_000) + "\"}"
        func batch(_ number: Int) -> [DigestedResult] {
            (0..<100).map { index in
                DigestedResult(
                    result: StoredResult(
                        model: .citizen, subjectID: person, year: 2024, rubricVersion: "2022.1", recognized: index % 2 == 0,
                        total: 80, result: text, evaluatedAt: StoreFixture.instant.addingTimeInterval(Double(number * 100 + index))),
                    inputsDigest: "d\(number)-\(index)")
            }
        }
        try await store.suspendCheckpoints(true)
        var grown: [Int] = []
        for number in 0..<20 {
            try await store.storeResults(batch(number))
            grown.append(Self.walBytes(path))
        }
        // Never checkpointed and restarted: the WAL only grew.
        #expect(grown == grown.sorted() && grown.last! > 2_000 * SQLiteRegistryStore.pageSize)
        try await store.suspendCheckpoints(false)
        try await store.checkpoint()
        #expect(Self.walBytes(path) == 0)
        #expect(try await store.results(model: .citizen, subjectID: person, year: 2024).count == 2_000)
        let latest = try await store.latestOutcomes(model: .citizen, year: 2024)
        #expect(latest == [person: LatestOutcome(recognized: false, inputsDigest: "d19-99")])
        try store.close()

        let reopened = try SQLiteRegistryStore(path: path)
        #expect(try await reopened.results(model: .citizen, subjectID: person, year: 2024).first?.result == text)
        try reopened.close()
    }
}
