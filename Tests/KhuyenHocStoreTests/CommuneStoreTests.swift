import Foundation
import KhuyenHocStore
import Testing

@Suite("Communes: add, update, get, list, search, merge")
struct CommuneStoreTests {
    /// Thanh Oai's 21 communes and their statistics codes (DOMAIN.md §7).
    static let thanhOai: [(String, String, CommuneKind)] = [
        ("10114", "Kim Bài", .town), ("10120", "Cự Khê", .commune), ("10126", "Bích Hòa", .commune),
        ("10129", "Mỹ Hưng", .commune), ("10132", "Cao Viên", .commune), ("10135", "Bình Minh", .commune),
        ("10138", "Tam Hưng", .commune), ("10141", "Thanh Cao", .commune), ("10144", "Thanh Thùy", .commune),
        ("10147", "Thanh Mai", .commune), ("10150", "Thanh Văn", .commune), ("10153", "Đỗ Động", .commune),
        ("10156", "Kim An", .commune), ("10159", "Kim Thư", .commune), ("10162", "Phương Trung", .commune),
        ("10165", "Tân Ước", .commune), ("10168", "Dân Hòa", .commune), ("10171", "Liên Châu", .commune),
        ("10174", "Cao Dương", .commune), ("10177", "Xuân Dương", .commune), ("10180", "Hồng Dương", .commune),
    ]

    static let vietnameseOrder = [
        "Bích Hòa", "Bình Minh", "Cao Dương", "Cao Viên", "Cự Khê", "Dân Hòa", "Đỗ Động", "Hồng Dương", "Kim An",
        "Kim Bài", "Kim Thư", "Liên Châu", "Mỹ Hưng", "Phương Trung", "Tam Hưng", "Tân Ước", "Thanh Cao",
        "Thanh Mai", "Thanh Thùy", "Thanh Văn", "Xuân Dương",
    ]

    private func district() async throws -> StoreFixture {
        let fixture = try StoreFixture()
        for (code, name, kind) in Self.thanhOai { try await fixture.commune(code, name, kind: kind) }
        return fixture
    }

    @Test("a commune is stored in NFC and read back by id and by statistics code")
    func addAndGet() async throws {
        let store = try StoreFixture().store
        let added = try await store.addCommune(
            Commune(statisticsCode: "10144", name: "Thanh Thùy".decomposedStringWithCanonicalMapping))
        #expect(added.id != nil)
        #expect(Array(added.name.utf8) == Array("Thanh Thùy".precomposedStringWithCanonicalMapping.utf8))
        #expect(try await store.commune(id: added.id!) == added)
        #expect(try await store.commune(statisticsCode: "10144") == added)
        #expect(try await store.commune(statisticsCode: "10145") == nil)
        await #expect(throws: RegistryError.notFound(entity: .commune, id: 999)) { try await store.commune(id: 999) }
    }

