import Foundation
import KhuyenHocStore

/// Builds small registries for the tests: a few of Thanh Oai's communes (DOMAIN.md §7) with a
/// village or two, households and people.
struct StoreFixture {
    let store: SQLiteRegistryStore

    init() throws {
        store = try SQLiteRegistryStore.inMemory()
    }

    /// A temporary database file, removed with its folder by `remove()`.
    static func temporaryPath() -> (folder: URL, path: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("khuyenhoc-store-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return (folder, folder.appendingPathComponent("registry.sqlite").path)
    }

    @discardableResult
    func commune(_ code: String, _ name: String, kind: CommuneKind = .commune) async throws -> Commune {
        try await store.addCommune(Commune(statisticsCode: code, name: name, kind: kind))
    }

    func village(_ name: String, in commune: Commune) async throws -> Community {
        try await store.addCommunity(Community(communeID: commune.id!, name: name))
    }

    func household(_ name: String, in community: Community, members: [(String, Int)]) async throws -> HouseholdWithMembers {
        try await store.addHousehold(
            Household(communityID: community.id!, name: name),
            members: members.map { Person(householdID: nil, name: $0.0, birthYear: $0.1) })
    }

    static let instant = Date(timeIntervalSince1970: 1_735_700_000)
}
