import Foundation
import KhuyenHocStore
import Testing

/// The store's roll-up reads and writes: results stored in bulk with their digests, history
/// kept, the latest outcome per subject, and a batch with an unknown subject storing nothing.
struct RollUpStoreTests {
    @Test func resultsAreStoredWithTheirDigestsAndTheLatestCounts() async throws {
        let store = try SQLiteRegistryStore.inMemory()
        let commune = try await store.addCommune(Commune(statisticsCode: "10144", name: "Thanh Thùy"))
        let community = try await store.addCommunity(Community(communeID: commune.id!, name: "Thôn Đông"))
        let household = try await store.addHousehold(Household(communityID: community.id!, name: "Hộ ông Nguyễn Văn An"), members: [
            Person(householdID: nil, name: "Nguyễn Văn An", birthYear: 1980),
        ])
        let person = household.members[0].id!
        func result(_ recognized: Bool, at seconds: Double) -> StoredResult {
            StoredResult(
                model: .citizen, subjectID: person, year: 2024, rubricVersion: "2022.1", recognized: recognized, total: recognized ? 85 : 70,
                result: "{}", evaluatedAt: Date(timeIntervalSince1970: 1_700_000_000 + seconds))
        }
        try await store.storeResults([DigestedResult(result: result(false, at: 0), inputsDigest: "a1")])
        try await store.storeResults([DigestedResult(result: result(true, at: 60), inputsDigest: "b2")])
        #expect(try await store.latestOutcomes(model: .citizen, year: 2024) == [person: LatestOutcome(recognized: true, inputsDigest: "b2")])
        #expect(try await store.latestOutcomes(model: .citizen, year: 2023).isEmpty)
        #expect(try await store.results(model: .citizen, subjectID: person, year: 2024).map(\.recognized) == [true, false])

        let unknown = StoredResult(
            model: .citizen, subjectID: 999, year: 2024, rubricVersion: "2022.1", recognized: true, total: 90, result: "{}", evaluatedAt: Date())
        await #expect(throws: RegistryError.notFound(entity: .person, id: 999)) {
            try await store.storeResults([DigestedResult(result: result(false, at: 120), inputsDigest: "c3"),
                                          DigestedResult(result: unknown, inputsDigest: "d4")])
        }
        // Nothing of the refused batch was stored.
        #expect(try await store.results(model: .citizen, subjectID: person, year: 2024).count == 2)

        let layout = try await store.layout()
        #expect(layout.people.map(\.id) == [person])
        #expect(layout.households.map(\.parentID) == [community.id!])
    }
}