    @Test("a statistics code is unique and has five digits")
    func statisticsCode() async throws {
        let store = try StoreFixture().store
        _ = try await store.addCommune(Commune(statisticsCode: "10144", name: "Thanh Thùy"))
        await #expect(throws: RegistryError.duplicateStatisticsCode("10144")) {
            try await store.addCommune(Commune(statisticsCode: "10144", name: "Thanh Thuỳ"))
        }
        for code in ["1014", "101440", "1014a", ""] {
            let error = await caughtError { try await store.addCommune(Commune(statisticsCode: code, name: "X")) }
            #expect(error?.violatedField?.field == "statisticsCode", "\(code)")
        }
        let empty = await caughtError { try await store.addCommune(Commune(statisticsCode: "10147", name: "   ")) }
        #expect(empty?.violatedField?.field == "name")
    }

    @Test("an update replaces the commune; its search and sort keys follow the new name")
    func update() async throws {
        let store = try StoreFixture().store
        var commune = try await store.addCommune(Commune(statisticsCode: "10144", name: "Thanh Thuy"))
        commune.name = "Thanh Thùy"
        commune.validFrom = CalendarDate("2008-08-01")
        #expect(try await store.updateCommune(commune) == commune)
        #expect(try await store.commune(id: commune.id!) == commune)
        #expect(try await store.communes(CommuneQuery(name: "THANH THUY"), page: .first()).items == [commune])
        var other = commune
        other.id = 77
        await #expect(throws: RegistryError.notFound(entity: .commune, id: 77)) { try await store.updateCommune(other) }
        var backwards = commune
        backwards.validUntil = CalendarDate("2000-01-01")
        #expect(await caughtError { try await store.updateCommune(backwards) }?.violatedField?.field == "validUntil")
    }

    @Test("pages follow Vietnamese order, without gaps or repeats, even when rows are added meanwhile")
    func paging() async throws {
        let fixture = try await district()
        var names: [String] = []
        var page = PageRequest(limit: 5)
        var pages = 0
        while true {
            let result = try await fixture.store.communes(CommuneQuery(), page: page)
            names += result.items.map(\.name)
            pages += 1
            if pages == 2 { try await fixture.commune("10999", "An Khánh") }  // sorts first: already passed
            guard let next = result.next else { break }
            page = PageRequest(limit: 5, after: try PageCursor(token: next.token))
        }
        #expect(names == Self.vietnameseOrder)
        #expect(pages == 5)
        await #expect(throws: RegistryError.self) { try await fixture.store.communes(CommuneQuery(), page: PageRequest(limit: 0)) }
        await #expect(throws: RegistryError.self) { try await fixture.store.communes(CommuneQuery(), page: PageRequest(limit: 1001)) }
    }

    @Test("search ignores case and marks, takes NFD, matches word starts, keeps Vietnamese order", arguments: [
        ("thanh thuy", ["Thanh Thùy"]),
        ("Thanh Thùy".decomposedStringWithCanonicalMapping, ["Thanh Thùy"]),
        ("THANH THUỲ", ["Thanh Thùy"]),
        ("thanh", ["Thanh Cao", "Thanh Mai", "Thanh Thùy", "Thanh Văn"]),
        ("duong", ["Cao Dương", "Hồng Dương", "Xuân Dương"]),
        ("do dong", ["Đỗ Động"]),
        ("đông", ["Đỗ Động"]),
        ("kim", ["Kim An", "Kim Bài", "Kim Thư"]),
        ("an", ["Kim An"]),
        ("hoa", ["Bích Hòa", "Dân Hòa"]),
        ("xyz", []),
    ])
    func search(query: String, expected: [String]) async throws {
        let fixture = try await district()
        let found = try await fixture.store.communes(CommuneQuery(name: query), page: .first())
        #expect(found.items.map(\.name) == expected)
    }

    @Test("a merge keeps the old communes, dated, and the lists of a year show the communes of that year")
    func merge() async throws {
        let fixture = try await district()
        let store = fixture.store
        let caoDuong = try #require(try await store.commune(statisticsCode: "10174"))
        let xuanDuong = try #require(try await store.commune(statisticsCode: "10177"))
        // The code of the new commune is made up for the test.
        let caoXuanDuong = try await fixture.commune("10999", "Cao Xuân Dương")
        let date = try #require(CalendarDate("2024-11-01"))

        let merged = try await store.recordMerge(of: [caoDuong.id!, xuanDuong.id!], into: caoXuanDuong.id!, on: date)
        #expect(merged.map(\.name) == ["Cao Dương", "Xuân Dương"])
        #expect(merged.allSatisfy { $0.mergedInto == caoXuanDuong.id && $0.mergedOn == date })
        #expect(merged.allSatisfy { $0.validUntil == CalendarDate("2024-10-31") })
        #expect(try await store.commune(id: caoXuanDuong.id!).validFrom == date)

        let in2023 = try await store.communes(CommuneQuery(existingOn: CalendarDate("2023-12-31")), page: .first())
        #expect(in2023.items.map(\.name) == Self.vietnameseOrder)
        let in2025 = try await store.communes(CommuneQuery(existingOn: CalendarDate("2025-01-01")), page: .first())
        #expect(in2025.items.count == 20)
        #expect(in2025.items.contains { $0.name == "Cao Xuân Dương" })
        #expect(!in2025.items.contains { $0.name == "Cao Dương" || $0.name == "Xuân Dương" })
        let parts = try await store.communes(CommuneQuery(mergedInto: caoXuanDuong.id!), page: .first())
        #expect(parts.items.map(\.name) == ["Cao Dương", "Xuân Dương"])

        let again = await caughtError { try await store.recordMerge(of: [caoDuong.id!], into: caoXuanDuong.id!, on: date) }
        #expect(again?.violatedField?.field == "mergedInto")
        let backwards = await caughtError { try await store.recordMerge(of: [caoXuanDuong.id!], into: caoDuong.id!, on: date) }
        #expect(backwards?.violatedField?.field == "mergedInto")
        var selfMerge = try await store.commune(id: caoXuanDuong.id!)
        selfMerge.mergedInto = selfMerge.id
        selfMerge.mergedOn = date
        #expect(await caughtError { try await store.updateCommune(selfMerge) }?.violatedField?.field == "mergedInto")
        await #expect(throws: RegistryError.notFound(entity: .commune, id: 555)) {
            try await store.recordMerge(of: [555], into: caoXuanDuong.id!, on: date)
        }
    }

    @Test("a later commune may take over a code: Cao Xuân Dương reuses Cao Dương's 10174, periods apart")
    func codeReusedAfterMerge() async throws {
        let fixture = try await district()
        let store = fixture.store
        let caoDuong = try #require(try await store.commune(statisticsCode: "10174"))
        let xuanDuong = try #require(try await store.commune(statisticsCode: "10177"))
        let date = try #require(CalendarDate("2024-12-01"))
        // While Cao Dương's period is open, a second 10174 would overlap it.
        await #expect(throws: RegistryError.duplicateStatisticsCode("10174")) {
            try await store.addCommune(Commune(statisticsCode: "10174", name: "Cao Xuân Dương", validFrom: date))
        }
        var ended = caoDuong
        ended.validUntil = date.previousDay
        _ = try await store.updateCommune(ended)
        let caoXuanDuong = try await store.addCommune(Commune(statisticsCode: "10174", name: "Cao Xuân Dương", validFrom: date))
        _ = try await store.recordMerge(of: [caoDuong.id!, xuanDuong.id!], into: caoXuanDuong.id!, on: date)

        #expect(try await store.commune(statisticsCode: "10174")?.name == "Cao Xuân Dương")
        #expect(try await store.commune(statisticsCode: "10174", on: CalendarDate("2024-11-30"))?.name == "Cao Dương")
        #expect(try await store.commune(statisticsCode: "10174", on: date)?.name == "Cao Xuân Dương")
        #expect(try await store.commune(statisticsCode: "10177", on: date) == nil)

        // Overlapping periods stay refused: from the start, on update, and in a batch.
        await #expect(throws: RegistryError.duplicateStatisticsCode("10174")) {
            try await store.addCommune(Commune(statisticsCode: "10174", name: "Cao Dương B", validFrom: CalendarDate("2024-11-30")))
        }
        var reopened = try await store.commune(id: caoDuong.id!)
        reopened.validUntil = date
        await #expect(throws: RegistryError.duplicateStatisticsCode("10174")) { try await store.updateCommune(reopened) }
        let batch = await caughtError {
            try await store.insertBatch([.commune(Commune(statisticsCode: "10174", name: "Cao Dương C", validFrom: CalendarDate("2030-01-01")))])
        }
        guard case .batchRejected(let rows, _)? = batch else { Issue.record("expected a rejected batch, got \(String(describing: batch))"); return }
        #expect(rows.map(\.error) == [.duplicateStatisticsCode("10174")])
        let names = try await store.communes(CommuneQuery(name: "cao"), page: .first()).items.map(\.name)
        #expect(names == ["Cao Dương", "Cao Viên", "Cao Xuân Dương", "Thanh Cao"])
    }
}
