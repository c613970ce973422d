import Foundation
import KhuyenHocStore
import Testing

@Suite("Evidence per subject and year; stored results with history")
struct EvidenceResultStoreTests {
    private static let scores = #"{"targetGroup":"farmers","scores":{"sl1":8,"sl2":8,"sl3":8,"sl4":8,"it1":8,"it2":8,"it3":8,"it4":8,"sr1":8,"sr2":8}}"#

    @Test("evidence is put, read, and replaced by the next put for the same subject and year")
    func evidence() async throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        let person = try await store.addPerson(Person(householdID: nil, name: "Nguyễn Văn An", birthYear: 1980, targetGroup: "farmers"))
        let first = try await store.putEvidence(
            Evidence(model: .citizen, subjectID: person.id!, year: 2024, facts: Self.scores, enteredBy: 1000, enteredAt: StoreFixture.instant))
        #expect(try await store.evidence(model: .citizen, subjectID: person.id!, year: 2024) == first)
        #expect(try await store.evidence(model: .citizen, subjectID: person.id!, year: 2025) == nil)

        let later = StoreFixture.instant.addingTimeInterval(3600.5)
        let second = try await store.putEvidence(
            Evidence(model: .citizen, subjectID: person.id!, year: 2024, facts: #"{"targetGroup":"workers","scores":{}}"#,
                     enteredBy: 1001, enteredAt: later))
        #expect(second.id == first.id)
        #expect(second.enteredBy == 1001)
        #expect(second.enteredAt == later)
        #expect(try await store.evidence(model: .citizen, subjectID: person.id!, year: 2024) == second)
        _ = try await store.putEvidence(
            Evidence(model: .citizen, subjectID: person.id!, year: 2025, facts: "{}", enteredBy: 1000, enteredAt: later))
        let of2024 = try await store.evidence(model: .citizen, year: 2024, page: .first())
        #expect(of2024.items == [second])
    }

    @Test("evidence refuses a missing subject, facts that are not a JSON object, and a year out of range")
    func evidenceRules() async throws {
        let store = try StoreFixture().store
        let person = try await store.addPerson(Person(householdID: nil, name: "Nguyễn Văn An", birthYear: 1980))
        await #expect(throws: RegistryError.notFound(entity: .household, id: person.id!)) {
            try await store.putEvidence(Evidence(model: .family, subjectID: person.id!, year: 2024, facts: "{}", enteredBy: 0, enteredAt: .now))
        }
        for facts in ["[1, 2]", "{\"a\":", "42", ""] {
            let error = await caughtError {
                try await store.putEvidence(Evidence(model: .citizen, subjectID: person.id!, year: 2024, facts: facts, enteredBy: 0, enteredAt: .now))
            }
            #expect(error?.violatedField?.field == "facts", "\(facts)")
        }
        let year = await caughtError {
            try await store.putEvidence(Evidence(model: .citizen, subjectID: person.id!, year: 1999, facts: "{}", enteredBy: 0, enteredAt: .now))
        }
        #expect(year?.violatedField?.field == "year")
    }

    @Test("results keep their history; the latest is the last evaluated")
    func results() async throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        let commune = try await fixture.commune("10144", "Thanh Thùy")
        let village = try await fixture.village("Thôn Đông", in: commune)
        let household = try await fixture.household("Hộ ông Nguyễn Văn An", in: village, members: [("Nguyễn Văn An", 1980)])
        let id = household.household.id!
        func result(_ year: Int, _ total: Double, _ recognized: Bool, at offset: TimeInterval) -> StoredResult {
            StoredResult(model: .family, subjectID: id, year: year, rubricVersion: "2022.1", recognized: recognized, total: total,
                         grade: recognized ? "fair" : nil, result: #"{"recognized":\#(recognized),"total":\#(total)}"#,
                         evaluatedAt: StoreFixture.instant.addingTimeInterval(offset))
        }
        #expect(try await store.latestResult(model: .family, subjectID: id, year: 2024) == nil)
        let first = try await store.storeResult(result(2024, 72, false, at: 0))
        let second = try await store.storeResult(result(2024, 81, true, at: 60))
        let older = try await store.storeResult(result(2023, 65, false, at: -86_400 * 300))
        #expect(try await store.latestResult(model: .family, subjectID: id, year: 2024) == second)
        #expect(try await store.results(model: .family, subjectID: id, year: 2024) == [second, first])
        #expect(try await store.results(model: .family, subjectID: id, year: nil) == [second, first, older])
        #expect(try await store.latestResult(model: .clan, subjectID: id, year: 2024) == nil)

        await #expect(throws: RegistryError.notFound(entity: .household, id: 777)) {
            try await store.storeResult(StoredResult(model: .family, subjectID: 777, year: 2024, rubricVersion: "2022.1",
                                                     recognized: false, total: 0, result: "{}", evaluatedAt: .now))
        }
        var bad = result(2024, 50, false, at: 120)
        bad.result = "not json"
        #expect(await caughtError { try await store.storeResult(bad) }?.violatedField?.field == "result")
        bad = result(2024, -1, false, at: 120)
        #expect(await caughtError { try await store.storeResult(bad) }?.violatedField?.field == "total")
        bad = result(2024, 50, false, at: 120)
        bad.rubricVersion = " "
        #expect(await caughtError { try await store.storeResult(bad) }?.violatedField?.field == "rubricVersion")
    }
}
