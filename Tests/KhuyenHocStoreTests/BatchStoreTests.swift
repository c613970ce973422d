import Foundation
import GRDB
@testable import KhuyenHocStore
import Testing

@Suite("Batches: one transaction, all rows or none")
struct BatchStoreTests {
    private func count(_ table: String, in store: SQLiteRegistryStore) async throws -> Int {
        try await store.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? -1 }
    }

    /// A commune with a village, 100 households and `people` people, with ids chosen by the caller so
    /// that later rows refer to earlier ones, as an importer's rows do.
    private func district(people: Int, badRows: [Int: Person] = [:]) -> [RegistryRow] {
        var rows: [RegistryRow] = [
            .commune(Commune(id: 1, statisticsCode: "10144", name: "Thanh Thùy")),
            .community(Community(id: 1, communeID: 1, name: "Thôn Đông")),
        ]
        rows += (1...100).map { .household(Household(id: Int64($0), communityID: 1, code: "TD-\($0)", name: "Hộ số \($0)")) }
        rows += (0..<people).map { index in
            .person(badRows[index] ?? Person(householdID: Int64(index % 100 + 1), name: "Nguyễn Văn \(index)", birthYear: 1950 + index % 70))
        }
        return rows
    }

    @Test("a batch of mixed rows is written whole, in order, and counted by kind")
    func written() async throws {
        let store = try StoreFixture().store
        var rows = district(people: 1000)
        rows.append(.clan(Clan(id: 1, communeID: 1, name: "Họ Nguyễn")))
        rows.append(.clanMember(ClanMembership(clanID: 1, householdID: 5)))
        rows.append(.unit(Unit(id: 1, communeID: 1, name: "Trường Mầm non Thanh Thùy", kind: .school)))
        rows.append(.staffMember(UnitStaffMember(unitID: 1, personID: 3, role: "Giáo viên")))
        rows.append(.evidence(Evidence(model: .citizen, subjectID: 3, year: 2024, facts: "{}", enteredBy: 0, enteredAt: StoreFixture.instant)))
        rows.append(.result(StoredResult(model: .family, subjectID: 5, year: 2024, rubricVersion: "2022.1", recognized: true,
                                         total: 85, grade: "good", result: "{}", evaluatedAt: StoreFixture.instant)))
        let summary = try await store.insertBatch(rows, maxErrors: 10)
        #expect(summary.total == rows.count)
        #expect(summary.written[.person] == 1000)
        #expect(summary.written[.household] == 100)
        #expect(summary.written[.evidence] == 1)
        #expect(try await count("people", in: store) == 1000)
        #expect(try await store.household(id: 5).members.count == 10)
        #expect(try await store.households(HouseholdQuery(clanID: 1), page: .first()).items.map(\.household.id) == [5])
    }

    @Test("one bad row among many leaves nothing written, and is named by its position")
    func oneBadRow() async throws {
        let store = try StoreFixture().store
        _ = try await store.addCommune(Commune(id: 99, statisticsCode: "10114", name: "Kim Bài", kind: .town))
        let rows = district(people: 5000, badRows: [4999: Person(householdID: 1, name: "Lê Thị Hoa", birthYear: 1850)])
        let error = await caughtError { try await store.insertBatch(rows, maxErrors: 10) }
        guard case .batchRejected(let rejected, let more) = error else {
            Issue.record("expected batchRejected, got \(String(describing: error))")
            return
        }
        #expect(rejected.map(\.index) == [102 + 4999])
        #expect(rejected.first?.error.violatedField?.field == "birthYear")
        #expect(!more)
        #expect(try await count("people", in: store) == 0)
        #expect(try await count("households", in: store) == 0)
        #expect(try await count("communes", in: store) == 1, "what was there before stays")
    }

    @Test("every bad row is reported, up to the limit: rules, missing references, duplicates")
    func everyBadRow() async throws {
        let store = try StoreFixture().store
        let rows = district(people: 300, badRows: [
            10: Person(householdID: 404, name: "Trần Văn Bốn", birthYear: 1980),
            20: Person(householdID: 1, name: " ", birthYear: 1980),
            30: Person(id: 1, householdID: 1, name: "Trùng Mã", birthYear: 1980),
        ]) + [
            .commune(Commune(statisticsCode: "10144", name: "Thanh Thuỳ")),
            .community(Community(communeID: 1, name: "thon dong")),
            .evidence(Evidence(model: .citizen, subjectID: 7, year: 2024, facts: "{}", enteredBy: 0, enteredAt: .now)),
            .evidence(Evidence(model: .citizen, subjectID: 7, year: 2024, facts: "{}", enteredBy: 0, enteredAt: .now)),
            .evidence(Evidence(model: .unit, subjectID: 7, year: 2024, facts: "{}", enteredBy: 0, enteredAt: .now)),
        ]
        let error = await caughtError { try await store.insertBatch(rows, maxErrors: 100) }
        guard case .batchRejected(let rejected, let more) = error else {
            Issue.record("expected batchRejected, got \(String(describing: error))")
            return
        }
        #expect(!more)
        let people = 102
        #expect(rejected.map(\.index) == [people + 10, people + 20, people + 30, people + 300, people + 301, people + 303, people + 304])
        #expect(rejected[0].error == .notFound(entity: .household, id: 404))
        #expect(rejected[1].error.violatedField?.field == "name")
        #expect(rejected[2].error.violatedField?.field == "id")
        #expect(rejected[3].error == .duplicateStatisticsCode("10144"))
        #expect(rejected[4].error.violatedField?.field == "name")
        #expect(rejected[5].error.violatedField?.field == "year")
        #expect(rejected[6].error == .notFound(entity: .unit, id: 7))
        #expect(try await count("people", in: store) == 0)
        #expect(try await count("evidence", in: store) == 0)

        let limited = await caughtError { try await store.insertBatch(rows, maxErrors: 2) }
        #expect(limited == .batchRejected(rows: Array(rejected.prefix(2)), more: true))
    }

    @Test("a batch reads a lazy sequence once, and replaces evidence entered before it")
    func streamingAndEvidence() async throws {
        let store = try StoreFixture().store
        _ = try await store.insertBatch(district(people: 10), maxErrors: 1)
        let earlier = try await store.putEvidence(
            Evidence(model: .citizen, subjectID: 1, year: 2024, facts: #"{"old":true}"#, enteredBy: 7, enteredAt: StoreFixture.instant))
        let rows = (1...10).lazy.map { id in
            RegistryRow.evidence(Evidence(model: .citizen, subjectID: Int64(id), year: 2024, facts: #"{"new":true}"#,
                                          enteredBy: 8, enteredAt: StoreFixture.instant))
        }
        let summary = try await store.insertBatch(rows, maxErrors: 1)
        #expect(summary.written == [.evidence: 10])
        let replaced = try #require(try await store.evidence(model: .citizen, subjectID: 1, year: 2024))
        #expect(replaced.id == earlier.id)
        #expect(replaced.facts == #"{"new":true}"#)
        #expect(replaced.enteredBy == 8)
        #expect(try await count("evidence", in: store) == 10)
    }

    @Test("a full disk refuses the batch with its own error and loses nothing")
    func diskFull() async throws {
        let (folder, path) = StoreFixture.temporaryPath()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try SQLiteRegistryStore(path: path)
        _ = try await store.insertBatch(district(people: 10))
        // A database size limit fails writes with SQLITE_FULL, as a full disk does.
        let pages = try await store.writer.writeWithoutTransaction { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(pages + 5)")
            return pages
        }
        let full = await caughtError {
            try await store.insertBatch((11...20_000).lazy.map { RegistryRow.person(Person(householdID: 1, name: "Lê Văn \($0)", birthYear: 1990)) })
        }
        #expect(full == .diskFull)
        #expect(try await count("people", in: store) == 10)
        #expect(await caughtError {
            try await store.addHousehold(Household(communityID: 1, name: "Hộ mới"),
                                         members: (0..<2000).map { Person(householdID: nil, name: "Người \($0)", birthYear: 1990) })
        } == .diskFull)
        try await store.writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA max_page_count = \(pages * 1000)") }
        #expect(try await store.addPerson(Person(householdID: 1, name: "Lê Văn Mới", birthYear: 1990)).id != nil)
        #expect(try await count("people", in: store) == 11)
    }
}
