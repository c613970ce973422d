import Foundation
import KhuyenHocCore
import KhuyenHocSample
import KhuyenHocStore
import Logging

/// Opens the registry in the state folder, creating it on the first start, with the sample
/// district when asked (issue 4's embedded default).
enum RegistryBootstrap {
    static let fileName = "registry.sqlite"

    /// Opens `registry.sqlite` in `stateDirectory` (running its migrations). When there is none yet
    /// and `loadSample` is true, the sample district is written first, in one transaction, into a
    /// file beside it that is moved into place only when complete: a start killed halfway leaves
    /// no registry, and the next start loads again, never twice.
    static func open(
        stateDirectory: String, loadSample: Bool, scale: SampleScale = .sample, logger: Logger
    ) async throws(RegistryError) -> SQLiteRegistryStore {
        let path = "\(stateDirectory)/\(fileName)"
        if FileManager.default.fileExists(atPath: path) || !loadSample {
            let store = try SQLiteRegistryStore(path: path)
            logger.info("registry opened", metadata: ["path": "\(path)"])
            return store
        }
        let loading = path + ".loading"
        for leftover in [loading, loading + "-wal", loading + "-shm"] { try? FileManager.default.removeItem(atPath: leftover) }
        let started = ContinuousClock.now
        // Generated here rather than through `SampleDistrict.embedded`, which would keep the whole
        // district in memory for the daemon's life.
        let seed = SampleDistrict.defaultSeed
        let summary: BatchSummary
        do {
            let store = try SQLiteRegistryStore(path: loading)
            let district = SampleDistrict.generate(seed: seed, scale: scale)
            summary = try await store.insertBatch(SampleRows.rows(district))
            try await seedRollout(store, communes: SampleRows.communes(district))
            try store.close()
        }
        // The district and its rows are freed; give their pages back rather than idle on them.
        MemoryRelease.trimHeap()
        guard rename(loading, path) == 0 else {
            throw .storageFailed("cannot move \(loading) to \(path): \(String(cString: strerror(errno)))")
        }
        let elapsed = ContinuousClock.now - started
        let written = summary.written.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue)=\($0.value)" }
        logger.notice("registry created with the sample district (synthetic population, real communes)", metadata: [
            "path": "\(path)", "records": "\(summary.total)", "loaded": "\(written.joined(separator: " "))",
            "seed": "\(seed)", "milliseconds": "\(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)",
        ])
        return try SQLiteRegistryStore(path: path)
    }

    /// The sample's rollout situation (``SampleRollout``) and yearly deadlines
    /// (``SampleDeadlines``), written before the file is moved into place, so that they are there
    /// exactly when the sample is.
    private static func seedRollout(_ store: SQLiteRegistryStore, communes: [KhuyenHocStore.Commune]) async throws(RegistryError) {
        let rows = SampleRollout.rows(communes: communes, by: getuid(), at: Date())
        do {
            try await store.insertRollout(transitions: rows.transitions, deadlines: rows.deadlines)
        } catch {
            switch error {
            case .storage(let failure): throw failure
            default: throw .storageFailed("the sample's rollout could not be written: \(error)")
            }
        }
        do {
            _ = try await store.insertSampleDeadlines(SampleDeadlines.deadlines(today: ReportDay.today()), by: getuid(), at: Date())
        } catch {
            switch error {
            case .storage(let failure): throw failure
            default: throw .storageFailed("the sample's yearly deadlines could not be written: \(error)")
            }
        }
    }
}
