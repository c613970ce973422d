import Foundation
import KhuyenHocStore
import Testing

@Suite("Deadline and delivery lists filtered by commune and model; district deadlines concern every commune")
struct DeadlineQueryTests {
    static let instant = StoreFixture.instant

    private func day(_ text: String) -> CalendarDate { CalendarDate(text)! }

    private func add(_ store: SQLiteRegistryStore, _ title: String, _ scope: DeadlineScope) async throws -> Deadline {
        try await store.createDeadline(NewDeadline(title: title, scope: scope, due: .date(day("2026-12-15"))), by: 1000, at: Self.instant)
    }

    @Test("deadlines(matching:) keeps the communes', the district's and the model-less ones, by id")
    func deadlineFilter() async throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        let kimBai = try await fixture.commune("10114", "Kim Bài", kind: .town)
        let thanhThuy = try await fixture.commune("10144", "Thanh Thùy")
        let district = try await add(store, "district", .district)
        let kimBaiAll = try await add(store, "Kim Bài", .commune(kimBai.id!))
        let kimBaiFamily = try await add(store, "Kim Bài family", .communeModel(commune: kimBai.id!, model: .family))
        let kimBaiUnit = try await add(store, "Kim Bài unit", .communeModel(commune: kimBai.id!, model: .unit))
        let thanhThuyFamily = try await add(store, "Thanh Thùy family", .communeModel(commune: thanhThuy.id!, model: .family))
        func ids(_ filter: DeadlineFilter) async throws -> [Int64] { try await store.deadlines(matching: filter).map(\.id) }
        #expect(try await ids(DeadlineFilter()) == [district, kimBaiAll, kimBaiFamily, kimBaiUnit, thanhThuyFamily].map(\.id))
        #expect(try await ids(DeadlineFilter(communeIDs: [kimBai.id!])) == [district, kimBaiAll, kimBaiFamily, kimBaiUnit].map(\.id))
        #expect(try await ids(DeadlineFilter(model: .family)) == [district, kimBaiAll, kimBaiFamily, thanhThuyFamily].map(\.id))
        #expect(try await ids(DeadlineFilter(communeIDs: [thanhThuy.id!], model: .unit)) == [district.id])
        #expect(try await ids(DeadlineFilter(communeIDs: [])) == [district.id])
        #expect(try await store.deadlines(matching: DeadlineFilter(communeIDs: [kimBai.id!], model: .family)).last == kimBaiFamily)
    }

    @Test("deliveries(matching:) filters by commune, model, time and acknowledgement, newest first, at most the limit")
    func deliveryFilter() async throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        let kimBai = try await fixture.commune("10114", "Kim Bài", kind: .town)
        let thanhThuy = try await fixture.commune("10144", "Thanh Thùy")
        let district = try await add(store, "district", .district)
        let family = try await add(store, "Kim Bài family", .communeModel(commune: kimBai.id!, model: .family))
        let other = try await add(store, "Thanh Thùy", .commune(thanhThuy.id!))
        var recorded: [ReminderDelivery] = []
        for (index, deadline) in [district, family, other, family, district].enumerated() {
            let at = Self.instant.addingTimeInterval(Double(index) * 60)
            let key = ReminderKey(deadlineID: deadline.id, occurrence: "2026-12-15", kind: .overdue, n: Int64(index + 1))
            recorded.append(try await store.recordDelivery(key, dueAt: at, deliveredAt: at, late: false))
        }
        _ = try await store.acknowledge(deliveryID: recorded[3].id, by: 1, at: Self.instant)
        func ids(_ filter: DeliveryFilter) async throws -> [Int64] { try await store.deliveries(matching: filter).map(\.id) }
        #expect(try await ids(DeliveryFilter()) == recorded.reversed().map(\.id))
        #expect(try await ids(DeliveryFilter(deadlines: DeadlineFilter(communeIDs: [kimBai.id!]))) == [4, 3, 1, 0].map { recorded[$0].id })
        #expect(try await ids(DeliveryFilter(deadlines: DeadlineFilter(communeIDs: [kimBai.id!]), unacknowledged: true))
            == [4, 1, 0].map { recorded[$0].id })
        #expect(try await ids(DeliveryFilter(since: Self.instant.addingTimeInterval(120))) == [4, 3, 2].map { recorded[$0].id })
        #expect(try await ids(DeliveryFilter(deadlines: DeadlineFilter(model: .unit), limit: 2)) == [4, 2].map { recorded[$0].id })
        #expect(try await store.delivery(recorded[3].id).acknowledgedBy == 1)
        await #expect(throws: DeadlineStoreError.notFound(what: "reminder delivery", id: 999)) { try await store.delivery(999) }
        await #expect(throws: DeadlineStoreError.self) { try await store.deliveries(matching: DeliveryFilter(limit: 0)) }
    }
}
