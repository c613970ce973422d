import Foundation
import GRDB
import Testing
@testable import KhuyenHocStore
import KhuyenHocTransfer

/// A full disk, simulated honestly with SQLite's own limit on the database's size
/// (`PRAGMA max_page_count` on the writer's connection): SQLite fails the write with SQLITE_FULL,
/// exactly as on a full disk.
@Suite struct FullDiskTests {
    @Test func anImportThatFillsTheDiskIsStorageFullAndLosesNothing() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("khuyenhoc-full-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try SQLiteRegistryStore(path: folder.appendingPathComponent("registry.sqlite").path)
        _ = try await store.insertBatch([
            .commune(Commune(id: 1, statisticsCode: "10144", name: "Thanh Thùy")),
            .community(Community(id: 1, communeID: 1, name: "Thôn Đông")),
            .household(Household(id: 1, communityID: 1, name: "Hộ ông Nguyễn Văn An")),
            .person(Person(id: 1, householdID: 1, name: "Nguyễn Văn An", birthYear: 1970)),
        ])
        var text = "id,householdID,name,birthYear\n"
        for id in 2...20_000 { text += "\(id),1,Nguyễn Thị Hoa \(id),\(1950 + id % 60)\n" }
        let path = folder.appendingPathComponent("people.csv").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))

        let pages = try await store.writer.write { db in try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0 }
        try await store.writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA max_page_count = \(pages + 8)") }
        await #expect(throws: RegistryError.diskFull) {
            _ = try await TableImporter(table: .people, importer: 0).run(file: path, into: store, dryRun: false)
        }
        #expect(try await store.people(PersonQuery(), page: .first()).items.map(\.name) == ["Nguyễn Văn An"])
        #expect(try await store.household(id: 1).members.count == 1)

        // With room again, the same file goes in whole.
        try await store.writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA max_page_count = 1073741823") }
        let outcome = try await TableImporter(table: .people, importer: 0).run(file: path, into: store, dryRun: false)
        guard case .accepted(let summary) = outcome else { Issue.record("\(outcome)"); return }
        #expect(summary.written == 19_999)
        try store.close()
    }
}
