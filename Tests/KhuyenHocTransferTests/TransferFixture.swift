import Foundation
import KhuyenHocSpreadsheet
import KhuyenHocStore
import KhuyenHocTransfer

/// An in-memory registry with files written to a temporary folder, for import and export tests.
struct TransferFixture {
    let store: SQLiteRegistryStore
    let folder: URL

    static let instant = Date(timeIntervalSince1970: 1_735_700_000.123)

    init() throws {
        store = try SQLiteRegistryStore.inMemory()
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("khuyenhoc-transfer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func importText(_ table: TransferTable, _ text: String, dryRun: Bool = false) async throws -> ImportOutcome {
        try await importBytes(table, Array(text.utf8), dryRun: dryRun)
    }

    func importBytes(_ table: TransferTable, _ bytes: [UInt8], dryRun: Bool = false) async throws -> ImportOutcome {
        let path = folder.appendingPathComponent("\(UUID().uuidString).csv").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try await TableImporter(table: table, importer: 1000).run(file: path, into: store, dryRun: dryRun, now: Self.instant)
    }

    func export(_ table: TransferTable, separator: FieldSeparator, bom: Bool = true) async throws -> [UInt8] {
        var bytes: [UInt8] = []
        _ = try await TableExporter(table: table, options: WriterOptions(separator: separator, byteOrderMark: bom), chunkSize: 64)
            .run(from: store) { bytes += $0 }
        return bytes
    }

    func written(_ outcome: ImportOutcome) -> Int? {
        if case .accepted(let summary) = outcome { return summary.written }
        return nil
    }

    func problems(_ outcome: ImportOutcome) -> [ImportProblem] {
        if case .rejected(let problems, _) = outcome { return problems }
        return []
    }

    /// Thanh Thùy (id 1) and Kim Bài (id 2).
    func communes() async throws {
        _ = try await store.insertBatch([
            .commune(Commune(id: 1, statisticsCode: "10144", name: "Thanh Thùy")),
            .commune(Commune(id: 2, statisticsCode: "10150", name: "Kim Bài", kind: .town)),
        ])
    }

    /// The communes, a village (id 1) and a household (id 1) in it.
    func households() async throws {
        try await communes()
        _ = try await store.insertBatch([
            .community(Community(id: 1, communeID: 1, name: "Thôn Đông")),
            .household(Household(id: 1, communityID: 1, code: "01", name: "Hộ ông Nguyễn Văn An")),
        ])
    }
}
